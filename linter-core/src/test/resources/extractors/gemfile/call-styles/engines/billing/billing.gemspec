Gem::Specification.new do |spec|
  spec.name = "billing"
  spec.add_dependency "mysql2"
end
