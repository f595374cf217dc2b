package io.stacklint.maven;

import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn stack:check}: scans the project's folder and the dependencies Maven resolved for it with the same
 * engine and configuration as the CLI, writes the requested formats to {@code target/stacklint/}, and fails the
 * build when a technology is rated at or above the fail threshold.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public final class CheckMojo extends StackMojo {

    /** The ring at or above which findings fail the build; default avoid, or failOn in .stacklint.yml. */
    @Parameter(property = "stack.failOn")
    String failOn;

    @Override
    ReportKind kind() {
        return ReportKind.CHECK;
    }

    @Override
    String defaultFormats() {
        return "json";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("stacklint: skipped (stack.skip)");
            return;
        }
        Optional<Ring> threshold = Optional.empty();
        if (failOn != null && !failOn.isBlank()) {
            threshold = Optional.of(Ring.parse(failOn).orElseThrow(() -> new MojoExecutionException(
                    "stack.failOn: unknown ring '" + failOn + "'; rings are " + Ring.names())));
        }
        Report report = run(threshold);
        List<String> lines = textLines(report);
        if (report.failed()) {
            getLog().error("stacklint: " + projectLabel());
            lines.forEach(getLog()::error);
            throw new MojoFailureException("stacklint: " + report.summary().errors() + " finding(s) rated "
                    + report.failOn().id() + " or worse in " + projectLabel()
                    + "; waive one in .stacklint.yml or set stack.failOn");
        }
        if (report.summary().warnings() > 0) {
            getLog().warn("stacklint: " + projectLabel());
            lines.forEach(getLog()::warn);
        } else {
            getLog().info("stacklint: " + projectLabel() + ": " + lines.get(lines.size() - 1));
        }
    }
}
