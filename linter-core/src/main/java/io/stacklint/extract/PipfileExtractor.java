package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads Pipenv's {@code Pipfile}: {@code [packages]} (RUNTIME) and {@code [dev-packages]} (DEVELOPMENT), each entry
 * located at its key, with its version string ({@code "==4.2"}) or the {@code version} of a table
 * ({@code {version = ">=1", extras = [...]}}); {@code "*"}, {@code git}, {@code path} and {@code file} entries declare
 * no version. {@code [requires] python_version} or {@code python_full_version} is the Python runtime.
 */
public final class PipfileExtractor implements Extractor {

    @Override
    public String id() {
        return "pipfile";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("Pipfile");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Toml.Table root = Toml.parse(file);
            List<Evidence> found = new ArrayList<>();
            root.table("packages").ifPresent(packages -> packages(file, packages, Scope.RUNTIME, found));
            root.table("dev-packages").ifPresent(packages -> packages(file, packages, Scope.DEVELOPMENT, found));
            root.table("requires").ifPresent(requires -> {
                for (String key : List.of("python_version", "python_full_version")) {
                    requires.entry(key).ifPresent(entry -> entry.value().string().map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .ifPresent(v -> found.add(Pep508.python(v, at(file, entry)))));
                }
            });
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Pipfile: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void packages(SourceFile file, Toml.Table packages, Scope scope, List<Evidence> found) {
        for (Toml.Entry entry : packages.entries()) {
            Optional<String> written = entry.value().string()
                    .or(() -> entry.value().table().flatMap(table -> table.string("version")));
            String version = written.map(String::strip).filter(v -> !v.isEmpty() && !v.equals("*")).orElse(null);
            String value = version == null ? entry.key() : entry.key() + version;
            found.add(Evidence.ofPackage("pypi", entry.key(), version, at(file, entry), value, scope));
        }
    }

    private static Location at(SourceFile file, Toml.Entry entry) {
        return file.location(entry.line(), entry.column());
    }
}
