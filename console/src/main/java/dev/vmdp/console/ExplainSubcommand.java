package dev.vmdp.console;

import dev.vmdp.dsl.Vmdp;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp explain RULE-ID}: a rule's documentation; {@code vmdp explain --log FILE}: the log
 * diagnosis (VMDP701-707) of vmware.log files.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show a rule's documentation, or diagnose vmware.log files with --log."})
final class ExplainSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RULE-ID", description = "a rule ID such as VMDP305")
  String ruleId;

  @Option(names = "--log", paramLabel = "FILE", description = "a vmware.log to diagnose (repeatable)")
  List<Path> logs = new ArrayList<>();

  @Mixin
  FormatOption format;

  @Override
  public Integer call() {
    Main.Io io = Main.io(spec);
    if (!logs.isEmpty()) {
      if (ruleId != null) {
        throw new ParameterException(spec.commandLine(), "give a RULE-ID or --log FILE, not both");
      }
      return format.print(Vmdp.diagnoseLog(logs.toArray(new Path[0])), io.out());
    }
    if (ruleId == null) {
      throw new ParameterException(spec.commandLine(), "give a RULE-ID (see vmdp rules) or --log FILE");
    }
    if (RuleCatalogue.standard().find(ruleId).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown rule ID '" + ruleId + "' (vmdp rules lists them)");
    }
    io.out().print(RuleCatalogue.standard().documentation(ruleId));
    return ExitCode.OK;
  }
}
