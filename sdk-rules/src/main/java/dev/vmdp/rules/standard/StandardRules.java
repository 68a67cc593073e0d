package dev.vmdp.rules.standard;

import dev.vmdp.rules.ReadDiagnosticRule;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import dev.vmdp.rules.device.DeviceRules;
import dev.vmdp.rules.host.HostRules;
import dev.vmdp.rules.log.LogRules;
import dev.vmdp.rules.reset.ResetRules;
import dev.vmdp.rules.vm.VmRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard rule set: every rule of the catalogue (DOMAIN.md section 9), in ID order.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().rules(StandardRules.all()).build();
 * }</pre>
 */
public final class StandardRules {
  private static final List<String> READ_DIAGNOSTICS = List.of(
      "VMDP501", "VMDP502", "VMDP503", "VMDP601", "VMDP602", "VMDP603", "VMDP604", "VMDP605", "VMDP606");

  private StandardRules() {}

  /** Every standard rule, in ID order. */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(HostRules.all());
    rules.addAll(DeviceRules.all());
    rules.addAll(VmRules.all());
    rules.addAll(ResetRules.all());
    rules.addAll(LogRules.all());
    RuleCatalogue catalogue = RuleCatalogue.standard();
    for (String id : READ_DIAGNOSTICS) {
      CatalogueEntry e = catalogue.get(id);
      rules.add(new ReadDiagnosticRule(id, e.severity(), e.summary()));
    }
    rules.sort((a, b) -> a.id().compareTo(b.id()));
    return List.copyOf(rules);
  }

  /** An engine with the standard rules, knowledge and policy. */
  public static RuleEngine engine() {
    return RuleEngine.builder().rules(all()).build();
  }
}
