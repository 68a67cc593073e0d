/**
 * The lspci parsers (list and tree forms) and the mapping of what they saw to model values.
 * Internal to sdk-io.
 */
package dev.vmdp.io.lspci.internal;
