package dev.vmdp.console;

import dev.vmdp.dsl.Vmdp;
import dev.vmdp.report.CatalogueRenderer;
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
 * {@code vmdp explain RULE-ID}: a rule's documentation (as Markdown, or with {@code --format json}
 * its catalogue entry and page as JSON); {@code vmdp explain --log FILE}: the log diagnosis
 * (VMDP701-707) of vmware.log files, in any findings format.
 */
@Command(addMethodSubcommands = false, name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Show a rule's documentation, or diagnose vmware.log files with --log."})
final class ExplainSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RULE-ID", description = "a rule ID such as VMDP305")
  String ruleId;

  @Option(names = "--log", paramLabel = "FILE", description = "a vmware.log to diagnose (repeatable)")
  List<Path> logs = new ArrayList<>();

  @Mixin
  ReportFormatOption format;

  @Mixin
  FindingOptions findings;

  @Override
  public Integer call() {
    Main.Io io = Main.io(spec);
    if (!logs.isEmpty()) {
      if (ruleId != null) {
        throw new ParameterException(spec.commandLine(), "give a RULE-ID or --log FILE, not both");
      }
      Settings settings = findings.resolve(io, spec);
      List<String> inputs = logs.stream().map(Path::toString).toList();
      return format.print(settings.apply(Vmdp.diagnoseLog(logs.toArray(new Path[0]))), settings, inputs, io.out());
    }
    if (ruleId == null) {
      throw new ParameterException(spec.commandLine(), "give a RULE-ID (see vmdp rules) or --log FILE");
    }
    if (RuleCatalogue.standard().find(ruleId).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown rule ID '" + ruleId + "' (vmdp rules lists them)");
    }
    switch (format.format) {
      case text -> io.out().print(RuleCatalogue.standard().documentation(ruleId));
      case json -> io.out().println(CatalogueRenderer.json(RuleCatalogue.standard(), ruleId));
      default -> throw new ParameterException(spec.commandLine(), "explain RULE-ID prints the rule's page as text or json; "
          + format.format + " is a form of findings (explain --log FILE --format " + format.format + ")");
    }
    io.out().flush();
    return ExitCode.OK;
  }
}
