package dev.versus.render.page;

import dev.versus.render.page.Refs.SourceRef;
import dev.versus.render.page.Refs.SubjectRef;
import java.util.List;

/** What one cell of the comparison says, and the passages behind it. */
public final class Cells {
  private Cells() {}

  /**
   * An answer as one shape for every type: {@code type} is {@code level}, {@code number} or {@code text};
   * {@code label} the level's word, the formatted number or the text; or {@code unknown}, labelled "Unknown",
   * with the reason it is not known as its {@code meaning}. A level also has its {@code key}, {@code symbol},
   * {@code meaning}, {@code rank} on its {@code scale}, colour {@code tier} and palette {@code step} (0, the best,
   * to 12, the worst: the theme's class {@code step-N}); the other types have them empty (rank and step 0), but
   * for an unknown's meaning.
   */
  public record Value(String type, String key, String label, String symbol, String meaning, int rank, String scale,
      String tier, int step) {}

  /**
   * One subject's cell on one criterion. {@code missing} when it has no verdict (its other fields then
   * empty); {@code leads} when the whole row says so; {@code disputed} is the author's note on a dispute,
   * {@code isDisputed} whether there is one (from the claims or the note), {@code sides} the answers the
   * claims give when they disagree (each with its passages; empty otherwise); {@code passages} how many
   * passages back it, linked by {@code evidenceUrl}; {@code version} the subject's version compared where
   * it matters (a disputed or stale cell, whose sources may speak of another version; else empty);
   * {@code notes} the print view's endnote numbers of its passages (empty on the web); {@code marks} the
   * criterion's notes it shows, by number; {@code since} the release from which the answer holds, as a
   * sentence ("since 3.25 (September 2018)"; empty when not said); {@code changedSince} the recorded editions
   * since which the cell's answer changed, space-separated, in date order (what the comparison page's
   * "changed since" control reads; empty when none); {@code bar} a number cell's bar on its row's scale (null for
   * any other cell).
   */
  public record Cell(SubjectRef subject, boolean missing, Value value, String summary, List<SourceRef> sources,
      String disputed, boolean isDisputed, List<Side> sides, boolean leads, int passages, String evidenceUrl,
      String lastChecked, boolean stale, String version, List<Integer> notes, List<NoteMark> marks, String since,
      String changedSince, Bar bar) {

    /** The same cell with the print view's endnote numbers: {@code numbers} of its passages, {@code sideNotes} per side. */
    public Cell withNotes(List<Integer> numbers, List<List<Integer>> sideNotes) {
      List<Side> numbered = new java.util.ArrayList<>();
      for (int i = 0; i < sides.size(); i++) numbered.add(sides.get(i).withNotes(sideNotes.get(i)));
      return new Cell(subject, missing, value, summary, sources, disputed, isDisputed, List.copyOf(numbered), leads, passages,
          evidenceUrl, lastChecked, stale, version, List.copyOf(numbers), marks, since, changedSince, bar);
    }

    /** The same cell, changed since the editions {@code editions} (space-separated). */
    public Cell changedSince(String editions) {
      return new Cell(subject, missing, value, summary, sources, disputed, isDisputed, sides, leads, passages, evidenceUrl,
          lastChecked, stale, version, notes, marks, since, editions, bar);
    }

    /** The same cell with its note marks linking {@code url} of each (the print view's own anchors). */
    public Cell withMarks(java.util.function.UnaryOperator<NoteMark> relink) {
      return new Cell(subject, missing, value, summary, sources, disputed, isDisputed, sides, leads, passages, evidenceUrl,
          lastChecked, stale, version, notes, marks.stream().map(relink).toList(), since, changedSince, bar);
    }
  }

  /**
   * A number cell's bar, drawn as inline SVG 100 units wide: its {@code length} in those units (the matrix's
   * fraction of the row's scale, one decimal, as text), and the row's {@code better} direction ({@code higher} or
   * {@code lower}), which end of the track is marked. The number itself stays written beside it.
   */
  public record Bar(String length, String better) {}

  /** A cell's mark of a note it shares: the note's {@code number} on its criterion, and the {@code url} of its text. */
  public record NoteMark(int number, String key, String url) {}

  /**
   * A note of a criterion as the pages list it: its number, key, element {@code id} ({@code note-<key>} on the
   * criterion's page; empty where it is only repeated) and its paragraph.
   */
  public record NoteText(int number, String key, String id, io.pebbletemplates.pebble.extension.escaper.SafeString html) {}

  /**
   * One passage behind a cell: its excerpt, where it is ({@code page}, {@code section}, {@code url}), the
   * answer it gives when {@code graded}, its sources and when it was checked (human and ISO).
   */
  public record Passage(String id, String excerpt, String page, String section, String url, Value value, boolean graded,
      List<SourceRef> sources, String checked, String checkedIso, boolean stale) {}

  /**
   * One side of a dispute: the answer, and the passages that give it, with their endnote numbers in print
   * ({@code notes}, empty on the web); shaped like a cell for {@code value.peb}.
   */
  public record Side(boolean missing, Value value, boolean leads, List<Passage> passages, List<Integer> notes) {

    /** The same side with the print view's endnote numbers of its passages. */
    public Side withNotes(List<Integer> numbers) {
      return new Side(missing, value, leads, passages, List.copyOf(numbers));
    }
  }

  /**
   * The evidence section of one subject on a criterion page ({@code #evidence-<subject>}): its passages,
   * the sides of a dispute found in them, and the author's note on the dispute ({@code written}, may be empty).
   */
  public record Evidence(SubjectRef subject, String anchor, List<Passage> passages, List<Side> sides, boolean disputed,
      String written, String lastChecked, boolean stale) {
    /** Whether nothing backs or questions the cell: no passage, no dispute, no stale review (the page names it only). */
    public boolean unbacked() {
      return passages.isEmpty() && !disputed && !stale;
    }
  }
}
