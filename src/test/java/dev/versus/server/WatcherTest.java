package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

  /**
   * {@code serve --source guide} where {@code guide} is a symbolic link: a save below it is seen, and named below the
   * link, as the rest of the server names the guide's files (the watcher registered no folder through the link: no save was seen).
   */
  @Test
  void aSaveBelowAFolderGivenAsALinkIsSeenAndNamedBelowTheLink() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real/articles"));
    Path link = Files.createSymbolicLink(tmp.resolve("guide"), real.getParent());
    List<java.util.Set<Path>> batches = new CopyOnWriteArrayList<>();
    try (Watcher watcher = new Watcher(List.of(link), Duration.ofMillis(3), Duration.ofMillis(100), Duration.ofMillis(500), batches::add)) {
      watcher.start();
      Thread.sleep(300);
      Files.writeString(real.resolve("a.md"), "text");
      for (int i = 0; i < 200 && batches.isEmpty(); i++) Thread.sleep(10);
    }
    // created, then written: one batch or, on a busy machine, two (the quiet spell is short); each names the file below the link
    assertFalse(batches.isEmpty(), "the save was seen");
    for (java.util.Set<Path> batch : batches) assertEquals(java.util.Set.of(link.resolve("articles/a.md")), batch);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
