/**
 * What the packages of sdk-io share that names none of their types, so that {@code dev.vmdp.io}
 * can use it without a package cycle ({@code dev.vmdp.io.internal} depends on
 * {@code dev.vmdp.io}): the bytes of a {@code FileSnapshot} without a copy. Not exported.
 */
package dev.vmdp.io.internal.shared;
