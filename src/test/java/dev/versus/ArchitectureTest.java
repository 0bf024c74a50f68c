package dev.versus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of issue 22, checked on the compiled main classes (ArchUnit's user guide,
 * "Layer Checks" and "Slices"). The arrows point down: the load and model stages know nothing of
 * rendering; the stages that write data, search, PDF and the site take their routes and file names
 * from the route table ({@code dev.versus.web}) and their facts from the model, never from
 * {@code render}; the route table and the diagnostics depend on nothing of Versus; and no two
 * packages depend on each other, however far round.
 */
@AnalyzeClasses(packages = "dev.versus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String VERSUS = "dev.versus..";
  private static final String RENDER = "dev.versus.render..";
  private static final String WEB = "dev.versus.web..";
  /** What the output stages may use of Versus besides themselves: the route table, the model and what it stands on. */
  private static final String[] BELOW_OUTPUT_STAGES = {WEB, "dev.versus.model..", "dev.versus.matrix..",
      "dev.versus.config..", "dev.versus.content..", "dev.versus.diag.."};

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
   * The stage in {@code dev.versus.<name>} reaches Versus only through itself, the route table and the
   * model (with what the model stands on): not render, whose routes, JSON helpers and outputs it used to borrow.
   */
  private static ArchRule outputStage(String name) {
    String own = "dev.versus." + name + "..";
    return classes().that().resideInAPackage(own)
        .should().onlyDependOnClassesThat(not(resideInAPackage(VERSUS)).or(resideInAPackage(own))
            .or(resideInAnyPackage(BELOW_OUTPUT_STAGES)))
        .because("a stage that writes files takes their routes from dev.versus.web and their facts from the model,"
            + " never from render");
  }
}
