package dev.versus.content;

import dev.versus.BenchGuide;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The load stage per page: Markdown to HTML, the facts read off the HTML, and code highlighting. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContentBench {
  private static final String CODE = """
      from django.http import JsonResponse
      from .models import Article

      def article_list(request):
          # newest first, at most 20
          items = Article.objects.order_by("-published")[:20]
          return JsonResponse({"articles": [a.title for a in items]})
      """;

  private final Markdown markdown = new Markdown();
  private final Highlight highlight = new Highlight();
  private String article;
  private String articleHtml;

  @Setup
  public void setUp() {
    article = BenchGuide.load().article();
    articleHtml = markdown.toHtml(article, 6);
  }

  /** One ~850-word article (headings, a list, a table, a code block, links) to HTML with flexmark. */
  @Benchmark
  public String markdownToHtml() {
    return markdown.toHtml(article, 6);
  }

  /** Headings, ids, links with positions and words of that article's HTML ({@link Body#of}). */
  @Benchmark
  public Body bodyFacts() {
    return Body.of("articles/article-00001.md", articleHtml);
  }

  /** One seven-line Python block highlighted. */
  @Benchmark
  public String highlightPython() {
    return highlight.toHtml(CODE, "python");
  }
}
