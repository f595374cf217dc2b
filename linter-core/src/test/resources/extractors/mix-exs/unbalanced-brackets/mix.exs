defmodule Half.MixProject do
  use Mix.Project

  def project do
    [app: :half, version: "0.1.0", elixir: "~> 1.15", deps: deps()]
  end

  defp deps do
    [
      {:plug, "~> 1.15"},
      {:jason, "~> 1.4"
    ]
  end
end
