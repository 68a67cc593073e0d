/**
 * The lossless .vmx document: {@link dev.vmdp.io.vmx.VmxDocument} keeps every line's bytes,
 * decodes values with the file's {@code .encoding}, reports read-time problems (VMDP601-605) and
 * edits keys with minimal, safe line changes; {@link dev.vmdp.io.vmx.VmxEscape} implements
 * VMware's {@code |XX} escapes.
 *
 * <pre>{@code
 * VmxDocument doc = VmxDocument.read(Path.of("rhel3.vmx"));
 * doc.get("displayName");                      // Optional[RHEL3]
 * VmxDocument edited = doc.set("memsize", "1024");
 * }</pre>
 */
package dev.vmdp.io.vmx;
