/**
 * The rule engine: {@link dev.vmdp.rules.Rule}s turn a host and VMs into
 * {@link dev.vmdp.rules.Finding}s with facts, locations and {@link dev.vmdp.rules.Fix}es, collected
 * in a {@link dev.vmdp.rules.Report}; {@link dev.vmdp.rules.RuleEngine} runs them under a
 * {@link dev.vmdp.rules.SitePolicy}. Rules are pure: they never touch files.
 */
package dev.vmdp.rules;
