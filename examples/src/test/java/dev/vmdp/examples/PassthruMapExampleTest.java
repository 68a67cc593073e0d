package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassthruMapExampleTest {
  @TempDir Path dir;

  @Test
  void buildsACleanSiteMapAndFindsTheOldMapsTypos() throws Exception {
    ExampleFiles.copyTo(dir, "passthrumap", "lspci.txt", "old-passthru.map");

    Printed<Report> p = Printed.run(out -> PassthruMapExample.run(dir, out));

    String written = Files.readString(dir.resolve("passthru.map"), StandardCharsets.UTF_8);
    assertThat(written).contains("8086 10c6 d3d0 default\n", "1077 2532 default false\n")
        .endsWith("10de ffff bridge false\n");
    // the built map has no error; the lines for cards this host does not have are INFO VMDP505
    assertThat(p.text()).startsWith("8086 10c6 d3d0 default\n").contains("0 errors, 0 warnings, 4 infos\n")
        .contains("INFO VMDP505 \"1077 2532 default false\" matches no device of host esx01");
    assertThat(p.text()).doesNotContain("VMDP505 \"10de ffff bridge false\"", "VMDP505 \"8086 10c6 d3d0 default\"");

    Report old = p.result();
    assertThat(line(old, "VMDP503")).isEqualTo(4);   // fasle
    assertThat(line(old, "VMDP501")).isEqualTo(6);   // three fields
    assertThat(line(old, "VMDP502")).isEqualTo(7);   // reset
    assertThat(line(old, "VMDP504")).isEqualTo(8);   // a second line for 8086:10c6, which wins
    assertThat(old.byRule("VMDP503").get(0).message()).contains("'fasle'");
    assertThat(p.text()).contains("ERROR VMDP502 unknown reset method 'reset'");
  }

  private static int line(Report report, String rule) {
    Finding f = report.byRule(rule).get(0);
    return f.location().orElseThrow().line();
  }
}
