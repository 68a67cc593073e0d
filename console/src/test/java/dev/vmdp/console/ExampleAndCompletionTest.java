package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.dsl.GuideSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vmdp example vmx|map} and {@code vmdp completion bash|zsh}. */
class ExampleAndCompletionTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  @Test
  void exampleWritesTheBuiltInFilesByteForByteAndTheyCheck() throws Exception {
    assertThat(cli.vmdp("example", "vmx")).isEqualTo(ExitCode.OK);
    assertThat(cli.outBytes()).isEqualTo(GuideSample.vmx());
    Path vmx = Files.write(dir.resolve("rhel3.vmx"), cli.outBytes());
    assertThat(cli.vmdp("example", "MAP")).isEqualTo(ExitCode.OK);
    assertThat(cli.outBytes()).isEqualTo(GuideSample.passthruMap().toBytes());
    Path map = Files.write(dir.resolve("passthru.map"), cli.outBytes());
    assertThat(cli.vmdp("check", vmx.toString(), "--map", map.toString(), "--esx", "4.0")).isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).contains("2 files checked:");
    assertThat(cli.vmdp("example", "inventory")).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void completionScriptKnowsEverySubcommandAndOption() {
    assertThat(cli.vmdp("completion", "bash")).isEqualTo(ExitCode.OK);
    String bash = cli.out();
    assertThat(bash).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_vmdp")
        .contains("check").contains("explain").contains("example").contains("--fail-on").contains("--dry-run")
        .contains("sarif");
    assertThat(cli.vmdp("completion", "Zsh")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo(bash).contains("bashcompinit");
  }

  /** The script, sourced by bash, completes what a user types (skipped where bash is missing). */
  @Test
  void bashCompletesSubcommandsOptionsAndFormats() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no /bin/bash: skipping the completion run");
    cli.vmdp("completion", "bash");
    Path script = Files.writeString(dir.resolve("vmdp-completion.bash"), cli.out());
    assertThat(complete(script, "vmdp ex")).contains("explain", "example");
    assertThat(complete(script, "vmdp check --fa")).contains("--fail-on");
    assertThat(complete(script, "vmdp check --format ")).contains("text", "json", "sarif", "gcc");
  }

  private List<String> complete(Path script, String line) throws Exception {
    String[] words = line.split(" ", -1);
    StringBuilder arr = new StringBuilder();
    for (String w : words) {
      arr.append(" '").append(w).append('\'');
    }
    String program = "source '" + script + "'; COMP_WORDS=(" + arr + "); COMP_CWORD=" + (words.length - 1)
        + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
        + "; _complete_vmdp; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("/bin/bash", "-c", program).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.lines().map(String::strip).toList();
  }
}
