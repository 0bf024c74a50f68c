package dev.versus.render.page;

import dev.versus.render.page.Cells.Cell;
import dev.versus.render.page.Cells.Evidence;
import dev.versus.render.page.Refs.CriterionRef;
import dev.versus.render.page.Refs.FaqRef;
import dev.versus.render.page.Refs.SourceRef;
import dev.versus.render.page.Refs.SubjectRef;
import dev.versus.render.page.Tables.Ahead;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/** A content page in full, as its own page (and the feed, the FAQ list) shows it; {@code html} is its rendered body. */
public final class Docs {
  private Docs() {}

  /**
   * A criterion's page: its row header's facts, every subject's cell (a missing one too), the evidence
   * sections of the cells with something to show (passages, a dispute, a stale review), the cells with none
   * ({@code unbacked}: named once in one list, each still its own {@code #evidence-<subject>}, since one sentence
   * per cell saying so grew a 100-subject page by a third), the sources its verdicts cite, its group's title, the articles that link it, its questions and
   * the notes its cells share ({@code #notes}, each {@code #note-<key>}) and its cells' changes per recorded edition,
   * newest first ({@code #history}).
   */
  public record CriterionView(String slug, String title, String question, String group, String url, String compareUrl,
      String type, String measure, String reviewed, String reviewedIso, boolean reviewStale, List<Cell> verdicts,
      List<Evidence> evidence, List<Evidence> unbacked, List<SourceRef> sources, SafeString html, String groupTitle, List<Backlink> backlinks,
      List<FaqRef> faqs, List<Cells.NoteText> notes, List<Changes.EditionView> history) {}

  /**
   * A subject's page: its facts, its verdicts (criteria it has one on), where it is ahead, and where it is mentioned.
   * With more criteria than one page lists (issue 25) its verdicts and where it is ahead are in {@code parts}
   * ({@code subjects/<slug>/group/<group>/}, each a part of the table's groups): the subject's own page then has
   * no verdicts nor ahead rows and lists the parts; a part's view has the title of its group ({@code part}, empty
   * on the subject's own page) and only its rows.
   */
  public record SubjectView(String slug, String title, String tagline, String url, String version, String website,
      String firstRelease, String license, List<String> builtOn, List<String> pros, List<String> cons, List<UsedBy> usedBy,
      SafeString html, List<SubjectVerdict> verdicts, List<Ahead> ahead, List<Backlink> mentions, String part,
      List<Refs.Part> parts) {}

  /** One of a subject's verdicts with its criterion. */
  public record SubjectVerdict(CriterionRef criterion, Cell verdict) {}

  /** Who uses a subject, for what, on which sources. */
  public record UsedBy(String name, String use, List<SourceRef> sources) {}

  /**
   * An article: as lists show it, with its update (ISO and human, empty when none), author, sources, body
   * ({@code htmlText}: the same HTML as text, escaped where the feed embeds it in XML; in the feed with every
   * link and source absolute, resolved against the article's page), table of contents, the criteria it
   * discusses, its word count and the absolute URL of its page (what a feed reader follows).
   */
  public record ArticleView(String slug, String title, String description, String url, String date, String dateHuman,
      int readingMinutes, boolean draft, String updated, String updatedHuman, String author, List<SourceRef> sources,
      SafeString html, String htmlText, List<TocEntry> toc, List<CriterionRef> related, int words, String absoluteUrl) {}

  /** A heading of an article's table of contents (levels 2 and 3). */
  public record TocEntry(int level, String id, String text) {}

  /**
   * A question: its answer, the criteria and subjects it concerns, the answer as plain text, and its place on the
   * list of every question ({@code listUrl}).
   */
  public record FaqView(String slug, String question, String url, SafeString html, List<CriterionRef> criteria,
      List<SubjectRef> subjects, String answerText, String listUrl) {}

  /** The questions the FAQ list shows under one criterion; {@code criterion} is null for the general questions. */
  public record FaqGroupView(CriterionRef criterion, List<FaqView> faqs) {}

  /** A passage of an article that links a page: the article, its section, an excerpt and a link to the spot. */
  public record Backlink(String article, String section, String excerpt, String url) {}
}
