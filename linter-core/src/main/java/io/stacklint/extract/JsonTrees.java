package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.stacklint.model.Location;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON for extractors: one Jackson streaming parser under limits (nesting depth, key and string length), and one
 * mapping of everything it throws to an {@link ExtractionException} at the parser's line and column. Extractors
 * walk the tokens themselves, so a long string nobody reads (a readme) is skipped without being held or refused.
 * Columns count UTF-16 code units, as {@link SourceFile} does: the parser reads the decoded text.
 */
final class JsonTrees {

    static final int MAX_NESTING_DEPTH = 200;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 10_000;

    // Immutable once built and thread-safe: sharing it keeps the extractors stateless in every way that matters.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // No shared symbol table: hostile key sets cannot grow or collide in it.
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private JsonTrees() {
    }

    /** Reads a whole file's tokens through one parser. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser parser) throws IOException, ExtractionException;
    }

    /**
     * Runs {@code reader} over the file's tokens; empty for a blank file. {@code what} names the file in refusals
     * ({@code "package.json refused: nested deeper than 200 levels"}).
     */
    static <T> Optional<T> read(SourceFile file, String what, Reader<T> reader) throws ExtractionException {
        String text = file.text();
        if (text.isBlank()) {
            return Optional.empty();
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            try (JsonParser open = parser) {
                return Optional.ofNullable(reader.read(open));
            }
        } catch (StreamConstraintsException e) {
            // The exception may carry no location; the token being opened (or named) when the limit hit is the place.
            JsonLocation where = e.getLocation() != null ? e.getLocation()
                    : parser == null ? null : parser.currentTokenLocation();
            throw new ExtractionException(line(where), column(where), what + " refused: " + limit(e), e);
        } catch (JsonProcessingException e) {
            throw new ExtractionException(line(e.getLocation()), column(e.getLocation()),
                    "invalid JSON: " + shortMessage(e), e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read " + what + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Like {@link #read}, for files whose top level must be one object: anything else is refused at its first token
     * ({@code "package.json must be a JSON object, found an array"}), and so is content after the object. The reader
     * starts on the object's {@code START_OBJECT} and must leave the parser on its {@code END_OBJECT}.
     */
    static <T> Optional<T> readObject(SourceFile file, String what, Reader<T> reader) throws ExtractionException {
        return read(file, what, parser -> {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw refuse(parser, what + " must be a JSON object, found " + describe(first));
            }
            T result = reader.read(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw refuse(parser, "unexpected content after the top-level object: " + describe(trailing));
            }
            return result;
        });
    }

    /** One field of an object whose value is a string, with where its key starts. */
    @FunctionalInterface
    interface StringField {
        void accept(String key, String value, Location at);
    }

    /**
     * Reads the object the parser has just opened to its end, handing each field whose value is a string to
     * {@code action} in file order; other values are skipped unread.
     */
    static void stringFields(SourceFile file, JsonParser parser, StringField action) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location at = location(file, parser);
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                action.accept(key, parser.getText(), at);
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Where the parser's current token starts. */
    static Location location(SourceFile file, JsonParser parser) {
        JsonLocation where = parser.currentTokenLocation();
        return file.location(line(where), column(where));
    }

    /** An error at the parser's current token. */
    static ExtractionException refuse(JsonParser parser, String message) {
        JsonLocation where = parser.currentTokenLocation();
        return new ExtractionException(line(where), column(where), message);
    }

    static int line(JsonLocation where) {
        return where == null ? 1 : Math.max(1, where.getLineNr());
    }

    static int column(JsonLocation where) {
        return where == null ? 1 : Math.max(1, where.getColumnNr());
    }

    /** A token as a user would name it: "an array", "a string". */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The parser's message without its source excerpt; comments get a plain explanation. */
    private static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        String first = message == null ? "parse error" : message.lines().findFirst().orElse("parse error");
        return first.contains("ALLOW_COMMENTS") ? "comments are not allowed in JSON" : first.strip();
    }

    private static String limit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "nested deeper than " + MAX_NESTING_DEPTH + " levels";
        } else if (message.contains("Name length")) {
            return "a key longer than " + MAX_NAME_LENGTH + " characters";
        } else if (message.contains("String value length")) {
            return "a string longer than " + MAX_STRING_LENGTH + " characters";
        }
        return "too large";
    }
}
