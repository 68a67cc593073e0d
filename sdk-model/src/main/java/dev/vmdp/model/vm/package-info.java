/**
 * Virtual machines as their .vmx files describe them: guest, virtual hardware version, memory and
 * its reservation, hot add, the virtual pciBridge block, other virtual devices and the
 * {@code pciPassthruN} entries, with {@link dev.vmdp.model.vm.PciSlotNumber} to decode virtual slot
 * numbers.
 *
 * <p>Every key that is not in the file is empty; only {@code present = "TRUE"} makes a
 * passthrough entry count. {@link dev.vmdp.model.vm.VirtualMachine#sources()} keeps the file and
 * line each value came from, keyed by the lower-cased .vmx key.
 *
 * <p>A VM's {@code vmware.log} reaches the rules as {@code dev.vmdp.model.log.LogLine}s.
 */
package dev.vmdp.model.vm;
