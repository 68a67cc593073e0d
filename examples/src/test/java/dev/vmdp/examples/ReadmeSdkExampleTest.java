package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's SDK example is {@link GuideSampleExample}: its Java block equals the example's
 * {@code build} and {@code workspace} regions, up to where they print ({@code out} for
 * {@code System.out}) and where the files are ({@code folder.resolve} for {@code Path.of}), so it
 * compiles and runs in every build.
 */
class ReadmeSdkExampleTest {

  @Test
  void readmeJavaBlockIsTheGuideSampleExample() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("a ```java block in README.md").isTrue();
    String block = m.group(1).replace("import static dev.vmdp.dsl.Vmdp.*;\n\n", "")
        .replace("System.out::println", "out::println")
        .replace("System.out.println(", "out.println(")
        .replaceAll("Path\\.of\\((\"[^\"]+\")\\)", "folder.resolve($1)");

    String source = Files.readString(
        Path.of("src/main/java/dev/vmdp/examples/GuideSampleExample.java"), StandardCharsets.UTF_8);
    Path file = Path.of("GuideSampleExample.java");
    String example = GettingStartedDocTest.region(source, "build", file) + "\n\n"
        + GettingStartedDocTest.region(source, "workspace", file);
    assertThat(example).isEqualTo(block);
  }
}
