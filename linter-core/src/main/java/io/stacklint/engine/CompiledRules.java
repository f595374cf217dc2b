package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.CatalogLoader;
import io.stacklint.catalog.Signature;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Rating;
import io.stacklint.model.Ring;
import io.stacklint.model.Technology;
import io.stacklint.radar.Lifecycles;
import io.stacklint.radar.LifecyclesLoader;
import io.stacklint.radar.Radar;
import io.stacklint.radar.RadarLoader;
import io.stacklint.radar.VersionRange;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The shipped rules in a binary form made at build time, so that a start does not parse 200 KB of YAML: SnakeYAML
 * running cold took 140 ms of every start's critical path. The YAML stays the source of truth and its loaders do
 * every check when the form is made; the form records the checksum of each YAML resource it was made from and is
 * ignored when the rules on the class path differ (a newer {@code stacklint-rules} jar beside this core), so it can
 * never give other answers than the YAML would.
 */
final class CompiledRules {

    /** Where the build puts the form, inside the core's own classes. */
    static final String RESOURCE = "io/stacklint/engine/compiled-rules.bin";

    private static final String MAGIC = "stacklint compiled rules";
    private static final int FORMAT = 1;
    /** An end of life not known by its day; epoch days, unlike {@code LocalDate.parse}, need no formatter warmed up. */
    private static final long NO_DATE = Long.MIN_VALUE;
    /** Strings are indexes of two bytes into the table (the shipped rules have a few thousand). */
    private static final int MAX_STRINGS = 65_536;

    private CompiledRules() {
    }

    /** Makes the form from the YAML rules on the class path: {@code CompiledRules OUTPUT_CLASSES_FOLDER}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledRules OUTPUT_CLASSES_FOLDER");
        }
        ClassLoader loader = CompiledRules.class.getClassLoader();
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        Files.write(file, write(ShippedRules.fromYaml(), sources(), loader));
    }

    /** The YAML resources the shipped rules are read from. */
    static List<String> sources() {
        List<String> sources = new ArrayList<>();
        sources.add(CatalogLoader.DEFAULT_RESOURCE);
        sources.addAll(CatalogLoader.defaultParts());
        sources.add(RadarLoader.DEFAULT_RESOURCE);
        sources.add(LifecyclesLoader.DEFAULT_RESOURCE);
        return sources;
    }

