package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsibleExtractorTest {

    private final AnsibleExtractor extractor = new AnsibleExtractor();

    private List<String> names(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(Evidence::name).toList();
    }

    @Test
    void otherYamlIsLeftWithoutParsing() throws ExtractionException {
        // invalid YAML that does not look like a playbook is never parsed, so it is no error of Ansible's
        assertThat(names("config/app.yml", "a: [unclosed\nhosts: x\n")).isEmpty();
        assertThat(names(".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n")).isEmpty();
        assertThat(extractor.extract(new SourceFile("x.yml", new byte[] {(byte) 0xff, '-', ' '}))).isEmpty();
    }

    @Test
    void hostileYamlIsRefusedNotThrown() {
        String bomb = "- hosts: all\n  vars:\n    a: &a [x, x, x, x, x, x, x, x, x]\n"
                + "    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                + "    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
        assertThatThrownBy(() -> names("site.yml", bomb)).isInstanceOf(ExtractionException.class);
        String deep = "- hosts: all\n  tasks: " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertThatThrownBy(() -> names("site.yml", deep)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void templatedAndLocalRolesAreNothing() throws ExtractionException {
        assertThat(names("site.yml", "- hosts: all\n  roles:\n    - \"{{ role_name }}\"\n    - common\n"
                + "    - role: acme.base\n")).containsExactly("acme.base");
    }

    @Test
    void requirementsNeedTheirFolder() throws ExtractionException {
        String text = "collections:\n  - community.mysql\n";
        assertThat(names("requirements.yml", text)).containsExactly("community.mysql");
        assertThat(names("collections/requirements.yaml", text)).containsExactly("community.mysql");
        assertThat(names("docs/requirements.yml", text)).isEmpty();
        assertThat(extractor.accepts("requirements.txt")).isFalse();
        assertThat(extractor.accepts("site.yaml")).isTrue();
    }

    @Test
    void garbageBytesNeverEscapeAsRuntimeExceptions() {
        byte[] junk = "- hosts: all\n  tasks:\n    - \u0000\u0001: !!binary ][".getBytes(StandardCharsets.UTF_8);
        try {
            extractor.extract(new SourceFile("site.yml", junk));
        } catch (ExtractionException expected) {
            // refused with a position: fine
        }
    }
}
