package io.stacklint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stacklint.model.Rating;
import io.stacklint.model.Technology;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lists what the catalog can detect and how the active radar rates each technology, as text or JSON. */
public final class CatalogListing {

    private final List<Technology> technologies;
    private final Function<String, Optional<Rating>> ratings;

    public CatalogListing(List<Technology> technologies, Function<String, Optional<Rating>> ratings) {
        this.technologies = List.copyOf(technologies);
        this.ratings = ratings;
    }

    public void writeText(OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int idWidth = technologies.stream().mapToInt(t -> t.id().length()).max().orElse(2) + 2;
        int nameWidth = technologies.stream().mapToInt(t -> t.name().length()).max().orElse(4) + 2;
        writer.println(pad("ID", idWidth) + pad("NAME", nameWidth) + pad("RING", 14) + "CATEGORY");
        for (Technology technology : technologies) {
            String ring = ratings.apply(technology.id()).map(r -> r.ring().id()).orElse("unrated");
            writer.println(pad(technology.id(), idWidth) + pad(technology.name(), nameWidth) + pad(ring, 14)
                    + technology.category());
        }
        writer.println();
        writer.println(technologies.size() + " technologies; 'stacklint explain ID' tells more about one");
        writer.flush();
    }

    public void writeJson(OutputStream out) throws IOException {
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", JsonReporter.SCHEMA_VERSION);
            json.writeArrayFieldStart("technologies");
            for (Technology technology : technologies) {
                Optional<Rating> rating = ratings.apply(technology.id());
                json.writeStartObject();
                json.writeStringField("id", technology.id());
                json.writeStringField("name", technology.name());
                json.writeStringField("category", technology.category());
                json.writeStringField("homepage", technology.homepage());
                json.writeStringField("ring", rating.map(r -> r.ring().id()).orElse(null));
                json.writeStringField("reason", rating.map(Rating::reason).orElse(null));
                json.writeArrayFieldStart("replacements");
                for (String replacement : rating.map(Rating::replacements).orElse(List.of())) {
                    json.writeString(replacement);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("implies");
                for (String implied : technology.implies()) {
                    json.writeString(implied);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
