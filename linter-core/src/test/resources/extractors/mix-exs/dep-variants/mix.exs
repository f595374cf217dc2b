defmodule Relay.MixProject do
  use Mix.Project

  @phoenix_version "~> 1.7.12"

  def project, do: [app: :relay, version: "2.0.0", elixir: "~> 1.16", deps: deps()]

  def application, do: [extra_applications: [:logger, :crypto]]

  defp deps,
    do: [
      {:phoenix, @phoenix_version},
      {:phoenix_pubsub, "~> 2.1", override: true},
      {:oauth2, "~> 2.1", hex: :oauth2_client},
      {:gen_smtp, "~> 1.2", [only: [:dev, :prod]]},
      {:mox, "~> 1.1", only: [:test], runtime: false},
      {:benchee, "~> 1.3", only: :bench},
      {:rustler, "~> 0.32",
       optional: true},
      {:tmi, git: "https://github.com/acme/tmi.git", branch: "main"},
      {:cachex, github: "whitfin/cachex", ref: "a1b2c3d"}
    ] ++ optional_deps()

  defp optional_deps do
    if System.get_env("WITH_REDIS") do
      [{:redix, "~> 1.5"}]
    else
      []
    end
  end

  def deps(:docs), do: [{:ex_doc, "~> 0.34"}]
end
