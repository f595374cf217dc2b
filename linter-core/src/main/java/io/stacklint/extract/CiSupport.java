package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** What the CI extractors share: image evidence in CI scope and shell-style {@code $VAR} interpolation. */
final class CiSupport {

    /** How many levels of variables referring to variables are followed before giving up. */
    private static final int MAX_EXPANSION_DEPTH = 10;

    private CiSupport() {
    }

    /** A CONTAINER_IMAGE evidence in CI scope, or empty when the text is no image reference. */
    static Optional<Evidence> image(Location location, String image) {
        String written = image.strip();
        return ImageReference.parse(written).map(reference -> new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker",
                reference.repository(), reference.tag(), location, written, Scope.CI, List.of()));
    }

    /** A scalar that is not YAML null. */
    static Optional<ScalarNode> scalar(Node node) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return Optional.of(scalar);
        }
        return Optional.empty();
    }

    /** The result of expanding variables in a string: the text, or the first variable that could not be resolved. */
    record Expansion(String text, String unresolved) {

        boolean resolved() {
            return unresolved == null;
        }
    }

    /**
     * Expands {@code $VAR} and {@code ${VAR}} from the given variables (whose values may themselves refer to
     * variables); {@code $$} is a literal dollar.
     */
    static Expansion expand(String text, Map<String, String> variables) {
        return expand(text, variables::get, 0);
    }

    private static Expansion expand(String text, Function<String, String> lookup, int depth) {
        if (text.indexOf('$') < 0) {
            return new Expansion(text, null);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            int start;
            int end;
            int next;
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                start = i + 2;
                end = text.indexOf('}', start);
                if (end < 0) {
                    return new Expansion(null, text.substring(i));
                }
                next = end + 1;
            } else {
                start = i + 1;
                end = start;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                next = end;
            }
            String name = text.substring(start, end);
            if (name.isEmpty() || !name.chars().allMatch(ch -> isNameChar((char) ch))) {
                return new Expansion(null, "$" + text.substring(i + 1, Math.min(next, text.length())));
            }
            String value = lookup.apply(name);
            if (value == null || depth >= MAX_EXPANSION_DEPTH) {
                return new Expansion(null, name);
            }
            Expansion inner = expand(value, lookup, depth + 1);
            if (!inner.resolved()) {
                return inner;
            }
            out.append(inner.text());
            i = next;
        }
        return new Expansion(out.toString(), null);
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
