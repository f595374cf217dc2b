package io.stacklint.source;

import java.io.IOException;
import java.util.Optional;

/**
 * A tree whose files have content ids (git blob ids): equal ids mean equal bytes, so whatever was extracted from
 * one file can be reused for every revision that holds the same blob.
 */
public interface ContentAddressed {

    /** The content id of the regular file at this tree-relative path, or empty when there is none. */
    Optional<String> blobId(String path) throws IOException;
}
