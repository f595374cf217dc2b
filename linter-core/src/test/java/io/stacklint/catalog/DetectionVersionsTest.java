package io.stacklint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.model.Detection;
import io.stacklint.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The versions an inventory lists for a technology: releases, as a person reads them. */
class DetectionVersionsTest {

    private static final Path IMAGE_TAG_VARIANTS = Path.of("src/test/resources/detections/image-tag-variants");

    @Test
    void anImageTagsVariantIsNotPartOfTheVersion() {
        Report report = Linter.withDefaults().run(LintRequest.check(IMAGE_TAG_VARIANTS));

        assertThat(versions(report, "postgresql")).containsExactly("14", "14.12");
        assertThat(versions(report, "go")).containsExactly("1.22.4");
        assertThat(versions(report, "ruby")).containsExactly("3.3.6");
        assertThat(versions(report, "redis")).containsExactly("7.2");
    }

    private static List<String> versions(Report report, String id) {
        return report.technologies().stream().filter(detection -> detection.id().equals(id)).findFirst()
                .map(Detection::versions).orElseThrow(() -> new AssertionError(id + " not detected"));
    }
}
