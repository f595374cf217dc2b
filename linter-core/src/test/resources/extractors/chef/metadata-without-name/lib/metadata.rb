# Build metadata for the release tooling (not a Chef cookbook).
module Release
  def self.depends(name, version = nil)
    (@deps ||= []) << [name, version]
  end
end

depends 'mysql', '8.0'
