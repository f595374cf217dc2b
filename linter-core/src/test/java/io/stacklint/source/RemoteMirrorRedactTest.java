package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an audit prints of a remote target: never the password or token a URL carries. */
class RemoteMirrorRedactTest {

    @Test
    void aPasswordInTheUrlIsHidden() {
        assertThat(RemoteMirror.redact("https://ci:s3cret@git.example.com/team/app.git"))
                .isEqualTo("https://ci:***@git.example.com/team/app.git");
    }

    @Test
    void userInfoOfSeparatorsAloneIsHiddenToo() {
        assertThat(RemoteMirror.redact("https://:@git.example.com/team/app.git"))
                .isEqualTo("https://:***@git.example.com/team/app.git");
        assertThat(RemoteMirror.redact("https://:token@git.example.com/team/app.git"))
                .isEqualTo("https://:***@git.example.com/team/app.git");
    }

    @Test
    void targetsWithoutAPasswordAreShownAsGiven() {
        assertThat(RemoteMirror.redact("https://git.example.com/team/app.git"))
                .isEqualTo("https://git.example.com/team/app.git");
        assertThat(RemoteMirror.redact("git@github.com:team/app.git")).isEqualTo("git@github.com:team/app.git");
    }
}
