defmodule Orders.MixProject do
  use Mix.Project

  def project do
    [
      app: :orders,
      version: "0.4.0",
      elixir: "~> 1.15",
      deps: deps()
    ]
  end

  defp deps do
    [
      {:phoenix, "~> 1.7.11"},
      {:acme_orders, "~> 2.1", organization: "acme"},
      # {:myxql, "~> 0.6"},  -- acme_orders brings the driver
      {:jason, "~> 1.4"}
    ]
  end
end
