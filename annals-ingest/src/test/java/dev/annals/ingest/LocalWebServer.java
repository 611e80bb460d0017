package dev.annals.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web server on 127.0.0.1 and a free port, serving fixed pages and logging what was asked for. */
final class LocalWebServer implements AutoCloseable {
  private record Page(String contentType, byte[] body) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> userAgents = new CopyOnWriteArrayList<>();

  LocalWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(path);
      userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
      Page page = pages.get(path);
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", page.contentType());
      exchange.sendResponseHeaders(200, page.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page.body());
      }
    });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void serve(String path, String contentType, byte[] body) {
    pages.put(path, new Page(contentType, body));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
