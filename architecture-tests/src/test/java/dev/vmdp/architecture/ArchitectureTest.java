package dev.vmdp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture of DESIGN.md, checked on the production classes of every module (tests and
 * the violation fixtures of this module are not imported).
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String ROOT = "dev.vmdp";

  /** The Maven modules whose main classes the rules must see, and where their sources are. */
  static final String[] MODULE_DIRECTORIES =
      {"sdk-model", "sdk-io", "sdk-rules", "sdk-report", "sdk-dsl", "sdk-testing", "console", "examples"};

  /** Fewer classes than this means the import is broken (sdk-model and console alone have more). */
  static final int MINIMUM_CLASSES = 30;

  @ArchTest
  static final ArchRule model_depends_only_on_itself_the_jdk_and_immutables_annotations =
      VmdpRule.MODEL_DEPENDS_ONLY_ON_ITSELF_THE_JDK_AND_IMMUTABLES_ANNOTATIONS.forRoot(ROOT);

  @ArchTest
  static final ArchRule io_uses_no_vmdp_module_but_the_model =
      VmdpRule.IO_USES_NO_VMDP_MODULE_BUT_THE_MODEL.forRoot(ROOT);

  @ArchTest
  static final ArchRule rules_use_no_vmdp_module_but_the_model =
      VmdpRule.RULES_USE_NO_VMDP_MODULE_BUT_THE_MODEL.forRoot(ROOT);

  @ArchTest
  static final ArchRule report_uses_no_vmdp_module_but_the_model_and_the_rules =
      VmdpRule.REPORT_USES_NO_VMDP_MODULE_BUT_THE_MODEL_AND_THE_RULES.forRoot(ROOT);

  @ArchTest
  static final ArchRule only_the_dsl_the_console_and_the_examples_use_the_report =
      VmdpRule.ONLY_THE_DSL_THE_CONSOLE_AND_THE_EXAMPLES_USE_THE_REPORT.forRoot(ROOT);

  @ArchTest
  static final ArchRule dsl_does_not_use_the_console_or_the_examples =
      VmdpRule.DSL_DOES_NOT_USE_THE_CONSOLE_OR_THE_EXAMPLES.forRoot(ROOT);

  @ArchTest
  static final ArchRule console_and_examples_use_no_internal_package_of_the_sdk =
      VmdpRule.CONSOLE_AND_EXAMPLES_USE_NO_INTERNAL_PACKAGE_OF_THE_SDK.forRoot(ROOT);

  @ArchTest
  static final ArchRule no_module_uses_another_modules_internal_package =
      VmdpRule.NO_MODULE_USES_ANOTHER_MODULES_INTERNAL_PACKAGE.forRoot(ROOT);

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      VmdpRule.PACKAGES_ARE_FREE_OF_CYCLES.forRoot(ROOT);

  @ArchTest
  static final ArchRule only_the_console_and_the_examples_write_to_standard_streams =
      VmdpRule.ONLY_THE_CONSOLE_AND_THE_EXAMPLES_WRITE_TO_STANDARD_STREAMS.forRoot(ROOT);

  @ArchTest
  static final ArchRule generated_immutables_are_not_referenced_outside_their_package =
      VmdpRule.GENERATED_IMMUTABLES_ARE_NOT_REFERENCED_OUTSIDE_THEIR_PACKAGE.forRoot(ROOT);

  @ArchTest
  static final ArchRule the_sdk_does_not_use_java_util_logging =
      VmdpRule.THE_SDK_DOES_NOT_USE_JAVA_UTIL_LOGGING.forRoot(ROOT);

  @ArchTest
  static final ArchRule only_the_host_assembler_builds_hosts_from_files =
      VmdpRule.ONLY_THE_HOST_ASSEMBLER_BUILDS_HOSTS_FROM_FILES.forRoot(ROOT);

  /**
   * The rules cannot pass on an empty or partial import: every top-level class with a source file
   * in a module's {@code src/main/java} must be among the imported classes. This gets stricter by
   * itself as modules gain classes.
   */
  @ArchTest
  static void imports_every_main_class_of_every_module(JavaClasses classes) {
    Set<String> imported = classes.stream().map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = expectedClasses();
    assertThat(expected).as("main classes found in the modules' sources").isNotEmpty();
    assertThat(imported).as("classes imported for the rules").containsAll(expected);
    assertThat(imported).as("classes imported for the rules").hasSizeGreaterThan(MINIMUM_CLASSES);
    Set<String> packages = expected.stream().map(n -> n.substring(0, n.lastIndexOf('.'))).collect(Collectors.toSet());
    assertThat(packages).as("packages with main classes").contains("dev.vmdp.model", "dev.vmdp.report", "dev.vmdp.console");
  }

  /** Every architecture rule of {@link VmdpRule} is checked here, once. */
  @ArchTest
  static void checks_every_rule(JavaClasses classes) {
    Set<String> fields = Arrays.stream(ArchitectureTest.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ArchRule.class)
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> rules = Arrays.stream(VmdpRule.values())
        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fields).isEqualTo(rules);
  }

  private static Set<String> expectedClasses() {
    Path repository = repositoryRoot();
    Set<String> names = new TreeSet<>();
    for (String module : MODULE_DIRECTORIES) {
      Path sources = repository.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(f -> f.toString().endsWith(".java"))
            .filter(f -> !f.getFileName().toString().equals("package-info.java"))
            .filter(f -> !f.getFileName().toString().equals("module-info.java"))
            .map(f -> sources.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
            .map(n -> n.substring(0, n.length() - ".java".length()))
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  /** The checkout: the parent of this module's directory (Maven runs tests in the module). */
  private static Path repositoryRoot() {
    Path module = Path.of("").toAbsolutePath();
    Path root = module.getParent();
    assertThat(root.resolve("sdk-model/src/main/java"))
        .as("sdk-model sources beside " + module)
        .isDirectory();
    return root;
  }
}
