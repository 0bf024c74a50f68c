package dev.versus.data;

import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import dev.versus.web.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An edition file ({@code editions/<name>.json}, written by {@code versus edition}): the guide's matrix on
 * {@code date} in compare.json's shape, cut down to what the changes are made of: the subjects (slug, title),
 * the scales (so a level keeps the label it had), and each criterion (slug, title, type, scale, unit, better)
 * with every subject's cell (subject, answered, level, value, text, unknown), in table order.
 */
public final class EditionJson {
  private EditionJson() {}

  /** The edition of {@code site} recorded on {@code date}. */
  public static String json(Site site, LocalDate date) {
    Map<String, Object> root = OpenData.map("date", date.toString(),
        "subjects", site.subjects().stream().map(s -> OpenData.map("slug", s.slug(), "title", s.title())).toList(),
        "scales", site.config().scales().stream().map(OpenData::scale).toList());
    List<Object> criteria = new ArrayList<>();
    for (Criterion c : site.criteria()) {
      Measure m = c.measure();
      Map<String, Object> row = OpenData.map("slug", c.slug(), "title", c.title(), "type", m.type(),
          "scale", m instanceof Measure.OnScale o ? o.scale().name() : null,
          "unit", m instanceof Measure.Numeric n ? n.unit() : null,
          "better", m instanceof Measure.Numeric n ? n.better().key() : null);
      List<Object> cells = new ArrayList<>();
      for (Subject s : site.subjects()) {
        Optional<Verdict> v = c.verdict(s.slug());
        Map<String, Object> cell = OpenData.map("subject", s.slug(), "answered", v.filter(x -> x.answer().known()).isPresent());
        cell.putAll(OpenData.answer(v.map(Verdict::answer).orElse(null)));
        cells.add(cell);
      }
      row.put("cells", cells);
      criteria.add(row);
    }
    root.put("criteria", criteria);
    return Json.pretty(root) + "\n";
  }
}
