package dev.versus.site;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The lock on an output folder, {@code .<name>.lock} beside it, that a build holds from its repairs
 * ({@link Recovery#recover}) until its site is published and its cache saved: a second build into the same
 * folder waits for it, so two builds never interleave (before, both wrote and the last to swap won, or one failed
 * halfway). The operating system's lock ({@link FileChannel#tryLock}) goes with the process, so a killed build's
 * lock is free at once. The file is deleted by its holder before it lets go, so nothing stays beside the site;
 * a build that was waiting on the deleted file then holds a lock on a file no longer at the name. So a build writes
 * a token of its own into the file it locked and holds the lock only when the file at the name reads that token;
 * otherwise it waits on the file now at the name. The locked byte lies beyond the token, since Windows' locks also
 * stop reads. A channel is closed only by a build holding its lock, as closing any channel of a file drops every
 * lock the process holds on it (POSIX): another build of this process may hold it. Where the file system has no
 * locks, the build goes on without one. Held from before the repairs until the temporary folder is gone, it also keeps
 * a build's temporary folder from being taken for a stopped build's by another build's repairs.
 */
final class SiteLock implements AutoCloseable {
  /** The ending of an output folder's lock file: {@code site} has {@code .site.lock}. */
  static final String SUFFIX = ".lock";
  /** The byte locked: beyond the token, which others read. */
  private static final long LOCKED_BYTE = 4096;
  private static final long POLL_MILLIS = 20;

  private final Path file;
  /** The channel locked, and the one the token was read back through (the same file): both closed on release. */
  private final List<FileChannel> channels;

  private SiteLock(Path file, List<FileChannel> channels) {
    this.file = file;
    this.channels = channels;
  }

  /** The lock file of output folder {@code target}. */
  static Path fileOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + SUFFIX);
  }

  /**
   * Takes the lock of output folder {@code target}, waiting as long as another build (of this process or another)
   * holds it; says in {@code notes} how long it waited, if it did.
   */
  static SiteLock take(Path target, List<String> notes) throws IOException {
    Path file = fileOf(target);
    long start = System.nanoTime();
    boolean waited = false;
    FileChannel channel = open(file);
    while (true) {
      try {
        while (tryLock(channel) == null) {
          waited = true;
          pause();
        }
      } catch (InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        channel.close(); // a file system without locks: as before there were any
        return new SiteLock(null, List.of());
      }
      byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(token), 0);
      FileChannel atName = open(file);
      if (Arrays.equals(token, readAll(atName))) {
        if (waited) notes.add(String.format("waited %.1f s for another build writing into %s", (System.nanoTime() - start) / 1e9, target));
        return new SiteLock(file, List.of(channel, atName));
      }
      // the file locked was deleted by the build that held it: wait on the file at the name now
      channel.close();
      channel = atName;
    }
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /** The lock, or null while another build holds it (of another process, or of this one). */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(LOCKED_BYTE, 1, false);
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** The token's bytes at the start of the file ({@code channel}'s), as many as there are before the locked byte. */
  private static byte[] readAll(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), LOCKED_BYTE));
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
      // read on until full
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  private static void pause() throws InterruptedIOException {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // the channel stays open: closing it could free a lock another build of this process holds
      throw new InterruptedIOException("interrupted while waiting for another build to finish");
    }
  }

  /** Deletes the lock file, then lets go of the lock (in this order: see the class comment). */
  @Override
  public void close() throws IOException {
    if (file == null) return;
    try {
      Files.deleteIfExists(file);
    } finally {
      for (FileChannel c : channels) c.close();
    }
  }
}
