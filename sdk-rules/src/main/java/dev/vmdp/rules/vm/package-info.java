/**
 * The VM rules (VMDP301-VMDP319): passthrough device limits, virtual hardware, the pciBridge
 * block and motherboard layout, memory reservation and limit, interrupt modes, slot numbers,
 * required keys, 64-bit MMIO and EFI, hot add, Dynamic DirectPath and consumer GPUs.
 * {@link dev.vmdp.rules.vm.VmRules#all()} lists them; each rule's facts are documented on its class
 * and on its page {@code docs/rules/VMDPnnn.md}.
 */
package dev.vmdp.rules.vm;
