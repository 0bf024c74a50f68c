package dev.versus.search;

import dev.versus.content.Body;

/**
 * An article's full text as a part of the search index holds it ({@code search/text-<n>.json}): its description
 * ({@code lead}) and its body's text, one line apart (the body's text alone when the description is blank), made
 * only when asked. A repeat build makes again only the part holding the edited article, so the others' texts are
 * never decoded from the build cache: their lengths and digests are all it needs ({@link SearchIndex#digests}).
 */
record ArticleText(String id, String lead, Body body) {
  /** The text as the part writes it. */
  String text() {
    return lead.isBlank() ? body.text() : lead.strip() + "\n" + body.text();
  }

  /** {@code text().length()}, without making the text. */
  int length() {
    return lead.isBlank() ? body.textLength() : lead.strip().length() + 1 + body.textLength();
  }
}
