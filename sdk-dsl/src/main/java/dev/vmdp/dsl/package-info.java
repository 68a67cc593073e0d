/**
 * The SDK's public face: static-import verbs ({@link dev.vmdp.dsl.Vmdp}) and fluent builders for
 * hosts and VMs, and the {@code Workspace} that opens files, checks, fixes and saves them.
 */
package dev.vmdp.dsl;
