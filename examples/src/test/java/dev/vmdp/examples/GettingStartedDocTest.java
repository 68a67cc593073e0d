package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md and README.md quote the examples: each {@code <!-- include: PATH#TAG -->}
 * is followed by a code block that must equal the tagged region of the source (without its common
 * indentation), or the whole file when there is no tag; and every tagged region is quoted in one
 * of them. A quoted block is therefore code the build compiles (and a test runs), as shown.
 */
class GettingStartedDocTest {
  static final Path ROOT = Path.of("..");
  static final Path DOC = ROOT.resolve("docs/getting-started.md");
  static final Path README = ROOT.resolve("README.md");
  /** The pages that quote the examples. */
  static final List<Path> DOCS = List.of(DOC, README);
  static final Pattern INCLUDE = Pattern.compile(
      "<!-- include: (\\S+?)(?:#(\\S+))? -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
  static final Pattern TAG = Pattern.compile("// tag::(\\S+)\\[\\]");

  @Test
  void codeBlocksEqualTheTaggedRegionsOfTheSources() throws IOException {
    assertThat(blocks(DOC)).as("include markers in %s", DOC).isGreaterThanOrEqualTo(10);
    assertThat(blocks(README)).as("include markers in %s (the SDK block)", README).isGreaterThanOrEqualTo(1);
  }

  /** Checks every include of a page against its source; the number of includes. */
  private static int blocks(Path page) throws IOException {
    String doc = Files.readString(page, StandardCharsets.UTF_8);
    Matcher m = INCLUDE.matcher(doc);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      Path source = ROOT.resolve(m.group(1));
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String expected = m.group(2) == null ? text.stripTrailing() : region(text, m.group(2), source);
      assertThat(m.group(3)).as("the block of %s#%s in %s", m.group(1), m.group(2), page).isEqualTo(expected);
    }
    return blocks;
  }

  @Test
  void theReadmesSdkBlockIsACompleteProgramImportsIncluded() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("a ```java block in README.md").isTrue();
    assertThat(m.group(1)).startsWith("import static dev.vmdp.dsl.Vmdp.*;\n")
        .contains("\nimport java.nio.file.Path;\n").contains("public static void main(String[] args) {");
    assertThat(readme.substring(0, m.start())).as("the block is an include").endsWith(
        "<!-- include: examples/src/main/java/dev/vmdp/examples/ReadmeExample.java#readme -->\n");
  }

  @Test
  void everyTaggedRegionIsQuoted() throws IOException {
    Set<String> quoted = new LinkedHashSet<>();
    for (Path page : DOCS) {
      Matcher m = INCLUDE.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        quoted.add(m.group(1) + "#" + m.group(2));
      }
    }
    List<String> tags = new ArrayList<>();
    Path sources = ROOT.resolve("examples/src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher t = TAG.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (t.find()) {
          tags.add(ROOT.relativize(f).toString().replace('\\', '/') + "#" + t.group(1));
        }
      }
    }
    assertThat(tags).isNotEmpty();
    assertThat(quoted).containsAll(tags);
  }

  @Test
  void regionDropsTheMarkersAndTheCommonIndentation() {
    String source = "class A {\n  void f() {\n    // tag::x[]\n    int a = 1;\n      int b = 2;\n    // end::x[]\n  }\n}\n";
    assertThat(region(source, "x", Path.of("A.java"))).isEqualTo("int a = 1;\n  int b = 2;");
  }

  /** The lines between {@code // tag::TAG[]} and {@code // end::TAG[]}, without common indentation. */
  static String region(String text, String tag, Path source) {
    List<String> lines = new ArrayList<>();
    boolean inside = false;
    boolean found = false;
    for (String line : text.split("\n", -1)) {
      if (line.strip().equals("// end::" + tag + "[]")) {
        inside = false;
      } else if (inside) {
        lines.add(line);
      } else if (line.strip().equals("// tag::" + tag + "[]")) {
        inside = true;
        found = true;
      }
    }
    assertThat(found).as("tag %s in %s", tag, source).isTrue();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }
}
