package io.stacklint.extract;

/**
 * Cheap checks on a tree-relative path, for {@link Extractor#accepts}: a scan asks every extractor about every
 * walked file (tens of thousands in a monorepo), so a path pattern runs only after a plain string test has let
 * the file through.
 */
final class FileNames {

    private FileNames() {
    }

    /** The last segment of a '/'-separated path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** True for a {@code .yml} or {@code .yaml} file. */
    static boolean isYaml(String path) {
        return path.endsWith(".yml") || path.endsWith(".yaml");
    }
}
