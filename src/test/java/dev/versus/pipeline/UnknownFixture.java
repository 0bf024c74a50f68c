package dev.versus.pipeline;

import dev.versus.InlineGuide;
import dev.versus.TestSites;
import java.nio.file.Path;

/**
 * A guide with an unknown answer, a missing one, a number criterion and dated claims (issue 28, items 1, 4, 6),
 * built once per test class that reads it.
 *
 * <p>Speed (scale): Alpha good, Beta fair, Gamma unknown ("Nobody has timed it."); setup: Alpha fair, Beta and
 * Gamma excellent; size (MB, lower is better): Alpha 10, Beta 40, Gamma no verdict. So 9 cells: 7 answered,
 * 1 unknown, 1 unanswered. Speed's claims: Alpha's checked 2026-10-01 (fresh), Beta's 2020-01-01 (stale after 12
 * months): 2 cells backed, 1 stale. The edition of 2026-01 had Gamma's speed good, so it became unknown since.
 * With every criterion weighing 1: Alpha (0.5 + 0 + 1) / 3 = 50, Beta (0 + 1 + 0) / 3 = 33, Gamma on setup alone 100.
 */
public final class UnknownFixture {
  public static final String REASON = "Nobody has timed it.";

  private UnknownFixture() {}

  /** Writes the guide under {@code dir}/tools, builds it to {@code dir}/site and returns the build's result. */
  public static BuildResult build(Path dir) {
    Path source = dir.resolve("tools");
    write(source, false);
    return TestSites.build(source, dir.resolve("site"));
  }

  /**
   * Writes the guide's source to {@code source}; {@code clean}: a variant without warnings for the browser gates
   * (Beta's claim checked recently, Gamma's size 25 MB, a note with a link on Beta's size), still with Gamma's unknown speed and the number row's bars.
   */
  public static void write(Path source, boolean clean) {
    String guide = threeTools("Three tools, one of them never timed.",
        "{unknown: \"%s\", summary: \"No benchmark includes it.\", sources: [manual]}".formatted(REASON), """
        Alpha ran the suite in a minute. {claim="speed/alpha" level="good" source="manual" checked="2026-10-01"}

        Beta took an hour. {claim="speed/beta" level="fair" source="manual" checked="2020-01-01"}""")
        .yaml("stale_after: 12")
        .criterion("size: Size: How much disk does it take?", "use", 3, """
            type: number
            unit: MB
            better: lower
            verdicts:
              alpha: {value: 10, summary: "Small.", sources: [manual]}
              beta: {value: 40, summary: "Large.", sources: [manual]}
            """, "Installed sizes.").files("""
        -- editions/2026-01.json --
        {"date": "2026-01-15",
          "subjects": [{"slug": "alpha", "title": "Alpha"}, {"slug": "beta", "title": "Beta"}, {"slug": "gamma", "title": "Gamma"}],
          "scales": [{"name": "default", "levels": [
            {"key": "excellent", "label": "Excellent", "symbol": "●", "meaning": "", "rank": 0},
            {"key": "good", "label": "Good", "symbol": "◐", "meaning": "", "rank": 1},
            {"key": "fair", "label": "Fair", "symbol": "○", "meaning": "", "rank": 2}]}],
          "criteria": [
            {"slug": "speed", "title": "Speed", "type": "scale", "scale": "default", "unit": null, "better": null, "cells": [
              {"subject": "alpha", "answered": true, "level": "good", "value": null, "text": null},
              {"subject": "beta", "answered": true, "level": "fair", "value": null, "text": null},
              {"subject": "gamma", "answered": true, "level": "good", "value": null, "text": null}]}]}
        """).text();
    if (clean) {
      guide = guide.replace("checked=\"2020-01-01\"", "checked=\"2026-10-02\"")
          .replace("beta: {value: 40, summary: \"Large.\", sources: [manual]}",
              "beta: {value: 40, summary: \"Large.\", sources: [manual], notes: [disk]}\n  gamma: {value: 25, summary: \"Medium.\", sources: [manual]}")
          // a shared note with a link, which the print view shows in its notes under the table and the criterion
          .replace("better: lower\n", "better: lower\nnotes:\n  disk: \"As [the manuals](https://example.org/manuals) count it.\"\n");
    }
    TestSites.write(source, guide);
  }

  /**
   * The guide this fixture and {@link NoAnswerSiteTest} start from: Alpha, Beta and Gamma in one group "use" on a
   * three-level legend (excellent, good, fair), the profile "all" weighing the group 1, one source "manual"; speed
   * (Alpha good, Beta fair, Gamma {@code gammaOnSpeed}: a verdict's flow map, or null for no verdict) with the text
   * {@code speedText}, and setup (Alpha fair, Beta and Gamma excellent).
   */
  static InlineGuide threeTools(String description, String gammaOnSpeed, String speedText) {
    return InlineGuide.titled("Alpha vs Beta vs Gamma", description, "https://example.org/tools/").language("en")
        .subjects("alpha: Alpha: A tool.", "beta: Beta: A tool.", "gamma: Gamma: A tool nobody timed.")
        .groups("use: Use")
        .excellentGoodFair()
        .profile("all: Everything counts: Every criterion weighs the same.", "groups: {use: 1}")
        .sources("manual: The Manuals: https://example.org/manuals")
        .criterion("speed: Speed: How fast is it?", "use", 1, """
            verdicts:
              alpha: {level: good, summary: "Fast enough.", sources: [manual]}
              beta: {level: fair, summary: "Slow.", sources: [manual]}
            """ + (gammaOnSpeed == null ? "" : "  gamma: " + gammaOnSpeed + "\n"), speedText)
        .criterion("setup: Setup: How easy is it to set up?", "use", 2, """
            verdicts:
              alpha: {level: fair, summary: "Fiddly.", sources: [manual]}
              beta: {level: excellent, summary: "One command.", sources: [manual]}
              gamma: {level: excellent, summary: "One command.", sources: [manual]}
            """, "Installers.");
  }
}
