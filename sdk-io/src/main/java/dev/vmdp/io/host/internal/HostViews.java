package dev.vmdp.io.host.internal;

import dev.vmdp.io.esx.Esx4Lspci;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.EsxcliPcipassthruList;
import dev.vmdp.io.esx.LspciPciInfo;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.lspci.LspciView;
import java.util.ArrayList;
import java.util.List;

/**
 * What the host's files said, each file's view as its reader made it, in the order the files were
 * given: the input of the {@link Assembler}. Immutable; {@link #plus} makes a larger copy.
 *
 * @param lspci lspci views
 * @param esxcli {@code esxcli hardware pci list} outputs
 * @param pciInfo ESXi {@code lspci -p} outputs
 * @param esx4 ESX 4 service console lspci outputs
 * @param pcipassthru {@code esxcli hardware pci pcipassthru list} outputs
 * @param modules module lists
 * @param esxConfs esx.conf files
 * @param versions version outputs
 */
public record HostViews(List<LspciView> lspci, List<EsxcliPciList> esxcli, List<LspciPciInfo> pciInfo,
    List<Esx4Lspci> esx4, List<EsxcliPcipassthruList> pcipassthru, List<ModuleList> modules, List<EsxConf> esxConfs,
    List<VersionOutput> versions) {

  /** No views. */
  public static HostViews none() {
    return new HostViews(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * These views and one more.
   *
   * @param view a view of one of the record's types
   * @return the larger copy
   * @throws IllegalArgumentException for an object of another type
   */
  public HostViews plus(Object view) {
    if (view instanceof LspciView v) {
      return new HostViews(add(lspci, v), esxcli, pciInfo, esx4, pcipassthru, modules, esxConfs, versions);
    }
    if (view instanceof EsxcliPciList v) {
      return new HostViews(lspci, add(esxcli, v), pciInfo, esx4, pcipassthru, modules, esxConfs, versions);
    }
    if (view instanceof LspciPciInfo v) {
      return new HostViews(lspci, esxcli, add(pciInfo, v), esx4, pcipassthru, modules, esxConfs, versions);
    }
    if (view instanceof Esx4Lspci v) {
      return new HostViews(lspci, esxcli, pciInfo, add(esx4, v), pcipassthru, modules, esxConfs, versions);
    }
    if (view instanceof EsxcliPcipassthruList v) {
      return new HostViews(lspci, esxcli, pciInfo, esx4, add(pcipassthru, v), modules, esxConfs, versions);
    }
    if (view instanceof ModuleList v) {
      return new HostViews(lspci, esxcli, pciInfo, esx4, pcipassthru, add(modules, v), esxConfs, versions);
    }
    if (view instanceof EsxConf v) {
      return new HostViews(lspci, esxcli, pciInfo, esx4, pcipassthru, modules, add(esxConfs, v), versions);
    }
    if (view instanceof VersionOutput v) {
      return new HostViews(lspci, esxcli, pciInfo, esx4, pcipassthru, modules, esxConfs, add(versions, v));
    }
    throw new IllegalArgumentException("not a host view: " + view);
  }

  private static <T> List<T> add(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return List.copyOf(out);
  }
}
