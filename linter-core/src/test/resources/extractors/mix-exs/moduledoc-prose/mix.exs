defmodule RepoAdapters.MixProject do
  @moduledoc """
  Builds the `repo_adapters` library.

  To run the MySQL integration suite, add the driver yourself:

      defp deps do
        [
          {:myxql, "~> 0.6"}
        ]
      end

  Escaped quotes \""" do not end this heredoc, nor does "#{inspect({:tds, "~> 2.3"})}".
  """
  use Mix.Project

  @version "0.4.2"
  @source_url "https://github.com/acme/repo_adapters"
  @adapters ~w(postgres sqlite3)a
  @legacy ~S"""
  {:mariaex, ">= 0.0.0"}
  """

  def project do
    [
      app: :repo_adapters,
      version: @version,
      elixir: "~> 1.13",
      deps: deps(),
      docs: docs(),
      dialyzer: [plt_add_apps: [:mix], flags: [:error_handling]],
      releases: [adapters: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [extra_applications: [:logger], mod: {RepoAdapters.Application, [adapters: @adapters]}]
  end

  @doc "Starts a sandbox for {:mongodb_driver, \"~> 1.4\"} users."
  def sandbox(opts) do
    case Keyword.fetch(opts, :repo) do
      {:ok, repo} -> [{:repo, repo}, {:redix, "~> 1.5"}]
      :error -> {:error, :missing_repo}
    end
  end

  # Run "mix help deps" to learn about dependencies.
  # {:mysql, "~> 1.8"} was dropped in 0.3
  defp deps do
    [
      {:ecto_sql, "~> 3.11"},
      # {:myxql, "~> 0.6", optional: true},
      {:postgrex, "~> 0.17", optional: true},
      {:ecto_sqlite3, "~> 0.15", optional: true},
      %{name: :not_a_dep},
      {:ex_doc, "~> 0.31", only: :dev, runtime: false}
    ]
  end

  defp docs do
    [
      main: "readme",
      source_ref: "v#{@version}",
      source_url: @source_url,
      extras: ["README.md": [title: "Overview"], "CHANGELOG.md": []],
      groups_for_modules: [Adapters: [~r/Adapter/]],
      before_closing_body_tag: fn _ -> ~s(<script src="{:cockroach, \"x\"}"></script>) end
    ]
  end
end
