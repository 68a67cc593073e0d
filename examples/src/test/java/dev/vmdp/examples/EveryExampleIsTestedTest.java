package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code *Example} has a public {@code main} and its own test class. */
class EveryExampleIsTestedTest {
  static final Path MAIN = Path.of("src/main/java/dev/vmdp/examples");
  static final Path TEST = Path.of("src/test/java/dev/vmdp/examples");

  @Test
  void everyExampleHasAMainAndATest() throws Exception {
    List<String> examples;
    try (Stream<Path> s = Files.list(MAIN)) {
      examples = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Example.java"))
          .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    for (String name : examples) {
      Method main = Class.forName("dev.vmdp.examples." + name).getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()))
          .as("%s.main is public static", name).isTrue();
      assertThat(TEST.resolve(name + "Test.java")).as("the test of %s", name).exists();
    }
  }

  @Test
  void everyExampleIsInTheGettingStartedPageOrTheReadme() throws IOException {
    String doc = Files.readString(Path.of("../docs/getting-started.md")) + Files.readString(Path.of("../README.md"));
    try (Stream<Path> s = Files.list(MAIN)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Example.java"))
          .forEach(n -> assertThat(doc).as("docs/getting-started.md or README.md quotes %s", n).contains(n + "#"));
    }
  }
}
