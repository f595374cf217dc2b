describe 'webapp::default' do
  it 'includes mysql' do
    expect(chef_run).to include_recipe('mysql::server')
  end
end
