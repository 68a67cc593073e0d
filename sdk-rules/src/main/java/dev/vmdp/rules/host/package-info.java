/**
 * Host rules (VMDP101-VMDP107): the host's IOMMU, pending reboots, removed devices and the
 * product version. {@link dev.vmdp.rules.host.HostRules#all()} lists them in ID order.
 */
package dev.vmdp.rules.host;
