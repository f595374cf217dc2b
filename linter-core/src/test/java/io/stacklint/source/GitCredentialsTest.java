package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources of a login in a fake home folder, in git's files and git's order. */
class GitCredentialsTest {

    private static final String URL = "https://git.example.com/team/repo.git";

    @TempDir
    Path home;

    private Optional<String> login(GitCredentials credentials, String url) throws Exception {
        return credentials.lookup(new URIish(url)).map(pair -> pair[0] + ":" + pair[1]);
    }

    private Optional<String> login(String url) throws Exception {
        return login(GitCredentials.fromFiles(home), url);
    }

    private void write(String path, String text) throws IOException {
        Path file = home.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void nothing_configured_gives_nothing() throws Exception {
        assertThat(login(URL)).isEmpty();
        assertThat(GitCredentials.fromFiles(home).uncalledHelpers(new URIish(URL))).isEmpty();
    }

    @Test
    void the_store_helper_reads_git_credentials_in_the_home_folder() throws Exception {
        write(".gitconfig", "[credential]\n\thelper = store\n");
        write(".git-credentials", "https://me:s3cret@git.example.com\n");

        assertThat(login(URL)).contains("me:s3cret");
        assertThat(login("https://other.example.com/repo.git")).isEmpty();
    }

    @Test
    void the_store_file_is_not_read_unless_the_store_helper_is_configured() throws Exception {
        write(".git-credentials", "https://me:s3cret@git.example.com\n");

        assertThat(login(URL)).isEmpty();
    }

    @Test
    void xdg_config_and_credentials_are_read_and_home_comes_first() throws Exception {
        Path xdg = home.resolve("xdg");
        write("xdg/git/config", "[credential]\n\thelper = store\n");
        write("xdg/git/credentials", "https://xdg:from-xdg@git.example.com\nhttps://xdg:other@other.example.com\n");
        write(".git-credentials", "https://me:from-home@git.example.com\n");
        GitCredentials credentials = new GitCredentials(Optional.empty(), Optional.empty(), home, Optional.of(xdg));

        assertThat(login(credentials, URL)).contains("me:from-home");
        assertThat(login(credentials, "https://other.example.com/x.git")).contains("xdg:other");
    }

    @Test
    void without_xdg_config_home_the_config_folder_is_dot_config() throws Exception {
        write(".config/git/config", "[credential]\n\thelper = store\n");
        write(".config/git/credentials", "https://cfg:from-config@git.example.com\n");

        assertThat(login(URL)).contains("cfg:from-config");
    }

    @Test
    void store_with_a_file_reads_only_that_file_with_tilde_and_quotes() throws Exception {
        write(".gitconfig", "[credential]\n\thelper = store --file \\\"~/my creds/git\\\"\n");
        write("my creds/git", "https://me:from-file@git.example.com\n");
        write(".git-credentials", "https://me:default-file@git.example.com\n");

        assertThat(login(URL)).contains("me:from-file");
    }

    @Test
    void use_http_path_makes_the_path_part_of_the_match() throws Exception {
        write(".gitconfig", "[credential]\n\thelper = store\n\tuseHttpPath = true\n");
        write(".git-credentials", "https://me:for-other@git.example.com/team/other.git\n"
                + "https://me:for-repo@git.example.com/team/repo.git\n");

        assertThat(login(URL)).contains("me:for-repo");
        assertThat(login("https://git.example.com/team/third.git")).isEmpty();
    }

    @Test
    void a_helper_of_a_url_section_counts_for_that_url_only() throws Exception {
        write(".gitconfig", "[credential \"https://git.example.com\"]\n\thelper = store\n");
        write(".git-credentials", "https://me:s3cret@git.example.com\nhttps://me:s3cret@other.example.com\n");

        assertThat(login(URL)).contains("me:s3cret");
        assertThat(login("https://other.example.com/repo.git")).isEmpty();
    }

    @Test
    void explicit_credentials_come_first_then_the_store_then_netrc() throws Exception {
        write(".gitconfig", "[credential]\n\thelper = store\n");
        write(".git-credentials", "https://me:from-store@git.example.com\n");
        write(".netrc", "machine git.example.com login me password from-netrc\n"
                + "machine netrc.example.com login you password only-netrc\n");

        assertThat(login(new GitCredentials(Optional.of("ci"), Optional.of("token"), home, Optional.empty()), URL))
                .contains("ci:token");
        assertThat(login(new GitCredentials(Optional.empty(), Optional.of("token"), home, Optional.empty()), URL))
                .contains("x-access-token:token");
        assertThat(login(URL)).contains("me:from-store");
        assertThat(login("https://netrc.example.com/repo.git")).contains("you:only-netrc");
    }

    @Test
    void program_helpers_are_not_called_but_named_and_an_empty_helper_clears_the_list() throws Exception {
        write(".config/git/config", "[credential]\n\thelper = osxkeychain\n");
        write(".gitconfig", "[credential]\n\thelper = cache --timeout 300\n"
                + "[credential \"https://git.example.com\"]\n\thelper =\n\thelper = !gh auth git-credential\n");

        assertThat(GitCredentials.fromFiles(home).uncalledHelpers(new URIish(URL))).contains(
                "credential.helper '!gh auth git-credential' is a program and stacklint runs none; use "
                        + GitCredentials.WHAT_WORKS);
        assertThat(GitCredentials.fromFiles(home).uncalledHelpers(new URIish("https://other.example.com/r.git")))
                .get().asString().startsWith("credential.helper 'osxkeychain', 'cache --timeout 300' is a program");
        assertThat(login(URL)).isEmpty();
    }

    @Test
    void a_broken_git_config_names_no_helper_and_does_not_crash() throws Exception {
        write(".gitconfig", "[credential\n\thelper = store\n");
        write(".git-credentials", "https://me:s3cret@git.example.com\n");

        assertThat(login(URL)).isEmpty();
    }
}
