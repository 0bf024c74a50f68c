package dev.versus.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock a build holds on {@code .<name>.tmp-<random>.lock}, beside its temporary folder, while it writes: a build
 * started meanwhile into the same output sees it held and leaves the folder alone, where it took any marked folder
 * for a killed build's and deleted it under the running one. The operating system's lock ({@link FileChannel#tryLock})
 * goes with the process, so a killed build's lock is free and its folder is cleaned as before. The lock file is outside
 * the folder, so the folder can be renamed while the lock is held (Windows refuses to rename a folder holding an open
 * file). Where the file system has no locks, the build goes on without one, as before.
 */
final class FolderLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;

  private FolderLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Makes and takes a new lock file {@code file}; empty when a file of that name exists (pick another name). */
  static Optional<FolderLock> create(Path file) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return Optional.empty();
    }
    return Optional.of(lock(file, channel).orElseGet(() -> new FolderLock(file, null)));
  }

  /** No lock: a temporary folder of a Versus that made none; closing it does nothing. */
  static FolderLock none() {
    return new FolderLock(null, null);
  }

  /** Takes the existing lock file {@code file} if no build holds it (a killed build's); empty while one does. */
  static Optional<FolderLock> takeFree(Path file) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      // its build finished: it deletes its folder (or swaps it in) before its lock file
      return Optional.of(new FolderLock(file, null));
    }
    return lock(file, channel);
  }

  private static Optional<FolderLock> lock(Path file, FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by a build of this very process
    } catch (IOException e) {
      return Optional.of(new FolderLock(file, channel)); // a file system without locks: as before
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    return Optional.of(new FolderLock(file, channel));
  }

  /** Releases the lock and deletes its file (the folder it guards is gone by now). */
  @Override
  public void close() throws IOException {
    if (channel != null) channel.close();
    if (file != null) Files.deleteIfExists(file);
  }
}
