package io.stacklint.maven;

import io.stacklint.engine.DependencyGraph;
import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.report.ReportOptions;
import io.stacklint.report.TextReporter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} and {@code inventory} share: map the {@code stack.*} parameters onto one {@link LintRequest},
 * run the core, write the requested formats to {@code target/stacklint/}. Each project scans its own folder minus
 * the folders of the reactor's other projects inside it, so a module's files are reported by that module and the
 * repository-wide files (compose, CI, infrastructure) once, by the execution root.
 */
abstract class StackMojo extends AbstractMojo {

    static final String CONFIG_FILE = ".stacklint.yml";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    /** Skips stacklint. */
    @Parameter(property = "stack.skip", defaultValue = "false")
    boolean skip;

    /** A configuration file; default: the nearest {@code .stacklint.yml} from the project up to the execution root. */
    @Parameter(property = "stack.config")
    File config;

    /**
     * The formats written to {@link #outputDirectory}, comma-separated: the CLI's {@code --format} names
     * (text, json, sarif, junit, checkstyle, gitlab, github, markdown).
     */
    @Parameter(property = "stack.formats")
    String formats;

    /** Where the report files go. */
    @Parameter(property = "stack.outputDirectory", defaultValue = "${project.build.directory}/stacklint")
    File outputDirectory;

    /** Reports Maven dependencies reached through other dependencies, from the graph Maven resolved. */
    @Parameter(property = "stack.transitive", defaultValue = "true")
    boolean transitive;

    /**
     * Radars, comma-separated: files and {@code https://} URLs, {@code embedded} for the built-in one; later entries
     * win, as with the CLI's {@code --radar}. When set they replace the configuration's {@code radars}.
     */
    @Parameter(property = "stack.radar")
    String radar;

    /** Take radars named by URL from the cache only; Maven's own offline mode ({@code -o}) by default. */
    @Parameter(property = "stack.offline", defaultValue = "${settings.offline}")
    boolean offline;

    /**
     * The Maven scopes whose dependencies are checked, comma-separated (compile, runtime, provided, test, system);
     * test-scoped findings are reported as such.
     */
    @Parameter(property = "stack.includeScopes", defaultValue = MavenScopes.DEFAULT)
    String includeScopes;

    /** The scopes of this execution's project, set by {@link #run}. */
    MavenScopes scopes;

    /** The report's kind. */
    abstract ReportKind kind();

    /** The formats written when {@code stack.formats} is not set. */
    abstract String defaultFormats();

    /** Runs the core for this project and writes the report files; configuration errors become build errors. */
    Report run(Optional<Ring> failOn) throws MojoExecutionException {
        List<String> formatNames = ReportFiles.parse(formats == null ? defaultFormats() : formats);
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        LintRequest request = new LintRequest(kind(), basedir, configFile(basedir), failOn)
                .withExclude(nestedProjects(basedir))
                .withTransitive(transitive)
                .withGraph(transitive ? MavenDependencyGraph.of(project.getArtifacts()) : DependencyGraph.NONE)
                .withRadars(radars(), offline);
        scopes = MavenScopes.of(includeScopes, project.getArtifacts());
        Report report;
        try {
            report = scopes.filter(Linter.withDefaults().run(request));
        } catch (StacklintException e) {
            throw new MojoExecutionException("stacklint: " + e.getMessage(), e);
        }
        String base = kind() == ReportKind.INVENTORY ? "stacklint-inventory" : "stacklint";
        for (Path file : ReportFiles.write(report, formatNames, outputDirectory.toPath(), base)) {
            getLog().debug("stacklint: wrote " + file);
        }
        return report;
    }

    /**
     * {@code stack.radar} split at commas, in order; empty leaves the radars to the configuration. A relative file
     * is relative to the execution root (where {@code mvn} was started), so every module reads the same file.
     */
    private List<String> radars() {
        List<String> references = new ArrayList<>();
        if (radar != null) {
            for (String part : radar.split(",")) {
                String reference = part.trim();
                if (reference.isEmpty()) {
                    continue;
                }
                boolean file = !reference.equals("embedded") && !reference.contains("://");
                references.add(file ? executionRoot().resolve(reference).toString() : reference);
            }
        }
        return references;
    }

    /** This project's folder relative to the execution root with a trailing slash; empty for the root itself. */
    String folderPrefix() {
        Path root = executionRoot();
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        String relative = basedir.startsWith(root) ? root.relativize(basedir).toString().replace('\\', '/') : "";
        return relative.isEmpty() ? "" : relative + "/";
    }

    /** The report as the CLI's plain text, line by line. */
    static List<String> textLines(Report report) throws MojoExecutionException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            new TextReporter(ReportOptions.PLAIN).write(report, text);
        } catch (IOException e) {
            throw new MojoExecutionException("stacklint: cannot render the report", e);
        }
        List<String> lines = new ArrayList<>(List.of(text.toString(StandardCharsets.UTF_8).split("\n")));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Names the project in the log of a multi-module build, where every module prints a report. */
    String projectLabel() {
        Path root = executionRoot();
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        String relative = basedir.startsWith(root) ? root.relativize(basedir).toString().replace('\\', '/') : "";
        return project.getArtifactId() + (relative.isEmpty() ? "" : " (" + relative + ")");
    }

    /** The explicit file, else the nearest .stacklint.yml from the project's folder up to the execution root. */
    private Optional<Path> configFile(Path basedir) {
        if (config != null) {
            return Optional.of(config.toPath());
        }
        Path root = executionRoot();
        for (Path folder = basedir; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(CONFIG_FILE);
            if (Files.isRegularFile(candidate)) {
                // In the project's own folder the engine finds it itself, and reports its path as written.
                return folder.equals(basedir) ? Optional.empty() : Optional.of(candidate);
            }
            if (folder.equals(root) || !folder.startsWith(root)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The folders of the reactor's other projects inside this one, left to their own executions. */
    private List<String> nestedProjects(Path basedir) {
        List<String> nested = new ArrayList<>();
        for (MavenProject other : session.getAllProjects()) {
            Path folder = other.getBasedir().toPath().toAbsolutePath().normalize();
            if (!folder.equals(basedir) && folder.startsWith(basedir)) {
                nested.add("/" + basedir.relativize(folder).toString().replace('\\', '/') + "/");
            }
        }
        return nested;
    }

    private Path executionRoot() {
        return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }
}
