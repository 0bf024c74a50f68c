package dev.versus.render.page;

import java.util.List;

/** How one page names another: the short forms lists, links and cells show, each with its URL. */
public final class Refs {
  private Refs() {}

  /** A subject as a column, a link or a card names it; {@code version} is the version compared. */
  public record SubjectRef(String slug, String title, String tagline, String url, String version) {}

  /**
   * A criterion as a row header or a link names it: {@code compareUrl} is its row of the comparison table,
   * {@code type} its measure's type, {@code measure} how its answers read ("in ms, lower is better"), the
   * review date as the reader sees it and as ISO, and whether the review is due again.
   */
  public record CriterionRef(String slug, String title, String question, String group, String url, String compareUrl,
      String type, String measure, String reviewed, String reviewedIso, boolean reviewStale) {}

  /** An article as lists show it: its ISO and human dates and reading time in minutes. */
  public record ArticleRef(String slug, String title, String description, String url, String date, String dateHuman,
      int readingMinutes, boolean draft) {}

  /** A question as a link names it. */
  public record FaqRef(String slug, String question, String url) {}

  /**
   * A cited source: its bibliography {@code number}, its own {@code url} (may be empty), {@code href} its
   * entry on the sources page, and its date as the reader sees it (empty when it has none).
   */
  public record SourceRef(String id, int number, String title, String publisher, String url, String href, String date) {}

  /**
   * A bibliography entry: the source, the pages that cite it, and the stop its title needs after it in
   * print ("Which to choose?" takes none, other titles a full stop).
   */
  public record SourceEntry(String id, int number, String title, String publisher, String url, String href, String date,
      List<CitedBy> citedBy, String stop) {}

  /** A page that cites a source; {@code kind} is its content kind in lower case ({@code criterion}). */
  public record CitedBy(String title, String kind, String url) {}

  /** A titled link: a breadcrumb, a pair page. */
  public record Link(String title, String url) {}

  /**
   * One order of the comparison table's rows, which the page's script applies in the browser: {@code key} the
   * subject put first (empty: by topic, the order without scripting), {@code title} the option's text and
   * {@code headings} the titles of the row groups of that order, one per standing (leads, level, trails,
   * unranked; empty by topic).
   */
  public record Sort(String key, String title, List<String> headings) {}

  /**
   * One page of a comparison table split by group (issue 25): its group's title, the page within the group
   * and how many ({@code page} of {@code pages}), its rows, its address, and whether it is the page shown.
   */
  public record Part(String title, int page, int pages, int rows, String url, boolean current) {}

  /**
   * An item of a list page ({@code list.peb}): every kind has every field, null where it has no such fact
   * (a subject has no question, a criterion no reading time), so a theme reads them all without testing the kind.
   */
  public record Card(String slug, String title, String question, String tagline, String description, String url,
      Integer readingMinutes, String dateHuman) {}

  /** A profile of the /choose/ pages: its page, and the form opened with its weights. */
  public record ProfileRef(String key, String title, String description, String url, String formUrl) {}

  /** A page of sitemap.xml: its absolute URL and the ISO date it last changed. */
  public record SitemapEntry(String loc, String lastmod) {}
}
