package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./vmdp ...} line of the README's shell blocks runs as written, in a fresh folder and
 * in order (so {@code ./vmdp example vmx > rhel3.vmx} makes the file the next lines check): exit 0
 * or 1, nothing on stderr. Comments after {@code #} are dropped and {@code > FILE} writes standard
 * output to the file, as the shell would.
 */
class ReadmeCommandsTest {
  static final Pattern SH = Pattern.compile("```sh\\n(.*?)\\n```", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void theReadmesCommandsRunAsWritten() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    Matcher m = SH.matcher(readme);
    while (m.find()) {
      m.group(1).lines().map(String::strip).filter(l -> l.startsWith("./vmdp ")).forEach(lines::add);
    }
    assertThat(lines).as("./vmdp lines in README.md").hasSizeGreaterThanOrEqualTo(6)
        .anyMatch(l -> l.startsWith("./vmdp example vmx > rhel3.vmx"));
    CliTestSupport cli = new CliTestSupport().cwd(dir);
    for (String line : lines) {
      String command = line.replaceAll("\\s+#.*$", "");
      String target = null;
      int redirect = command.indexOf(" > ");
      if (redirect >= 0) {
        target = command.substring(redirect + 3).strip();
        command = command.substring(0, redirect);
      }
      // The README's files are relative to the folder the commands run in.
      String[] args = Arrays.stream(command.substring("./vmdp ".length()).split("\\s+"))
          .map(a -> a.endsWith(".vmx") || a.endsWith(".map") ? dir.resolve(a).toString() : a).toArray(String[]::new);
      int code = cli.vmdp(args);
      assertThat(code).as("%s: %s", line, cli.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
      assertThat(cli.err()).as(line).doesNotContain("vmdp:").doesNotContain("Exception");
      if (target != null) {
        Files.write(dir.resolve(target), cli.outBytes());
      }
    }
    assertThat(Files.readString(dir.resolve("rhel3.vmx"))).as("the README's --fix saved the reservation")
        .contains("sched.mem.minsize = \"512\"");
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).as("and kept the broken file")
        .contains("sched.mem.minsize = \"256\"");
  }
}
