/**
 * What every reader, document and binding of sdk-io shares: input limits
 * ({@link dev.vmdp.io.InputLimits}, the only size limits), a snapshot of the bytes a document was
 * read from ({@link dev.vmdp.io.FileSnapshot}: a regular file or standard input, read bounded by
 * the bytes actually read), one wording for files that cannot be read
 * ({@link dev.vmdp.io.ReadFailures}), line terminators ({@link dev.vmdp.io.LineTerminator}), the
 * note for what a reader could not use ({@link dev.vmdp.io.ReadNote}), what a binding's edit made
 * ({@link dev.vmdp.io.Edited}: the new document and its line {@link dev.vmdp.model.Edit}s), the
 * input a read was busy with when memory ran out ({@link dev.vmdp.io.CurrentInput}), and
 * the safe, atomic file writer ({@link dev.vmdp.io.SafeWriter}), which keeps owner, group, mode and a
 * backup, takes turns with other saves of the file (in other processes too), and refuses to
 * overwrite a file that changed on disk, belongs to a running VM or is read-only.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(Path.of("rhel3.vmx"));
 * VmxDocument doc = VmxDocument.parse(before).set("memsize", "1024");
 * SafeWriter.save(before.path(), doc.toBytes(), before, SaveOptions.defaults());
 * }</pre>
 */
package dev.vmdp.io;
