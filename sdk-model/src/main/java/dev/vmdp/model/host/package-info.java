/**
 * ESX hosts: product version ({@link dev.vmdp.model.host.EsxVersion}), CPU vendor and IOMMU facts,
 * system UUID, the PCI topology, passthrough states (configured vs active), VMkernel ownership from
 * esx.conf and esxcli, the per-function reports of {@code esxcli hardware pci list}, and the
 * passthru.map policy with its precedence rule.
 *
 * <p>{@link dev.vmdp.model.host.Host} is the aggregate the rules read; every fact not given stays
 * empty so a rule can say "not verified" instead of guessing.
 */
package dev.vmdp.model.host;
