/**
 * vmdp's immutable domain model: hosts, PCI devices, VMs, log lines, diagnostics and the one
 * exception type. JDK only at run time; every package is API.
 *
 * <p>The Immutables annotations are needed to compile this module only ({@code static}), and not
 * {@code transitive}: javac would then require them of every module that reads this one.
 * Immutables names its jar's module in the manifest ({@code Automatic-Module-Name}), which javac
 * warns about.
 */
@SuppressWarnings("requires-automatic")
module dev.vmdp.model {
  requires static org.immutables.value.annotations;

  exports dev.vmdp.model;
  exports dev.vmdp.model.host;
  exports dev.vmdp.model.log;
  exports dev.vmdp.model.pci;
  exports dev.vmdp.model.vm;
}
