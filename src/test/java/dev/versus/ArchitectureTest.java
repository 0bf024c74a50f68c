package dev.versus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package rules of issue 22, checked on the compiled main classes (ArchUnit's user guide,
 * "Layer Checks" and "Slices"). The arrows point down: the load and model stages know nothing of
 * rendering; the stages that write data, search, PDF and the site take their routes and file names
 * from the route table ({@code dev.versus.web}) and their facts from the model, never from
 * {@code render}; the route table and the diagnostics depend on nothing of Versus; and no two
 * packages depend on each other, however far round. The same package rules are also checked on the
 * source text ({@link #constantsAreDependenciesToo}), because the compiler copies a constant into the
 * class that uses it and leaves no trace of it in the bytecode ArchUnit reads.
 */
@AnalyzeClasses(packages = "dev.versus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String VERSUS = "dev.versus..";
  private static final String RENDER = "dev.versus.render..";
  private static final String WEB = "dev.versus.web..";
  /** What the output stages may use of Versus besides themselves: the route table, the model and what it stands on. */
  private static final Set<String> BELOW_OUTPUT_STAGES = Set.of("web", "model", "matrix", "config", "content", "diag");

  /** The Versus packages each package may name in its source, besides itself; absent: any but render. */
  private static final Map<String, Set<String>> MAY_NAME = Map.of(
      "data", BELOW_OUTPUT_STAGES, "search", BELOW_OUTPUT_STAGES, "pdf", BELOW_OUTPUT_STAGES, "site", BELOW_OUTPUT_STAGES,
      "web", Set.of(),
      "diag", Set.of());
  /** The packages that may name any Versus package, render among them; the rest may not name render. */
  private static final Set<String> ABOVE_RENDER = Set.of("render", "pipeline", "server", "cli");
  private static final Pattern VERSUS_NAME = Pattern.compile("\\bdev\\.versus\\.([a-z]+)\\b");

  @ArchTest
  static final ArchRule loadAndModelStagesNeverUseRender = noClasses()
      .that().resideInAnyPackage("dev.versus.content..", "dev.versus.config..", "dev.versus.model..", "dev.versus.matrix..")
      .should().dependOnClassesThat().resideInAPackage(RENDER)
      .because("the model is computed before and without any page; render is one of its readers");

  @ArchTest
  static final ArchRule openDataUsesRoutesAndModelOnly = outputStage("data");

  @ArchTest
  static final ArchRule searchUsesRoutesAndModelOnly = outputStage("search");

  @ArchTest
  static final ArchRule pdfUsesRoutesAndModelOnly = outputStage("pdf");

  @ArchTest
  static final ArchRule siteWriterUsesRoutesAndModelOnly = outputStage("site");

  @ArchTest
  static final ArchRule routeTableDependsOnNothingOfVersus = classes()
      .that().resideInAPackage(WEB)
      .should().onlyDependOnClassesThat(not(resideInAPackage(VERSUS)).or(resideInAPackage(WEB)))
      .because("every stage, the server and the templates ask the route table, so it must stand at the bottom");

  @ArchTest
  static final ArchRule diagnosticsDependOnNothingOfVersus = classes()
      .that().resideInAPackage("dev.versus.diag..")
      .should().onlyDependOnClassesThat(not(resideInAPackage(VERSUS)).or(resideInAPackage("dev.versus.diag..")))
      .because("every stage reports through diag");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices().matching("dev.versus.(*)..").should().beFreeOfCycles();

  /**
   * The rules above, read from the source: a file names another package of Versus ({@code import
   * dev.versus.render.Renderer;} or a qualified {@code dev.versus.render.Renderer.COMPARE_JSON}) only
   * as its package may. A constant such as {@code Renderer.COMPARE_JSON} is inlined by javac, so the
   * bytecode rules cannot see it.
   */
  @ArchTest
  static void constantsAreDependenciesToo(JavaClasses ignored) throws IOException {
    Path main = Path.of("src/main/java/dev/versus");
    List<String> wrong = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(main)) {
      files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    if (files.isEmpty()) throw new AssertionError("no sources under " + main.toAbsolutePath());
    for (Path f : files) {
      String own = main.relativize(f).getName(0).toString();
      String text = code(Files.readString(f, StandardCharsets.UTF_8)).replaceFirst("^\\s*package [^;]*;", "");
      Matcher m = VERSUS_NAME.matcher(text);
      while (m.find()) {
        String named = m.group(1);
        boolean allowed = named.equals(own) || (MAY_NAME.containsKey(own) ? MAY_NAME.get(own).contains(named)
            : ABOVE_RENDER.contains(own) || !named.equals("render"));
        if (!allowed) wrong.add(main.relativize(f) + " names dev.versus." + named);
      }
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError("package rules broken in the source:\n  " + String.join("\n  ", wrong.stream().distinct().toList()));
    }
  }

  /** {@code java} without its comments and literals, which may name a package without using it. */
  private static String code(String java) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < java.length()) {
      if (java.startsWith("//", i)) {
        i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
      } else if (java.startsWith("/*", i)) {
        i = java.indexOf("*/", i + 2) < 0 ? java.length() : java.indexOf("*/", i + 2) + 2;
      } else if (java.startsWith("\"\"\"", i)) {
        i = java.indexOf("\"\"\"", i + 3) < 0 ? java.length() : java.indexOf("\"\"\"", i + 3) + 3;
      } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
        char quote = java.charAt(i++);
        while (i < java.length() && java.charAt(i) != quote) i += java.charAt(i) == '\\' ? 2 : 1;
        i++;
      } else {
        out.append(java.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * The stage in {@code dev.versus.<name>} reaches Versus only through itself, the route table and the
   * model (with what the model stands on): not render, whose routes, JSON helpers and outputs it used to borrow.
   */
  private static ArchRule outputStage(String name) {
    String own = "dev.versus." + name + "..";
    return classes().that().resideInAPackage(own)
        .should().onlyDependOnClassesThat(not(resideInAPackage(VERSUS)).or(resideInAPackage(own))
            .or(resideInAnyPackage(BELOW_OUTPUT_STAGES.stream().map(p -> "dev.versus." + p + "..").toArray(String[]::new))))
        .because("a stage that writes files takes their routes from dev.versus.web and their facts from the model,"
            + " never from render");
  }
}
