Gem::Specification.new do |spec|
  spec.name    = "report_worker"
  spec.version = "0.3.0"
  spec.add_dependency "mysql2", "~> 0.5"
  spec.add_dependency "sidekiq", "~> 5.2"
end
