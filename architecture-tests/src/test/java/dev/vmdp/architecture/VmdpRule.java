package dev.vmdp.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.function.Function;

/**
 * The architecture rules of DESIGN.md ("Modules"), written once for any root package: the real
 * one ({@code dev.vmdp}) in {@link ArchitectureTest}, and the fixture mirrors in
 * {@link ArchitectureRulesCatchViolationsTest}, so a rule that could not fail is noticed.
 *
 * <p>A module is a package under the root: {@code model}, {@code io}, {@code rules},
 * {@code report}, {@code dsl}, {@code console}, {@code examples}. Rules about a module that has no classes yet
 * allow an empty selection; {@link ArchitectureTest} checks separately that every class built
 * from the modules' sources was imported, so that cannot hide a rule that checks nothing.
 */
enum VmdpRule {
  MODEL_DEPENDS_ONLY_ON_ITSELF_THE_JDK_AND_IMMUTABLES_ANNOTATIONS(root ->
      classes().that().resideInAPackage(root + ".model..")
          .should().onlyDependOnClassesThat(resideInAnyPackage(root + ".model..", "java..", "org.immutables..")
              .or(primitivesAndArrays()))
          .because("sdk-model is the base of every module and depends on the JDK only (DESIGN.md, Modules)")),

  IO_USES_NO_VMDP_MODULE_BUT_THE_MODEL(root ->
      onlyTheModelOfVmdp(root, "io")
          .because("sdk-io depends on sdk-model only: it reads and writes files and never judges")),

  RULES_USE_NO_VMDP_MODULE_BUT_THE_MODEL(root ->
      onlyTheModelOfVmdp(root, "rules")
          .because("sdk-rules depends on sdk-model only: rules never touch files")),

  REPORT_USES_NO_VMDP_MODULE_BUT_THE_MODEL_AND_THE_RULES(root ->
      classes().that().resideInAPackage(root + ".report..")
          .should().onlyDependOnClassesThat(resideInAnyPackage(root + ".report..", root + ".model..", root + ".rules..")
              .or(resideOutsideOfPackage(root + "..")))
          .allowEmptyShould(true)
          .because("sdk-report renders the values of sdk-model and sdk-rules: it reads no file and runs no check")),

  ONLY_THE_DSL_THE_CONSOLE_AND_THE_EXAMPLES_USE_THE_REPORT(root ->
      noClasses().that().resideInAnyPackage(root + ".model..", root + ".io..", root + ".rules..")
          .should().dependOnClassesThat().resideInAPackage(root + ".report..")
          .because("rules return values, never formatted text; rendering sits above them "
              + "(DESIGN.md, Every format the same way)")),

  DSL_DOES_NOT_USE_THE_CONSOLE_OR_THE_EXAMPLES(root ->
      noClasses().that().resideInAPackage(root + ".dsl..")
          .should().dependOnClassesThat().resideInAnyPackage(root + ".console..", root + ".examples..")
          .allowEmptyShould(true)
          .because("sdk-dsl is the public face of the SDK; the console and the examples build on it, not the reverse")),

  CONSOLE_AND_EXAMPLES_USE_NO_INTERNAL_PACKAGE_OF_THE_SDK(root ->
      noClasses().that().resideInAnyPackage(root + ".console..", root + ".examples..")
          .should().dependOnClassesThat(resideInAPackage(root + "..internal..")
              .and(not(resideInAnyPackage(root + ".console..", root + ".examples.."))))
          .because("the console and the examples show what any user of the SDK can do: the public API only")),

  NO_MODULE_USES_ANOTHER_MODULES_INTERNAL_PACKAGE(root ->
      classes().that().resideInAPackage(root + "..")
          .should(notUseAnotherModulesInternalPackage(root))
          .because("an internal package is an implementation detail of its module and may change at any time")),

  PACKAGES_ARE_FREE_OF_CYCLES(root ->
      slices().matching(root + ".(**)")
          .should().beFreeOfCycles()
          .because("a package cycle ties packages together so none can be understood, tested or moved alone")),

  ONLY_THE_CONSOLE_AND_THE_EXAMPLES_WRITE_TO_STANDARD_STREAMS(root ->
      noClasses().that().resideInAPackage(root + "..")
          .and().resideOutsideOfPackages(root + ".console..", root + ".examples..")
          .should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .orShould().callMethodWhere(
              target(HasName.Predicates.name("printStackTrace")).and(target(owner(assignableTo(Throwable.class)))))
          .because("a library must not write to the streams of the program that uses it; it returns values and throws")),

  GENERATED_IMMUTABLES_ARE_NOT_REFERENCED_OUTSIDE_THEIR_PACKAGE(root ->
      classes().that().resideInAPackage(root + "..").and().haveNameMatching(".*\\.Immutable[^.]*")
          .should(notBeReferencedOutsideTheirPackage())
          .allowEmptyShould(true)
          .because("generated ImmutableX types are package-private details; the API is the abstract type and its builder")),

