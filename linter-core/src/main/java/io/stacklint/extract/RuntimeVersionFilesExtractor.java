package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the files version managers and platforms pin a runtime with, each pin giving RUNTIME evidence (ecosystem
 * {@code runtime}, tool names mapped: nodejs to node, golang to go, dotnet-core to dotnet):
 * {@code .nvmrc}, {@code .node-version}, {@code .ruby-version}, {@code .python-version} (one per line),
 * {@code .java-version}, {@code .go-version}, {@code .terraform-version}, asdf's {@code .tool-versions} (one per
 * version: later ones are fallbacks), {@code .sdkmanrc}, {@code global.json} ({@code sdk.version}: dotnet),
 * Heroku's {@code runtime.txt} ({@code python-3.11.4}) and {@code system.properties}
 * ({@code java.runtime.version}), {@code rust-toolchain}/{@code rust-toolchain.toml} ({@code channel}) and mise's
 * {@code mise.toml}/{@code .mise.toml} {@code [tools]}. Tools that are not runtimes (maven, yarn, kubectl) give
 * nothing.
 *
 * <p>Versions are normalised so they compare: a leading {@code v} goes ({@code v20.11.0}); so does the tool's
 * own name as prefix ({@code ruby-3.2.2}, {@code python-3.11.4}), a Java distribution's name before or SDKMAN's
 * after the number ({@code temurin-17.0.9+9}, {@code 17.0.9-tem}), an RVM gemset ({@code 3.2.2@app}) and
 * Elixir's OTP build ({@code 1.15.7-otp-26}). Aliases ({@code lts/*}, {@code lts/hydrogen}, {@code system},
 * {@code latest}, {@code stable}, {@code ref:...}) are kept as written for the rating step to interpret.
 */
public final class RuntimeVersionFilesExtractor implements Extractor {

    private static final Map<String, String> SINGLE_VERSION_FILES = Map.of(
            ".nvmrc", "node", ".node-version", "node", ".ruby-version", "ruby", ".java-version", "java",
            ".go-version", "go", ".terraform-version", "terraform", ".python-version", "python");

    /** Tool names as asdf, mise and SDKMAN spell them, to the runtime names the catalog uses. */
    private static final Map<String, String> RUNTIMES = Map.ofEntries(
            Map.entry("node", "node"), Map.entry("nodejs", "node"), Map.entry("node_js", "node"),
            Map.entry("ruby", "ruby"), Map.entry("python", "python"), Map.entry("java", "java"),
            Map.entry("go", "go"), Map.entry("golang", "go"), Map.entry("terraform", "terraform"),
            Map.entry("erlang", "erlang"), Map.entry("elixir", "elixir"), Map.entry("dotnet", "dotnet"),
            Map.entry("dotnet-core", "dotnet"), Map.entry("dotnet-sdk", "dotnet"), Map.entry("rust", "rust"),
            Map.entry("deno", "deno"), Map.entry("bun", "bun"), Map.entry("php", "php"), Map.entry("dart", "dart"),
            Map.entry("scala", "scala"), Map.entry("kotlin", "kotlin"));

