package dev.versus.search;

import dev.versus.content.Hash128;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The hashes {@link SearchIndex#digests} makes its files' digests of (128 bits, {@link Hash128}). */
final class SearchHashes {
  private SearchHashes() {}

  /** The hash of {@code list}: its size, then each document's hash. */
  static byte[] documents(List<SearchDocument> list) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(of(List.of("list", String.valueOf(list.size()))));
    for (SearchDocument d : list) all.writeBytes(of(List.of(d.id(), d.kind(), d.title(), d.url(), d.headings(), d.text())));
    return Hash128.of(all.toByteArray());
  }

  /**
   * The hash of a part's {@code texts}: their number, then each text's hash, of its id and either its description
   * and its body's digest among {@code bodies} (which stands for the body's text) or, for a body not among them,
   * its text; the two forms are tagged apart.
   */
  static byte[] texts(List<ArticleText> texts, Map<?, byte[]> bodies) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(of(List.of("texts", String.valueOf(texts.size()))));
    for (ArticleText t : texts) {
      byte[] body = bodies.get(t.body());
      all.writeBytes(body != null ? of(List.of("known body", t.id(), t.lead(), HexFormat.of().formatHex(body)))
          : of(List.of("text", t.id(), t.text())));
    }
    return Hash128.of(all.toByteArray());
  }

  /** The hash of {@code texts}, each as its UTF-8 length and bytes (so no two lists write the same bytes). */
  static byte[] of(List<String> texts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String t : texts) {
      byte[] b = t.getBytes(StandardCharsets.UTF_8);
      bytes.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
      bytes.writeBytes(b);
    }
    return Hash128.of(bytes.toByteArray());
  }
}
