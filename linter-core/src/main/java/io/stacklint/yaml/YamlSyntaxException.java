package io.stacklint.yaml;

/** YAML that cannot be parsed, with the 1-based line and column where parsing stopped. */
public final class YamlSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public YamlSyntaxException(int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
