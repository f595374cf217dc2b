package io.stacklint.cli;

import io.stacklint.engine.Linter;
import picocli.CommandLine.IVersionProvider;

/** {@code stacklint --version}: the tool version and the size of the catalog it ships. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Linter linter = Linter.withDefaults();
        return new String[] {
            "stacklint " + Linter.version(),
            "catalog: " + linter.catalog().technologies().size() + " technologies, "
                    + linter.radar().ratings().size() + " default ratings",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }
}
