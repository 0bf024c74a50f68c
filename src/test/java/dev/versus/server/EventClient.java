package dev.versus.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An open page's view of the server: reads its Server-Sent Events into a queue on a thread of its own. */
final class EventClient implements Closeable {
  record Event(String type, String data) {}

  private final Socket socket;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Thread reader;
  private volatile boolean ended;

  EventClient(URI base) {
    try {
      socket = new Socket(base.getHost(), base.getPort());
      socket.getOutputStream().write(("GET " + SiteHandler.EVENTS + " HTTP/1.1\r\nHost: " + base.getHost()
          + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reader = new Thread(this::read, "test-event-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next event of {@code type}, skipping others; fails after {@code seconds}. */
  Event await(String type, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      Event e = events.poll(100, TimeUnit.MILLISECONDS);
      if (e != null && e.type().equals(type)) return e;
    }
    return fail("no `" + type + "` event within " + seconds + " s");
  }

  /** Whether the server ended the stream (it stopped), waiting up to {@code seconds}. */
  boolean ended(int seconds) throws InterruptedException {
    reader.join(TimeUnit.SECONDS.toMillis(seconds));
    return ended;
  }

  private void read() {
    try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()))) {
      // the response head, then a chunked body: decode the chunks, then split into event frames
      while (!line(in).isEmpty()) {
        // a header line
      }
      StringBuilder text = new StringBuilder();
      while (true) {
        int size = Integer.parseInt(line(in).strip(), 16);
        if (size == 0) break;
        byte[] chunk = new byte[size];
        in.readFully(chunk);
        line(in);
        text.append(new String(chunk, StandardCharsets.UTF_8));
        int end;
        while ((end = text.indexOf("\n\n")) >= 0) {
          frame(text.substring(0, end));
          text.delete(0, end + 2);
        }
      }
    } catch (IOException | RuntimeException e) {
      // closed by the test or by the server
    }
    ended = true;
  }

  private void frame(String frame) {
    String type = null;
    StringBuilder data = new StringBuilder();
    for (String l : frame.split("\n")) {
      if (l.startsWith("event: ")) type = l.substring(7);
      else if (l.startsWith("data: ")) data.append(data.length() > 0 ? "\n" : "").append(l.substring(6));
    }
    if (type != null) events.add(new Event(type, data.toString()));
  }

  private static String line(java.io.DataInputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') sb.append((char) c);
    }
    if (c < 0) throw new java.io.EOFException();
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
