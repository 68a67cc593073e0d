package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndMapCommandsTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  @Test
  void rulesListsTheCatalogueByCategory() {
    assertThat(cli.vmdp("rules")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).startsWith("Host\n  VMDP101  ERROR   host has no IOMMU");
    assertThat(cli.out()).contains("  VMDP305  ERROR   memory reservation below memsize  [fix]\n");
    assertThat(cli.out()).contains("\nLog diagnosis\n");
  }

  @Test
  void explainPrintsTheRulePageAndRefusesUnknownIds() {
    assertThat(cli.vmdp("explain", "vmdp305")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).startsWith("# VMDP305: memory reservation below memsize\n");
    assertThat(cli.vmdp("explain", "VMDP999")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err())
        .isEqualTo("vmdp: unknown rule ID 'VMDP999' (vmdp rules lists them)\nTry 'vmdp explain --help' for usage.\n");
    assertThat(cli.vmdp("explain")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("give a RULE-ID");
  }

  @Test
  void mapCatWritesTheFileByteForByte() throws Exception {
    byte[] bytes = "# vendor device reset shareable\r\n8086  10c6 d3d0 default\r\n10de ffff bridge fasle".getBytes(
        StandardCharsets.UTF_8);
    Path map = Files.write(dir.resolve("passthru.map"), bytes);
    assertThat(cli.vmdp("map", "cat", map.toString())).isEqualTo(ExitCode.OK);
    assertThat(cli.outBytes()).isEqualTo(bytes);
  }

  @Test
  void mapCheckReportsBadLinesWithPositionsAndExitsOne() throws Exception {
    Path map = Files.writeString(dir.resolve("passthru.map"), "8086 10c6 d3d0 default\n10de ffff bridge fasle\n");
    assertThat(cli.vmdp("map", "check", map.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).contains("ERROR VMDP503").contains("passthru.map:2:");
    assertThat(cli.vmdp("map", "check", "--format", "json", map.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).startsWith("{\"findings\":[{\"rule\":\"VMDP503\",\"severity\":\"ERROR\"")
        .contains("\"summary\":{\"errors\":1,\"warnings\":0,\"infos\":0}");
  }

  @Test
  void aMissingFileIsOneLineOnStderrWithExitTwo() {
    assertThat(cli.vmdp("map", "check", dir.resolve("nope.map").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).endsWith("nope.map:1:1: cannot read file: no such file\n");
    assertThat(cli.err().lines()).hasSize(1);
  }
}
