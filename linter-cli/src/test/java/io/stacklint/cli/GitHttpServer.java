package io.stacklint.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git smart-HTTP server for one bare repository at {@code /repo.git}, on 127.0.0.1 and an ephemeral port, that
 * wants HTTP Basic authentication: what GitHub, GitLab or Bitbucket look like to a client fetching a private
 * repository. Served with JGit's UploadPack in the stateless mode the HTTP protocol needs.
 */
final class GitHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Path bare;
    private final String authorization;
    /** Every Authorization header received, to show what the client sent. */
    final List<String> logins = new CopyOnWriteArrayList<>();

    private GitHttpServer(HttpServer server, Path bare, String user, String password) {
        this.server = server;
        this.bare = bare;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server.createContext("/repo.git/", this::handle);
        server.start();
    }

    /** Plain HTTP. */
    static GitHttpServer http(Path bare, String user, String password) throws IOException {
        return new GitHttpServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                bare, user, password);
    }

    /** HTTPS with the key and certificate of {@code tls}. */
    static GitHttpServer https(Path bare, String user, String password, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new GitHttpServer(server, bare, user, password);
    }

    String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/repo.git";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String login = exchange.getRequestHeaders().getFirst("Authorization");
            if (login != null) {
                logins.add(login);
            }
            if (!authorization.equals(login)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (exchange.getRequestMethod().equals("GET") && path.equals("/repo.git/info/refs")
                    && query.equals("service=git-upload-pack")) {
                advertise(exchange);
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/repo.git/git-upload-pack")) {
                uploadPack(exchange);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void advertise(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-advertisement");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (Repository repository = open(); OutputStream out = exchange.getResponseBody()) {
            PacketLineOut packets = new PacketLineOut(out);
            packets.writeString("# service=git-upload-pack\n");
            packets.end();
            UploadPack upload = new UploadPack(repository);
            upload.setBiDirectionalPipe(false);
            upload.sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(packets));
        }
    }

    private void uploadPack(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-result");
        exchange.sendResponseHeaders(200, 0);
        InputStream in = exchange.getRequestBody();
        if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        try (Repository repository = open(); OutputStream out = exchange.getResponseBody()) {
            UploadPack upload = new UploadPack(repository);
            upload.setBiDirectionalPipe(false);
            upload.upload(in, out, null);
        }
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
