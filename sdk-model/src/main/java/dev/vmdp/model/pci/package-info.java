/**
 * PCI hardware: addresses, vendor/device ids, functions with their capabilities, bridges and the
 * host's PCI topology.
 */
package dev.vmdp.model.pci;
