package io.stacklint.source;

import java.util.List;
import java.util.Set;

/**
 * The folders no scan enters unless the user includes them: version-control metadata, installed and vendored
 * dependencies, virtualenvs, test fixtures (other projects' files kept as test data, whose declarations are not
 * this project's), and build outputs where they are outputs (target/ beside a pom.xml, not a Go project's
 * build/package/).
 */
public final class IgnoreRules {

    private static final Set<String> ALWAYS_IGNORED = Set.of(
            ".git", ".hg", ".svn", "node_modules", "bower_components", "jspm_packages", "vendor", "third_party",
            ".venv", "venv", ".tox", ".nox", "__pycache__", ".mypy_cache", ".pytest_cache", ".gradle", ".m2",
            ".bundle", ".elixir_ls", ".terraform", ".idea", ".vscode",
            "testdata", "fixtures", "__fixtures__", "__snapshots__", "__mocks__");

    private static final Set<String> MAVEN_BUILD_FILES = Set.of("pom.xml");
    private static final Set<String> GRADLE_BUILD_FILES = Set.of(
            "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");
    private static final Set<String> NODE_BUILD_FILES = Set.of("package.json");
    private static final Set<String> MIX_BUILD_FILES = Set.of("mix.exs", "rebar.config");

    private IgnoreRules() {
    }

    private static final Set<String> NOT_PROJECT_SOURCE_FOLDERS = Set.of(
            "doc", "docs", "documentation", "generated", "__generated__", "gen-src", "generated-sources");
    /** How generated files end: minified bundles, protobuf and gRPC stubs, Dart and WinForms generators. */
    private static final List<String> GENERATED_SUFFIXES = List.of(
            ".min.js", ".pb.go", "_pb2.py", "_pb2_grpc.py", ".g.dart", ".designer.cs");
    private static final String GENERATED_INFIX = ".generated.";

    /**
     * True when a source file counts towards its language: not documentation (code samples in docs/ say nothing
     * of what the project is written in) and not generated code (protobuf stubs, minified bundles).
     */
    public static boolean isProjectSource(String path) {
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            if (NOT_PROJECT_SOURCE_FOLDERS.contains(path.substring(start, slash))) {
                return false;
            }
            start = slash + 1;
        }
        return !isGenerated(path.substring(start));
    }

    /** Plain suffix tests: this runs for every counted source file of a monorepo, tens of thousands. */
    private static boolean isGenerated(String name) {
        for (String suffix : GENERATED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        // name.generated.ext, any extension of letters, digits or underscores (api.generated.ts, Db.generated.cs)
        int dot = name.lastIndexOf('.');
        int infix = dot - GENERATED_INFIX.length() + 1;
        if (dot < 0 || dot == name.length() - 1 || infix < 0 || !name.startsWith(GENERATED_INFIX, infix)) {
            return false;
        }
        for (int i = dot + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folders nested deeper than this are not walked (a diagnostic says so): no real project comes near it, and a
     * hostile tree thousands of folders deep would otherwise exhaust the walk's stack.
     */
    public static final int MAX_FOLDER_DEPTH = 128;

    /** The diagnostic for a folder not walked because of {@link #MAX_FOLDER_DEPTH}. */
    public static final String TOO_DEEP = "skipped: folders nested more than " + MAX_FOLDER_DEPTH + " deep";

    /** The file whose presence marks a Python virtualenv, whatever the folder is called. */
    public static final String VIRTUALENV_MARKER = "pyvenv.cfg";

    /**
     * True for the file names whose presence decides whether a sibling folder is skipped ({@code pom.xml} makes
     * {@code target/} an output, {@code pyvenv.cfg} marks a virtualenv): adding or deleting one changes what a walk
     * enters, beyond the file itself.
     */
    public static boolean isFolderMarker(String name) {
        return MAVEN_BUILD_FILES.contains(name) || GRADLE_BUILD_FILES.contains(name)
                || NODE_BUILD_FILES.contains(name) || MIX_BUILD_FILES.contains(name) || VIRTUALENV_MARKER.equals(name);
    }

    /**
     * Decides whether to skip a folder without entering it.
     *
     * @param name     the folder's own name
     * @param siblings the names of the files next to it, in its parent folder
     */
    public static boolean skipFolder(String name, Set<String> siblings) {
        if (ALWAYS_IGNORED.contains(name)) {
            return true;
        }
        return switch (name) {
            case "target" -> containsAny(siblings, MAVEN_BUILD_FILES);
            case "build" -> containsAny(siblings, GRADLE_BUILD_FILES);
            case "dist" -> containsAny(siblings, NODE_BUILD_FILES);
            case "_build", "deps" -> containsAny(siblings, MIX_BUILD_FILES);
            default -> false;
        };
    }

    private static boolean containsAny(Set<String> names, Set<String> wanted) {
        for (String candidate : wanted) {
            if (names.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
