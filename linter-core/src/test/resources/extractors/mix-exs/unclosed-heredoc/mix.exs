defmodule Broken.MixProject do
  use Mix.Project

  @moduledoc """
  Add {:broken, "~> 0.1"} to your deps.

  def project do
    [app: :broken, version: "0.1.0", elixir: "~> 1.15", deps: deps()]
  end

  defp deps do
    [{:jason, "~> 1.4"}]
  end
end
