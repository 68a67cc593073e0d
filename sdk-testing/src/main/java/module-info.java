/**
 * vmdp's rule-test harness: .vmx and host text with markers on the offending lines, run through
 * binding, rules and fixes, asserted with AssertJ.
 */
module dev.vmdp.testing {
  requires transitive dev.vmdp.dsl;
  requires org.assertj.core;

  exports dev.vmdp.testing;
}
