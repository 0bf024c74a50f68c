package dev.versus.render;

import dev.versus.content.ByteReader;
import dev.versus.content.CacheFile;
import dev.versus.content.Hash128;
import dev.versus.render.page.Printed;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The print view's article sections as the last build made them, for the next build: the print view holds
 * every article, so an edit to one would otherwise pass all of them through {@link BodyHtml} and
 * {@link PrintBody} again (about half of a repeat build's CPU at 4,000 articles, JFR). A section is reused
 * byte for byte when its key is the same: the print page, the digest of every input the article's own page
 * reads (its record, its links' targets, the configuration, the UI strings: {@link Dependencies#digests}),
 * the digest of the print document's table of sections ({@link PrintBody#shape}: which anchors other
 * bodies' links may point at) and the number of the section's first note. A page without a digest is
 * never cached. Safe from several threads; {@link #none()} keeps nothing.
 */
public final class PrintSections {
  /** A section as printed: its body and the notes it numbered, and how far it moved the note counter. */
  record Section(Printed.Text text, int notes) {}

  private final Map<String, String> digests;
  private final Map<String, Section> before;
  private final Map<String, Section> now = new ConcurrentHashMap<>();
  /** The shards ({@link CacheFile#shard} of the key) holding a section this build made. */
  private final java.util.Set<Integer> madeShards = ConcurrentHashMap.newKeySet();
  /** Whether a print page was made with this record (a kept print page reads none of it). */
  private volatile boolean printed;

  private PrintSections(Map<String, String> digests, Map<String, Section> before) {
    this.digests = digests;
    this.before = before;
  }

  /** Keeps nothing: every section is made (a cold build, the preview). */
  public static PrintSections none() {
    return new PrintSections(Map.of(), Map.of());
  }

  /**
   * The sections a {@link #payload} wrote (an exception when it does not read whole: then none is trusted),
   * for a build whose pages have {@code digests} (route to hex digest). Each section's HTML stays the bytes it is
   * in {@code payload}'s array ({@link Utf8Html}): neither copied nor decoded, it is copied into the print page as is.
   */
  public static PrintSections of(ByteReader.Slice payload, Map<String, String> digests) throws IOException {
    ByteReader in = payload.reader();
    int n = in.readInt();
    if (n < 0 || n > payload.length()) throw new IOException("bad count " + n);
    Map<String, Section> sections = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      String key = in.readString();
      ByteReader.Slice html = in.slice(in.readInt());
      int moved = in.readInt();
      int count = in.readInt();
      if (count < 0 || count > in.available()) throw new IOException("bad note count " + count);
      List<Printed.Note> notes = new ArrayList<>(count);
      for (int j = 0; j < count; j++) notes.add(new Printed.Note(in.readInt(), in.readString(), in.readString()));
      if (key == null) throw new IOException("section without a key");
      Utf8Html text = new Utf8Html(html.bytes(), html.offset(), html.length());
      sections.put(key, new Section(new Printed.Text(text, List.copyOf(notes)), moved));
    }
    if (in.available() != 0) throw new IOException("trailing bytes");
    return new PrintSections(digests, sections);
  }

  /** An empty record for a build whose pages have {@code digests}: it records the sections this build makes. */
  public static PrintSections empty(Map<String, String> digests) {
    return new PrintSections(digests, Map.of());
  }

  /** Whether any section can be reused or recorded: the build knows its pages' digests. */
  boolean active() {
    return !digests.isEmpty();
  }

  /**
   * The key of the section of the article at {@code articleRoute} in the print page {@code printRoute}, whose
   * document has the table of sections {@code shape} and whose notes start after {@code notesBefore}; empty
   * when the article's page has no digest (then the section is always made).
   */
  Optional<String> key(String printRoute, String articleRoute, String shape, int notesBefore) {
    printed = true;
    String digest = digests.get(articleRoute);
    if (digest == null) return Optional.empty();
    String text = printRoute + "\n" + articleRoute + "\n" + digest + "\n" + shape + "\n" + notesBefore;
    return Optional.of(HexFormat.of().formatHex(Hash128.of(text.getBytes(StandardCharsets.UTF_8))));
  }

  /** The section last made under {@code key}, kept for the next build too. */
  Optional<Section> reuse(String key) {
    Section s = before.get(key);
    if (s != null) now.put(key, s);
    return Optional.ofNullable(s);
  }

  /** Records a section this build made. */
  void made(String key, Section section) {
    now.put(key, section);
    madeShards.add(CacheFile.shard(key));
  }

  /**
   * Whether the record's shard {@code shard} changed: a print page was made, and it made a section of the shard or
   * used fewer than the shard holds. A build that kept its print page from the old site leaves the record as it was.
   */
  public boolean changed(int shard) {
    if (!printed) return false;
    if (madeShards.contains(shard)) return true;
    for (String key : before.keySet()) {
      if (CacheFile.shard(key) == shard && !now.containsKey(key)) return true;
    }
    return false;
  }

  /** Whether a print page was made with this record, so {@link #summary} has something to say. */
  public boolean printed() {
    return printed && active();
  }

  /** What this build did with the record, for the build's notes: how many sections it reused of how many printed. */
  public String summary() {
    long reused = now.keySet().stream().filter(before::containsKey).count();
    return "build cache: print view reused " + reused + " of " + now.size() + " article sections";
  }

  /** The record of every section of {@code shards}, each read by {@link #of} from one shard's file. */
  public static PrintSections of(List<PrintSections> shards, Map<String, String> digests) {
    Map<String, Section> sections = new java.util.HashMap<>();
    shards.forEach(s -> sections.putAll(s.before));
    return new PrintSections(digests, sections);
  }

  /** The sections of shard {@code shard} ({@link CacheFile#shard} of the key) this build used or made, to be read back by {@link #of}. */
  public byte[] payload(int shard) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    Map<String, Section> sorted = new TreeMap<>();
    now.forEach((key, section) -> {
      if (CacheFile.shard(key) == shard) sorted.put(key, section);
    });
    out.writeInt(sorted.size());
    for (Map.Entry<String, Section> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      // a section read back is written as the bytes it was read as (the same as CacheFile.writeString of its text)
      if (e.getValue().text().html() instanceof Utf8Html html) html.writeString(out);
      else CacheFile.writeString(out, e.getValue().text().html().toString());
      out.writeInt(e.getValue().notes());
      out.writeInt(e.getValue().text().notes().size());
      for (Printed.Note note : e.getValue().text().notes()) {
        out.writeInt(note.number());
        CacheFile.writeString(out, note.url());
        CacheFile.writeString(out, note.id());
      }
    }
    return bytes.toByteArray();
  }
}
