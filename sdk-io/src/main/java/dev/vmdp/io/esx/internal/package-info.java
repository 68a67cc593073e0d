/**
 * The table the VMkernel prints of its PCI functions (ESXi's {@code lspci -p}, the ESX 4 service
 * console's {@code lspci}), read once for both readers. Internal to sdk-io.
 */
package dev.vmdp.io.esx.internal;
