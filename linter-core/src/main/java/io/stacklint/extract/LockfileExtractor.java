package io.stacklint.extract;

/**
 * An extractor of a lockfile: what the project gets through other dependencies, as evidence of scope transitive.
 * Lockfiles of big monorepos run to megabytes, so they have their own size cap.
 */
public interface LockfileExtractor extends Extractor {

    @Override
    default long sizeCap() {
        return LOCKFILE_SIZE_CAP;
    }
}
