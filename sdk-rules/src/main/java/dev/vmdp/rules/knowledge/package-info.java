/**
 * The knowledge base: facts about VMware products, devices and guests, each with its source.
 * {@link dev.vmdp.rules.knowledge.ProductKnowledge} holds virtual hardware, device limits per
 * version and the {@code pciPassthruN.id} forms ({@link dev.vmdp.rules.knowledge.VmxIdForm},
 * {@link dev.vmdp.rules.knowledge.IdProblem}); {@link dev.vmdp.rules.knowledge.DeviceKnowledge}
 * holds the guide's device lists, the IOMMU modules and the reset quirks
 * ({@link dev.vmdp.rules.knowledge.DeviceQuirk}, {@link dev.vmdp.rules.knowledge.ResetQuirk}).
 * Every part is immutable; {@code with} methods return changed copies for site policies.
 */
package dev.vmdp.rules.knowledge;
