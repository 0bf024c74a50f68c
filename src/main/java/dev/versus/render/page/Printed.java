package dev.versus.render.page;

import dev.versus.render.page.Cells.Cell;
import dev.versus.render.page.Cells.Value;
import dev.versus.render.page.Docs.UsedBy;
import dev.versus.render.page.Refs.SourceRef;
import dev.versus.render.page.Refs.SubjectRef;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The parts of the print view ({@code print.peb}): each content page as a section of one document, with
 * its {@code anchor} in the document, its body rendered for paper and the {@code notes} that body added
 * (its links off the site, numbered in document order).
 */
public final class Printed {
  private Printed() {}

  /** A link off the site, written out as note {@code number} ({@code id} is its anchor). */
  public record Note(int number, String url, String id) {}

  /** The short answer (the home page's body). */
  public record Text(SafeString html, List<Note> notes) {}

  /**
   * A volume of a split print view, as its index lists it: its title, how many criteria it holds, its page
   * and the PDF made from it ({@code versus pdf --pdf-parts}; the template links it only when made).
   */
  public record Volume(String title, int rows, String url, String pdf) {}

  /** The cover: the subjects, when the guide last changed (empty if never), its authors and its address. */
  public record Cover(List<SubjectRef> subjects, String updated, String authors, String url) {}

  /**
   * A criterion's section: each verdict with the endnote numbers of its passages ({@link Cell#notes()}), and the
   * notes its cells share ({@code cellNotes}, each with the id {@code <anchor>-note-<key>} the cells' marks link).
   */
  public record Criterion(String anchor, String slug, String title, String question, String groupTitle, String reviewed,
      boolean reviewStale, List<Cell> verdicts, SafeString html, List<Note> notes, List<Cells.NoteText> cellNotes) {}

  /** A subject's section. */
  public record Subject(String anchor, String slug, String title, String tagline, String firstRelease, String version,
      String license, List<String> builtOn, String website, List<String> pros, List<String> cons, List<UsedBy> usedBy,
      SafeString html, List<Note> notes) {}

  /** An article's section. */
  public record Article(String anchor, String slug, String title, String dateHuman, String updated, String updatedHuman,
      String author, int readingMinutes, List<SourceRef> sources, SafeString html, List<Note> notes) {}

  /** A question's section. */
  public record Faq(String anchor, String slug, String question, SafeString html, List<Note> notes) {}

  /**
   * A passage as a numbered endnote (E1, E2, ...): the criterion and subject it backs (titles), then the
   * passage as the criterion page shows it.
   */
  public record Endnote(int number, String criterion, String subject, String id, String excerpt, String page,
      String section, String url, Value value, boolean graded, List<SourceRef> sources, String checked,
      String checkedIso, boolean stale) {}
}
