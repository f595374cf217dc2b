package io.stacklint.report;

/** Escaping for the XML formats, which are written by hand so their layout is exactly the golden files'. */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    /**
     * Text safe in an attribute value or element content: markup characters as entities, line breaks in attributes
     * as character references (so parsers keep them), characters XML 1.0 forbids dropped.
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
                case '\'' -> escaped.append("&apos;");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Element content: as {@link #escape} but with line breaks kept as they are. */
    static String content(String text) {
        return escape(text).replace("&#10;", "\n").replace("&#13;", "").replace("&#9;", "\t");
    }
}
