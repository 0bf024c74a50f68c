package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published compare.csv is itself a valid data/cells.csv: a Markdown guide is built, its verdicts are
 * removed from the Markdown and its compare.csv becomes data/cells.csv, and the second guide publishes the
 * same compare.json (cells, levels, values, texts, summaries, sources, disputes) and the same pages. The
 * guide has every criterion type, a missing cell, disputes, and summaries that compare.csv must quote
 * (commas, quotes, a line break) or guard against spreadsheets (a leading {@code -} or {@code =}), and texts
 * that begin with the guard's own quote before such a character ({@code '-' on the board}), which the reader
 * must not take for the guard, a value written with a power of ten ({@code -9e1}), and a summary with spaces
 * around it (compare.csv quotes it, so the reader keeps them).
 */
class CsvRoundTripTest {
  private static final String GUIDE = """
      -- site.yaml --
      title: "Rail vs Bus"
      description: "A round trip through compare.csv."
      base_url: "https://example.org/trips/"
      language: en
      subjects: [rail, bus]
      groups:
        - {key: main, title: "Main"}
      scales:
        support:
          - {key: built-in, label: "Built in", symbol: "●", meaning: "Comes with the trip"}
          - {key: none, label: "Not included", symbol: "○", meaning: "Bring your own"}
      -- sources.yaml --
      - {id: timetable, title: "The Timetable"}
      - {id: survey, title: "Rider Survey"}
      -- subjects/rail.md --
      ---
      title: "Rail"
      ---
      Trains. The bus has wifi. {claim="wifi/bus" level="built-in" source="survey"}
      -- subjects/bus.md --
      ---
      title: "Bus"
      ---
      Coaches.
      -- criteria/wifi.md --
      ---
      title: "Wifi"
      group: main
      order: 1
      question: "Online on the way?"
      verdicts:
        rail: {level: built-in, summary: "Free, in \\"every\\" car.", sources: [timetable, survey]}
        bus: {level: none, summary: "-10% of seats near a socket.", sources: [survey], disputed: "=Riders disagree"}
      ---
      Wifi.
      -- criteria/speed.md --
      ---
      title: "Speed"
      group: main
      order: 2
      question: "How fast?"
      type: number
      unit: "km/h"
      better: higher
      verdicts:
        rail: {value: 160.50, summary: "Average\\non the line.", sources: [timetable]}
        bus: {value: -9e1, summary: "@ rush hour, slower.", sources: [timetable]}
      ---
      Speed.
      -- criteria/operator.md --
      ---
      title: "Operator"
      group: main
      order: 3
      question: "Who runs it?"
      type: text
      verdicts:
        rail: {text: "+ the state", sources: [timetable]}
      ---
      Operator.
      -- criteria/price.md --
      ---
      title: "Price"
      group: main
      order: 4
      question: "What does a ticket cost?"
      type: text
      verdicts:
        rail: {unknown: "The operator publishes no fares, \\"yet\\".", summary: " Not known. ", sources: [timetable]}
        bus: {text: "'-' on the board means free", summary: "''=flat, a fare.", sources: [timetable]}
      ---
      Price.
      -- criteria/comfort.md --
      ---
      title: "Comfort"
      group: main
      order: 5
      question: "How comfortable is the seat?"
      verdicts: {}
      ---
      Not researched yet.
      """;

  @Test
  void compareCsvReadAsCellsGivesTheSameCompareJson(@TempDir Path tmp) throws IOException {
    Path markdown = tmp.resolve("markdown");
    TestSites.write(markdown, GUIDE);
    BuildResult first = TestSites.build(markdown, tmp.resolve("out-markdown"));
    // the operator's missing bus verdict, comfort's two (no subject answered yet), and the claim that disputes the
    // bus's wifi, are warned about
    assertEquals(List.of("criteria/comfort.md:6:11: warning: no verdict for subject `bus`: add `bus: {level: ..., summary: ...}` under verdicts",
        "criteria/comfort.md:6:11: warning: no verdict for subject `rail`: add `rail: {level: ..., summary: ...}` under verdicts",
        "criteria/operator.md:8:3: warning: no verdict for subject `bus`: add `bus: {text: ..., summary: ...}` under verdicts",
        "criteria/wifi.md:8:3: warning: verdict says none; the claims say built-in (subjects/rail.md:4): correct the verdict, or the claims"
        + " if the verdict is right"),
        first.diagnostics().stream().map(Diagnostic::format).toList());

    Path csv = tmp.resolve("csv");
    TestSites.write(csv, GUIDE.replaceAll("(?m)^verdicts:( \\{})?\\n(  .*\\n)*", ""));
    Files.createDirectories(csv.resolve("data"));
    Files.copy(tmp.resolve("out-markdown/compare.csv"), csv.resolve("data/cells.csv"));
    BuildResult second = TestSites.build(csv, tmp.resolve("out-csv"));
    // compare.csv writes a row for each missing cell: the warning is at that row, and says to fill it
    String fill = " (or `unknown` with the reason the answer is not known)";
    assertEquals(List.of("data/cells.csv:3:22: warning: verdict says none; the claims say built-in (subjects/rail.md:4): correct"
        + " the verdict, or the claims if the verdict is right", "data/cells.csv:8:1: warning: no verdict for subject `bus`: this row"
        + " of data/cells.csv is empty; fill its `text` and `summary`" + fill,
        "data/cells.csv:11:1: warning: no verdict for subject `rail`: this row of data/cells.csv is empty; fill its `level` and"
        + " `summary`" + fill, "data/cells.csv:12:1: warning: no verdict for subject `bus`: this row of data/cells.csv is empty;"
        + " fill its `level` and `summary`" + fill), second.diagnostics().stream().map(Diagnostic::format).toList());

    assertEquals(TestSites.read(tmp.resolve("out-markdown/compare.json")), TestSites.read(tmp.resolve("out-csv/compare.json")));
    assertEquals(TestSites.read(tmp.resolve("out-markdown/compare.csv")), TestSites.read(tmp.resolve("out-csv/compare.csv")));
    for (Path page : pages(tmp.resolve("out-markdown"))) {
      assertEquals(TestSites.read(tmp.resolve("out-markdown").resolve(page)), TestSites.read(tmp.resolve("out-csv").resolve(page)),
          page.toString());
    }
  }

  private static List<Path> pages(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".html")).map(root::relativize).sorted().toList();
    }
  }
}
