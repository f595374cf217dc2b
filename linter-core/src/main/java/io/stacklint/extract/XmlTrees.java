package io.stacklint.extract;

import io.stacklint.model.Location;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML for extractors: a file read into a small element tree (local names, attributes, text, children) with the
 * location where each start tag begins. The bytes are decoded as XML detects its encoding (byte-order mark, UTF-16
 * without one, the declaration, else UTF-8) and parsed with the JDK's StAX parser with DTDs refused, external
 * entities and resources off and nesting bounded. Columns count UTF-16 code units, as {@link SourceFile} does.
 */
final class XmlTrees {

    /** Real build files nest about ten levels; anything far deeper is hostile, not a project. */
    static final int MAX_DEPTH = 256;

    /**
     * One configured factory per thread: configuring one costs more than parsing a small POM. The JDK's factory
     * creates independent readers, but its properties are not meant for concurrent use.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlTrees::newFactory);

    private XmlTrees() {
    }

    /**
     * The root element of the file, or empty when its text is blank.
     *
     * @throws ExtractionException for bytes that are not text in the detected encoding, invalid XML, a DOCTYPE,
     *     or nesting deeper than {@link #MAX_DEPTH}
     */
    static Optional<Element> read(SourceFile file) throws ExtractionException {
        String text = decode(file.bytes());
        return text.isBlank() ? Optional.empty() : Optional.of(parse(file, text));
    }

    /**
     * An element: its local name (so namespaced and namespaceless files read alike), its attributes by local name
     * as written, its children and text, and where its start tag begins.
     */
    static final class Element {

        /** What {@link #child} returns when there is no such child, so paths chain without null checks. */
        static final Element NONE = new Element("", Map.of(), null);

        private final String name;
        private final Map<String, String> attributes;
        private final Location location;
        private final List<Element> children = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private Element(String name, Map<String, String> attributes, Location location) {
            this.name = name;
            this.attributes = attributes;
            this.location = location;
        }

        String name() {
            return name;
        }

        /** Attributes by local name, in document order; the first wins when two namespaces give the same name. */
        Map<String, String> attributes() {
            return Collections.unmodifiableMap(attributes);
        }

        /** The first child of that name, or {@link #NONE}. */
        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return NONE;
        }

        List<Element> children(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).toList();
        }

        List<Element> children() {
            return Collections.unmodifiableList(children);
        }

        /** The trimmed text of a child, or null when the child is absent or blank. */
        String value(String childName) {
            String value = child(childName).text();
            return value.isEmpty() ? null : value;
        }

        /** The element's own text (character data and CDATA, not its children's), trimmed. */
        String text() {
            return text.toString().strip();
        }

        /** Where the start tag's {@code <} is. */
        Location location() {
            return location;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsing

    private static Element parse(SourceFile file, String text) throws ExtractionException {
        Positions positions = new Positions(file, text);
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new StringReader(text));
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw refuse(reader, "DOCTYPE is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw refuse(reader, "XML nested deeper than " + MAX_DEPTH + " elements");
                        }
                        Element element = new Element(reader.getLocalName(), attributes(reader),
                                positions.startTag(reader.getLocation().getLineNumber(),
                                        reader.getLocation().getColumnNumber()));
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    default -> {
                        // comments and processing instructions declare nothing
                    }
                }
            }
            if (root == null) {
                throw new ExtractionException(1, 1, "invalid XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new ExtractionException(location == null ? 1 : location.getLineNumber(),
                    location == null ? 1 : location.getColumnNumber(), "invalid XML: " + parserMessage(e), e);
        } catch (RuntimeException e) {
            // The JDK parser throws runtime exceptions for a few broken inputs; each is an unreadable file.
            throw new ExtractionException(1, 1, "invalid XML: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static XMLInputFactory newFactory() {
        // newDefaultFactory: always the JDK's parser, whatever StAX implementation the classpath offers.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    private static ExtractionException refuse(XMLStreamReader reader, String message) {
        var location = reader.getLocation();
        return new ExtractionException(location.getLineNumber(), location.getColumnNumber(), message);
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:[l,c]\nMessage: "; the location is ours. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release: the input is an in-memory string
            }
        }
    }

    /**
     * Turns the parser's end-of-start-tag positions (StAX reports no start positions) into start positions in the
     * text the parser read: the tag's '<' is the last one before its end ('<' cannot occur inside attribute values).
     * Lines end at \n, \r\n and a lone \r, as the parser counts them.
     */
    private static final class Positions {

        private final SourceFile file;
        private final String text;
        private final int[] lineStarts;

        Positions(SourceFile file, String text) {
            this.file = file;
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Location startTag(int endLine, int endColumn) {
            int line = Math.min(Math.max(endLine, 1), lineStarts.length);
            int end = Math.min(lineStarts[line - 1] + Math.max(endColumn, 1) - 1, text.length());
            int open = end > 0 ? text.lastIndexOf('<', end - 1) : -1;
            if (open < 0) {
                return file.location(line, Math.max(endColumn, 1));
            }
            int startLine = lineOf(open);
            return file.location(startLine + 1, open - lineStarts[startLine] + 1);
        }

        private int lineOf(int offset) {
            int low = 0;
            int high = lineStarts.length - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (lineStarts[middle] <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Decoding: here rather than in the parser, so one text serves parsing and positions, and so the JDK parser
    // never prints "[Fatal Error]" to stderr on malformed bytes.

    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");
    private static final int DECLARATION_WINDOW = 512;

    /** Bytes to text as XML 1.0 Appendix F detects the encoding, without a byte-order mark. */
    private static String decode(byte[] bytes) throws ExtractionException {
        Charset charset = detect(bytes);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new ExtractionException(line, 1, "not valid " + charset.name() + " text");
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset detect(byte[] bytes) throws ExtractionException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head);
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = declared.group(1);
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32")) {
            // declared as 16/32-bit but written in 8-bit bytes (no BOM, no zero bytes): what editors produce
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException(1, declared.start(1) + 1, "unsupported encoding: " + name, e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
