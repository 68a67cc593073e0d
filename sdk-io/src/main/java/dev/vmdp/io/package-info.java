/**
 * File-level services shared by every reader and writer of sdk-io: input size limits
 * ({@link dev.vmdp.io.InputLimits}), a snapshot of the bytes a document was read from
 * ({@link dev.vmdp.io.FileSnapshot}) and the safe, atomic file writer
 * ({@link dev.vmdp.io.SafeWriter}), which keeps owner, group, mode and a backup, takes turns with
 * other saves of the file (in other processes too), and refuses to overwrite a file that changed
 * on disk, belongs to a running VM or is read-only.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(Path.of("rhel3.vmx"));
 * VmxDocument doc = VmxDocument.parse(before).set("memsize", "1024");
 * SafeWriter.save(before.path(), doc.toBytes(), before, SaveOptions.defaults());
 * }</pre>
 */
package dev.vmdp.io;
