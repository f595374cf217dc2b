package io.stacklint.radar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.error.ConfigurationException;
import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import io.stacklint.model.Technology;
import io.stacklint.yaml.YamlConfigReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns other tools' radars into a stacklint radar: Thoughtworks Build-Your-Own-Radar CSV
 * ({@code name,ring,quadrant,isNew,description}) and JSON (the same fields), Zalando's tech radar JSON
 * ({@code entries[].label} and {@code ring} as an index into {@code rings}), Backstage's
 * ({@code entries[].title|id} and the newest {@code timeline[].ringId}) and AOE technology-radar folders (one
 * markdown file per item and release, with {@code title} and {@code ring} in its front matter; the newest release
 * that gives a ring wins). Names match catalog ids, display names and aliases, ignoring case and punctuation; ring
 * names map to stacklint's (by default adopt is recommended, trial and assess experimental, hold avoid; callers may
 * map them otherwise). What matches nothing is kept as a comment and reported as a warning with the nearest
 * catalog id, so nothing is lost silently.
 */
public final class RadarImporter {

    /** The ring names of the usual radars, and stacklint's own, mapped to stacklint's rings. */
    public static final Map<String, Ring> DEFAULT_RINGS = Map.ofEntries(
            Map.entry("adopt", Ring.RECOMMENDED), Map.entry("trial", Ring.EXPERIMENTAL),
            Map.entry("assess", Ring.EXPERIMENTAL), Map.entry("hold", Ring.AVOID),
            Map.entry("experimental", Ring.EXPERIMENTAL), Map.entry("recommended", Ring.RECOMMENDED),
            Map.entry("good", Ring.GOOD), Map.entry("sunsetting", Ring.SUNSETTING), Map.entry("avoid", Ring.AVOID),
            Map.entry("retire", Ring.SUNSETTING), Map.entry("deprecated", Ring.SUNSETTING));

    private final Map<String, String> idsByKey = new LinkedHashMap<>();
    private final Map<String, Ring> rings;

    /**
     * @param technologies the catalog's technologies, whose ids, names and aliases entries are matched against
     * @param ringMapping  ring names mapped otherwise than {@link #DEFAULT_RINGS} says ({@code hold} to sunsetting)
     */
    public RadarImporter(Collection<Technology> technologies, Map<String, Ring> ringMapping) {
        for (Technology technology : technologies) {
            idsByKey.putIfAbsent(Technology.nameKey(technology.id()), technology.id());
            idsByKey.putIfAbsent(Technology.nameKey(technology.name()), technology.id());
            technology.aliases().forEach(alias -> idsByKey.putIfAbsent(Technology.nameKey(alias), technology.id()));
        }
        Map<String, Ring> merged = new HashMap<>(DEFAULT_RINGS);
        ringMapping.forEach((name, ring) -> merged.put(name.strip().toLowerCase(Locale.ROOT), ring));
        this.rings = Map.copyOf(merged);
    }

    /** One file of the radar to import: its path for messages, and its text. */
    public record Source(String path, String text) {
    }

    /** The imported radar's YAML, and one warning per entry that could not be imported. */
    public record Result(String radar, List<String> warnings) {

        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private record Entry(String name, String ring, String description, String where) {
    }

    /**
     * The radar for one file's text.
     *
     * @throws ConfigurationException naming the file, line and column of what cannot be read
     */
    public Result importRadar(String path, String text) {
        String lower = path.toLowerCase(Locale.ROOT);
        List<Entry> entries = lower.endsWith(".csv") ? csv(path, text)
                : lower.endsWith(".md") ? aoe(List.of(new Source(path, text))) : json(path, text);
        return render(path, entries);
    }

    /**
     * The radar for an AOE technology-radar folder: its markdown files, each under a release folder named by date
     * ({@code radar/2024-03-01/react.md}); later releases win.
     */
    public Result importFolder(String folder, List<Source> markdown) {
        return render(folder, aoe(markdown));
    }

