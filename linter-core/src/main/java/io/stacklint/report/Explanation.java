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

/**
 * Everything stacklint knows of one technology, for {@code stacklint explain}: its rating and where the rating
 * comes from, what replaces it, the signatures that detect it, and its release cycles' end-of-life dates.
 */
public final class Explanation {

    /** One release cycle: its name, its end of life as a date or a word, and whether that day has passed. */
    public record Cycle(String name, String endOfLife, boolean ended) {
    }

    /** End-of-life facts of the product whose cycles the technology follows. */
    public record Lifecycle(String product, String source, List<Cycle> cycles) {

        public Lifecycle {
            cycles = List.copyOf(cycles);
        }
    }

    private final Technology technology;
    private final Optional<Rating> rating;
    private final Function<String, String> names;
    private final List<String> signatures;
    private final Optional<Lifecycle> lifecycle;

    /**
     * @param names      a technology's display name by id, for implied technologies and replacements
     * @param signatures how the catalog detects the technology, one line each
     */
    public Explanation(Technology technology, Optional<Rating> rating, Function<String, String> names,
            List<String> signatures, Optional<Lifecycle> lifecycle) {
        this.technology = technology;
        this.rating = rating;
        this.names = names;
        this.signatures = List.copyOf(signatures);
        this.lifecycle = lifecycle;
    }

    public void writeText(OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.println(technology.name() + " (" + technology.id() + "), " + technology.category());
        if (technology.homepage() != null) {
            writer.println("  homepage      " + technology.homepage());
        }
        if (rating.isPresent()) {
            Rating r = rating.get();
            writer.println("  ring          " + r.ring().id() + (r.source().isEmpty() ? "" : " (source: " + r.source()
                    + ")"));
            if (!r.reason().isEmpty()) {
                writer.println("  reason        " + r.reason());
            }
            if (!r.replacements().isEmpty()) {
                writer.println("  replacements  " + String.join(", ", r.replacements().stream()
                        .map(id -> names.apply(id) + " (" + id + ")").toList()));
            }
        } else {
            writer.println("  ring          unrated by the active radar");
        }
        if (!technology.implies().isEmpty()) {
            writer.println("  implies       " + String.join(", ", technology.implies().stream()
                    .map(id -> names.apply(id) + " (" + id + ")").toList()));
        }
        writer.println();
        writer.println("Detected by");
        if (signatures.isEmpty()) {
            writer.println("  only what it implies");
        }
        signatures.forEach(signature -> writer.println("  " + signature));
        lifecycle.ifPresent(facts -> {
            writer.println();
            writer.println("End of life (" + facts.product() + "; " + facts.source() + ")");
            int width = facts.cycles().stream().mapToInt(cycle -> cycle.name().length()).max().orElse(4) + 2;
            for (Cycle cycle : facts.cycles()) {
                writer.println("  " + cycle.name() + " ".repeat(width - cycle.name().length()) + cycle.endOfLife()
                        + (cycle.ended() ? "  ended" : ""));
            }
        });
        writer.flush();
    }

    public void writeJson(OutputStream out) throws IOException {
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("id", technology.id());
            json.writeStringField("name", technology.name());
            json.writeStringField("category", technology.category());
            json.writeStringField("homepage", technology.homepage());
            json.writeStringField("ring", rating.map(r -> r.ring().id()).orElse(null));
            json.writeStringField("reason", rating.map(Rating::reason).orElse(null));
            json.writeStringField("source", rating.map(Rating::source).orElse(null));
            strings(json, "replacements", rating.map(Rating::replacements).orElse(List.of()));
            strings(json, "implies", technology.implies());
            strings(json, "signatures", signatures);
            if (lifecycle.isPresent()) {
                json.writeObjectFieldStart("endOfLife");
                json.writeStringField("product", lifecycle.get().product());
                json.writeStringField("source", lifecycle.get().source());
                json.writeArrayFieldStart("cycles");
                for (Cycle cycle : lifecycle.get().cycles()) {
                    json.writeStartObject();
                    json.writeStringField("cycle", cycle.name());
                    json.writeStringField("eol", cycle.endOfLife());
                    json.writeBooleanField("ended", cycle.ended());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            } else {
                json.writeNullField("endOfLife");
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
