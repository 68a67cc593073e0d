/**
 * File-level services shared by every reader and writer of sdk-io: input size limits
 * ({@link dev.vmdp.io.InputLimits}), a snapshot of the bytes a document was read from
 * ({@link dev.vmdp.io.FileSnapshot}) and the safe, atomic file writer
 * ({@link dev.vmdp.io.SafeWriter}) that refuses to overwrite a file that changed on disk or
 * belongs to a running VM.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(Path.of("rhel3.vmx"));
 * VmxDocument doc = VmxDocument.parse(before).set("memsize", "1024");
 * SafeWriter.save(before.path(), doc.toBytes(), before, SaveOptions.defaults());
 * }</pre>
 */
package dev.vmdp.io;
