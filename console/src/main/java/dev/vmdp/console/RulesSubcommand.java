package dev.vmdp.console;

import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.Category;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vmdp rules}: the rule catalogue, by category. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rule catalogue.")
final class RulesSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintStream out = Main.io(spec).out();
    Category current = null;
    for (CatalogueEntry e : RuleCatalogue.standard().all()) {
      if (e.category() != current) {
        current = e.category();
        out.println((current.ordinal() == 0 ? "" : "\n") + current.title());
      }
      out.println(String.format(Locale.ROOT, "  %s  %-7s %s%s", e.id(), e.severity(), e.summary(),
          e.automaticallyFixable() ? "  [fix]" : ""));
    }
    out.println("\nvmdp explain VMDPnnn shows a rule's documentation.");
    return ExitCode.OK;
  }
}
