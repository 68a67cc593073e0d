package dev.vmdp.rules.reset;

import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule about who gets the functions of a reset group (VMDP401-404, 406): silent unless a VM's
 * present entries name host functions; it sees the check's reset analysis and owners, each made
 * once per check for all these rules.
 */
abstract class ResetRule extends CatalogueRule {

  ResetRule(String id) {
    super(id);
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  @Override
  public final List<Finding> check(CheckContext context) {
    Owners owners = Owners.of(context);
    if (owners.assigned.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    check(context, ResetAnalysis.of(context), owners, out);
    return List.copyOf(out);
  }

  /** Adds the findings of a check in which some VM takes host functions. */
  abstract void check(CheckContext context, ResetAnalysis analysis, Owners owners, List<Finding> out);
}
