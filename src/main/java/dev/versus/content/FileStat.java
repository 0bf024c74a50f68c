package dev.versus.content;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the file system said of a source file when the build cache read it: its size, its modification time in
 * nanoseconds and its file key (device and inode on Unix; empty where the system has none), as git's index
 * keeps them. A file whose size, time and key are still the recorded ones is taken to hold the bytes whose hash
 * the cache recorded, and is neither read nor hashed again: the hash stays the cache's key, the stat only a fast
 * way to a hash already known.
 *
 * <p>{@code clean}: whether the recorded time was older than the load that recorded it began, by the file
 * system's own clock ({@code clock}, the time it gave a file written then). A later write moves the time
 * forward, to the load's start or after, so it cannot leave a clean file's time as recorded. A file written during
 * that load, or within the clock's last tick before it (a coarse clock gives both writes one time), is not clean:
 * its stat is never trusted, and it is hashed again (git's "racy clean" rule). A clock that could not be read
 * makes nothing clean.
 */
record FileStat(long size, long modified, String key, boolean clean) {
  /** No clock: nothing recorded against it is clean. */
  static final long NO_CLOCK = Long.MIN_VALUE;

  /** The stat of attributes {@code a}, read by a load that began at file-system time {@code clock} (nanoseconds). */
  static FileStat of(BasicFileAttributes a, long clock) {
    long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    Object key = a.fileKey();
    return new FileStat(a.size(), modified, key == null ? "" : key.toString(), clock != NO_CLOCK && modified < clock);
  }

  /** Whether the file is, by its stat alone, the one recorded as {@code recorded}: recorded clean, same size, time and key. */
  boolean sameAs(FileStat recorded) {
    return recorded.clean && size == recorded.size && modified == recorded.modified && key.equals(recorded.key);
  }
}
