package io.stacklint.extract;

/** A file an extractor cannot parse, with the 1-based line and column where parsing stopped. */
public final class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public ExtractionException(int line, int column, String message) {
        super(message);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    public ExtractionException(int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
