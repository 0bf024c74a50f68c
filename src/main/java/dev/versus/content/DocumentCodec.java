package dev.versus.content;

import static dev.versus.content.CacheFile.writeString;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.diag.Severity;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads one parsed content document (what {@link ContentLoader#parse} gives: the
 * {@link Document} or none, and the file's own diagnostics) as plain values, field by field, so the
 * build cache can keep it between runs. Reading gives a document equal to the one written (a test checks
 * it on a whole guide); a record gaining a field must gain it here too, and {@link CacheFile#FORMAT} rise.
 */
final class DocumentCodec {
  private DocumentCodec() {}

  static void write(DataOutputStream out, ContentLoader.Loaded<?> loaded) throws IOException {
    out.writeInt(loaded.diagnostics().size());
    for (Diagnostic d : loaded.diagnostics()) {
      writeString(out, d.file());
      out.writeInt(d.line());
      out.writeInt(d.column());
      out.writeByte(d.severity().ordinal());
      writeString(out, d.message());
    }
    out.writeBoolean(loaded.value().isPresent());
    if (loaded.value().isEmpty()) return;
    Document doc = (Document) loaded.value().get();
    writeString(out, doc.path());
    out.writeByte(doc.kind().ordinal());
    writeString(out, doc.slug());
    node(out, doc.frontMatter());
    body(out, doc.body());
  }

  static ContentLoader.Loaded<?> read(ByteReader in) throws IOException {
    int n = count(in);
    List<Diagnostic> diags = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      diags.add(new Diagnostic(in.readString(), in.readInt(), in.readInt(), Severity.values()[in.readByte()], in.readString()));
    }
    if (!in.readBoolean()) return new ContentLoader.Loaded<>(Optional.empty(), List.copyOf(diags));
    String path = in.readString();
    Kind kind = Kind.values()[in.readByte()];
    String slug = in.readString();
    YNode.Map front = (YNode.Map) node(in);
    return new ContentLoader.Loaded<>(Optional.of(new Document(path, kind, slug, front, body(in))), List.copyOf(diags));
  }

  private static void node(DataOutputStream out, YNode node) throws IOException {
    if (node instanceof YNode.Scalar s) {
      out.writeByte('s');
      scalar(out, s);
    } else if (node instanceof YNode.Seq q) {
      out.writeByte('q');
      out.writeInt(q.items().size());
      for (YNode item : q.items()) node(out, item);
      position(out, q.pos());
    } else {
      YNode.Map m = (YNode.Map) node;
      out.writeByte('m');
      out.writeInt(m.entries().size());
      for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
        writeString(out, e.getKey());
        scalar(out, e.getValue().key());
        node(out, e.getValue().value());
      }
      position(out, m.pos());
    }
  }

  private static YNode node(ByteReader in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case 's':
        return scalar(in);
      case 'q': {
        int n = count(in);
        List<YNode> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) items.add(node(in));
        return new YNode.Seq(List.copyOf(items), position(in));
      }
      case 'm': {
        int n = count(in);
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) entries.put(in.readString(), new YNode.Entry(scalar(in), node(in)));
        return new YNode.Map(entries, position(in));
      }
      default:
        throw new IOException("unknown node tag " + tag);
    }
  }

  private static void scalar(DataOutputStream out, YNode.Scalar s) throws IOException {
    writeString(out, s.value());
    out.writeBoolean(s.isNull());
    position(out, s.pos());
  }

  private static YNode.Scalar scalar(ByteReader in) throws IOException {
    return new YNode.Scalar(in.readString(), in.readBoolean(), position(in));
  }

  private static void body(DataOutputStream out, Body b) throws IOException {
    writeString(out, b.html());
    out.writeInt(b.headings().size());
    for (Heading h : b.headings()) {
      out.writeInt(h.level());
      writeString(out, h.id());
      writeString(out, h.text());
    }
    strings(out, b.ids());
    out.writeInt(b.links().size());
    for (LinkRef l : b.links()) {
      out.writeInt(l.index());
      writeString(out, l.href());
      out.writeBoolean(l.image());
      position(out, l.pos());
      writeString(out, l.sectionId());
      writeString(out, l.sectionTitle());
      writeString(out, l.excerpt());
    }
    out.writeInt(b.words());
    out.writeInt(b.claims().size());
    for (ClaimMark c : b.claims()) {
      writeString(out, c.id());
      strings(out, c.attrs().keySet());
      for (String v : c.attrs().values()) writeString(out, v);
      out.writeInt(c.at().size());
      for (Map.Entry<String, Position> e : c.at().entrySet()) {
        writeString(out, e.getKey());
        position(out, e.getValue());
      }
      position(out, c.pos());
      writeString(out, c.sectionId());
      writeString(out, c.sectionTitle());
      writeString(out, c.excerpt());
    }
    out.writeInt(b.active().size());
    for (ActiveHtml a : b.active()) {
      position(out, a.at());
      writeString(out, a.what());
    }
    // most bodies need no cleaning: then both are one string, written once
    boolean same = b.written().equals(b.html());
    out.writeBoolean(same);
    if (!same) writeString(out, b.written());
    writeString(out, b.text());
  }

  private static Body body(ByteReader in) throws IOException {
    // the texts are kept as their bytes, decoded when a later stage asks (BodyTexts): most are never read
    ByteReader.Slice html = in.stringSlice();
    int n = count(in);
    List<Heading> headings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) headings.add(new Heading(in.readInt(), in.readString(), in.readString()));
    Set<String> ids = Collections.unmodifiableSet(new LinkedHashSet<>(strings(in)));
    n = count(in);
    List<LinkRef> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new LinkRef(in.readInt(), in.readString(), in.readBoolean(), position(in), in.readString(), in.readString(),
          in.readString()));
    }
    int words = in.readInt();
    n = count(in);
    List<ClaimMark> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = in.readString();
      Map<String, String> attrs = new LinkedHashMap<>();
      for (String k : strings(in)) attrs.put(k, null);
      for (String k : attrs.keySet()) attrs.put(k, in.readString());
      // the map types ClaimScan makes: the digest of a page's inputs reads a HashMap's entries in no order
      Map<String, Position> at = new java.util.HashMap<>();
      for (int k = count(in); k > 0; k--) at.put(in.readString(), position(in));
      claims.add(new ClaimMark(id, attrs, at, position(in),
          in.readString(), in.readString(), in.readString()));
    }
    n = count(in);
    List<ActiveHtml> active = new ArrayList<>(n);
    for (int i = 0; i < n; i++) active.add(new ActiveHtml(position(in), in.readString()));
    ByteReader.Slice written = in.readBoolean() ? html : in.stringSlice();
    return new Body(BodyTexts.of(html, written, in.stringSlice()), List.copyOf(headings), ids, List.copyOf(links), words,
        List.copyOf(claims), List.copyOf(active));
  }

  private static void strings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) writeString(out, s);
  }

  private static List<String> strings(ByteReader in) throws IOException {
    int n = count(in);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(in.readString());
    return out;
  }

  private static void position(DataOutputStream out, Position p) throws IOException {
    out.writeBoolean(p != null);
    if (p == null) return;
    writeString(out, p.file());
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static Position position(ByteReader in) throws IOException {
    if (!in.readBoolean()) return null;
    return new Position(in.readString(), in.readInt(), in.readInt());
  }

  /** A count read back: never negative, never more than the bytes left could hold. */
  private static int count(ByteReader in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) throw new IOException("bad count " + n);
    return n;
  }
}
