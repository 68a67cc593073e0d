/**
 * ESX hosts: product version, CPU and IOMMU, system UUID, the PCI topology, passthrough states,
 * VMkernel ownership and the passthru.map policy.
 */
package dev.vmdp.model.host;
