package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code pyproject.toml}: PEP 621 {@code [project]} {@code dependencies} (RUNTIME),
 * {@code optional-dependencies} (OPTIONAL) and {@code requires-python}; PEP 735 {@code [dependency-groups]}
 * ({@code test}/{@code tests} groups TEST, others DEVELOPMENT; {@code include-group} items give nothing);
 * {@code [build-system] requires} (BUILD); Poetry's {@code [tool.poetry.dependencies]} (the {@code python} key is
 * the runtime; {@code optional = true} gives OPTIONAL), {@code dev-dependencies} and
 * {@code group.<name>.dependencies} (DEVELOPMENT, TEST for test groups, RUNTIME for {@code main}); PDM's
 * {@code [tool.pdm.dev-dependencies]} and uv's {@code [tool.uv] dev-dependencies} (DEVELOPMENT, TEST for test
 * groups). PEP 508 strings are located at the string, Poetry entries at their key. A Poetry constraint of
 * {@code *} declares no version.
 */
public final class PyprojectExtractor implements Extractor {

    private static final Set<String> TEST_GROUPS = Set.of("test", "tests", "testing");

    @Override
    public String id() {
        return "pyproject";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("pyproject.toml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Toml.Table root = Toml.parse(file);
            List<Evidence> found = new ArrayList<>();
            Optional<Toml.Table> project = root.table("project");
            if (project.isPresent()) {
                project(file, project.get(), found);
            }
            Optional<Toml.Table> groups = root.table("dependency-groups");
            if (groups.isPresent()) {
                groups(file, groups.get(), found);
            }
            root.table("build-system").flatMap(t -> t.get("requires"))
                    .ifPresent(requires -> strings(file, requires, Scope.BUILD, found));
            Optional<Toml.Table> poetry = root.table("tool", "poetry");
            if (poetry.isPresent()) {
                poetry(file, poetry.get(), found);
            }
            Optional<Toml.Table> pdm = root.table("tool", "pdm", "dev-dependencies");
            if (pdm.isPresent()) {
                groups(file, pdm.get(), found);
            }
            root.table("tool", "uv").flatMap(t -> t.get("dev-dependencies"))
                    .ifPresent(dev -> strings(file, dev, Scope.DEVELOPMENT, found));
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (Unchecked e) {
            throw e.cause;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read pyproject.toml: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void project(SourceFile file, Toml.Table project, List<Evidence> found) {
        project.get("requires-python").ifPresent(value -> value.string().map(String::strip)
                .filter(v -> !v.isEmpty())
                .ifPresent(v -> found.add(Pep508.python(v.replaceAll("\\s+", ""), at(file, value)))));
        project.get("dependencies").ifPresent(value -> strings(file, value, Scope.RUNTIME, found));
        project.table("optional-dependencies").ifPresent(extras -> extras.entries()
                .forEach(extra -> strings(file, extra.value(), Scope.OPTIONAL, found)));
    }

    /** Named groups of PEP 508 strings: PEP 735 dependency groups, PDM dev-dependencies. */
    private static void groups(SourceFile file, Toml.Table groups, List<Evidence> found) {
        for (Toml.Entry group : groups.entries()) {
            strings(file, group.value(), groupScope(group.key()), found);
        }
    }

    private static Scope groupScope(String group) {
        return TEST_GROUPS.contains(group.toLowerCase(Locale.ROOT)) ? Scope.TEST : Scope.DEVELOPMENT;
    }

    /** The PEP 508 strings of an array; tables ({@code include-group}) and other items give nothing. */
    private static void strings(SourceFile file, Toml.Value array, Scope scope, List<Evidence> found) {
        for (Toml.Value item : array.items()) {
            Optional<String> text = item.string();
            if (text.isEmpty() || text.get().isBlank()) {
                continue;
            }
            String requirement = text.get().strip();
            Location location = at(file, item);
            if (requirement.startsWith("-e")) {
                Pep508.eggName(requirement).ifPresent(name ->
                        found.add(Evidence.ofPackage("pypi", name, null, location, name, scope)));
                continue;
            }
            try {
                found.add(Pep508.evidence(location, requirement, scope));
            } catch (ExtractionException e) {
                throw new Unchecked(e);
            }
        }
    }

    private static void poetry(SourceFile file, Toml.Table poetry, List<Evidence> found) {
        poetry.table("dependencies").ifPresent(deps -> poetryTable(file, deps, Scope.RUNTIME, true, found));
        poetry.table("dev-dependencies").ifPresent(deps -> poetryTable(file, deps, Scope.DEVELOPMENT, false, found));
        poetry.table("group").ifPresent(groups -> {
            for (Toml.Entry group : groups.entries()) {
                Scope scope = group.key().equals("main") ? Scope.RUNTIME : groupScope(group.key());
                group.value().table().flatMap(t -> t.table("dependencies"))
                        .ifPresent(deps -> poetryTable(file, deps, scope, group.key().equals("main"), found));
            }
        });
    }

    private static void poetryTable(SourceFile file, Toml.Table deps, Scope scope, boolean main,
            List<Evidence> found) {
        for (Toml.Entry entry : deps.entries()) {
            Location location = file.location(entry.line(), entry.column());
            if (entry.key().equals("python")) {
                if (main) {
                    entry.value().string().map(String::strip).filter(v -> !v.isEmpty())
                            .ifPresent(v -> found.add(Pep508.python(v, location)));
                }
                continue;
            }
            Constraint constraint = constraint(entry.value());
            Scope effective = constraint.optional() && scope == Scope.RUNTIME ? Scope.OPTIONAL : scope;
            String value = constraint.version() == null ? entry.key() : entry.key() + " " + constraint.version();
            found.add(Evidence.ofPackage("pypi", entry.key(), constraint.version(), location, value, effective));
        }
    }

    private record Constraint(String version, boolean optional) {
    }

    /** A Poetry constraint: a string, a table ({@code version}, {@code git}, {@code path}...), or an array of tables. */
    private static Constraint constraint(Toml.Value value) {
        if (value.string().isPresent()) {
            return new Constraint(version(value.string().get()), false);
        }
        if (value.table().isPresent()) {
            Toml.Table table = value.table().get();
            return new Constraint(table.string("version").map(PyprojectExtractor::version).orElse(null),
                    table.get("optional").map(Toml.Value::isTrue).orElse(false));
        }
        List<Toml.Value> items = value.items();
        boolean optional = !items.isEmpty() && items.stream()
                .allMatch(item -> item.table().flatMap(t -> t.get("optional")).map(Toml.Value::isTrue).orElse(false));
        return new Constraint(null, optional);
    }

    private static String version(String constraint) {
        String stripped = constraint.strip();
        return stripped.isEmpty() || stripped.equals("*") ? null : stripped;
    }

    private static Location at(SourceFile file, Toml.Value value) {
        return file.location(value.line(), value.column());
    }

    /** Carries a checked failure out of the lambdas above. */
    private static final class Unchecked extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ExtractionException cause;

        Unchecked(ExtractionException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
