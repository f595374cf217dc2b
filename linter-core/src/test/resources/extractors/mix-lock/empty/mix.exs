defmodule Legacy.Mixfile do
  use Mix.Project

  def project do
    [app: :legacy, version: "0.1.0", elixir: "~> 1.4", deps: deps()]
  end

  defp deps do
    [{:phoenix_ecto, "~> 3.2"},
     {:mariaex, ">= 0.0.0"}]
  end
end
