package io.stacklint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void aPatternWithoutAFolderMatchesTheNameInAnyFolder() {
        Glob terraform = Glob.path("*.tf");

        assertThat(terraform.matches("main.tf")).isTrue();
        assertThat(terraform.matches("infra/modules/network/main.tf")).isTrue();
        assertThat(terraform.matches("infra/main.tf.bak")).isFalse();
        assertThat(terraform.matches("infra.tf/readme.md")).isFalse();
    }

    @Test
    void foldersAndWildcardsInTheMiddleStillDecideAfterTheNameMatches() {
        Glob roles = Glob.path("**/roles/*/tasks/main.yml");
        Glob teamcity = Glob.path(".teamcity/**/project-config.xml");
        Glob templates = Glob.path(".github/ISSUE_TEMPLATE/*");

        assertThat(roles.matches("deploy/roles/web/tasks/main.yml")).isTrue();
        assertThat(roles.matches("deploy/roles/web/handlers/main.yml")).isFalse();
        assertThat(teamcity.matches(".teamcity/Project/sub/project-config.xml")).isTrue();
        assertThat(teamcity.matches("other/.teamcity/project-config.xml")).isFalse();
        assertThat(templates.matches(".github/ISSUE_TEMPLATE/bug.md")).isTrue();
        assertThat(templates.matches(".github/ISSUE_TEMPLATE/sub/bug.md")).isFalse();
    }

    @Test
    void aDoubleStarInTheLastSegmentCrossesFolders() {
        Glob everything = Glob.path("docs/**");

        assertThat(everything.matches("docs/a/b/c.md")).isTrue();
        assertThat(everything.matches("src/docs/a.md")).isFalse();
    }
}
