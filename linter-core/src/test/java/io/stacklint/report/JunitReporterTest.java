package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML: well-formed, every test case unique, a failure exactly for each failing finding. */
class JunitReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new JunitReporter();
    }

    @Override
    String extension() {
        return "xml";
    }

    @Override
    void verify(String scenario, String output) throws Exception {
        Document document = XmlDocuments.parse(output);
        NodeList cases = document.getElementsByTagName("testcase");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            assertThat(names.add(testcase.getAttribute("classname") + "#" + testcase.getAttribute("name")))
                    .as("unique test case %s", testcase.getAttribute("name")).isTrue();
        }
        assertThat(cases.getLength()).isPositive();
    }

    @Test
    void failures_count_the_findings_that_fail() throws Exception {
        Document document = XmlDocuments.parse(render(ReportScenarios.waived()));

        assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }
}
