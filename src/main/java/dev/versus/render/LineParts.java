package dev.versus.render;

import dev.versus.matrix.Slice;
import dev.versus.render.page.Refs.Part;
import dev.versus.web.PageKind;
import java.util.List;
import java.util.function.Function;

/**
 * The routes and the lists of parts of the pages that list one line per criterion, when the guide has more
 * criteria than one page lists ({@link TableLayout#lines()}): a subject's verdicts
 * ({@code subjects/<slug>/group/<group>/}), the criteria index ({@code criteria/group/<group>/}) and what cites
 * each source ({@code sources/group/<group>/}), each later page of a group at {@code .../<n>/} as the
 * comparison table's parts are.
 */
final class LineParts {
  private LineParts() {}

  /** The route of {@code s}'s part of {@code subject}'s verdicts. */
  static String subject(String subject, Slice s) {
    return s.page() == 1 ? PageKind.SUBJECT_GROUP.route(subject, s.group().key())
        : PageKind.SUBJECT_GROUP_PAGE.route(subject, s.group().key(), String.valueOf(s.page()));
  }

  /** The route of {@code s}'s part of the criteria index. */
  static String criteria(Slice s) {
    return s.page() == 1 ? PageKind.CRITERIA_GROUP.route(s.group().key())
        : PageKind.CRITERIA_GROUP_PAGE.route(s.group().key(), String.valueOf(s.page()));
  }

  /** The route of {@code s}'s part of what cites each source. */
  static String sources(Slice s) {
    return s.page() == 1 ? PageKind.SOURCES_GROUP.route(s.group().key())
        : PageKind.SOURCES_GROUP_PAGE.route(s.group().key(), String.valueOf(s.page()));
  }

  /**
   * {@code slices} as the list of parts ({@code partials/parts.peb}): each with its group's title, page, row count
   * and address ({@code route} of it), the one at {@code current} marked.
   */
  static List<Part> of(List<Slice> slices, Function<Slice, String> route, String current, Urls urls) {
    return slices.stream().map(s -> {
      String r = route.apply(s);
      return new Part(s.group().title(), s.page(), s.pages(), s.matrix().groups().get(0).rows().size(), urls.href(r),
          r.equals(current));
    }).toList();
  }
}
