/**
 * vmdp's lossless readers and writers: .vmx, passthru.map, esx.conf, lspci, esxcli, module lists,
 * vmware.log, the host assembler and the YAML config and inventory.
 *
 * <p>Every {@code dev.vmdp.io.*} package but the {@code internal} ones is API. The internal
 * packages are exported to no module: no other vmdp module uses them. The YAML DTOs are opened
 * to Jackson's data binding only, which fills their package-private fields.
 */
@SuppressWarnings("requires-automatic")
module dev.vmdp.io {
  requires transitive dev.vmdp.model;
  requires static org.immutables.value.annotations;

  requires com.fasterxml.jackson.annotation;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.apache.commons.compress;
  requires io.github.javadiffutils;

  exports dev.vmdp.io;
  exports dev.vmdp.io.esx;
  exports dev.vmdp.io.host;
  exports dev.vmdp.io.log;
  exports dev.vmdp.io.lspci;
  exports dev.vmdp.io.passthrumap;
  exports dev.vmdp.io.vmx;
  exports dev.vmdp.io.yaml;

  opens dev.vmdp.io.yaml.internal to tools.jackson.databind;
}
