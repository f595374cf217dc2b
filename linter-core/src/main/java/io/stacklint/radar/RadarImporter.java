package io.stacklint.radar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.error.ConfigurationException;
import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns other tools' radars into a stacklint radar: Thoughtworks Build-Your-Own-Radar CSV
 * ({@code name,ring,quadrant,isNew,description}) and JSON (the same fields), Zalando's tech radar JSON
 * ({@code entries[].label} and {@code ring} as an index into {@code rings}) and Backstage's
 * ({@code entries[].title|id} and the newest {@code timeline[].ringId}). Names match catalog ids or display names,
 * ignoring case and separators; the usual ring names map to stacklint's (adopt is recommended, trial and assess
 * experimental, hold avoid). What matches nothing is kept as a comment, so nothing is lost silently.
 */
public final class RadarImporter {

    private static final Map<String, Ring> RINGS = Map.ofEntries(
            Map.entry("adopt", Ring.RECOMMENDED), Map.entry("trial", Ring.EXPERIMENTAL),
            Map.entry("assess", Ring.EXPERIMENTAL), Map.entry("hold", Ring.AVOID),
            Map.entry("experimental", Ring.EXPERIMENTAL), Map.entry("recommended", Ring.RECOMMENDED),
            Map.entry("good", Ring.GOOD), Map.entry("sunsetting", Ring.SUNSETTING), Map.entry("avoid", Ring.AVOID),
            Map.entry("retire", Ring.SUNSETTING), Map.entry("deprecated", Ring.SUNSETTING));

    private final Map<String, String> idsByKey = new LinkedHashMap<>();

    /**
     * @param names every catalog id with its display name
     */
    public RadarImporter(Map<String, String> names) {
        names.forEach((id, name) -> {
            idsByKey.putIfAbsent(key(id), id);
            idsByKey.putIfAbsent(key(name), id);
        });
    }

    private record Entry(String name, String ring, String description, int line) {
    }

    /**
     * The radar YAML for a file's text.
     *
     * @throws ConfigurationException naming the file, line and column of what cannot be read
     */
    public String importRadar(String path, String text) {
        List<Entry> entries = path.toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(path, text) : json(path, text);
        StringBuilder out = new StringBuilder("# Imported by 'stacklint radar import' from ").append(path)
                .append(".\nratings:\n");
        List<String> unmatched = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<String> id = Optional.ofNullable(idsByKey.get(key(entry.name())));
            Optional<Ring> ring = Optional.ofNullable(RINGS.get(entry.ring().strip().toLowerCase(Locale.ROOT)));
            if (id.isEmpty() || ring.isEmpty()) {
                unmatched.add(entry.name() + " (" + entry.ring() + ")" + (id.isEmpty() ? ": no catalog technology"
                        : ": unknown ring") + ", " + path + " line " + entry.line());
                continue;
            }
            out.append("  ").append(id.get()).append(":\n    ring: ").append(ring.get().id())
                    .append("\n    source: ").append(quoted("imported from " + path)).append('\n');
            if (!entry.description().isBlank()) {
                out.append("    reason: ").append(quoted(entry.description().strip().replaceAll("\\s+", " ")))
                        .append('\n');
            }
        }
        if (entries.isEmpty()) {
            out.setLength(out.length() - "ratings:\n".length());
            out.append("ratings: {}\n");
        }
        for (String miss : unmatched) {
            out.append("# not imported: ").append(miss.replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    private static List<Entry> csv(String path, String text) {
        List<Integer> lines = new ArrayList<>();
        List<List<String>> rows = CsvRows.parse(path, text, lines);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int name = header.indexOf("name");
        int ring = header.indexOf("ring");
        int description = header.indexOf("description");
        if (name < 0 || ring < 0) {
            throw new ConfigurationException(new Location(path, 1, 1),
                    "a Build-Your-Own-Radar CSV needs 'name' and 'ring' columns");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() <= Math.max(name, ring) || row.get(name).isBlank()) {
                continue;
            }
            entries.add(new Entry(row.get(name).strip(), row.get(ring),
                    description >= 0 && description < row.size() ? row.get(description) : "", lines.get(i)));
        }
        return entries;
    }

    private static List<Entry> json(String path, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ConfigurationException(new Location(path, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr())), "invalid JSON: " + e.getOriginalMessage());
        }
        List<Entry> entries = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(item -> entries.add(new Entry(item.path("name").asText(), item.path("ring").asText(),
                    item.path("description").asText(), 1)));
        } else if (root != null && root.has("entries")) {
            JsonNode rings = root.path("rings");
            Function<JsonNode, String> ringName = node -> node.isInt() && rings.has(node.asInt())
                    ? rings.get(node.asInt()).path("name").asText() : node.asText();
            for (JsonNode item : root.path("entries")) {
                String name = item.hasNonNull("label") ? item.path("label").asText()
                        : item.hasNonNull("title") ? item.path("title").asText() : item.path("id").asText();
                String ring = item.has("ring") ? ringName.apply(item.get("ring"))
                        : item.path("timeline").path(0).path("ringId").asText();
                entries.add(new Entry(name, backstageRing(rings, ring), item.path("description").asText(), 1));
            }
        } else {
            throw new ConfigurationException(new Location(path, 1, 1), "not a radar this importer knows: expected a"
                    + " Build-Your-Own-Radar array, or an object with 'entries' (Zalando, Backstage)");
        }
        return entries;
    }

    /** Backstage names rings by id ({@code adopt}) and Zalando by position; either may carry a display name. */
    private static String backstageRing(JsonNode rings, String ring) {
        for (JsonNode candidate : rings) {
            if (candidate.path("id").asText().equals(ring) && candidate.hasNonNull("name")) {
                return candidate.path("name").asText();
            }
        }
        return ring;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]", "");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** RFC 4180 rows: quoted fields with doubled quotes and line breaks inside. */
    private static final class CsvRows {

        /** The rows, and in {@code lines} the line each row starts on (a quoted field may span lines). */
        static List<List<String>> parse(String path, String text, List<Integer> lines) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int quoteLine = 1;
            int rowLine = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    quoteLine = line;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line++;
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    lines.add(rowLine);
                    rowLine = line;
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new ConfigurationException(new Location(path, quoteLine, 1), "a quoted field is never closed");
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
                lines.add(rowLine);
            }
            return rows;
        }
    }
}
