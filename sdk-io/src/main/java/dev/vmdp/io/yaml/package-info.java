/**
 * The YAML files of vmdp: the {@code .vmdp.yaml} config ({@link dev.vmdp.io.yaml.VmdpConfig}) and
 * the inventory ({@code vmdp check --inventory FILE}): hosts with their version, CPU, IOMMU,
 * UUID, devices, passthrough states, owners, module list and passthru.map, given inline or as
 * files; and VMs as .vmx paths with the host each runs on. The schema is documented in
 * {@code docs/inventory.md}; {@link dev.vmdp.io.yaml.Inventory} is the entry point.
 */
@VmdpStyle
package dev.vmdp.io.yaml;

import dev.vmdp.model.VmdpStyle;
