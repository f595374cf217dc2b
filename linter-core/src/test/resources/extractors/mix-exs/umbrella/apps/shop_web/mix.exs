defmodule ShopWeb.MixProject do
  use Mix.Project

  def project do
    [
      app: :shop_web,
      version: "0.1.0",
      build_path: "../../_build",
      config_path: "../../config/config.exs",
      deps_path: "../../deps",
      lockfile: "../../mix.lock",
      elixir: "~> 1.15",
      elixirc_paths: elixirc_paths(Mix.env()),
      start_permanent: Mix.env() == :prod,
      deps: deps()
    ]
  end

  def application do
    [
      mod: {ShopWeb.Application, []},
      extra_applications: [:logger, :runtime_tools]
    ]
  end

  defp elixirc_paths(:test), do: ["lib", "test/support"]
  defp elixirc_paths(_), do: ["lib"]

  defp deps do
    [
      {:shop, in_umbrella: true},
      {:shop_payments, in_umbrella: true, only: [:dev, :prod]},
      {:phoenix, "~> 1.7.14"},
      {:plug_cowboy, "~> 2.7"},
      {:shared_ui, path: "../../../shared_ui"},
      {:lazy_html, ">= 0.1.0", only: :test}
    ]
  end
end
