package io.stacklint.error;

/**
 * A problem with what the user gave stacklint (arguments, configuration, a radar, a path), reported as one line
 * and exit code 2. Anything else that goes wrong is an internal error.
 */
public class StacklintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StacklintException(String message) {
        super(message);
    }

    public StacklintException(String message, Throwable cause) {
        super(message, cause);
    }
}