    private Result render(String path, List<Entry> entries) {
        StringBuilder out = new StringBuilder("# Imported by 'stacklint radar import' from ").append(path)
                .append(".\nratings:\n");
        List<String> warnings = new ArrayList<>();
        int imported = 0;
        for (Entry entry : entries) {
            Optional<String> id = Optional.ofNullable(idsByKey.get(Technology.nameKey(entry.name())));
            Optional<Ring> ring = Optional.ofNullable(rings.get(entry.ring().strip().toLowerCase(Locale.ROOT)));
            if (id.isEmpty() || ring.isEmpty()) {
                String why = id.isEmpty() ? "matches no catalog technology" + nearest(entry.name())
                        .map(near -> "; nearest: " + near).orElse("")
                        : "has a ring stacklint does not know; map it with --ring " + entry.ring().strip()
                                .toLowerCase(Locale.ROOT) + "=RING";
                warnings.add(entry.where() + ": '" + entry.name() + "' (" + entry.ring() + ") " + why);
                continue;
            }
            imported++;
            out.append("  ").append(id.get()).append(":\n    ring: ").append(ring.get().id())
                    .append("\n    source: ").append(quoted("imported from " + path)).append('\n');
            if (!entry.description().isBlank()) {
                // Build-Your-Own-Radar descriptions are HTML fragments; a reason is plain text
                String reason = entry.description().replaceAll("<[^>]*>", " ").strip().replaceAll("\\s+", " ");
                out.append("    reason: ").append(quoted(reason))
                        .append('\n');
            }
        }
        if (imported == 0) {
            out.setLength(out.length() - "ratings:\n".length());
            out.append("ratings: {}\n");
        }
        for (String warning : warnings) {
            out.append("# not imported: ").append(warning.replace('\n', ' ')).append('\n');
        }
        return new Result(out.toString(), warnings);
    }

    /** The catalog id nearest to a name that matched none, by the same name keys the matching uses. */
    private Optional<String> nearest(String name) {
        return YamlConfigReader.nearest(Technology.nameKey(name), idsByKey.keySet()).map(idsByKey::get);
    }

    /** AOE items: release folders in date order, so a later release's ring and text replace an earlier one's. */
    private static List<Entry> aoe(List<Source> markdown) {
        Map<String, Entry> items = new LinkedHashMap<>();
        List<Source> ordered = markdown.stream().sorted(Comparator.comparing((Source source) -> release(source.path()))
                .thenComparing(Source::path)).toList();
        for (Source source : ordered) {
            YamlConfigReader reader = new YamlConfigReader(source.path());
            String text = source.text().replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                continue; // not an item: a README or an index page
            }
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                throw new ConfigurationException(new Location(source.path(), 1, 1),
                        "front matter opened with --- is never closed");
            }
            Node front = reader.rootNode(text.substring(4, end + 1));
            if (front == null) {
                continue;
            }
            Map<String, Node> fields = reader.mapping(front);
            String file = source.path().substring(source.path().lastIndexOf('/') + 1);
            String slug = file.substring(0, file.length() - ".md".length());
            Entry earlier = items.get(slug);
            String name = reader.optionalString(fields, "title")
                    .orElse(earlier == null ? slug : earlier.name());
            String ring = reader.optionalString(fields, "ring").orElse(earlier == null ? "" : earlier.ring());
            if (ring.isEmpty()) {
                continue; // a release that only mentions the item
            }
            int line = fields.containsKey("ring") ? reader.location(fields.get("ring")).line() + 1 : 1;
            String body = text.substring(Math.min(text.length(), text.indexOf('\n', end + 1) + 1)).strip();
            String firstParagraph = body.split("\n\\s*\n", 2)[0];
            items.put(slug, new Entry(name, ring, firstParagraph, source.path() + " line " + line));
        }
        return new ArrayList<>(items.values());
    }

    /** The release folder an AOE item file sits in ({@code 2024-03-01}), by which releases are ordered. */
    private static String release(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String parent = path.substring(0, slash);
        return parent.substring(parent.lastIndexOf('/') + 1);
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
                    description >= 0 && description < row.size() ? row.get(description) : "",
                    path + " line " + lines.get(i)));
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
            for (JsonNode item : root) {
                entries.add(new Entry(item.path("name").asText(), item.path("ring").asText(),
                        item.path("description").asText(), path + " entry " + (entries.size() + 1)));
            }
        } else if (root != null && root.has("entries")) {
            JsonNode rings = root.path("rings");
            Function<JsonNode, String> ringName = node -> node.isInt() && rings.has(node.asInt())
                    ? rings.get(node.asInt()).path("name").asText() : node.asText();
            for (JsonNode item : root.path("entries")) {
                String name = item.hasNonNull("label") ? item.path("label").asText()
                        : item.hasNonNull("title") ? item.path("title").asText() : item.path("id").asText();
                String ring = item.has("ring") ? ringName.apply(item.get("ring")) : newestRing(item.path("timeline"));
                entries.add(new Entry(name, backstageRing(rings, ring), item.path("description").asText(),
                        path + " entry " + (entries.size() + 1)));
            }
        } else {
            throw new ConfigurationException(new Location(path, 1, 1), "not a radar this importer knows: expected a"
                    + " Build-Your-Own-Radar array, or an object with 'entries' (Zalando, Backstage)");
        }
        return entries;
    }

    /** Backstage's timeline is a list of moves, each with a date; the newest says where the entry stands now. */
    private static String newestRing(JsonNode timeline) {
        JsonNode newest = timeline.path(0);
        for (JsonNode move : timeline) {
            if (move.path("date").asText().compareTo(newest.path("date").asText()) > 0) {
                newest = move;
            }
        }
        return newest.path("ringId").asText();
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
