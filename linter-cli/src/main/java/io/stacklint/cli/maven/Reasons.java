package io.stacklint.cli.maven;

/** A failure in a few words: the innermost message, which names what failed, without the resolver's wrapping. */
final class Reasons {

    private Reasons() {
    }

    static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }
}
