package io.stacklint.extract;

import io.stacklint.model.Location;
import io.stacklint.yaml.SafeYaml;
import io.stacklint.yaml.YamlSyntaxException;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML for extractors: the safe node trees of {@link SafeYaml} (raw scalars, exact positions, bounded input), and
 * small accessors for walking them.
 */
public final class YamlTrees {

    private YamlTrees() {
    }

    /** Every document of a YAML stream, as node trees; empty documents are left out. */
    public static List<Node> documents(SourceFile file) throws ExtractionException {
        String text = file.text();
        try {
            return SafeYaml.documents(text);
        } catch (YamlSyntaxException e) {
            throw new ExtractionException(e.line(), e.column(), e.getMessage(), e);
        }
    }

    /** The first document, or empty for a file with none. */
    public static Optional<Node> document(SourceFile file) throws ExtractionException {
        List<Node> documents = documents(file);
        return documents.isEmpty() ? Optional.empty() : Optional.of(documents.get(0));
    }

    /** The value under a key of a mapping node, when the node is a mapping and has the key as a plain scalar. */
    public static Optional<Node> get(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    /** The entries of a mapping node in file order; empty for anything else. */
    public static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    /** The items of a sequence node in file order; empty for anything else. */
    public static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /** The raw text of a scalar node, as written (never converted to booleans or numbers). */
    public static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    /** The text of a scalar key, or empty for complex keys. */
    public static Optional<String> key(NodeTuple tuple) {
        return scalar(tuple.getKeyNode());
    }

    /**
     * Where a node's content starts, as a 1-based location counted as {@link SourceFile} counts (lines end at
     * {@code \n}, columns are UTF-16 code units; SnakeYAML's marks count code points, and more line ends). A node's
     * start mark includes its properties, so for {@code image: &img postgres:16} or {@code version: !!str 5.7}
     * the location steps over the anchor and tag to the value, when the value is on the same line.
     */
    public static Location location(SourceFile file, Node node) {
        Mark start = node.getStartMark();
        try {
            int offset = file.offsetOfCodePoint(start.getIndex());
            return file.location(contentStart(file.text(), offset));
        } catch (ExtractionException | IndexOutOfBoundsException e) {
            // Not reached: the node was parsed from this very text.
            return file.location(start.getLine() + 1, start.getColumn() + 1);
        }
    }

    /** The offset of the first character after the anchors and tags at {@code start}, or start itself. */
    private static int contentStart(String text, int start) {
        int i = start;
        int content = start;
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            if (text.startsWith("!<", i)) {
                // a verbatim tag may hold any character but '>'
                int close = text.indexOf('>', i);
                i = close < 0 ? text.length() : close + 1;
            }
            while (i < text.length() && " \t\r\n,[]{}".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            content = i;
        }
        // An empty node (`key: &a`), or content on a later line, keeps the properties' position.
        boolean onThisLine = content < text.length() && "\r\n#,]}".indexOf(text.charAt(content)) < 0;
        return onThisLine ? content : start;
    }
}
