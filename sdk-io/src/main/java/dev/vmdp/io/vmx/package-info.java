/**
 * The lossless .vmx document and its binding to the VM model: {@link dev.vmdp.io.vmx.VmxDocument}
 * keeps every line's bytes, decodes values with the file's {@code .encoding}, reports read-time
 * problems (VMDP601-605) and edits keys with minimal, safe line changes;
 * {@link dev.vmdp.io.vmx.VmxEscape} implements VMware's {@code |XX} escapes;
 * {@link dev.vmdp.io.vmx.VmxBinding} reads a {@link dev.vmdp.model.vm.VirtualMachine} from a
 * document (VMDP606 for values that are not of their type) and turns a model change into the
 * minimal edit, in the forms {@link dev.vmdp.io.vmx.VmxWriteOptions} chooses for the target host.
 *
 * <pre>{@code
 * VmxDocument doc = VmxDocument.read(Path.of("rhel3.vmx"));
 * doc.get("displayName");                      // Optional[RHEL3]
 * VirtualMachine vm = VmxBinding.read(doc);
 * VmxDocument edited = VmxBinding.apply(doc, vm, vm.withMemoryReservationMb(1024), VmxWriteOptions.defaults());
 * }</pre>
 */
package dev.vmdp.io.vmx;
