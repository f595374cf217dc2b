package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checkstyle XML: well-formed, files sorted, messages read back exactly as written. */
class CheckstyleReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new CheckstyleReporter();
    }

    @Override
    String extension() {
        return "xml";
    }

    @Override
    void verify(String scenario, String output) throws Exception {
        Document document = XmlDocuments.parse(output);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        NodeList files = document.getElementsByTagName("file");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            names.add(((Element) files.item(i)).getAttribute("name"));
        }
        assertThat(names).isSorted().doesNotHaveDuplicates();
        if (scenario.equals("unusual-paths")) {
            Element error = (Element) document.getElementsByTagName("error").item(0);
            assertThat(error.getAttribute("message")).contains("& 50% higher cost: ask <platform-team>, \"db\"")
                    .contains(".\nSee https://");
        }
    }
}
