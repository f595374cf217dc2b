package io.stacklint.maven;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.report.ReportOptions;
import io.stacklint.report.TextReporter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn stack:check}: scans the project's folder with the same engine and configuration as the CLI and fails
 * the build when a technology is rated at or above the fail threshold.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Skips the check. */
    @Parameter(property = "stack.skip", defaultValue = "false")
    private boolean skip;

    /** The ring at or above which findings fail the build; default avoid, or failOn in .stacklint.yml. */
    @Parameter(property = "stack.failOn")
    private String failOn;

    /** A configuration file other than .stacklint.yml in the project folder. */
    @Parameter(property = "stack.config")
    private File config;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("stacklint: skipped (stack.skip)");
            return;
        }
        LintRequest request = LintRequest.check(basedir.toPath());
        if (config != null) {
            request = request.withConfig(config.toPath());
        }
        if (failOn != null && !failOn.isBlank()) {
            request = request.withFailOn(Ring.parse(failOn).orElseThrow(() -> new MojoExecutionException(
                    "stack.failOn: unknown ring '" + failOn + "'; rings are " + Ring.names())));
        }
        Report report;
        try {
            report = Linter.withDefaults().run(request);
        } catch (StacklintException e) {
            throw new MojoExecutionException("stacklint: " + e.getMessage(), e);
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            new TextReporter(ReportOptions.PLAIN).write(report, text);
        } catch (IOException e) {
            throw new MojoExecutionException("stacklint: cannot render the report", e);
        }
        for (String line : text.toString(StandardCharsets.UTF_8).split("\n")) {
            if (report.failed()) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
        if (report.failed()) {
            throw new MojoFailureException("stacklint: " + report.summary().errors()
                    + " finding(s) rated " + report.failOn().id() + " or worse");
        }
    }
}
