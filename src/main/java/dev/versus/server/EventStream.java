package dev.versus.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The channel to open pages: Server-Sent Events, one typed message per build ({@code reload},
 * {@code css}, {@code error}). A page that connects while the build is failing gets the current
 * {@code error} at once. A comment every few seconds finds pages that went away.
 */
final class EventStream implements Closeable {
  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService heartbeat;
  private volatile Optional<String> standing = Optional.empty();

  private record Client(HttpExchange exchange, OutputStream out) {}

  EventStream(long heartbeatSeconds) {
    heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "versus-events");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(() -> broadcast(": keep-alive\n\n"), heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
  }

  /** Takes over {@code exchange} as a new event stream; it stays open after the handler returns. */
  void open(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    Client c = new Client(exchange, exchange.getResponseBody());
    clients.add(c);
    // reconnect quickly after a restart of the server
    write(c, "retry: 1000\n\n" + standing.orElse(""));
  }

  /** Sends an event of {@code type} with JSON {@code data} to every open page. */
  void send(String type, String data) {
    broadcast(frame(type, data));
  }

  /**
   * Sets the event a page gets when it connects (the current {@code error} while the build is
   * failing), or none.
   */
  void standing(Optional<String> typeAndData) {
    standing = typeAndData;
  }

  static String frame(String type, String data) {
    return "event: " + type + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
  }

  int clients() {
    return clients.size();
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    for (Client c : clients) drop(c);
    // a closed server leaves no thread behind: wait for a heartbeat that was running (on a busy
    // machine its thread can outlive shutdownNow by a moment, which ServerLoadTest saw)
    try {
      heartbeat.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void broadcast(String text) {
    for (Client c : clients) write(c, text);
  }

  private void write(Client c, String text) {
    synchronized (c) {
      try {
        c.out().write(text.getBytes(StandardCharsets.UTF_8));
        c.out().flush();
      } catch (IOException e) {
        // the page went away
        drop(c);
      }
    }
  }

  private void drop(Client c) {
    clients.remove(c);
    c.exchange().close();
  }
}
