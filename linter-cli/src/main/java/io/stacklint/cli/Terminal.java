package io.stacklint.cli;

/**
 * What the command knows of where its output goes: colour only on an interactive terminal that allows it
 * (https://no-color.org), plain text in pipes and CI logs.
 */
public record Terminal(boolean colorCapable) {

    public static Terminal detect() {
        boolean interactive = System.console() != null;
        String term = System.getenv("TERM");
        boolean allowed = System.getenv("NO_COLOR") == null && !"dumb".equals(term);
        return new Terminal(interactive && allowed);
    }

    public static Terminal plain() {
        return new Terminal(false);
    }
}
