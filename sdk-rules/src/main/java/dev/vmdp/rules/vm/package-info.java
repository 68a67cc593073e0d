/**
 * The VM rules (VMDP301-VMDP313): passthrough device limits, virtual hardware, the pciBridge
 * block, memory reservation, interrupt modes, slot numbers, required keys, 64-bit MMIO, hot add
 * and Dynamic DirectPath. {@link dev.vmdp.rules.vm.VmRules#all()} lists them; each rule's facts
 * are documented on its class and on its page {@code docs/rules/VMDPnnn.md}.
 */
package dev.vmdp.rules.vm;
