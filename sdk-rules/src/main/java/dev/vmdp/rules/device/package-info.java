/**
 * Device rules (VMDP201-VMDP210): each VM's present {@code pciPassthruN} entries checked against
 * the host's PCI inventory, UUID, passthrough states, topology and version.
 * {@link dev.vmdp.rules.device.DeviceRules#all()} lists them in ID order.
 */
package dev.vmdp.rules.device;
