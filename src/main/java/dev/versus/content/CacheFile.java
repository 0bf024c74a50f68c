package dev.versus.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * One file of the persistent build cache ({@code .versus-cache/}): a small versioned binary container
 * that is trusted only when whole and made for this very build. Layout: the magic {@code VRSC}, the
 * format number, the key (the Versus version and commit, and whatever else the payload depends on) as
 * length-prefixed UTF-8, the payload's length and bytes, and a CRC-32C of everything before it. A
 * truncated file, a flipped byte, another format or another key is {@link Read#rejected rejected} with the
 * reason, never half read. Written to a temporary file beside it and moved into place atomically, so a
 * killed build leaves the old file or the new one, never a mix. The payload is written with
 * {@link DataOutputStream}: plain values only, no Java serialization.
 */
public final class CacheFile {
  private static final int MAGIC = 0x56525343;
  /** Raised when the layout of any payload changes. */
  static final int FORMAT = 3;

  private CacheFile() {}

  /**
   * What reading found: the payload (a slice of the file's bytes as read, not copied: the build cache's documents
   * are tens of megabytes), or why there is none ({@code missing} when no file was there).
   */
  public record Read(ByteReader.Slice payload, String rejected) {
    public boolean ok() {
      return payload != null;
    }

    public boolean missing() {
      return payload == null && rejected.isEmpty();
    }
  }

  /** The payload of {@code file} if it is whole and was written under {@code key}. */
  public static Read read(Path file, String key) {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Read(null, "");
    } catch (IOException e) {
      return new Read(null, "unreadable (" + e.getMessage() + ")");
    }
    if (all.length < 16) return new Read(null, "truncated");
    CRC32C crc = new CRC32C();
    crc.update(all, 0, all.length - 8);
    if (crc.getValue() != ByteBuffer.wrap(all, all.length - 8, 8).getLong()) return new Read(null, "damaged (checksum)");
    try {
      ByteReader in = new ByteReader(all, 0, all.length - 8);
      if (in.readInt() != MAGIC) return new Read(null, "not a Versus cache file");
      if (in.readInt() != FORMAT) return new Read(null, "written in another format");
      String written = in.readString();
      if (!key.equals(written)) return new Read(null, "made for another build (" + difference(written, key) + ")");
      int length = in.readInt();
      if (length < 0 || length != in.available()) return new Read(null, "damaged (length)");
      return new Read(in.slice(length), "");
    } catch (IOException | RuntimeException e) {
      return new Read(null, "damaged (" + e + ")");
    }
  }

  /**
   * The first part (parts are separated by {@code "; "}) in which key {@code written} differs from {@code key}, as it was and
   * as this build has it: the note then says what changed (the Versus code, the output folder, the configuration and
   * theme), not only the old key.
   */
  static String difference(String written, String key) {
    String[] was = written.split("; ", -1);
    String[] now = key.split("; ", -1);
    for (int i = 0; i < Math.max(was.length, now.length); i++) {
      String a = i < was.length ? was[i] : "";
      String b = i < now.length ? now[i] : "";
      if (!a.equals(b)) return a + "; this build: " + b;
    }
    return written;
  }

  /** Writes {@code payload} under {@code key} into {@code file}, atomically (its folder is made if needed). */
  public static void write(Path file, String key, byte[] payload) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(256);
    DataOutputStream out = new DataOutputStream(head);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    writeString(out, key);
    out.writeInt(payload.length);
    byte[] header = head.toByteArray();
    // the payload is written as it is, not copied behind the header first: a shard is megabytes, and each copy of it
    // was garbage for the old generation at the end of a repeat build
    CRC32C crc = new CRC32C();
    crc.update(header);
    crc.update(payload);
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
    try {
      try (java.io.OutputStream o = Files.newOutputStream(temp)) {
        o.write(header);
        o.write(payload);
        o.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * How many files a cache of many entries is split into: an edit changes the entries of a few, and only those are
   * written again (at 4,000 articles the documents are 65 MB and the print view's sections 33 MB).
   */
  public static final int SHARDS = 16;

  /** The shard of an entry of key {@code key}: {@code String.hashCode} is fixed by the language, so the same in every run. */
  public static int shard(String key) {
    return Math.floorMod(key.hashCode(), SHARDS);
  }

  /** A string or null, as its UTF-8 length (-1 for null) and bytes. */
  public static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** A string written by {@link #writeString}. */
  public static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) return null;
    if (n < 0 || n > in.available()) throw new EOFException("string of " + n + " bytes");
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
