package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaltExtractorTest {

    private static final String PATH = "salt/init.sls";

    private final SaltExtractor extractor = new SaltExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "salt/init.sls", "top.sls", "srv/salt/web/nginx.sls"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "init.sls.bak", "salt/map.jinja", "Saltfile", ".sls", "salt/pillar.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "include: {a: b}\n", "include: [[x], ~, \"\"]\n", "a: [x]\n",
            "a: {service.running: x}\n", "a: {service: [running, {names: x}, {name: [y]}]}\n",
            "{% if x %}\n{% endif %}\n", "{{ a }}: {{ b }}\n", "#!py\n"})
    void oddShapesGiveNoErrors(String text) {
        assertThat(catchThrowable(() -> extract(PATH, text))).isNull();
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(PATH, garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 60; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> extract(PATH, yaml.toString())).isInstanceOf(ExtractionException.class);
    }

    @Test
    void jinjaIsRemovedKeepingEveryPosition() {
        String text = "{% set a = 1 %}\nx: {{ a }}\n{# c\nd #}y: z\n";
        String stripped = SaltExtractor.withoutJinja(text);
        assertThat(stripped).hasSameSizeAs(text).isEqualTo("               \nx: $$$$$$$\n    \n    y: z\n");
    }

    @Test
    void aStateOutsideASaltTreeIsNotRead() throws ExtractionException {
        assertThat(extract("config/app.sls", "include:\n  - mysql\n")).isEmpty();
        assertThat(extract("config/broken.sls", "a: [\n")).isEmpty();
    }

    @Test
    void aServiceStateWithoutNameIsNamedByItsId() throws ExtractionException {
        assertThat(extract(PATH, "redis-server:\n  service.running:\n    - enable: true\n"))
                .containsExactly("salt/init.sls:1:1 resource salt service:redis-server - runtime");
    }
}
