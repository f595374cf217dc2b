package io.stacklint.source;

import java.io.IOException;

/** A file a tree refused to read because it is larger than the caller's cap; says how large it is. */
public final class FileTooLargeException extends IOException {

    private final long size;

    public FileTooLargeException(long size, long maxBytes) {
        super("larger than " + maxBytes + " bytes");
        this.size = size;
    }

    public long size() {
        return size;
    }
}
