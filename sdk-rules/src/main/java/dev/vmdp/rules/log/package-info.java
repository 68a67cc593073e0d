/**
 * The log diagnosis rules (VMDP701-VMDP707) over {@code vmware.log} lines: each finding points at
 * the first line of one failure (lines of one file that show the same device or value are one
 * failure) and names, in its facts, the rule and fix that prevent it.
 * {@link dev.vmdp.rules.log.LogRules#all()} lists them.
 */
package dev.vmdp.rules.log;
