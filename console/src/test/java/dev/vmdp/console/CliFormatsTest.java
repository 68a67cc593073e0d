package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format text|json|sarif|gcc} on one check whose findings have a place (the .vmx lines)
 * and lack one (the host): each format read back says the same findings.
 */
class CliFormatsTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Pattern GCC = Pattern.compile(
      "^(?:(?<file>.+?):(?<line>\\d+):(?:(?<col>\\d+):)?|(?<subject>[^:]+):) (?<level>error|warning|note): (?<message>.*) "
          + "\\[(?<rule>VMDP\\d{3})]$");

  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();
  private Path vmx;

  @BeforeEach
  void guide() throws Exception {
    vmx = Files.write(dir.resolve("rhel3.vmx"), GuideSample.vmx());
    cli.cwd(dir);
  }

  private JsonNode json() {
    return JSON.readTree(cli.out());
  }

  @Test
  void jsonNamesTheToolAndTheInputsAndReadsInAnyCase() {
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "JSON")).isEqualTo(ExitCode.OK);
    JsonNode json = json();
    assertThat(json.get("vmdp").get("version").asString()).isNotBlank().isNotEqualTo("unknown");
    assertThat(json.get("vmdp").get("schema").asInt()).isEqualTo(1);
    assertThat(json.get("inputs").valueStream().map(JsonNode::asString)).containsExactly(vmx.toString());
    assertThat(json.get("findings").valueStream().filter(f -> f.has("location"))).isNotEmpty();
    assertThat(json.get("findings").valueStream().filter(f -> !f.has("location"))).isNotEmpty();
  }

  @Test
  void everyFormatSaysTheSameFindings() {
    cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "json");
    JsonNode json = json();
    JsonNode findings = json.get("findings");

    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "gcc")).isEqualTo(ExitCode.OK);
    List<String> gcc = cli.out().lines().toList();
    assertThat(gcc).hasSize(findings.size());
    for (int i = 0; i < gcc.size(); i++) {
      Matcher m = GCC.matcher(gcc.get(i));
      JsonNode f = findings.get(i);
      assertThat(m.matches()).as(gcc.get(i)).isTrue();
      assertThat(m.group("rule")).isEqualTo(f.get("rule").asString());
      assertThat(m.group("message")).isEqualTo(f.get("message").asString());
      if (f.has("location")) {
        assertThat(m.group("file")).isEqualTo(f.get("location").get("file").asString());
        assertThat(Integer.parseInt(m.group("line"))).isEqualTo(f.get("location").get("line").asInt());
      } else {
        assertThat(m.group("subject")).isEqualTo(f.get("subject").asString());
      }
    }

    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "sarif")).isEqualTo(ExitCode.OK);
    JsonNode run = json().get("runs").get(0);
    assertThat(json().get("version").asString()).isEqualTo("2.1.0");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(findings.size());
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).get("ruleId").asString()).isEqualTo(findings.get(i).get("rule").asString());
      assertThat(results.get(i).get("message").get("text").asString()).isEqualTo(findings.get(i).get("message").asString());
    }
    assertThat(run.get("tool").get("driver").get("rules").valueStream().map(r -> r.get("id").asString()))
        .containsExactlyInAnyOrderElementsOf(findings.valueStream().map(f -> f.get("rule").asString()).distinct().toList());

    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    JsonNode s = json.get("summary");
    assertThat(cli.out()).endsWith("1 file checked: " + plural(s.get("errors").asInt(), "error") + ", "
        + plural(s.get("warnings").asInt(), "warning") + ", " + plural(s.get("infos").asInt(), "info") + "\n");
    findings.forEach(f -> assertThat(cli.out()).contains(f.get("severity").asString() + " " + f.get("rule").asString()
        + " " + f.get("message").asString()));
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The SARIF fix of a finding replaces the line {@code check --fix} then rewrites, with what it writes. */
  @Test
  void sarifFixesReplaceWhatFixWrites() throws Exception {
    Files.writeString(vmx, Files.readString(vmx).replace("sched.mem.minsize = \"512\"", "sched.mem.minsize = \"256\""));
    cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "sarif");
    List<JsonNode> replacements = json().get("runs").get(0).get("results").valueStream()
        .flatMap(r -> r.optional("fixes").stream().flatMap(JsonNode::valueStream))
        .flatMap(f -> f.get("artifactChanges").valueStream())
        .peek(c -> assertThat(c.get("artifactLocation").get("uri").asString()).isEqualTo(vmx.toUri().toString()))
        .flatMap(c -> c.get("replacements").valueStream()).toList();
    assertThat(replacements).isNotEmpty();
    assertThat(cli.vmdp("check", "--fix", vmx.toString(), "--esx", "4.0")).isIn(ExitCode.OK, ExitCode.FINDINGS);
    List<String> fixed = Files.readString(vmx).lines().toList();
    for (JsonNode r : replacements) {
      int line = r.get("deletedRegion").get("startLine").asInt();
      assertThat(fixed.get(line - 1)).isEqualTo(r.get("insertedContent").get("text").asString());
    }
    assertThat(replacements).anySatisfy(r -> assertThat(r.get("insertedContent").get("text").asString())
        .isEqualTo("sched.mem.minsize = \"512\""));
  }

  @Test
  void coloursTheSeveritiesOnlyWhenAskedOrOnATerminalAndNeverUnderNoColor() {
    cli.vmdp("check", vmx.toString(), "--esx", "4.0");
    assertThat(cli.out()).doesNotContain("\u001b[");
    cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--color", "ALWAYS");
    assertThat(cli.out()).contains("\u001b[33mWARNING\u001b[0m VMDP205");
    cli.terminal(true).vmdp("check", vmx.toString(), "--esx", "4.0");
    assertThat(cli.out()).contains("\u001b[36mINFO\u001b[0m VMDP104");
    cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--color", "never");
    assertThat(cli.out()).doesNotContain("\u001b[");
    cli.env("NO_COLOR", "1").vmdp("check", vmx.toString(), "--esx", "4.0", "--color", "always");
    assertThat(cli.out()).doesNotContain("\u001b[");
    cli.env("NO_COLOR", "").env("TERM", "dumb").vmdp("check", vmx.toString(), "--esx", "4.0");
    assertThat(cli.out()).as("a dumb terminal").doesNotContain("\u001b[");
    cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "json", "--color", "always");
    assertThat(cli.out()).as("colour is for text only").doesNotContain("\\u001b");
  }

  @Test
  void mapCheckAndLogDiagnosisTakeTheFormatsToo() throws Exception {
    Path map = Files.writeString(dir.resolve("passthru.map"), "8086 10c6 d3d0 default\n10de ffff bridge fasle\n");
    assertThat(cli.vmdp("map", "check", map.toString(), "--format", "gcc")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).isEqualTo(map + ":2:18: error: unknown fptShareable value 'fasle' (want true, default or "
        + "false) [VMDP503]\n");
    assertThat(cli.vmdp("map", "check", map.toString(), "--format", "sarif")).isEqualTo(ExitCode.FINDINGS);
    assertThat(json().get("runs").get(0).get("results").get(0).get("level").asString()).isEqualTo("error");
    Path log = Files.writeString(dir.resolve("vmware.log"), "2009-06-12T10:21:05.123Z| vmx| Hello\n");
    assertThat(cli.vmdp("explain", "--log", log.toString(), "--format", "json")).isEqualTo(ExitCode.OK);
    assertThat(json().get("inputs").get(0).asString()).isEqualTo(log.toString());
  }

  @Test
  void rulesAndExplainWriteJson() {
    assertThat(cli.vmdp("rules", "--format", "json")).isEqualTo(ExitCode.OK);
    assertThat(json().get("rules").valueStream().map(r -> r.get("id").asString())).contains("VMDP101", "VMDP305", "VMDP707");
    assertThat(cli.vmdp("explain", "vmdp305", "--format", "json")).isEqualTo(ExitCode.OK);
    JsonNode rule = json().get("rule");
    assertThat(rule.get("id").asString()).isEqualTo("VMDP305");
    assertThat(rule.get("page").asString()).startsWith("# VMDP305: memory reservation below memsize\n");
    assertThat(cli.vmdp("explain", "VMDP305", "--format", "sarif")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith("vmdp: explain RULE-ID prints the rule's page as text or json; sarif is a form of "
        + "findings (explain --log FILE --format sarif)\n");
    assertThat(cli.vmdp("rules", "--format", "sarif")).isEqualTo(ExitCode.USAGE);
  }
}
