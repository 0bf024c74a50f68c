package dev.versus.model;

import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.diag.Diagnostics;
import java.util.Collection;
import java.util.Set;

/** Reads faq/&lt;slug&gt;.md front matter into a {@link Faq}. */
final class FaqReader {
  static final Set<String> KEYS = Set.of("question", "order", "criteria", "subjects");

  private FaqReader() {}

  static Faq read(Document doc, Collection<String> criteria, Collection<String> subjects, Diagnostics diags) {
    Fields f = new Fields(doc.frontMatter(), diags, KEYS);
    f.warnUnknown();
    Faq faq = new Faq(doc.slug(), doc.path(), f.text("question", true).orElse(doc.slug()),
        f.integer("order").orElse(Integer.MAX_VALUE),
        Refs.known(f.scalars("criteria", false), criteria, "criterion", diags),
        Refs.known(f.scalars("subjects", false), subjects, "subject", diags), doc.body());
    if (faq.answerText().isEmpty()) {
      diags.warning(f.pos("question"), "the answer to this question is empty: write it below the front matter's"
          + " closing `---` (until then the page's description is the question, and the FAQ's structured data leaves it out)");
    }
    return faq;
  }
}
