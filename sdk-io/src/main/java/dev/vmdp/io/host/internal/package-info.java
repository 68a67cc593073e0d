/**
 * The host assembler's parts: the views of one machine ({@link dev.vmdp.io.host.internal.HostViews}),
 * their merge by precedence ({@link dev.vmdp.io.host.internal.Assembler}), the bundle reader within
 * the input limits ({@link dev.vmdp.io.host.internal.ArchiveReader}) and the version output.
 * Internal to sdk-io.
 */
package dev.vmdp.io.host.internal;
