package dev.versus.model;

import dev.versus.content.YNode;
import dev.versus.web.Anchors;
import java.util.Set;

/**
 * The anchors a criterion's page carries besides its fixed ones and its body's headings, read from its front matter
 * as written (so a link is checked before the criterion is read): {@code #evidence-<subject>} for each subject it
 * gives a verdict, and {@code #note-<key>} for each note it defines that some verdict lists in its {@code notes}, since
 * the page's {@code #notes} section shows only those (an unused note is a warning, and on no page); without such a
 * note the page has no {@code #notes} either.
 */
final class CriterionAnchors {
  private CriterionAnchors() {}

  /** Adds to {@code known} (the page's fixed anchors and its body's ids) what {@code front} gives, less an absent {@code #notes}. */
  static void addTo(Set<String> known, YNode.Map front) {
    if (!(front.get("verdicts") instanceof YNode.Map verdicts)) {
      known.remove("notes");
      return;
    }
    verdicts.entries().keySet().forEach(subject -> known.add(Anchors.EVIDENCE + subject));
    boolean notes = false;
    YNode.Map defined = front.get("notes") instanceof YNode.Map m ? m : new YNode.Map(java.util.Map.of(), front.pos());
    for (YNode.Entry v : verdicts.entries().values()) {
      if (!(v.value() instanceof YNode.Map verdict) || !(verdict.get("notes") instanceof YNode.Seq keys)) continue;
      for (YNode key : keys.items()) {
        if (key instanceof YNode.Scalar s && defined.entries().containsKey(s.value())) {
          known.add(Anchors.note(s.value()));
          notes = true;
        }
      }
    }
    if (!notes) known.remove("notes");
  }
}
