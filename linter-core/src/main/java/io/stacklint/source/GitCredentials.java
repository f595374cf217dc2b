package io.stacklint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRC;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * Where the user name and password for a remote repository come from, in this order: an explicit password or token
 * (with a user name), git's credential store file when the user's git configuration names the {@code store} helper,
 * then {@code ~/.netrc} ({@code _netrc} on Windows). Any other credential helper is a program, and stacklint runs no
 * programs: such a helper is only named in the error when authentication fails. Files are read when a server asks,
 * never before.
 *
 * @param username      the user name sent with {@code password}; {@code x-access-token} (GitHub's name for tokens)
 *                      when empty
 * @param password      a password or token; the files are read when it is empty
 * @param home          the user's home folder: {@code .gitconfig}, {@code .git-credentials}, {@code .netrc}
 * @param xdgConfigHome {@code $XDG_CONFIG_HOME}; {@code home/.config} when empty
 */
public record GitCredentials(Optional<String> username, Optional<String> password, Path home,
        Optional<Path> xdgConfigHome) {

    /** What works without a program, for the error a failed authentication gives. */
    static final String WHAT_WORKS = "STACKLINT_GIT_TOKEN, GIT_USERNAME/GIT_PASSWORD, ~/.netrc or a store file"
            + " (credential.helper=store)";

    public GitCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(xdgConfigHome, "xdgConfigHome");
    }

    /** No explicit credentials: only the files under {@code home}. */
    public static GitCredentials fromFiles(Path home) {
        return new GitCredentials(Optional.empty(), Optional.empty(), home, Optional.empty());
    }

    /** A one-line note for a refused or missing login when a helper stacklint does not call is configured. */
    Optional<String> uncalledHelpers(URIish uri) {
        List<String> programs = helpers(uri).programs();
        if (programs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("credential.helper '" + String.join("', '", programs) + "' is a program and stacklint"
                + " runs none; use " + WHAT_WORKS);
    }

    /** The answers to JGit's questions for a user name and password, from the first source that has them. */
    CredentialsProvider provider() {
        return new CredentialsProvider() {
            @Override
            public boolean isInteractive() {
                return false;
            }

            @Override
            public boolean supports(CredentialItem... items) {
                for (CredentialItem item : items) {
                    if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public boolean get(URIish uri, CredentialItem... items) {
                Optional<String[]> login = lookup(uri);
                if (login.isEmpty() || !supports(items)) {
                    return false;
                }
                for (CredentialItem item : items) {
                    if (item instanceof CredentialItem.Username name) {
                        name.setValue(login.get()[0]);
                    } else if (item instanceof CredentialItem.Password secret) {
                        secret.setValue(login.get()[1].toCharArray());
                    }
                }
                return true;
            }
        };
    }

    /** User name and password for {@code uri}: explicit, then the store file, then .netrc. */
    Optional<String[]> lookup(URIish uri) {
        if (password.isPresent()) {
            return Optional.of(new String[] {username.orElse("x-access-token"), password.get()});
        }
        Helpers helpers = helpers(uri);
        if (!helpers.storeFiles().isEmpty()) {
            String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            Optional<CredentialStore.Entry> entry = CredentialStore.read(helpers.storeFiles()).find(uri.getScheme(),
                    host, Optional.ofNullable(uri.getPath()).orElse(""), Optional.ofNullable(uri.getUser()),
                    helpers.useHttpPath());
            if (entry.isPresent()) {
                return Optional.of(new String[] {entry.get().username(), entry.get().password()});
            }
        }
        return netrc(uri);
    }

    private Optional<String[]> netrc(URIish uri) {
        Path file = home.resolve(".netrc");
        if (!Files.isRegularFile(file)) {
            file = home.resolve("_netrc");
        }
        if (!Files.isRegularFile(file) || uri.getHost() == null) {
            return Optional.empty();
        }
        NetRC.NetRCEntry entry = new NetRC(file.toFile()).getEntry(uri.getHost());
        if (entry == null || entry.login == null || entry.password == null) {
            return Optional.empty();
        }
        return Optional.of(new String[] {entry.login, new String(entry.password)});
    }

    /** The credential helpers of the user's global git configuration for {@code uri}, as git collects them. */
    private Helpers helpers(URIish uri) {
        Path configHome = xdgConfigHome.orElse(home.resolve(".config")).resolve("git");
        List<String> values = new ArrayList<>();
        boolean useHttpPath = false;
        // git reads $XDG_CONFIG_HOME/git/config first, then ~/.gitconfig, whose values come later and so win
        for (Path file : List.of(configHome.resolve("config"), home.resolve(".gitconfig"))) {
            Config config = load(file);
            List<String> sections = new ArrayList<>();
            sections.add(null);
            config.getSubsections("credential").stream().filter(url -> UrlPattern.matches(url, uri))
                    .forEach(sections::add);
            for (String section : sections) {
                for (String value : config.getStringList("credential", section, "helper")) {
                    values.add(value == null ? "" : value); // JGit gives an empty "helper =" as null
                }
                useHttpPath = config.getBoolean("credential", section, "useHttpPath", useHttpPath);
            }
        }
        List<Path> storeFiles = new ArrayList<>();
        List<String> programs = new ArrayList<>();
        for (String value : values) {
            List<String> words = words(value);
            if (words.isEmpty()) {
                // an empty helper value clears the helpers configured before it
                storeFiles.clear();
                programs.clear();
                continue;
            }
            if (words.get(0).equals("store")) {
                storeFiles.addAll(storeFiles(words, configHome));
            } else {
                programs.add(value.strip());
            }
        }
        return new Helpers(List.copyOf(storeFiles), List.copyOf(programs), useHttpPath);
    }

    /** {@code store} reads its {@code --file}, or else ~/.git-credentials and then $XDG_CONFIG_HOME/git/credentials. */
    private List<Path> storeFiles(List<String> words, Path configHome) {
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--file=")) {
                return List.of(expand(word.substring("--file=".length())));
            }
            if (word.equals("--file") && i + 1 < words.size()) {
                return List.of(expand(words.get(i + 1)));
            }
        }
        return List.of(home.resolve(".git-credentials"), configHome.resolve("credentials"));
    }

    /** The shell that runs a helper would expand {@code ~}; stacklint does that much of its work. */
    private Path expand(String path) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }

    /** A helper's words, split at blanks outside simple single or double quotes. */
    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : value.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static Config load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Config();
        }
        FileBasedConfig config = new FileBasedConfig(file.toFile(), FS.DETECTED);
        try {
            config.load();
            return config;
        } catch (IOException | ConfigInvalidException e) {
            // git would refuse to run with a broken configuration; for credentials, it simply names no helper
            return new Config();
        }
    }

    private record Helpers(List<Path> storeFiles, List<String> programs, boolean useHttpPath) {
    }

    /** The URL of a {@code [credential "URL"]} section, matched as git does for the plain cases. */
    private static final class UrlPattern {

        static boolean matches(String pattern, URIish uri) {
            try {
                URIish wanted = new URIish(pattern);
                String path = Optional.ofNullable(wanted.getPath()).orElse("").replaceAll("^/+|/+$", "");
                String actual = Optional.ofNullable(uri.getPath()).orElse("").replaceAll("^/+", "");
                return Objects.equals(wanted.getScheme(), uri.getScheme())
                        && wanted.getHost() != null && wanted.getHost().equalsIgnoreCase(uri.getHost())
                        && (wanted.getPort() <= 0 || wanted.getPort() == uri.getPort())
                        && (wanted.getUser() == null || wanted.getUser().equals(uri.getUser()))
                        && (path.isEmpty() || actual.equals(path) || actual.startsWith(path + "/"));
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }

        private UrlPattern() {
        }
    }
}
