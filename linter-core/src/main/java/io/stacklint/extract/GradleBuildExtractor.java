package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Gradle build scripts in the Groovy and Kotlin DSLs ({@code build.gradle}, {@code build.gradle.kts}, and the
 * convention plugins of {@code buildSrc} and {@code build-logic}) without running them: dependencies with their
 * configuration's scope, plugins, and the Java version, with variables and version catalog accessors resolved.
 */
public final class GradleBuildExtractor implements Extractor {

    private static final Pattern CONVENTION_PLUGIN = Pattern.compile(
            "(?:.*/)?(?:buildSrc|build-logic(?:/.+)?)/src/main/(?:groovy|kotlin)/(?:.+/)?[^/]+\\.gradle(?:\\.kts)?");

    @Override
    public String id() {
        return "gradle-build";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("build.gradle") || name.equals("build.gradle.kts")) {
            return true;
        }
        return (name.endsWith(".gradle") || name.endsWith(".gradle.kts")) && !name.startsWith("settings.gradle")
                && CONVENTION_PLUGIN.matcher(path).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        return GradleReader.read(file, false);
    }
}
