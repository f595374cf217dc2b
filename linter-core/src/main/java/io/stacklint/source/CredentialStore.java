package io.stacklint.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entries of git's credential store files ({@code git credential-store}: one
 * {@code protocol://user:password@host[:port][/path]} URL per line, percent-encoded), matched as git matches them:
 * protocol and host (with its port) always, the path only when {@code credential.useHttpPath} asks for it, the user
 * name only when the URL names one; the first matching line wins. Lines git would skip (no {@code ://}, no user name
 * or no password) are skipped here too.
 */
final class CredentialStore {

    /** One line of a store file, decoded. {@code path} is empty when the line has none. */
    record Entry(String protocol, String host, String path, String username, String password) {

        @Override
        public String toString() {
            return protocol + "://" + username + ":***@" + host + (path.isEmpty() ? "" : "/" + path);
        }
    }

    private final List<Entry> entries;

    private CredentialStore(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The entries of these files, in order; a file that does not exist or cannot be read adds nothing. */
    static CredentialStore read(List<Path> files) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    entries.addAll(parse(Files.readString(file, StandardCharsets.UTF_8)).entries);
                }
            } catch (IOException | RuntimeException e) {
                // git ignores a store file it cannot read; an unreadable one must not end the audit either
            }
        }
        return new CredentialStore(entries);
    }

    static CredentialStore parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            entry(line.strip()).ifPresent(entries::add);
        }
        return new CredentialStore(entries);
    }

    /**
     * The first entry for a request to {@code protocol://host/path} (host with {@code :port} when the URL has one),
     * as the user {@code username} when the URL names one.
     */
    Optional<Entry> find(String protocol, String host, String path, Optional<String> username, boolean useHttpPath) {
        String wantedPath = useHttpPath ? trimSlashes(path) : null;
        for (Entry entry : entries) {
            if (entry.protocol.equals(protocol) && entry.host.equals(host)
                    && (wantedPath == null || wantedPath.equals(entry.path))
                    && username.map(entry.username::equals).orElse(true)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static Optional<Entry> entry(String line) {
        int scheme = line.indexOf("://");
        if (scheme <= 0) {
            return Optional.empty();
        }
        String rest = line.substring(scheme + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String userInfo = authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String username = decode(userInfo.substring(0, colon));
        String password = decode(userInfo.substring(colon + 1));
        if (username.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(line.substring(0, scheme), decode(authority.substring(at + 1)),
                trimSlashes(decode(path)), username, password));
    }

    /** Git trims the path's leading and trailing slashes before it compares paths. */
    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    /**
     * Percent-decoding as git does it: escapes are UTF-8 bytes, {@code +} stays a plus (this is no form encoding) and
     * a {@code %} without two hex digits after it is kept as it is.
     */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int high = raw[i] == '%' && i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw[i + 2], 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
