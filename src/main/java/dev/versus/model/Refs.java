package dev.versus.model;

import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Suggest;
import java.util.Collection;
import java.util.List;

/** Checks references by name (subjects, sources, criteria, levels) and explains unknown ones. */
final class Refs {
  private Refs() {}

  /** Keeps the known names of {@code refs}; each unknown one is an error with the known list. */
  static List<String> known(List<YNode.Scalar> refs, Collection<String> known, String what, Diagnostics diags) {
    return refs.stream().filter(r -> check(r, known, what, diags)).map(YNode.Scalar::value).toList();
  }

  static boolean check(YNode.Scalar ref, Collection<String> known, String what, Diagnostics diags) {
    if (known.contains(ref.value())) return true;
    diags.error(ref.pos(), "unknown " + what + " `" + ref.value() + "`" + Suggest.didYouMean(ref.value(), known)
        + "; known: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    return false;
  }
}
