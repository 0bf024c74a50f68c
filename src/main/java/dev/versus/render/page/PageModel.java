package dev.versus.render.page;

import dev.versus.render.page.Changes.EditionView;
import dev.versus.render.page.Docs.ArticleView;
import dev.versus.render.page.Docs.CriterionView;
import dev.versus.render.page.Docs.FaqGroupView;
import dev.versus.render.page.Docs.FaqView;
import dev.versus.render.page.Docs.SubjectView;
import dev.versus.render.page.Printed.Cover;
import dev.versus.render.page.Printed.Endnote;
import dev.versus.render.page.Refs.ArticleRef;
import dev.versus.render.page.Refs.Card;
import dev.versus.render.page.Refs.FaqRef;
import dev.versus.render.page.Refs.Link;
import dev.versus.render.page.Refs.ProfileRef;
import dev.versus.render.page.Refs.SitemapEntry;
import dev.versus.render.page.Refs.Sort;
import dev.versus.render.page.Refs.SourceEntry;
import dev.versus.render.page.Refs.SubjectRef;
import dev.versus.render.page.Tables.Ahead;
import dev.versus.render.page.Tables.LegendScale;
import dev.versus.render.page.Tables.Score;
import dev.versus.render.page.Tables.Table;
import dev.versus.render.page.Tables.TablePart;
import dev.versus.render.page.Tables.Tally;
import dev.versus.render.page.Tables.Unscored;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of one page kind's template, as a record: each component is a variable of that name
 * ({@code criterion.peb} reads {@code criterion}). Beside them every template has the globals (site, nav,
 * page...). The idea is Zola's serialising structs ({@code components/content/src/ser.rs} in getzola/zola):
 * the fields are the contract between the code and a theme.
 */
public sealed interface PageModel {
  /** The Open Graph type of the page: {@code website} unless the kind says otherwise. */
  default String ogType() {
    return "website";
  }

