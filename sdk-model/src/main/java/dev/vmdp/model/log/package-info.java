/**
 * Lines of a VM's {@code vmware.log} as model values (line number, timestamp, thread, level,
 * message), so that the log diagnosis rules see them without reading files.
 */
package dev.vmdp.model.log;
