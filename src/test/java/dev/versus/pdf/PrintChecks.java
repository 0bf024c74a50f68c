package dev.versus.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a guide's PDF against the print view it was made from: the table of contents' page
 * numbers, the outline, and the comparison table's pages. Each check returns what is wrong, so a
 * failure lists every problem at once.
 */
final class PrintChecks {
  private PrintChecks() {}

  /** An entry of the print view's table of contents. */
  record Toc(String title, String href, List<Toc> children) {}

  static List<Toc> toc(Document print) {
    return toc(print.selectFirst("ol.toc"));
  }

  private static List<Toc> toc(Element list) {
    List<Toc> out = new ArrayList<>();
    for (Element li : list.children()) {
      Element a = li.selectFirst("> a");
      Element sub = li.selectFirst("> ol");
      out.add(new Toc(a.text(), a.attr("href"), sub == null ? List.of() : toc(sub)));
    }
    return out;
  }

  static List<Toc> flat(List<Toc> toc) {
    List<Toc> out = new ArrayList<>();
    for (Toc t : toc) {
      out.add(t);
      out.addAll(flat(t.children()));
    }
    return out;
  }

  /**
   * The page number the printed table of contents gives each entry, in order; the contents start
   * on page 2, after the cover. Entries are looked up one after the other, so a title found in the
   * contents is never confused with the same words further on.
   */
  static Map<String, Integer> printedNumbers(PdfFile pdf, List<Toc> entries, int[] lastTocPage) {
    Map<String, Integer> out = new LinkedHashMap<>();
    int page = 2;
    int from = 0;
    for (Toc t : entries) {
      while (page <= pdf.pages()) {
        // leaders print as runs of dots; drop them so the number follows the title
        String text = pdf.text(page).replaceAll("(\\s*\\.){3,}", " ");
        int at = text.indexOf(t.title(), from);
        Matcher m = at < 0 ? null : Pattern.compile("\\G\\s*(\\d+)").matcher(text);
        if (m != null && m.find(at + t.title().length())) {
          out.put(t.href(), Integer.parseInt(m.group(1)));
          from = m.end();
          break;
        }
        page++;
        from = 0;
      }
      lastTocPage[0] = page;
    }
    return out;
  }

  /**
   * Problems with the contents: every entry needs a printed number, and the number must be the
   * page where the entry's heading is printed (searched in order, after the contents).
   */
  static List<String> tocMatchesHeadings(PdfFile pdf, List<Toc> toc) {
    List<Toc> entries = flat(toc);
    int[] last = {0};
    Map<String, Integer> numbers = printedNumbers(pdf, entries, last);
    List<String> problems = new ArrayList<>();
    int page = last[0] + 1;
    for (Toc t : entries) {
      Integer printed = numbers.get(t.href());
      if (printed == null) {
        problems.add(t.title() + ": no page number in the contents");
        continue;
      }
      int found = page;
      while (found <= pdf.pages() && !pdf.hasHeading(found, t.title())) found++;
      if (found > pdf.pages()) {
        problems.add(t.title() + ": heading not found after page " + page);
        continue;
      }
      if (found != printed) problems.add(t.title() + ": contents say p. " + printed + ", heading is on p. " + found);
      page = found;
    }
    return problems;
  }

  /** Problems with the outline: it must list the contents' entries, nested the same way, each opening its page. */
  static List<String> outlineMirrorsToc(PdfFile pdf, List<Toc> toc) {
    List<String> problems = new ArrayList<>();
    compare(pdf.outline(), toc, "", problems);
    return problems;
  }

  private static void compare(List<PdfFile.Entry> outline, List<Toc> toc, String where, List<String> problems) {
    if (outline.size() != toc.size()) {
      problems.add(where + "outline has " + outline.stream().map(PdfFile.Entry::title).toList() + ", contents have "
          + toc.stream().map(Toc::title).toList());
      return;
    }
    for (int i = 0; i < toc.size(); i++) {
      PdfFile.Entry e = outline.get(i);
      if (!e.title().equals(toc.get(i).title())) problems.add(where + "outline entry " + e.title() + " != " + toc.get(i).title());
      if (e.page() < 1) problems.add(where + e.title() + ": outline entry opens no page");
      compare(e.children(), toc.get(i).children(), where + toc.get(i).title() + " > ", problems);
    }
  }

  /**
   * Problems with the comparison table on paper, on pages {@code first..last}: each row (its title
   * and its cells' words, per table part) must be whole on one page, and every page with a row must
   * start with the header row.
   */
  static List<String> tableRowsWhole(PdfFile pdf, Document print, int first, int last) {
    List<String> problems = new ArrayList<>();
    int part = 0;
    for (Element table : print.select("table.matrix")) {
      part++;
      String corner = table.selectFirst("thead th").text();
      for (Element row : table.select("tr.row")) {
        List<String> tokens = tokens(row);
        int on = -1;
        for (int p = first; p <= last && on < 0; p++) {
          String text = pdf.text(p);
          if (tokens.stream().allMatch(text::contains)) on = p;
        }
        String title = row.selectFirst("th").text();
        if (on < 0) {
          problems.add("part " + part + ", row " + title + ": not whole on any page of " + first + "-" + last);
        } else if (!pdf.lines(on).contains(corner) && pdf.lines(on).stream().noneMatch(l -> l.startsWith(corner + " "))) {
          problems.add("part " + part + ", row " + title + ": page " + on + " has no header row");
        }
      }
    }
    return problems;
  }

  /** What identifies a row on paper: its title, and each cell's summary (first and last word when it is long). */
  private static List<String> tokens(Element row) {
    List<String> out = new ArrayList<>();
    out.add(row.selectFirst("th a").text());
    for (Element s : row.select("td .summary")) {
      String[] words = s.text().split(" ");
      if (words.length <= 4) out.add(s.text());
      else {
        out.add(words[0]);
        out.add(words[words.length - 1]);
      }
    }
    return out;
  }
}
