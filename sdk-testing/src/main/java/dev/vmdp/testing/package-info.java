/**
 * The rule-test harness ({@link dev.vmdp.testing.RuleTest}): whole .vmx and host files as text,
 * {@code # BUG: VMDPnnn} markers on the lines before the lines findings must point at, run
 * through the real readers, bindings, rules, fix loop and safe writer; tests assert rule IDs,
 * facts and the lines written. vmdp's own rule tests use it; so can tests of site rules.
 */
package dev.vmdp.testing;
