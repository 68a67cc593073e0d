/**
 * Helpers of the workspace that are not API: the unified diff of a changed file. Used by
 * {@code dev.vmdp.dsl} and the console; SDK users call {@code Workspace.diff()} instead.
 */
package dev.vmdp.dsl.internal;
