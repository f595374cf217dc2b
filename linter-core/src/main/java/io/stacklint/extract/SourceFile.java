package io.stacklint.extract;

import io.stacklint.model.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file handed to an extractor: its tree-relative path, its bytes, and its text decoded as strict UTF-8 on
 * first use. Offsets into the text convert to 1-based locations. Formats that span files read their neighbours
 * through {@link #resolve(String)}; facts worth telling the user that are not errors (a parent POM outside the
 * repository) are left as {@link #note notes}, which the scan reports as diagnostics.
 */
public final class SourceFile {

    private final String path;
    private final byte[] bytes;
    private final FileLookup lookup;
    private final List<Note> notes = new ArrayList<>();
    private String text;
    private int[] lineStarts;
    private int[] supplementary;

    public SourceFile(String path, byte[] bytes) {
        this(path, bytes, FileLookup.NONE);
    }

    /** A file whose extractor may read other files of the same tree through {@code lookup}. */
    public SourceFile(String path, byte[] bytes, FileLookup lookup) {
        this.path = Objects.requireNonNull(path, "path");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * The same file for the next reader: its text decoded once and shared, its notes its own. The scan hands one
     * file to every extractor that accepts it, and decoding it again for each would repeat the hot path's work.
     */
    public SourceFile fresh() {
        SourceFile copy = new SourceFile(path, bytes, lookup);
        copy.text = text;
        copy.lineStarts = lineStarts;
        copy.supplementary = supplementary;
        return copy;
    }

    /** A file from text, for tests and for content already decoded. */
    public static SourceFile of(String path, String text) {
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String path() {
        return path;
    }

    /** The last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The raw bytes, for formats that declare their own encoding (XML). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The content as text, without a byte-order mark.
     *
     * @throws ExtractionException when the bytes are not valid UTF-8, naming where the first bad byte is
     */
    public String text() throws ExtractionException {
        if (text == null) {
            text = decode(bytes);
        }
        return text;
    }

    /**
     * Another file of the tree, by a path relative to this file's folder ({@code ../pom.xml}, {@code .env},
     * {@code requirements/base.txt}). Empty when the file does not exist, cannot be read within the scan's limits,
     * or lies outside the tree: an absolute path or one that climbs above the root never reads anything.
     */
    public Optional<SourceFile> resolve(String relativePath) {
        return treePath(relativePath).flatMap(target -> lookup.read(target)
                .map(content -> new SourceFile(target, content, lookup)));
    }

    /** The tree-relative path a path relative to this file's folder names, or empty when it leaves the tree. */
    public Optional<String> treePath(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
            for (String segment : path.substring(0, slash).split("/")) {
                segments.addLast(segment);
            }
        }
        for (String segment : relativePath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /** Records a fact about this file worth telling the user that does not stop its extraction. */
    public void note(int line, int column, String message) {
        notes.add(new Note(Math.max(1, line), Math.max(1, column), message));
    }

    /** The notes left so far, in the order they were left. */
    public List<Note> notes() {
        return List.copyOf(notes);
    }

    /** The location of a 0-based character offset into {@link #text()}. */
    public Location location(int offset) throws ExtractionException {
        int[] starts = lineStarts();
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Location(path, line + 1, offset - starts[line] + 1);
    }

    /**
     * The 0-based character offset into {@link #text()} of a 0-based code point index, for parsers that count
     * code points (SnakeYAML): a character outside the Basic Multilingual Plane (an emoji) is one code point but
     * two chars, and locations count chars.
     */
    public int offsetOfCodePoint(int index) throws ExtractionException {
        int found = Arrays.binarySearch(supplementary(), index);
        // each supplementary code point before the index is two chars, one more than it counts as code point
        return index + (found >= 0 ? found : -found - 1);
    }

    /** A location from a 1-based line and column already known. */
    public Location location(int line, int column) {
        return new Location(path, line, column);
    }

    private int[] lineStarts() throws ExtractionException {
        if (lineStarts == null) {
            String content = text();
            int count = 1;
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    /** The code point indices of the text's supplementary characters (surrogate pairs), ascending. */
    private int[] supplementary() throws ExtractionException {
        if (supplementary == null) {
            String content = text();
            int[] found = new int[0];
            int count = 0;
            for (int i = 0, codePoint = 0; i < content.length(); i++, codePoint++) {
                if (Character.isHighSurrogate(content.charAt(i)) && i + 1 < content.length()
                        && Character.isLowSurrogate(content.charAt(i + 1))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.max(8, count * 2));
                    }
                    found[count++] = codePoint;
                    i++;
                }
            }
            supplementary = Arrays.copyOf(found, count);
        }
        return supplementary;
    }

    /** A fact about a file that is not an error, at a 1-based line and column. */
    public record Note(int line, int column, String message) {
    }

    private static String decode(byte[] bytes) throws ExtractionException {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ExtractionException(line, 1, "not valid UTF-8 text (skipped)", e);
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
