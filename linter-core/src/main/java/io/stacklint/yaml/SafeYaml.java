package io.stacklint.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The one way stacklint parses YAML: composed node trees (raw scalars with exact positions, so YAML 1.1 never
 * turns {@code on:} into {@code true} or {@code 3.10} into {@code 3.1}), no custom tags, and bounded aliases,
 * nesting and size, whether the YAML is a scanned file or the user's configuration.
 */
public final class SafeYaml {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private SafeYaml() {
    }

    /**
     * Every non-empty document of a YAML stream.
     *
     * @throws YamlSyntaxException for invalid or hostile YAML, with the 1-based position where parsing stopped
     */
    public static List<Node> documents(String text) {
        try {
            List<Node> documents = new ArrayList<>();
            for (Node document : YAML.get().composeAll(new StringReader(text))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new YamlSyntaxException(mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, "invalid YAML: " + problem, e);
        } catch (RuntimeException e) {
            // SnakeYAML throws plain runtime exceptions (IllegalArgumentException on "!%a", YAMLException when a
            // limit is hit) for some hostile input: each is an unreadable file, never a crash.
            throw new YamlSyntaxException(1, 1, "invalid YAML: " + e.getMessage(), e);
        }
    }

    /**
     * One loader per thread: building one (its constructor's and resolver's tables) costs more than composing a
     * small workflow file, and a SnakeYAML loader is not safe for concurrent use.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(SafeYaml::newYaml);

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);
    }
}
