package io.stacklint.maven;

import io.stacklint.model.Diagnostic;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn stack:check}: scans the project's folder and the dependencies Maven resolved for it with the same
 * engine and configuration as the CLI, writes the requested formats to {@code target/stacklint/}, and fails the
 * build when a technology is rated at or above the fail threshold. In a multi-module build every module logs its own
 * findings as it goes and the last module's execution fails the build once, with every module's findings.
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
        ReactorFindings reactor = ReactorFindings.of(session);
        if (skip) {
            getLog().info("stacklint: skipped (stack.skip)");
            finish(reactor, new ReactorFindings.Module(projectLabel(), List.of(), 0, "", ""));
            return;
        }
        Optional<Ring> threshold = Optional.empty();
        if (failOn != null && !failOn.isBlank()) {
            threshold = Optional.of(Ring.parse(failOn).orElseThrow(() -> new MojoExecutionException(
                    "stack.failOn: unknown ring '" + failOn + "'; rings are " + Ring.names())));
        }
        Report report = run(threshold);
        MavenMessages messages = new MavenMessages(report, folderPrefix(), scopes);
        for (Diagnostic diagnostic : report.diagnostics()) {
            // A file that could not be read weakens the check; a note (a parent POM outside the repository,
            // which Maven itself resolved) is only of interest when debugging.
            if (diagnostic.severity() == Severity.NOTE) {
                getLog().debug("stacklint: " + folderPrefix() + diagnostic);
            } else {
                getLog().warn("stacklint: " + folderPrefix() + diagnostic);
            }
        }
        messages.warningLines().forEach(line -> getLog().warn("stacklint: " + line));
        List<String> errors = messages.errorLines();
        getLog().info("stacklint: " + projectLabel() + ": " + messages.summary());
        ReactorFindings.Module module = new ReactorFindings.Module(projectLabel(), errors,
                report.summary().errors(), messages.firstFailingTechnology(), report.failOn().id());
        if (!finish(reactor, module) && !errors.isEmpty()) {
            // Not the last module: say it now; the build fails at the end of the reactor, with every module's.
            errors.stream().filter(line -> !line.startsWith("    ")).forEach(line -> getLog().error("stacklint: "
                    + projectLabel() + ": " + line.trim() + " (the build fails at the end of the reactor)"));
        }
    }

    /**
     * Records this module; in the last execution of the reactor, fails the build with every module's findings.
     *
     * @return true when this was the last execution
     */
    private boolean finish(ReactorFindings reactor, ReactorFindings.Module module) throws MojoFailureException {
        Optional<List<ReactorFindings.Module>> all = reactor.record(project, module, expectedProjects());
        if (all.isEmpty()) {
            return false;
        }
        List<ReactorFindings.Module> failing = all.get();
        if (failing.isEmpty()) {
            return true;
        }
        int total = failing.stream().mapToInt(ReactorFindings.Module::errors).sum();
        StringBuilder block = new StringBuilder("stacklint: ").append(count(total)).append(" rated ")
                .append(failing.get(0).failOn()).append(" or worse");
        if (session.getProjects().size() > 1) {
            block.append(" in ").append(failing.size()).append(failing.size() == 1 ? " module" : " modules");
        }
        block.append(':');
        for (ReactorFindings.Module each : failing) {
            block.append('\n').append(each.label());
            each.lines().forEach(line -> block.append('\n').append(line));
        }
        block.append('\n').append(MavenMessages.waiverHint(failing.get(0).firstTechnology()));
        throw new MojoFailureException(block.toString());
    }

    /**
     * The projects of this session that run this goal, in reactor order: all of them when it was named on the
     * command line, else those whose POM binds it. A project left out would hold the failure back for ever, so
     * when in doubt a project counts only if it is this one.
     */
    private List<String> expectedProjects() {
        boolean fromCommandLine = mojoExecution == null || mojoExecution.getExecutionId().startsWith("default-cli");
        List<String> expected = new ArrayList<>();
        for (MavenProject each : session.getProjects()) {
            if (each == project || fromCommandLine || bindsCheck(each)) {
                expected.add(each.getId());
            }
        }
        return expected;
    }

    private boolean bindsCheck(MavenProject other) {
        String key = mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId();
        return other.getBuildPlugins().stream()
                .filter(plugin -> plugin.getKey().equals(key))
                .flatMap(plugin -> plugin.getExecutions().stream())
                .anyMatch(execution -> execution.getGoals().contains("check"));
    }

    private static String count(int findings) {
        return findings == 1 ? "1 finding" : findings + " findings";
    }
}
