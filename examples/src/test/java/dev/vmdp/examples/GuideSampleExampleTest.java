package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideSampleExampleTest {
  @TempDir Path dir;

  @Test
  void writesTheSampleVmxAndChecksIt() throws Exception {
    ExampleFiles.copyTo(dir, "guide", "lspci.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var report = GuideSampleExample.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    System.out.println(out);
  }
}
