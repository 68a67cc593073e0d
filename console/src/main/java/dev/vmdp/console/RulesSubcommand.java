package dev.vmdp.console;

import dev.vmdp.report.CatalogueRenderer;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vmdp rules [--format text|json]}: the rule catalogue, by category. */
@Command(addMethodSubcommands = false, name = "rules", mixinStandardHelpOptions = true, description = "List the rule catalogue.")
final class RulesSubcommand implements Callable<Integer> {
  /** The catalogue's formats. */
  enum Format {
    /** By category, one rule a line. */
    text,
    /** One JSON object: every rule with its severity, category, summary, fix and page. */
    json
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintStream out = Main.io(spec).out();
    if (format == Format.json) {
      out.println(CatalogueRenderer.json(RuleCatalogue.standard()));
    } else {
      out.print(CatalogueRenderer.text(RuleCatalogue.standard()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
