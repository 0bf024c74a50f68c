package dev.versus.pipeline;

import dev.versus.content.CacheFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The pages a build wrote, for the next one: per page route, the digest of every input it read (the
 * dependency record's, {@code Dependencies#digests}), its kind (for the summary) and the size, modification time and
 * change time its file had once published. A page is kept from the old site only when its digest is the same and its
 * file is still the one written (same size and times: nobody replaced, touched or edited it). The change time (the
 * inode's {@code ctime}) is what tells a hand edit whose size and modification time were put back ({@code touch -r},
 * a restore): no call of the user's sets it, and Git's index compares it for that reason ({@code core.trustctime}).
 * Something that changes only a file's metadata (a {@code chmod}, a new hard link) changes it too, and the page is
 * rendered again, to the same bytes. Where the file system has no {@code unix} view (Windows), it is 0, and the check
 * is size and time alone, as rsync's quick check is.
 */
final class PageRecord {
  /**
   * One page as written: {@code digest} of its inputs, its {@code kind}, and its file's size, modification time and
   * change time (microseconds; the change time 0 where the system has none).
   */
  record Page(String digest, String kind, long size, long modified, long changed) {}

  /** Whether files have a change time to read ({@code unix:ctime}): the same for every file of the default file system. */
  private static final boolean CTIME = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  /** What {@link #stat} reads where there is a change time: one {@code lstat}, as for the basic attributes. */
  private static final String UNIX = "unix:isRegularFile,size,lastModifiedTime,ctime";

  private final java.util.NavigableMap<String, Page> pages;

  private PageRecord(java.util.NavigableMap<String, Page> pages) {
    this.pages = pages;
  }

  static PageRecord empty() {
    return new PageRecord(new TreeMap<>());
  }

  /** Whether the record holds no page: no build of this key wrote one, so it vouches for nothing in the output folder. */
  boolean isEmpty() {
    return pages.isEmpty();
  }

  /** The record of {@code pages}, by route. */
  static PageRecord of(Map<String, Page> pages) {
    return new PageRecord(new TreeMap<>(pages));
  }

  /** The record a {@link #payload} wrote; an exception when the payload does not read as one. */
  static PageRecord of(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    int n = in.readInt();
    if (n < 0 || n > payload.length) throw new IOException("bad count " + n);
    TreeMap<String, Page> pages = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String route = CacheFile.readString(in);
      pages.put(route, new Page(CacheFile.readString(in), CacheFile.readString(in), in.readLong(), in.readLong(), in.readLong()));
    }
    if (in.available() != 0) throw new IOException("trailing bytes");
    return new PageRecord(pages);
  }

  byte[] payload() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(pages.size());
    for (Map.Entry<String, Page> e : pages.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      CacheFile.writeString(out, e.getValue().digest());
      CacheFile.writeString(out, e.getValue().kind());
      out.writeLong(e.getValue().size());
      out.writeLong(e.getValue().modified());
      out.writeLong(e.getValue().changed());
    }
    return bytes.toByteArray();
  }

  /**
   * The kind of page {@code route} when its inputs' digest is still {@code digest} and {@code file} is the
   * file it wrote; empty when the page must be rendered.
   */
  Optional<String> unchanged(String route, String digest, Path file) {
    Page p = pages.get(route);
    if (p == null || digest == null || !p.digest().equals(digest)) return Optional.empty();
    return stat(file).filter(s -> s[0] == p.size() && s[1] == p.modified() && s[2] == p.changed()).map(s -> p.kind());
  }

  /** The entry of {@code route}, or empty when the last build recorded none. */
  Optional<Page> entry(String route) {
    return Optional.ofNullable(pages.get(route));
  }

  /** The entries whose route starts with {@code prefix} and whose kind is {@code kind}, by route. */
  Map<String, Page> under(String prefix, String kind) {
    Map<String, Page> out = new TreeMap<>();
    pages.subMap(prefix, prefix + Character.MAX_VALUE).forEach((route, p) -> {
      if (p.kind().equals(kind)) out.put(route, p);
    });
    return out;
  }

  /** The entry of a page whose {@code file} was just published, or empty when it cannot be read. */
  static Optional<Page> written(String digest, String kind, Path file) {
    return stat(file).map(s -> new Page(digest, kind, s[0], s[1], s[2]));
  }

  /** Size, modification time and change time (microseconds; 0 where there is none) of a regular file, not followed through a link. */
  private static Optional<long[]> stat(Path file) {
    try {
      if (CTIME) {
        Map<String, Object> a = Files.readAttributes(file, UNIX, LinkOption.NOFOLLOW_LINKS);
        if (!(Boolean) a.get("isRegularFile")) return Optional.empty();
        return Optional.of(new long[] {(Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.MICROSECONDS),
            ((FileTime) a.get("ctime")).to(TimeUnit.MICROSECONDS)});
      }
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) return Optional.empty();
      return Optional.of(new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.MICROSECONDS), 0});
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
