package io.stacklint.maven;

import io.stacklint.model.ReportKind;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn stack:inventory}: every technology the project uses, with its ring, written to
 * {@code target/stacklint/} and logged; never fails the build on ratings.
 */
@Mojo(name = "inventory", threadSafe = true, requiresDependencyCollection = ResolutionScope.TEST)
public final class InventoryMojo extends StackMojo {

    @Override
    ReportKind kind() {
        return ReportKind.INVENTORY;
    }

    @Override
    String defaultFormats() {
        return "json";
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("stacklint: skipped (stack.skip)");
            return;
        }
        getLog().info("stacklint: " + projectLabel());
        textLines(run(Optional.empty())).forEach(getLog()::info);
    }
}
