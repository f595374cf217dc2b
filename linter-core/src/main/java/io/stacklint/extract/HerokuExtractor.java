package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Heroku's {@code app.json} and {@code heroku.yml}. In app.json, each add-on ({@code "heroku-postgresql:mini"}
 * or {@code {"plan": "heroku-redis:mini", "as": "CACHE"}}) is a heroku resource named as the add-on service without
 * its plan, and each buildpack ({@code {"url": "heroku/ruby"}}) a heroku resource named as its url; the same in
 * {@code environments}, where the {@code test} environment (Heroku CI) gives CI scope. An app.json is Heroku's only
 * when its top-level object has {@code addons}, {@code buildpacks}, {@code formation}, {@code stack},
 * {@code scripts} or {@code environments} and neither {@code expo} nor {@code displayName} (Expo and React Native
 * use the same file name); any other app.json gives nothing. In heroku.yml, {@code setup.addons[].plan} are
 * add-ons; {@code build.docker} and everything else are nothing.
 */
public final class HerokuExtractor implements Extractor {

    private static final Set<String> HEROKU_KEYS =
            Set.of("addons", "buildpacks", "formation", "stack", "scripts", "environments");
    private static final Set<String> OTHER_APP_KEYS = Set.of("expo", "displayName");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Override
    public String id() {
        return "heroku";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("app.json") || name.equals("heroku.yml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        return file.name().equals("heroku.yml") ? herokuYml(file) : appJson(file);
    }

    // ---------------------------------------------------------------------------------------------- heroku.yml

    private static List<Evidence> herokuYml(SourceFile file) throws ExtractionException {
        List<Evidence> found = new ArrayList<>();
        Optional<Node> addons = YamlTrees.document(file).flatMap(d -> YamlTrees.get(d, "setup"))
                .flatMap(setup -> YamlTrees.get(setup, "addons"));
        for (Node item : addons.map(YamlTrees::items).orElse(List.of())) {
            Optional<String> plan = YamlTrees.get(item, "plan").flatMap(YamlTrees::scalar)
                    .or(() -> YamlTrees.scalar(item));
            plan.flatMap(p -> addon(p, YamlTrees.location(file, item), Scope.RUNTIME)).ifPresent(found::add);
        }
        return found;
    }

    /** An add-on plan {@code service[:plan]} as evidence, or empty when it is not one. */
    private static Optional<Evidence> addon(String plan, Location at, Scope scope) {
        String written = plan.strip();
        int colon = written.indexOf(':');
        String service = colon < 0 ? written : written.substring(0, colon);
        if (!SERVICE.matcher(service).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(EvidenceKind.RESOURCE, "heroku", service, null, at, written, scope,
                List.of()));
    }

    // ---------------------------------------------------------------------------------------------- app.json

    private static List<Evidence> appJson(SourceFile file) throws ExtractionException {
        return JsonTrees.read(file, "app.json", parser -> new AppJson(file, parser).read()).orElse(List.of());
    }

    /** One pass over an app.json; evidence is kept only when the file turns out to be Heroku's. */
    private static final class AppJson {

        private final SourceFile file;
        private final JsonParser parser;
        private final List<Evidence> found = new ArrayList<>();
        private boolean heroku;
        private boolean other;

        AppJson(SourceFile file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        List<Evidence> read() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                drain();
                return List.of();
            }
            app(Scope.RUNTIME, true);
            drain();
            return heroku && !other ? List.copyOf(found) : List.of();
        }

        /** Reads to the end so invalid trailing content is still reported. */
        private void drain() throws IOException {
            parser.skipChildren();
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        }

        private void app(Scope scope, boolean top) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (top) {
                    heroku |= HEROKU_KEYS.contains(key);
                    other |= OTHER_APP_KEYS.contains(key);
                }
                if (key.equals("addons") && value == JsonToken.START_ARRAY) {
                    addons(scope);
                } else if (key.equals("buildpacks") && value == JsonToken.START_ARRAY) {
                    buildpacks(scope);
                } else if (top && key.equals("environments") && value == JsonToken.START_OBJECT) {
                    environments();
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void environments() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    app(name.equals("test") ? Scope.CI : Scope.RUNTIME, false);
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void addons(Scope scope) throws IOException {
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
                Location at = here();
                if (item == JsonToken.VALUE_STRING) {
                    addon(parser.getText(), at, scope).ifPresent(found::add);
                } else if (item == JsonToken.START_OBJECT) {
                    stringField("plan").flatMap(plan -> addon(plan, at, scope)).ifPresent(found::add);
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void buildpacks(Scope scope) throws IOException {
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
                Location at = here();
                if (item != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                stringField("url").map(String::strip).filter(url -> !url.isEmpty() && url.indexOf(' ') < 0)
                        .ifPresent(url -> found.add(new Evidence(EvidenceKind.RESOURCE, "heroku", url, null, at, url,
                                scope, List.of())));
            }
        }

        /** The string value of one field of the object just opened, reading the object to its end. */
        private Optional<String> stringField(String wanted) throws IOException {
            String[] value = {null};
            JsonTrees.stringFields(file, parser, (key, text, at) -> {
                if (key.equals(wanted)) {
                    value[0] = text;
                }
            });
            return Optional.ofNullable(value[0]);
        }

        private Location here() {
            return JsonTrees.location(file, parser);
        }
    }
}