    /** The rules as the form's bytes, recording the checksums of {@code sources} as the loader reads them now. */
    static byte[] write(ShippedRules rules, List<String> sources, ClassLoader loader) throws IOException {
        Writer body = new Writer();
        body.catalog(rules.catalog());
        body.radar(rules.radar());
        body.lifecycles(rules.lifecycles());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(sources.size());
            for (String source : sources) {
                out.writeUTF(source);
                out.writeLong(checksum(loader, source).orElseThrow(
                        () -> new IOException(source + " is not on the class path")));
            }
            out.writeInt(body.strings.size());
            for (String string : body.strings.keySet()) {
                out.writeUTF(string);
            }
            body.bytes.writeTo(out);
        }
        return bytes.toByteArray();
    }

    /**
     * The rules from the form on the loader's class path; empty when there is none, when it has another format, or
     * when a YAML resource it was made from has changed since.
     */
    static Optional<ShippedRules> read(ClassLoader loader) {
        try (InputStream resource = loader.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 64 * 1024));
            if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int sources = in.readInt();
            for (int i = 0; i < sources; i++) {
                String source = in.readUTF();
                long recorded = in.readLong();
                if (checksum(loader, source).orElse(-1L) != recorded) {
                    return Optional.empty();
                }
            }
            String[] strings = new String[in.readInt()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = in.readUTF();
            }
            Reader body = new Reader(in, strings);
            return Optional.of(new ShippedRules(body.catalog(), body.radar(), body.lifecycles()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged form only costs the YAML's parse
        }
    }

    private static Optional<Long> checksum(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return Optional.of(crc.getValue());
        }
    }

    /**
     * Writes the rules' body, each string as an index into a table written before it: ids, paths and ecosystems
     * repeat thousands of times, and the table makes the form smaller than its YAML.
     */
    private static final class Writer {

        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        private void string(String string) throws IOException {
            Integer index = strings.putIfAbsent(string, strings.size());
            if (strings.size() > MAX_STRINGS) {
                throw new IOException("more than " + MAX_STRINGS + " distinct strings: widen the form's indexes");
            }
            out.writeShort(index == null ? strings.size() - 1 : index);
        }

        private void optional(String string) throws IOException {
            out.writeBoolean(string != null);
            if (string != null) {
                string(string);
            }
        }

        private void strings(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String string : list) {
                string(string);
            }
        }

        void catalog(Catalog catalog) throws IOException {
            List<Technology> technologies = catalog.technologies();
            out.writeInt(technologies.size());
            for (Technology technology : technologies) {
                string(technology.id());
                string(technology.name());
                string(technology.category());
                optional(technology.homepage());
                strings(technology.implies());
                strings(technology.aliases());
            }
            List<Signature> signatures = catalog.signatures();
            out.writeInt(signatures.size());
            for (Signature signature : signatures) {
                string(signature.kind().name());
                string(signature.ecosystem());
                string(signature.name());
                string(signature.technology());
                out.writeBoolean(signature.versioned());
                string(signature.at().path());
                out.writeInt(signature.at().line());
                out.writeInt(signature.at().column());
            }
        }

        // every map is written sorted: the radar's and the facts' maps iterate in an order that changes from one JVM
        // to the next, and the build's output should not
        void radar(Radar radar) throws IOException {
            Map<String, Rating> ratings = new TreeMap<>(radar.ratings());
            out.writeInt(ratings.size());
            for (var rating : ratings.entrySet()) {
                string(rating.getKey());
                rating(rating.getValue());
            }
            Map<String, List<Radar.VersionRule>> versionRules = new TreeMap<>(radar.versionRules());
            out.writeInt(versionRules.size());
            for (var rules : versionRules.entrySet()) {
                string(rules.getKey());
                out.writeInt(rules.getValue().size());
                for (Radar.VersionRule rule : rules.getValue()) {
                    string(rule.range().toString());
                    rating(rule.rating());
                }
            }
        }

        private void rating(Rating rating) throws IOException {
            string(rating.ring().name());
            string(rating.reason());
            strings(rating.replacements());
            string(rating.source());
        }

        void lifecycles(Lifecycles lifecycles) throws IOException {
            Map<String, Lifecycles.Product> products = new TreeMap<>(lifecycles.products());
            out.writeInt(products.size());
            for (var product : products.entrySet()) {
                string(product.getKey());
                string(product.getValue().name());
                string(product.getValue().source());
                out.writeInt(product.getValue().cycles().size());
                for (Lifecycles.Cycle cycle : product.getValue().cycles()) {
                    string(cycle.name());
                    out.writeLong(cycle.eol().map(LocalDate::toEpochDay).orElse(NO_DATE));
                    out.writeBoolean(cycle.ended());
                }
            }
        }
    }

    /** Reads what {@link Writer} wrote, in the same order. */
    private static final class Reader {

        private final DataInputStream in;
        private final String[] strings;

        Reader(DataInputStream in, String[] strings) {
            this.in = in;
            this.strings = strings;
        }

        private String string() throws IOException {
            return strings[in.readUnsignedShort()];
        }

        private String optional() throws IOException {
            return in.readBoolean() ? string() : null;
        }

        private List<String> strings() throws IOException {
            int count = in.readInt();
            List<String> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                list.add(string());
            }
            return list;
        }

        Catalog catalog() throws IOException {
            int count = in.readInt();
            List<Technology> technologies = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                technologies.add(new Technology(string(), string(), string(), optional(), strings(), strings()));
            }
            count = in.readInt();
            List<Signature> signatures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                signatures.add(new Signature(EvidenceKind.valueOf(string()), string(), string(), string(),
                        in.readBoolean(), new Location(string(), in.readInt(), in.readInt())));
            }
            return Catalog.of(technologies, signatures);
        }

        Radar radar() throws IOException {
            int count = in.readInt();
            Map<String, Rating> ratings = new HashMap<>();
            for (int i = 0; i < count; i++) {
                ratings.put(string(), rating());
            }
            count = in.readInt();
            Map<String, List<Radar.VersionRule>> versionRules = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String id = string();
                int rules = in.readInt();
                List<Radar.VersionRule> list = new ArrayList<>(rules);
                for (int r = 0; r < rules; r++) {
                    list.add(new Radar.VersionRule(VersionRange.parse(string()), rating()));
                }
                versionRules.put(id, list);
            }
            return new Radar(ratings, versionRules);
        }

        private Rating rating() throws IOException {
            return new Rating(Ring.valueOf(string()), string(), strings(), string());
        }

        Lifecycles lifecycles() throws IOException {
            int count = in.readInt();
            Map<String, Lifecycles.Product> products = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String id = string();
                String product = string();
                String source = string();
                int cycles = in.readInt();
                List<Lifecycles.Cycle> list = new ArrayList<>(cycles);
                for (int c = 0; c < cycles; c++) {
                    String name = string();
                    long eol = in.readLong();
                    list.add(new Lifecycles.Cycle(name,
                            eol == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(eol)),
                            in.readBoolean()));
                }
                products.put(id, new Lifecycles.Product(product, source, list));
            }
            return Lifecycles.of(products);
        }
    }
}
