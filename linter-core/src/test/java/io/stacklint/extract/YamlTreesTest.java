package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

class YamlTreesTest {

    private static String at(String yaml, String... path) throws ExtractionException {
        SourceFile file = SourceFile.of("a.yml", yaml);
        Node node = YamlTrees.document(file).orElseThrow();
        for (String step : path) {
            node = step.matches("\\d+") ? YamlTrees.items(node).get(Integer.parseInt(step))
                    : YamlTrees.get(node, step).orElseThrow();
        }
        return YamlTrees.location(file, node).line() + ":" + YamlTrees.location(file, node).column();
    }

    @Test
    void aScalarIsLocatedAtItsValueNotAtItsAnchorOrTag() throws ExtractionException {
        assertThat(at("image: postgres:16\n", "image")).isEqualTo("1:8");
        assertThat(at("image: &img postgres:16\n", "image")).isEqualTo("1:13");
        assertThat(at("image: !!str postgres:16\n", "image")).isEqualTo("1:14");
        assertThat(at("image: &img !!str \"postgres:16\"\n", "image")).isEqualTo("1:19");
        assertThat(at("image: !<tag:yaml.org,2002:str> postgres:16\n", "image")).isEqualTo("1:33");
        assertThat(at("image: &img   postgres:16\n", "image")).isEqualTo("1:15");
        assertThat(at("- &first mysql:8\n- redis\n", "0")).isEqualTo("1:10");
        assertThat(at("images: [&a mysql:8, redis]\n", "images", "0")).isEqualTo("1:13");
    }

    @Test
    void propertiesWithoutContentOnTheirLineKeepTheirPosition() throws ExtractionException {
        // the mapping's content starts on the next line, and an empty anchored node has none
        assertThat(at("x-db: &db\n  image: mysql\n", "x-db")).isEqualTo("1:7");
        assertThat(at("x-db: &db # shared\n  image: mysql\n", "x-db")).isEqualTo("1:7");
        assertThat(at("a: [&e , b]\n", "a", "0")).isEqualTo("1:5");
        assertThat(at("image: |\n  postgres\n", "image")).isEqualTo("1:8");
    }

    @Test
    void columnsCountUtf16CodeUnitsAsSourceFileDoes() throws ExtractionException {
        // SnakeYAML counts the emoji as one column; every other location counts it as two chars.
        assertThat(at("{note: \"\uD83D\uDC33\", image: mysql:8}\n", "image")).isEqualTo("1:21");
        assertThat(at("# \uD83D\uDC33\uD83D\uDC33\nimage: &i \u00e9t\u00e9\n", "image")).isEqualTo("2:11");
        assertThat(at("k: [\"\uD83D\uDC33\uD83D\uDC33\", &x v]\n", "k", "1")).isEqualTo("1:16");
    }

    @Test
    void everyDocumentIsLocatedInTheWholeStream() throws ExtractionException {
        SourceFile file = SourceFile.of("a.yml", "a: \uD83D\uDC33\n---\nb: &x 1\n");
        List<Node> documents = YamlTrees.documents(file);
        Node b = YamlTrees.get(documents.get(1), "b").orElseThrow();
        assertThat(YamlTrees.location(file, b).toString()).isEqualTo("a.yml:3:7");
    }
}
