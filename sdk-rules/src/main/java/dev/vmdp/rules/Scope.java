package dev.vmdp.rules;

/**
 * Which VMs a rule must see together. A whole check ({@link RuleEngine#check}) runs every rule
 * once over every VM; a streaming fleet check runs the {@link #EACH_VM} rules file by file, as each
 * VM is read, and the {@link #ALL_VMS} rules once at the end over what every VM's passthrough
 * entries say ({@link FleetFacts}), so it never holds the fleet in memory.
 *
 * <pre>{@code
 * public Scope scope() { return Scope.ALL_VMS; }   // a site rule that compares VMs
 * }</pre>
 */
public enum Scope {
  /** A finding about a VM depends only on that VM and the host: the default of {@link Rule}. */
  EACH_VM,
  /**
   * The rule compares VMs (a device two VMs take, a reset group split between VMs) or is about the
   * host and its files alone; in a streaming check it sees each VM's name, file, hardware version
   * and present passthrough entries, nothing else.
   */
  ALL_VMS,
  /**
   * The rule reports both kinds (the diagnostics readers attach to VMs and to the host); it reads
   * {@link CheckContext#pass()} to report each kind in its own pass.
   */
  BOTH
}
