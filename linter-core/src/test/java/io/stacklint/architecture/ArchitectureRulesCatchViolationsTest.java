package io.stacklint.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules are only worth having if they fail on a violation: each is shown one here. */
class ArchitectureRulesCatchViolationsTest {

    /** A class that does what the core must never do. */
    static final class Printer {
        void report(String line) {
            System.out.println(line);
        }
    }

    @Test
    void printing_to_standard_output_is_a_violation() {
        JavaClasses classes = new ClassFileImporter().importClasses(Printer.class);

        assertThat(ArchitectureTest.core_never_prints.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void the_clean_core_has_no_violation_of_the_same_rule() {
        JavaClasses classes = new ClassFileImporter().importPackages("io.stacklint.engine");

        assertThat(ArchitectureTest.core_never_prints.evaluate(classes).hasViolation()).isFalse();
    }
}
