/**
 * Reset and co-assignment analysis (DOMAIN.md 8): the effective reset method of every function,
 * the groups of functions that must go to one owner, the rules VMDP401-406 and VMDP504-506, and
 * the planner behind {@code vmdp plan}. Start at {@link dev.vmdp.rules.reset.ResetAnalysis}.
 */
package dev.vmdp.rules.reset;
