/**
 * The root of vmdp's immutable domain model: source references, severities, read-time
 * diagnostics and the one exception type.
 *
 * <p>The model depends on the JDK only. Its sub-packages describe PCI hardware
 * ({@code dev.vmdp.model.pci}), ESX hosts ({@code dev.vmdp.model.host}) and virtual machines
 * ({@code dev.vmdp.model.vm}). Unknown facts are {@link java.util.Optional} and stay unknown;
 * an absent value is always different from an empty one.
 */
@VmdpStyle
package dev.vmdp.model;
