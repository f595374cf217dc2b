package io.stacklint.source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.ChainingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Bare mirrors of remote repositories (https, ssh, git, file:// URLs and scp-like {@code user@host:path}) in a
 * cache folder: the first audit clones, later ones fetch into the same mirror. A clone is made in a temporary
 * folder and moved into place, so an interrupted clone never leaves a half repository that later runs would trust.
 * Credentials come from {@link GitCredentials}: an explicit password or token, git's credential store file, then
 * {@code ~/.netrc}; ssh keys and known hosts from the {@code .ssh} folder of the same home ({@link SshSessions}).
 */
public final class RemoteMirror {

    static {
        GitSystemConfig.install();
    }

    /** A server silent this long is given up on: an audit of many repositories must not hang on one of them. */
    static final int NETWORK_TIMEOUT_SECONDS = 120;

    private static final Pattern URL = Pattern.compile("^(https?|ssh|git|file)://.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCP_LIKE = Pattern.compile("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.+");
    /** Two targets naming the same URL in one run share one mirror: the second waits for the first. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path cacheRoot;
    private final OptionalInt depth;
    private final GitCredentials credentials;

    /**
     * @param cacheRoot   where mirrors live, one folder per URL
     * @param depth       a shallow clone and fetch of that many commits; empty for the whole history
     * @param credentials where user names and passwords for servers that ask come from
     */
    public RemoteMirror(Path cacheRoot, OptionalInt depth, GitCredentials credentials) {
        this.cacheRoot = cacheRoot;
        this.depth = depth;
        this.credentials = credentials;
    }

    /** True when {@code target} names a remote repository rather than a folder. */
    public static boolean isRemote(String target) {
        return URL.matcher(target).matches() || SCP_LIKE.matcher(target).matches();
    }

    /**
     * The bare mirror of {@code url}, cloned when it is not in the cache yet and fetched otherwise.
     *
     * @throws IOException with JGit's reason when the remote cannot be reached, read or authenticated
     */
    public Path mirror(String url) throws IOException {
        Path folder = cacheRoot.resolve(folderName(url));
        synchronized (LOCKS.computeIfAbsent(folder, k -> new Object())) {
            try {
                if (Files.isDirectory(folder.resolve("objects"))) {
                    fetch(url, folder);
                } else {
                    cloneInto(url, folder);
                }
            } catch (GitAPIException | RuntimeException e) {
                throw new IOException(reason(url, e) + helperNote(url, e) + hostKeyNote(e), e);
            }
        }
        return folder;
    }

    private void fetch(String url, Path folder) throws IOException, GitAPIException {
        try (Git git = Git.open(folder.toFile()); SshSessions ssh = new SshSessions(credentials.home())) {
            FetchCommand fetch = git.fetch().setRemote("origin").setRemoveDeletedRefs(true)
                    .setCredentialsProvider(login(url)).setTransportConfigCallback(ssh)
                    .setTimeout(NETWORK_TIMEOUT_SECONDS);
            depth.ifPresent(fetch::setDepth);
            fetch.call();
        }
    }

    private void cloneInto(String url, Path folder) throws IOException, GitAPIException {
        Files.createDirectories(cacheRoot);
        Path partial = cacheRoot.resolve(folder.getFileName() + ".partial-" + UUID.randomUUID());
        try (SshSessions ssh = new SshSessions(credentials.home())) {
            // a password written into the URL would be kept in the mirror's config: it is given as a login instead
            CloneCommand clone = Git.cloneRepository().setURI(uri(url).setPass(null).toString()).setBare(true)
                    .setDirectory(partial.toFile()).setCloneAllBranches(true).setCredentialsProvider(login(url))
                    .setTransportConfigCallback(ssh).setTimeout(NETWORK_TIMEOUT_SECONDS);
            depth.ifPresent(clone::setDepth);
            clone.call().close();
            try {
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, folder);
            }
        } finally {
            delete(partial);
        }
    }

    /** The credentials for a URL: the password written into it first, if any, then the usual sources. */
    private CredentialsProvider login(String url) throws IOException {
        URIish uri = uri(url);
        return uri.getPass() == null ? credentials.provider() : new ChainingCredentialsProvider(
                new UsernamePasswordCredentialsProvider(uri.getUser(), uri.getPass()), credentials.provider());
    }

    private static URIish uri(String url) throws IOException {
        try {
            return new URIish(url);
        } catch (URISyntaxException e) {
            throw new IOException("not a git URL: " + e.getMessage(), e);
        }
    }

    /** A readable, collision-free folder name: the URL's last segment and a hash of the whole URL. */
    static String folderName(String url) {
        String trimmed = url.replaceAll("[/\\\\]+$", "");
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1)
                .replaceAll("\\.git$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return (last.isEmpty() ? "repository" : last) + "-" + HexFormat.of().formatHex(hash, 0, 6) + ".git";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * When the server refused the login or none was found, and the user relies on a credential helper stacklint does
     * not run, the error says so: otherwise "not authorized" would puzzle someone for whom {@code git clone} works.
     */
    private String helperNote(String url, Exception e) {
        if (!authenticationFailed(e)) {
            return "";
        }
        try {
            return credentials.uncalledHelpers(new URIish(url)).map(note -> "; " + note).orElse("");
        } catch (java.net.URISyntaxException | RuntimeException ignored) {
            return "";
        }
    }

    /**
     * JGit says only that the server key "did not validate", whether the host is missing from known_hosts or listed
     * with another key; the note says where stacklint looked and that it never adds a key itself (ssh would ask, and
     * an audit in CI has nobody to ask).
     */
    private static String hostKeyNote(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransportException
                    && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("key did not validate")) {
                return "; the server's host key must be listed in ~/.ssh/known_hosts, and stacklint adds none";
            }
        }
        return "";
    }

    private static boolean authenticationFailed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof TransportException && (message.contains("not authorized")
                    || message.contains("authentication is required") || message.contains("401"))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(String url, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = withoutUrl(url, e.getMessage() == null ? cause.toString() : e.getMessage());
        String innermost = cause == e || cause.getMessage() == null ? "" : withoutUrl(url, cause.getMessage());
        if (!innermost.isEmpty() && !message.contains(innermost)) {
            message = message + ": " + innermost;
        }
        // the ssh transport explains a refused login over several lines: an error is one line
        message = message.strip().replaceAll("\\s*\\R\\s*", "; ");
        // "Not authorized" reads as part of the line, an acronym ("SSH authentication canceled") stays as it is
        boolean acronym = message.length() > 1 && Character.isUpperCase(message.charAt(1));
        return "cannot be cloned: " + (acronym ? message
                : message.toLowerCase(Locale.ROOT).charAt(0) + message.substring(1));
    }

    /** JGit starts its messages with the URL (without a password), which the caller already puts before them. */
    private static String withoutUrl(String url, String message) {
        try {
            String shown = new URIish(url).toString() + ": ";
            if (message.startsWith(shown) && message.length() > shown.length()) {
                return message.substring(shown.length());
            }
        } catch (java.net.URISyntaxException ignored) {
            // no URL JGit would print: the message stays as it is
        }
        return message;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The display form of a URL: user info (a token in the URL) is never printed. */
    public static String redact(String target) {
        try {
            URI uri = URI.create(target);
            if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
                return target.replace(uri.getRawUserInfo() + "@", uri.getUserInfo().split(":", -1)[0] + ":***@");
            }
        } catch (IllegalArgumentException e) {
            // scp-like targets are no URIs and carry no password
        }
        return target;
    }
}
