package dev.vmdp.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The security and thread-safety promises of docs/RELIABILITY.md, checked on the production
 * classes of every module: nothing starts a process or evaluates text from its inputs outside the
 * console's JShell, nothing deserializes Java objects, the YAML mapper has no polymorphic typing,
 * and the SDK keeps no mutable static state (so files can be read and checked in parallel).
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class SafetyArchitectureTest {
  private static final String[] SDK = {"dev.vmdp.model..", "dev.vmdp.io..", "dev.vmdp.rules..", "dev.vmdp.dsl.."};

  @ArchTest
  static final ArchRule nothing_starts_a_process =
      noClasses().that().resideInAPackage("dev.vmdp..")
          .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class)
          .orShould().callMethodWhere(target(owner(assignableTo(Runtime.class))).and(target(nameMatching("exec"))))
          .because("no command executes anything from its inputs (docs/RELIABILITY.md)");

  @ArchTest
  static final ArchRule nothing_evaluates_scripts_or_loads_classes_from_inputs =
      noClasses().that().resideInAPackage("dev.vmdp..")
          .should().dependOnClassesThat().resideInAnyPackage("javax.script..", "javax.naming..", "java.rmi..")
          .orShould().dependOnClassesThat().belongToAnyOf(java.net.URLClassLoader.class, java.io.ObjectInputStream.class)
          .because("inputs are data: never scripts, class names or serialized objects");

  @ArchTest
  static final ArchRule only_the_console_shell_uses_jshell =
      noClasses().that().resideOutsideOfPackage("dev.vmdp.console.shell..")
          .should().dependOnClassesThat().resideInAPackage("jdk.jshell..")
          .because("the console runs only what the user types or the script they name");

  @ArchTest
  static final ArchRule the_yaml_mapper_has_no_polymorphic_typing =
      noClasses().that().resideInAPackage("dev.vmdp..")
          .should().callMethodWhere(target(nameMatching("(activate|enable)DefaultTyping.*|polymorphicTypeValidator")))
          .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
          .orShould().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind.jsontype..",
              "com.fasterxml.jackson.databind.jsontype..")
          .because("a type named in the inventory must never choose the class Jackson builds");

  @ArchTest
  static final ArchRule the_sdk_keeps_no_mutable_static_state =
      fields().that().areStatic().and().areDeclaredInClassesThat().resideInAnyPackage(SDK)
          .should().beFinal()
          .because("fleet checks read and check files in parallel without shared mutable state");

  /** The rules above would pass on an empty import: make sure the SDK and the console are there. */
  @ArchTest
  static void imports_the_sdk_and_the_console(JavaClasses classes) {
    assertThat(classes.containPackage("dev.vmdp.io.yaml.internal")).isTrue();
    assertThat(classes.containPackage("dev.vmdp.console.shell")).isTrue();
    assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("dev.vmdp.io")).count())
        .isGreaterThan(40);
  }
}
