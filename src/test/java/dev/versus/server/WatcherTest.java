package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's batches: a save is handed over once it is whole, not while the file is still being written. */
class WatcherTest {
  @TempDir
  Path tmp;

  @Test
  void aFileSavedInPlaceIsHandedOverWrittenNotEmpty() throws Exception {
    // an editor that saves in place empties the file first, then writes it: a moment later under load, more
    // than the short quiet spell; a build of the batch then reported "empty file" and served nothing new
    Path file = Files.writeString(tmp.resolve("page.md"), "first text");
    List<Long> sizes = new CopyOnWriteArrayList<>();
    try (Watcher watcher = new Watcher(List.of(tmp), Duration.ofMillis(3), Duration.ofMillis(100), Duration.ofMillis(500),
        batch -> sizes.add(size(file)))) {
      watcher.start();
      Thread.sleep(300);
      try (FileChannel save = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        Thread.sleep(30);
        save.write(ByteBuffer.wrap("second text".getBytes(StandardCharsets.UTF_8)));
      }
      for (int i = 0; i < 100 && sizes.isEmpty(); i++) Thread.sleep(10);
      Thread.sleep(200);
    }
    assertEquals(List.of(11L), sizes, "one batch, with the file written");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