    private static final Pattern V_PREFIX = Pattern.compile("[vV](\\d.*)");
    private static final Pattern JAVA_DISTRIBUTION = Pattern.compile("[A-Za-z][A-Za-z0-9.]*-(\\d.*)");
    private static final Pattern SDKMAN_VENDOR = Pattern.compile("(\\d[^-]*)-[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ELIXIR_OTP = Pattern.compile("(\\d[^-]*)-otp-[\\w.]+");
    private static final Pattern HEROKU_PYTHON = Pattern.compile("python-(\\d[\\w.]*)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(64 * 1024).maxNameLength(1024).build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            // the .NET SDK reads global.json with comments and trailing commas allowed
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    @Override
    public String id() {
        return "runtime-versions";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return SINGLE_VERSION_FILES.containsKey(name) || name.equals(".tool-versions") || name.equals(".sdkmanrc")
                || name.equals("global.json") || name.equals("runtime.txt") || name.equals("system.properties")
                || name.equals("rust-toolchain") || name.equals("rust-toolchain.toml") || name.equals("mise.toml")
                || name.equals(".mise.toml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        String name = file.name();
        List<Evidence> evidence = new ArrayList<>();
        String text = file.text();
        switch (name) {
            case ".tool-versions" -> toolVersions(file, text, evidence);
            case ".sdkmanrc" -> properties(file, text, evidence, true);
            case "system.properties" -> properties(file, text, evidence, false);
            case "global.json" -> globalJson(file, text, evidence);
            case "runtime.txt" -> herokuRuntime(file, text, evidence);
            case "rust-toolchain", "rust-toolchain.toml" -> rustToolchain(file, text, evidence);
            case "mise.toml", ".mise.toml" -> mise(file, evidence);
            default -> singleVersion(file, text, SINGLE_VERSION_FILES.get(name), evidence);
        }
        return List.copyOf(evidence);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The first version in the file ({@code .python-version}: every line, pyenv activates them all). */
    private static void singleVersion(SourceFile file, String text, String runtime, List<Evidence> evidence)
            throws ExtractionException {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (String line : lines) {
            String content = withoutComment(line);
            Matcher token = TOKEN.matcher(content);
            if (token.find()) {
                add(file, evidence, runtime, token.group(), offset + token.start());
                if (!runtime.equals("python")) {
                    return;
                }
            }
            offset += line.length() + 1;
        }
    }

    /** {@code tool version [fallback...]}, one tool per line. */
    private static void toolVersions(SourceFile file, String text, List<Evidence> evidence)
            throws ExtractionException {
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            Matcher token = TOKEN.matcher(withoutComment(line));
            if (token.find()) {
                String tool = token.group();
                int toolAt = offset + token.start();
                String runtime = RUNTIMES.get(tool.toLowerCase(Locale.ROOT));
                boolean any = false;
                while (token.find()) {
                    any = true;
                    if (runtime != null) {
                        add(file, evidence, runtime, token.group(), offset + token.start());
                    }
                }
                if (!any) {
                    var at = file.location(toolAt);
                    throw new ExtractionException(at.line(), at.column(), "no version for " + tool);
                }
            }
            offset += line.length() + 1;
        }
    }

    /**
     * {@code key=value} lines: SDKMAN's candidates ({@code java=17.0.9-tem}) or Heroku's
     * {@code java.runtime.version}.
     */
    private static void properties(SourceFile file, String text, List<Evidence> evidence, boolean sdkman)
            throws ExtractionException {
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            int separator = indexOfSeparator(line);
            if (!stripped.isEmpty() && !stripped.startsWith("#") && !stripped.startsWith("!") && separator > 0) {
                String key = line.substring(0, separator).strip();
                String runtime = sdkman ? RUNTIMES.get(key.toLowerCase(Locale.ROOT))
                        : key.equals("java.runtime.version") ? "java" : null;
                Matcher value = TOKEN.matcher(sdkman ? withoutComment(line) : line);
                if (runtime != null && value.find(separator + 1)) {
                    add(file, evidence, runtime, value.group(), offset + value.start());
                }
            }
            offset += line.length() + 1;
        }
    }

    private static int indexOfSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
    }

    /** Heroku's Python buildpack: {@code python-3.11.4}; any other content is not Heroku's. */
    private static void herokuRuntime(SourceFile file, String text, List<Evidence> evidence)
            throws ExtractionException {
        Matcher token = TOKEN.matcher(text);
        if (token.find() && HEROKU_PYTHON.matcher(token.group()).matches()) {
            add(file, evidence, "python", token.group(), token.start());
        }
    }

    /** The legacy one-line {@code rust-toolchain}, or the TOML form's {@code [toolchain] channel}. */
    private static void rustToolchain(SourceFile file, String text, List<Evidence> evidence)
            throws ExtractionException {
        if (file.name().equals("rust-toolchain.toml") || text.contains("[toolchain]")) {
            Optional<Toml.Value> channel = Toml.parse(file).table("toolchain").flatMap(t -> t.get("channel"));
            if (channel.isPresent() && channel.get().string().isPresent()) {
                add(file, evidence, "rust", channel.get().string().get(),
                        file.location(channel.get().line(), channel.get().column()));
            }
            return;
        }
        singleVersion(file, text, "rust", evidence);
    }

    /** mise's {@code [tools]}: a version, a list of versions, or a table with {@code version}. */
    private static void mise(SourceFile file, List<Evidence> evidence) throws ExtractionException {
        Optional<Toml.Table> tools = Toml.parse(file).table("tools");
        if (tools.isEmpty()) {
            return;
        }
        for (Toml.Entry entry : tools.get().entries()) {
            String tool = entry.key().toLowerCase(Locale.ROOT);
            String runtime = RUNTIMES.get(tool.startsWith("core:") ? tool.substring("core:".length()) : tool);
            if (runtime == null) {
                continue;
            }
            Toml.Value value = entry.value();
            List<Toml.Value> versions = value.kind() == Toml.Kind.ARRAY ? value.items()
                    : value.kind() == Toml.Kind.TABLE
                            ? value.table().flatMap(t -> t.get("version")).map(List::of).orElse(List.of())
                            : List.of(value);
            for (Toml.Value version : versions) {
                if (version.string().isPresent()) {
                    add(file, evidence, runtime, version.string().get(),
                            file.location(version.line(), version.column()));
                }
            }
        }
    }

    /** {@code {"sdk": {"version": "8.0.100"}}}. */
    private static void globalJson(SourceFile file, String text, List<Evidence> evidence)
            throws ExtractionException {
        if (text.isBlank()) {
            return;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(parser.currentTokenLocation(), "global.json is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("sdk") && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String sdkField = parser.currentName();
                        JsonToken sdkValue = parser.nextToken();
                        if (sdkField.equals("version") && sdkValue == JsonToken.VALUE_STRING) {
                            JsonLocation at = parser.currentTokenLocation();
                            add(file, evidence, "dotnet", parser.getText(),
                                    file.location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            while (parser.nextToken() != null) {
                // read to the end so trailing garbage is an error too
            }
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            int marker = message.indexOf(" (start marker");
            throw invalid(e.getLocation(), "invalid JSON: " + (marker > 0 ? message.substring(0, marker) : message));
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(1, 1, "invalid JSON: " + e.getMessage(), e);
        }
    }

    private static ExtractionException invalid(JsonLocation at, String message) {
        return new ExtractionException(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), message);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static void add(SourceFile file, List<Evidence> evidence, String runtime, String raw, int offset)
            throws ExtractionException {
        add(file, evidence, runtime, raw, file.location(offset));
    }

    private static void add(SourceFile file, List<Evidence> evidence, String runtime, String raw,
            io.stacklint.model.Location location) {
        String written = raw.strip();
        if (written.isEmpty()) {
            return;
        }
        evidence.add(new Evidence(EvidenceKind.RUNTIME, "runtime", runtime, normalise(runtime, written), location,
                runtime + " " + written, Scope.RUNTIME, List.of()));
    }

    /** See the class comment; anything not recognised is kept as written. */
    static String normalise(String runtime, String written) {
        String version = written;
        Matcher v = V_PREFIX.matcher(version);
        if (v.matches()) {
            version = v.group(1);
        }
        if (version.startsWith(runtime + "-") && version.length() > runtime.length() + 1
                && Character.isDigit(version.charAt(runtime.length() + 1))) {
            version = version.substring(runtime.length() + 1);
        }
        switch (runtime) {
            case "java" -> {
                Matcher distribution = JAVA_DISTRIBUTION.matcher(version);
                if (distribution.matches()) {
                    version = distribution.group(1);
                }
                Matcher vendor = SDKMAN_VENDOR.matcher(version);
                if (vendor.matches()) {
                    version = vendor.group(1);
                }
            }
            case "ruby" -> {
                int gemset = version.indexOf('@');
                if (gemset > 0 && Character.isDigit(version.charAt(0))) {
                    version = version.substring(0, gemset);
                }
            }
            case "elixir" -> {
                Matcher otp = ELIXIR_OTP.matcher(version);
                if (otp.matches()) {
                    version = otp.group(1);
                }
            }
            default -> {
                // node, python, go, ...: the prefixes above are all they carry
            }
        }
        return version;
    }
}
