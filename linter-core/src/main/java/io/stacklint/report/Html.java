package io.stacklint.report;

/**
 * A small HTML writer for the HTML report: every text and attribute value goes through {@link #escape}, so
 * nothing read from a scanned repository can become markup. The output is also well-formed XML (void elements
 * self-closed, only the five predefined entities), which lets tests parse it strictly.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves its attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element without content, such as {@code meta} or an SVG {@code rect}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup this package wrote itself (the style sheet); never text from a report. */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    /**
     * Text safe as element content and as a quoted attribute value: markup characters as entities, control
     * characters other than line breaks and tabs dropped (neither HTML nor XML allows them).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\r' -> {
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A string usable in an {@code id} and a fragment link: letters, digits, '-' and '_', others as '-'. */
    static String anchor(String text) {
        StringBuilder id = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            id.append(plain ? c : '-');
        }
        return id.toString();
    }
}
