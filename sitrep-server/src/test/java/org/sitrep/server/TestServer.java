package org.sitrep.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.sitrep.core.io.InputItem;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Ingestor;
import org.sitrep.store.SitrepStore;

/** A store of synthetic articles and stories behind a server on 127.0.0.1 (any free port), for tests. */
final class TestServer implements AutoCloseable {
  final SitrepStore store;
  final SitrepServer server;
  final String base;
  final HttpClient http = HttpClient.newHttpClient();
  final String token;

  TestServer(Path dir, int articles, int stories, ServerOptions options) {
    this(dir, articles, stories, options, s -> null);
  }

  /** The same with a live desk over the store ({@code desk} may answer null). */
  TestServer(Path dir, int articles, int stories, ServerOptions options,
             java.util.function.Function<SitrepStore, LiveDesk> desk) {
    store = SitrepStore.open(dir);
    try (Ingestor in = new Ingestor(store, Fixtures::analyze, 1, m -> { })) {
      for (int i = 0; i < articles; i++) {
        in.accept(InputItem.of(Fixtures.article(i)));
      }
    }
    store.replaceStories(Fixtures.stories(articles, stories));
    token = options.access().token();
    server = new SitrepServer(store, options, desk.apply(store));
    int port = server.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A JSON POST with the server's token. */
  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
