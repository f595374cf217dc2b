package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** git's credential store file, matched as {@code git credential-store get} matches it. */
class CredentialStoreTest {

    private static Optional<String> password(CredentialStore store, String protocol, String host, String path,
            boolean useHttpPath) {
        return store.find(protocol, host, path, Optional.empty(), useHttpPath).map(CredentialStore.Entry::password);
    }

    @Test
    void user_name_password_host_and_path_are_percent_decoded_and_a_plus_stays_a_plus() {
        CredentialStore store = CredentialStore.parse(
                "https://me%40corp.example:p%40ss%3Aword+1%2F%25@git.example.com/team%20a/repo.git\n");

        CredentialStore.Entry entry = store.find("https", "git.example.com", "/team a/repo.git", Optional.empty(),
                true).orElseThrow();

        assertThat(entry.username()).isEqualTo("me@corp.example");
        assertThat(entry.password()).isEqualTo("p@ss:word+1/%");
        assertThat(entry).hasToString("https://me@corp.example:***@git.example.com/team a/repo.git");
    }

    @Test
    void protocol_and_port_must_match() {
        CredentialStore store = CredentialStore.parse("""
                https://alice:on-8443@git.example.com:8443
                http://alice:plain-http@git.example.com
                https://alice:default-port@git.example.com
                """);

        assertThat(password(store, "https", "git.example.com:8443", "/repo.git", false)).contains("on-8443");
        assertThat(password(store, "https", "git.example.com", "/repo.git", false)).contains("default-port");
        assertThat(password(store, "http", "git.example.com", "/repo.git", false)).contains("plain-http");
        assertThat(password(store, "https", "git.example.com:9000", "/repo.git", false)).isEmpty();
        assertThat(password(store, "https", "other.example.com", "/repo.git", false)).isEmpty();
    }

    @Test
    void the_path_counts_only_with_use_http_path_and_slashes_around_it_do_not() {
        CredentialStore store = CredentialStore.parse("""
                https://bob:for-a@git.example.com/team/a.git/
                https://bob:for-b@git.example.com/team/b.git
                https://bob:any-path@git.example.com
                """);

        assertThat(password(store, "https", "git.example.com", "/team/b.git", true)).contains("for-b");
        assertThat(password(store, "https", "git.example.com", "/team/a.git", true)).contains("for-a");
        assertThat(password(store, "https", "git.example.com", "/team/c.git", true)).isEmpty();
        assertThat(password(store, "https", "git.example.com", "/", true)).contains("any-path");
        // without useHttpPath the first line for the host answers for every path
        assertThat(password(store, "https", "git.example.com", "/team/b.git", false)).contains("for-a");
    }

    @Test
    void the_first_matching_line_wins_and_a_user_name_in_the_url_selects_lines() {
        CredentialStore store = CredentialStore.parse("""
                https://first:one@git.example.com
                https://second:two@git.example.com
                """);

        assertThat(password(store, "https", "git.example.com", "", false)).contains("one");
        assertThat(store.find("https", "git.example.com", "", Optional.of("second"), false)
                .map(CredentialStore.Entry::password)).contains("two");
        assertThat(store.find("https", "git.example.com", "", Optional.of("third"), false)).isEmpty();
    }

    @Test
    void malformed_lines_are_skipped_and_later_lines_still_count() {
        CredentialStore store = CredentialStore.parse(String.join("\r\n",
                "",
                "# not a comment in git's format, just a line without a scheme",
                "git.example.com",
                "https://git.example.com",
                "https://nopassword@git.example.com",
                "https://:empty-user@git.example.com",
                "https://user:@git.example.com",
                "://user:pw@git.example.com",
                "https://user:bad%zzescape%4@git.example.com",
                "https://user:good@git.example.com"));

        // git keeps a % that starts no escape, so that line is well-formed and comes first
        assertThat(password(store, "https", "git.example.com", "", false)).contains("bad%zzescape%4");
        assertThat(CredentialStore.parse("\0\n%%%\n@@://::@@").find("https", "x", "", Optional.empty(), true))
                .isEmpty();
    }
}
