defmodule Ledger.MixProject do
  use Mix.Project

  def project do
    [app: :ledger, version: "1.0.0", elixir: "~> 1.14", deps: deps()]
  end

  defp deps do
    [
      {:myxql, "~> 0.6"},
      {:acme_reports, git: "https://github.com/acme/acme_reports.git", tag: "v1.4.0"},
      {:credo, "~> 1.7", only: [:dev, :test], runtime: false}
    ]
  end
end