  /** The components as template variables, in declaration order. */
  default Map<String, Object> variables() {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (RecordComponent c : getClass().getRecordComponents()) {
      try {
        vars.put(c.getName(), c.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("page model " + getClass().getSimpleName() + "." + c.getName(), e);
      }
    }
    return vars;
  }

  /**
   * The home page: the short answer (null without index.md), the compact table, counts, latest articles and
   * questions; when the table is too big for one page, {@code matrix} is null and {@code parts} lists its parts.
   */
  record Home(SafeString shortAnswer, Table matrix, List<LegendScale> legend, List<Tally> tallies, List<ArticleRef> articles,
      List<FaqRef> questions, List<SubjectRef> subjects, List<Refs.Part> parts) implements PageModel {}

  /**
   * The full table, one part of a table split by group, or a pair page ({@code isPair}): the row orders the
   * page's script offers ({@code sorts}, not on a pair page), the pair pages, subject checkboxes ({@code toggles})
   * with the subjects shown before the reader picks ({@code featured}: slugs, empty for all) and, on a pair page,
   * where each of the two is ahead of the other ({@code directions}); the recorded {@code editions} a reader may
   * mark the cells changed since (newest first; empty without editions) and the changes page; the whole matrix's
   * data-quality figures ({@code quality}; null on a pair page, which shows part of it). A split table's
   * {@code parts} are listed on each part and on {@code compare/}, whose {@code matrix} is then null.
   */
  record Compare(Table matrix, List<LegendScale> legend, List<Link> pairs, boolean isPair, List<Sort> sorts,
      boolean toggles, List<String> featured, List<Ahead> directions, List<Link> editions, String changesUrl,
      Tables.Quality quality, List<Refs.Part> parts) implements PageModel {}

  /**
   * A page that moved to {@code to} (its address below the site's path, {@code canonical} the absolute one): a
   * meta refresh and a canonical link, the redirect a static host can publish.
   */
  record Moved(String to, String canonical) implements PageModel {}

  /** A criterion's page. */
  record Criterion(CriterionView criterion) implements PageModel {}

  /** A subject's page. */
  record Subject(SubjectView subject) implements PageModel {}

  /** One part of a subject's verdicts ({@code subjects/<slug>/group/<group>/}): its rows, and the list of the parts. */
  record SubjectPart(SubjectView subject) implements PageModel {}

  /** An article's page. */
  record Article(ArticleView article, String ogType) implements PageModel {}

  /** The FAQ list: its questions grouped by criterion, and the page's schema.org FAQPage as JSON-LD. */
  record FaqIndex(List<FaqGroupView> groups, SafeString jsonLd) implements PageModel {}

  /** A question's page. */
  record Faq(FaqView faq) implements PageModel {}

  /**
   * A list of subjects, criteria or articles ({@code listKind}), as cards; the criteria index of a guide with more
   * criteria than one page lists has no cards and lists its {@code parts} ({@link CriteriaPart}) instead.
   */
  record Listing(List<Card> items, String listKind, List<Refs.Part> parts) implements PageModel {}

  /** One part of the criteria index ({@code criteria/group/<group>/}): its group's criteria as cards, and the parts. */
  record CriteriaPart(List<Card> items, List<Refs.Part> parts) implements PageModel {}

  /**
   * One part of what cites each source ({@code sources/group/<group>/}): the sources its group's criteria cite,
   * each with those criteria, and the parts.
   */
  record SourcesPart(List<SourceEntry> sources, List<Refs.Part> parts) implements PageModel {}

  /**
   * The bibliography, and the matrix's data-quality figures (how many cells its sources back). With more criteria
   * than one page lists, its entries name no citing page and {@code parts} lists what cites them by group
   * ({@link SourcesPart}); else {@code parts} is empty.
   */
  record Sources(List<SourceEntry> sources, Tables.Quality quality, List<Refs.Part> parts) implements PageModel {}

  /**
   * {@code choose/}: the profiles, the weighing form's data (also as JSON, which its script reads), and the
   * criteria each subject has no answer on ({@code unscored}), which take no part in its score.
   */
  record Choose(List<ProfileRef> profiles, Map<String, Object> form, SafeString formJson, List<Unscored> unscored)
      implements PageModel {}

  /** {@code choose/<profile>/}: one profile's ranking, and the other profiles. */
  record ChooseProfile(Score score, List<ProfileRef> profiles) implements PageModel {}

  /** The search page: its script fills it from the search index. */
  record Search() implements PageModel {}

  /** The page served for a missing address. */
  record NotFound() implements PageModel {}

  /** sitemap.xml. */
  record Sitemap(List<SitemapEntry> sitemap) implements PageModel {}

  /**
   * feed.xml: the newest articles (site.yaml's {@code feed: entries}), each in full when {@code full}
   * ({@code feed: content: full}) or by its description alone, and an entry per recorded edition (newest first).
   */
  record Feed(List<ArticleView> articles, boolean full, List<EditionView> editions) implements PageModel {}

  /**
   * {@code changes/}: what changed since the latest edition ({@code unreleased}, after the {@code latest} edition's
   * view), then every edition's changes, newest first, and the address of changes.json.
   */
  record Changes(EditionView unreleased, EditionView latest, List<EditionView> editions, String changesJson)
      implements PageModel {}

  /** robots.txt. */
  record Robots() implements PageModel {}

  /**
   * The print view: the cover, the running header's title (a CSS string), the short answer (null without
   * index.md), the table in parts, the legend, every content page as a section, the passages as endnotes and the
   * bibliography. A print view too big for one page (issue 25) is split: the guide's print view then has no
   * table and no criteria but lists its {@code volumes}, and each volume ({@code volume} its title, empty
   * elsewhere) has one group's share of the table and of the criteria, the legend, its endnotes and the
   * bibliography, and nothing else.
   */
  record Print(Cover cover, SafeString headerTitle, Printed.Text shortAnswer, List<TablePart> tables,
      List<LegendScale> legend, List<Printed.Criterion> criteria, List<Printed.Subject> subjects,
      List<Printed.Article> articles, List<Printed.Faq> faqs, List<Endnote> evidence, List<SourceEntry> sources,
      String volume, List<Printed.Volume> volumes)
      implements PageModel {}
}