  THE_SDK_DOES_NOT_USE_JAVA_UTIL_LOGGING(root ->
      noClasses().that().resideInAnyPackage(root + ".model..", root + ".io..", root + ".rules..", root + ".report..",
              root + ".dsl..")
          .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
          .because("the SDK reports through return values and exceptions and imposes no logging framework")),

  ONLY_THE_HOST_ASSEMBLER_BUILDS_HOSTS_FROM_FILES(root ->
      classes().that().resideOutsideOfPackages(root + ".io.host..", root + ".io.lspci..", root + ".io.esx..",
              root + ".io.passthrumap..")
          .should(notReadHostFilesAndBuildAHost(root))
          .because("one host assembler (HostFiles) turns a host's files into a Host, merging views of one machine by "
              + "one precedence (DESIGN.md, Every format the same way); a class that calls a host reader and "
              + "Host.builder() is a second way"));

  /** The modules, as packages below the root, in dependency order. */
  static final List<String> MODULES = List.of("model", "io", "rules", "report", "dsl", "console", "examples");

  private final Function<String, ArchRule> definition;

  VmdpRule(Function<String, ArchRule> definition) {
    this.definition = definition;
  }

  /** The rule for the modules below {@code root}, for example {@code "dev.vmdp"}. */
  ArchRule forRoot(String root) {
    return definition.apply(root);
  }

  private static ArchRule onlyTheModelOfVmdp(String root, String module) {
    return classes().that().resideInAPackage(root + "." + module + "..")
        .should().onlyDependOnClassesThat(resideInAnyPackage(root + "." + module + "..", root + ".model..")
            .or(resideOutsideOfPackage(root + "..")))
        .allowEmptyShould(true);
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> primitivesAndArrays() {
    return com.tngtech.archunit.base.DescribedPredicate.describe("primitive or array types",
        c -> c.isPrimitive() || c.isArray());
  }

  /** The module a class belongs to (the first package below the root), or null outside the root. */
  static String moduleOf(String root, String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return null;
    }
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  private static ArchCondition<JavaClass> notUseAnotherModulesInternalPackage(String root) {
    return new ArchCondition<>("not use an internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = moduleOf(root, origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          String targetModule = moduleOf(root, target);
          if (targetModule != null && isInternal(target) && !targetModule.equals(own)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * The host readers whose output makes a host: calling one of these (for the passthru.map
   * document, its {@code read} of a file; its {@code parse} of a line is no host file) together
   * with {@code Host.builder()} is building a host from files.
   */
  private static final List<String> HOST_READERS = List.of(".io.lspci.LspciReader", ".io.esx.EsxcliPciList",
      ".io.esx.EsxcliPcipassthruList", ".io.esx.LspciPciInfo", ".io.esx.Esx4Lspci", ".io.esx.ModuleList",
      ".io.esx.EsxConf", ".io.passthrumap.PassthruMapDocument#read");

  private static ArchCondition<JavaClass> notReadHostFilesAndBuildAHost(String root) {
    return new ArchCondition<>("not call a host reader and Host.builder() both") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String reader = null;
        String builder = null;
        for (com.tngtech.archunit.core.domain.JavaMethodCall call : origin.getMethodCallsFromSelf()) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          if (owner.equals(origin.getName())) {
            continue;
          }
          if (owner.equals(root + ".model.host.Host") && name.equals("builder")) {
            builder = call.getDescription();
          }
          for (String r : HOST_READERS) {
            int hash = r.indexOf('#');
            String type = root + (hash < 0 ? r : r.substring(0, hash));
            if (owner.equals(type) && (hash < 0 || name.equals(r.substring(hash + 1)))) {
              reader = call.getDescription();
            }
          }
        }
        if (reader != null && builder != null) {
          events.add(SimpleConditionEvent.violated(origin, origin.getName() + " builds a host from files itself: "
              + reader + "; " + builder));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notBeReferencedOutsideTheirPackage() {
    return new ArchCondition<>("not be referenced outside their own package") {
      @Override
      public void check(JavaClass generated, ConditionEvents events) {
        for (Dependency dependency : generated.getDirectDependenciesToSelf()) {
          JavaClass origin = dependency.getOriginClass();
          boolean outside = !origin.getPackageName().equals(generated.getPackageName());
          // A method reference such as builder::id compiles to a handle on the generated builder,
          // which declares the method the public X.Builder inherits; the source never names it.
          boolean inheritedBuilderMember = generated.getSimpleName().equals("Builder")
              && dependency.getDescription().contains("references method");
          if (outside && !inheritedBuilderMember) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
