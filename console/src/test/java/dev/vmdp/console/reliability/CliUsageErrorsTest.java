package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unknown commands, options, rule IDs and invalid arguments: exit 2, a first stderr line that says
 * what is wrong ({@code vmdp: ...} for the command line, {@code FILE: ...} for an edit of a file),
 * no stack trace, and the file left as it was.
 */
class CliUsageErrorsTest {
  @TempDir
  Path dir;

  /** Command line ({@code FILE} stands for a valid .vmx), then the regular expression of stderr's first line. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(new String[] {"frob"}, "vmdp: Unmatched argument at index 0: 'frob'"),
        Arguments.of(new String[] {"check", "--frobnicate"}, "vmdp: Unknown option: '--frobnicate'"),
        Arguments.of(new String[] {"check", "--format", "xml"}, "vmdp: Invalid value for option '--format'.*'xml'"),
        Arguments.of(new String[] {"check", "--esx", "four", "FILE"}, "vmdp: invalid value for option '--esx': .*'four'"),
        Arguments.of(new String[] {"check", "--lspci"}, "vmdp: Missing required parameter for option '--lspci'.*"),
        Arguments.of(new String[] {"check", "--fix=VMDP305,", "FILE"},
            "vmdp: invalid value for option '--fix': 'VMDP305,' has an empty rule ID \\(give VMDPnnn\\[,VMDPnnn...\\]\\)"),
        Arguments.of(new String[] {"check", "--fix=,VMDP305", "FILE"},
            "vmdp: invalid value for option '--fix': .*empty rule ID.*"),
        Arguments.of(new String[] {"vmx", "frob", "FILE"}, "vmdp: Unmatched arguments from index 1: 'frob'.*"),
        Arguments.of(new String[] {"vmx", "set", "FILE"}, "vmdp: Missing required parameters: 'KEY', 'VALUE'"),
        Arguments.of(new String[] {"vmx", "set", "FILE", "bad key", "x"}, "FILE: invalid key 'bad key': .*space.*"),
        Arguments.of(new String[] {"vmx", "set", "FILE", "a=b", "x"}, "FILE: invalid key 'a=b': .*'='.*"),
        Arguments.of(new String[] {"vmx", "set", "FILE", "a#b", "x"}, "FILE: invalid key 'a#b': .*'#'.*"),
        Arguments.of(new String[] {"vmx", "set", "FILE", "a\u0000b", "x"}, "FILE: invalid key .*NUL.*"),
        Arguments.of(new String[] {"vmx", "set", "FILE", "a\nb", "x"}, "FILE: invalid key .*"),
        Arguments.of(new String[] {"vmx", "set", "FILE", "", "x"}, "FILE: invalid key: a key must not be empty"),
        Arguments.of(new String[] {"map", "check"}, "vmdp: Missing required parameter: 'FILE'"),
        Arguments.of(new String[] {"explain"}, "vmdp: give a RULE-ID .*"),
        Arguments.of(new String[] {"explain", "VMDP999"}, "vmdp: unknown rule ID 'VMDP999' \\(vmdp rules lists them\\)"),
        Arguments.of(new String[] {"explain", "nonsense"}, "vmdp: unknown rule ID 'nonsense'.*"),
        Arguments.of(new String[] {"explain", "VMDP305", "--log", "FILE"}, "vmdp: give a RULE-ID or --log FILE, not both"),
        Arguments.of(new String[] {"rules", "extra"}, "vmdp: Unmatched argument at index 1: 'extra'"),
        Arguments.of(new String[] {"run"}, "vmdp: Missing required parameter: 'SCRIPT'"));
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("cases")
  @Timeout(60)
  void exitsWithTwoAndSaysWhatIsWrong(String[] line, String firstLine) throws Exception {
    Path file = Files.writeString(dir.resolve("vm.vmx"), Fixtures.VMX);
    String[] args = line.clone();
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i].replace("FILE", file.toString());
    }
    Cli.Result r = Cli.vmdp(args);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    CliBadInputTest.assertNoTrace(r);
    String expected = firstLine.startsWith("FILE")
        ? Pattern.quote(file.toString()) + firstLine.substring("FILE".length()) : firstLine;
    assertThat(r.errLines()).isNotEmpty();
    assertThat(r.errLines().get(0)).matches(expected);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(Fixtures.VMX);
  }
}
