package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parsers of the load stage: front matter splitting, YAML with positions, Markdown facts. */
class LoadStageTest {
  private final Diagnostics diags = new Diagnostics();

  @Test
  void splitsFrontMatterAndCountsLinesInTheWholeFile() {
    FrontMatter fm = FrontMatter.split("a.md", "---\ntitle: A\n---\n\nBody line\n", true, diags).orElseThrow();
    assertEquals("title: A\n", fm.yaml());
    assertEquals(2, fm.yamlFirstLine());
    assertEquals(4, fm.bodyFirstLine());
    assertEquals("\nBody line\n", fm.body());
    assertEquals(List.of(), diags.sorted());
  }

  @Test
  void indexMayOmitFrontMatterButOtherFilesMayNot() {
    assertTrue(FrontMatter.split("index.md", "Just text", false, diags).isPresent());
    assertTrue(FrontMatter.split("a.md", "Just text", true, diags).isEmpty());
    assertEquals("a.md:1:1", diags.sorted().get(0).format().substring(0, 8));
  }

  @Test
  void yamlKeepsPositionsAndScalarsStayStrings() {
    String yaml = "title: Django\nfirst_release: 2005\nlevel: yes\nversion: 1.10\nlist:\n  - {a: 1}\n";
    YNode.Map m = (YNode.Map) YamlParser.parse("s.md", yaml, 2, diags).orElseThrow();
    assertEquals("2005", ((YNode.Scalar) m.get("first_release")).value());
    assertEquals("yes", ((YNode.Scalar) m.get("level")).value(), "YAML 1.2: yes is a plain string");
    assertEquals("1.10", ((YNode.Scalar) m.get("version")).value(), "not the float 1.1");
    assertEquals(new Position("s.md", 3, 16), m.get("first_release").pos());
    YNode.Seq list = assertInstanceOf(YNode.Seq.class, m.get("list"));
    assertEquals(new Position("s.md", 7, 5), list.items().get(0).pos());
  }

  @Test
  void duplicateKeysAreErrorsAtTheSecondKey() {
    YamlParser.parse("d.yaml", "title: a\ntitle: b\n", 1, diags);
    assertEquals("d.yaml:2:1: error: duplicate key `title` (first given at line 1); remove one of them",
        diags.sorted().get(0).format());
  }

  @Test
  void bodyRecordsLinksWithPositionsSectionsAndExcerpts() {
    Markdown md = new Markdown();
    String html = md.toHtml("Intro.\n\n## The ORM\n\nSee [the admin](../criteria/admin.md#x) now.\n", 5);
    Body body = Body.of("articles/a.md", html);
    assertEquals(List.of(new Heading(2, "the-orm", "The ORM")), body.headings());
    LinkRef link = body.links().get(0);
    assertEquals("../criteria/admin.md#x", link.href());
    assertEquals(new Position("articles/a.md", 9, 5), link.pos());
    assertEquals("the-orm", link.sectionId());
    assertEquals("See the admin now.", link.excerpt());
    assertTrue(body.html().contains("data-vs-link=\"0\""));
    assertEquals(7, body.words());
  }

  @Test
  void codeIsHighlightedAtBuildTime() {
    String html = new Highlight().toHtml("SELECT 1 FROM t;", "sql");
    assertTrue(html.contains("<span class=\"hljs-keyword\">SELECT</span>"), html);
    assertTrue(new Highlight().toHtml("<b>", "unknown-lang").contains("&lt;b&gt;"));
    for (String lang : List.of("python", "html", "jinja", "shell", "bash", "yaml", "sql")) {
      assertTrue(new Highlight().toHtml("x = 1", lang).contains("language-" + lang), lang);
    }
  }

  @Test
  void anEmptyTableCornerIsADataCellNotAnEmptyHeader() {
    String html = new Markdown().toHtml("| | Django | Flask |\n|---|---|---|\n| ORM | yes | no |\n", 1);
    assertTrue(html.contains("<tr><td></td><th>Django</th><th>Flask</th></tr>"), html);
    assertTrue(html.contains("<td>ORM</td>"), html);
  }
}
