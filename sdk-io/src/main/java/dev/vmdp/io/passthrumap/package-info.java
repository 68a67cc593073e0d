/**
 * The host's {@code /etc/vmware/passthru.map}: a lossless document ({@link
 * dev.vmdp.io.passthrumap.PassthruMapDocument}) whose lines keep their bytes, its binding to the
 * model's {@link dev.vmdp.model.host.PassthruMap} ({@link dev.vmdp.io.passthrumap.PassthruMapBinding})
 * with diagnostics VMDP501-503 and minimal edits described line by line,
 * and the maps vmdp ships ({@link dev.vmdp.io.passthrumap.BuiltInMaps}).
 */
package dev.vmdp.io.passthrumap;
