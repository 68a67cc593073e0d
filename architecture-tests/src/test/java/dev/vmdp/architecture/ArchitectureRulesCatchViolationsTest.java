package dev.vmdp.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each rule of {@link VmdpRule}, the same definition {@link ArchitectureTest} checks, holds on
 * fixture classes that follow the layering and fails on a fixture that breaks it.
 */
class ArchitectureRulesCatchViolationsTest {
  private static final String GOOD = "dev.vmdp.archfixture.good";
  private static final String BAD = "dev.vmdp.archfixture.bad";

  /** The class that breaks each rule under {@link #BAD}. */
  private static final Map<VmdpRule, String> VIOLATORS = new EnumMap<>(Map.ofEntries(
      Map.entry(VmdpRule.MODEL_DEPENDS_ONLY_ON_ITSELF_THE_JDK_AND_IMMUTABLES_ANNOTATIONS, BAD + ".model.HostReadsFiles"),
      Map.entry(VmdpRule.IO_USES_NO_VMDP_MODULE_BUT_THE_MODEL, BAD + ".io.VmxReaderJudges"),
      Map.entry(VmdpRule.RULES_USE_NO_VMDP_MODULE_BUT_THE_MODEL, BAD + ".rules.EngineReadsFiles"),
      Map.entry(VmdpRule.DSL_DOES_NOT_USE_THE_CONSOLE_OR_THE_EXAMPLES, BAD + ".dsl.VmdpUsesConsole"),
      Map.entry(VmdpRule.CONSOLE_AND_EXAMPLES_USE_NO_INTERNAL_PACKAGE_OF_THE_SDK, BAD + ".console.ShellUsesInternal"),
      Map.entry(VmdpRule.NO_MODULE_USES_ANOTHER_MODULES_INTERNAL_PACKAGE, BAD + ".rules.EngineUsesIoInternal"),
      Map.entry(VmdpRule.PACKAGES_ARE_FREE_OF_CYCLES, BAD + ".rules.knowledge.KnowledgeBase"),
      Map.entry(VmdpRule.ONLY_THE_CONSOLE_AND_THE_EXAMPLES_WRITE_TO_STANDARD_STREAMS, BAD + ".rules.EnginePrints"),
      Map.entry(VmdpRule.GENERATED_IMMUTABLES_ARE_NOT_REFERENCED_OUTSIDE_THEIR_PACKAGE, BAD + ".dsl.VmdpUsesImmutable"),
      Map.entry(VmdpRule.THE_SDK_DOES_NOT_USE_JAVA_UTIL_LOGGING, BAD + ".io.ReaderLogs"),
      Map.entry(VmdpRule.ONLY_THE_HOST_ASSEMBLER_BUILDS_HOSTS_FROM_FILES, BAD + ".dsl.HostFromLspci"),
      Map.entry(VmdpRule.REPORT_USES_NO_VMDP_MODULE_BUT_THE_MODEL_AND_THE_RULES, BAD + ".report.RendererReadsFiles"),
      Map.entry(VmdpRule.ONLY_THE_DSL_THE_CONSOLE_AND_THE_EXAMPLES_USE_THE_REPORT, BAD + ".rules.EngineRenders")));

  private static final JavaClasses GOOD_CLASSES = new ClassFileImporter().importPackages(GOOD);
  private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(BAD);

  @Test
  void everyRuleHasAViolatingFixture() {
    assertThat(VIOLATORS).containsOnlyKeys(VmdpRule.values());
  }

  @Test
  void importsTheFixtures() {
    assertThat(GOOD_CLASSES.contain(GOOD + ".model.Host")).isTrue();
    assertThat(BAD_CLASSES.contain(BAD + ".model.HostReadsFiles")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(VmdpRule.class)
  void holdsOnClassesThatFollowTheLayering(VmdpRule rule) {
    assertThatCode(() -> rule.forRoot(GOOD).check(GOOD_CLASSES)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(VmdpRule.class)
  void failsOnTheClassThatBreaksIt(VmdpRule rule) {
    assertThatThrownBy(() -> rule.forRoot(BAD).check(BAD_CLASSES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(VIOLATORS.get(rule));
  }

  @Test
  void catchesAPrintedStackTraceInTheSdk() {
    assertThatThrownBy(() -> VmdpRule.ONLY_THE_CONSOLE_AND_THE_EXAMPLES_WRITE_TO_STANDARD_STREAMS.forRoot(BAD).check(BAD_CLASSES))
        .hasMessageContaining(BAD + ".io.ReaderPrintsTrace");
  }

  @Test
  void letsAModuleUseItsOwnInternalPackage() {
    assertThatThrownBy(() -> VmdpRule.NO_MODULE_USES_ANOTHER_MODULES_INTERNAL_PACKAGE.forRoot(BAD).check(BAD_CLASSES))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Class <" + BAD + ".io.VmxReader>"));
  }
}
