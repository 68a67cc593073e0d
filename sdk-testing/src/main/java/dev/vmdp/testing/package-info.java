/**
 * The rule-test harness ({@link dev.vmdp.testing.RuleTest}): whole .vmx, host files and logs as
 * text, {@code # BUG: VMDPnnn} markers on the lines before the lines findings must point at, run
 * through the real readers, bindings, rules, fix loop and safe writer; tests assert rule IDs,
 * facts and the lines written. {@link dev.vmdp.testing.TestText} makes a test's case from a
 * realistic fixture (a marker put in, a line replaced or dropped). vmdp's own rule tests use it;
 * so can tests of site rules.
 */
package dev.vmdp.testing;
