defmodule Slugger.Mixfile do
  use Mix.Project

  @version "1.2.0"
  @elixir_requirement "~> 1.11"

  def project do
    [app: :slugger,
     version: @version,
     elixir: @elixir_requirement,
     description: "Turns titles into URL slugs",
     package: [maintainers: ["Ada"], licenses: ["MIT"],
               links: %{"GitHub" => "https://github.com/acme/slugger"}],
     deps: [{:unicode_util_compat, "~> 0.7"},
            {:ex_doc, ">= 0.0.0", only: :dev, runtime: false},
            {:stream_data, "~> 0.6", only: [:test]}],
     test_coverage: [tool: ExCoveralls]]
  end

  def application do
    [applications: [:logger]]
  end
end
