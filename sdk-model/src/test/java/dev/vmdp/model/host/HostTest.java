package dev.vmdp.model.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.pci.PortType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostTest {
  private static final PciAddress ROOT_PORT = PciAddress.parse("0000:00:01.0");
  private static final PciAddress NIC0 = PciAddress.parse("0000:03:00.0");
  private static final PciAddress NIC1 = PciAddress.parse("0000:03:00.1");
  private static final PciAddress HBA = PciAddress.parse("0000:04:00.0");

  private static PciTopology topology() {
    return PciTopology.of(
        PciFunction.builder().address(ROOT_PORT).id(PciId.of(0x8086, 0x3408)).classCode(ClassCode.parse("0604"))
            .portType(PortType.ROOT_PORT).bridge(BusRange.of(0, 3, 3)).build(),
        PciFunction.builder().address(NIC0).id(PciId.of(0x8086, 0x10c6)).vmkernelName("vmnic0").build(),
        PciFunction.builder().address(NIC1).id(PciId.of(0x8086, 0x10c6)).vmkernelName("vmnic1").build(),
        PciFunction.builder().address(HBA).id(PciId.of(0x1077, 0x2532)).build());
  }

  private static Host.Builder esx() {
    return Host.builder().name("esx01").topology(topology());
  }

  @Test
  void unknownFactsStayUnknown() {
    Host h = Host.builder().name("esx01").build();
    assertThat(h.version()).isEmpty();
    assertThat(h.cpuVendor()).isEmpty();
    assertThat(h.iommu()).isEqualTo(Iommu.unknown());
    assertThat(h.systemUuid()).isEmpty();
    assertThat(h.topology()).isEqualTo(PciTopology.empty());
    assertThat(h.passthruMap()).isEqualTo(PassthruMap.empty());
    assertThat(h.loadedModules()).isEmpty();
    assertThat(h.anyModuleLoaded(List.of("vtddmar"))).isEmpty();
    assertThat(h.passthroughState(NIC0)).isEmpty();
    assertThat(h.vmkernelOwned(NIC0)).isEmpty();
    assertThat(h.configuredOwner(NIC0)).isEmpty();
    assertThat(h.parentDevice(NIC0)).isEmpty();
  }

  @Test
  void anEmptyModuleListIsAFactNotUnknown() {
    Host h = esx().loadedModules(Set.of()).build();
    assertThat(h.loadedModules()).hasValue(Set.of());
    assertThat(h.anyModuleLoaded(List.of("vtddmar", "iommu"))).hasValue(false);
  }

  @Test
  void findsLoadedIommuModules() {
    Host h = esx().loadedModules(Set.of("vmkernel", "vtddmar", "e1000")).build();
    assertThat(h.anyModuleLoaded(List.of("amd_iommu", "vtddmar"))).hasValue(true);
    assertThat(h.anyModuleLoaded(List.of("amd_iommu"))).hasValue(false);
  }

  @Test
  void keepsAnUnmodifiableCopyOfTheModuleList() {
    Set<String> modules = new HashSet<>(Set.of("vtddmar"));
    Host h = esx().loadedModules(modules).build();
    modules.add("iommu");
    assertThat(h.loadedModules().orElseThrow()).containsExactly("vtddmar");
    assertThatThrownBy(() -> h.loadedModules().orElseThrow().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsDevicesByAnyAddressForm() {
    Host h = esx().build();
    assertThat(h.device("0000:03:00.0").vmkernelName()).hasValue("vmnic0");
    assertThat(h.device("03:00.1").vmkernelName()).hasValue("vmnic1");
    assertThat(h.device(HBA).id()).contains(PciId.of(0x1077, 0x2532));
    assertThat(h.function(PciAddress.parse("05:00.0"))).isEmpty();
  }

  @Test
  void aMissingDeviceIsAnErrorNamingHostAndAddress() {
    Host h = esx().build();
    assertThatThrownBy(() -> h.device("0000:05:00.0"))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("esx01")
        .hasMessageContaining("0000:05:00.0");
    assertThatThrownBy(() -> h.device("zz:00.0")).isInstanceOf(VmdpException.class).hasMessageContaining("'zz:00.0'");
  }

  @Test
  void passthroughStatePrefersTheExplicitStateOverTheReport() {
    HostDeviceReport pending = HostDeviceReport.builder().address(NIC0)
        .configuredOwner(Owner.PASSTHRU).currentOwner(Owner.VMKERNEL).build();
    Host reported = esx().putDeviceReport(NIC0, pending).build();
    assertThat(reported.passthroughState(NIC0)).hasValue(PassthroughState.ENABLED_PENDING_REBOOT);
    Host explicit = esx().putDeviceReport(NIC0, pending).putPassthroughState(NIC0, PassthroughState.ACTIVE).build();
    assertThat(explicit.passthroughState(NIC0)).hasValue(PassthroughState.ACTIVE);
    assertThat(explicit.passthroughState(NIC1)).isEmpty();
  }

  @Test
  void vmkernelOwnershipComesFromCurrentOwnerThenStateThenEsxConf() {
    Host h = esx()
        .putDeviceReport(NIC0, HostDeviceReport.builder().address(NIC0).currentOwner(Owner.PASSTHRU).build())
        .putPassthroughState(NIC1, PassthroughState.ENABLED_PENDING_REBOOT)
        .putOwner(HBA, Owner.PASSTHRU)
        .build();
    assertThat(h.vmkernelOwned(NIC0)).hasValue(false);
    assertThat(h.vmkernelOwned(NIC1)).hasValue(true);
    assertThat(h.vmkernelOwned(HBA)).hasValue(false);
    assertThat(h.vmkernelOwned(ROOT_PORT)).isEmpty();
  }

  @Test
  void configuredOwnerComesFromReportThenEsxConfThenState() {
    Host h = esx()
        .putDeviceReport(NIC0, HostDeviceReport.builder().address(NIC0).configuredOwner(Owner.VMKERNEL).build())
        .putOwner(NIC0, Owner.PASSTHRU)
        .putOwner(NIC1, Owner.PASSTHRU)
        .putPassthroughState(HBA, PassthroughState.DISABLE_PENDING_REBOOT)
        .build();
    assertThat(h.configuredOwner(NIC0)).hasValue(Owner.VMKERNEL);
    assertThat(h.configuredOwner(NIC1)).hasValue(Owner.PASSTHRU);
    assertThat(h.configuredOwner(HBA)).hasValue(Owner.VMKERNEL);
  }

  @Test
  void parentDeviceComesFromTopologyThenEsxcli() {
    PciAddress esxcliParent = PciAddress.parseEsxcli("PCI 0:0:2:0");
    Host h = esx()
        .putDeviceReport(HBA, HostDeviceReport.builder().address(HBA).parent(esxcliParent).build())
        .putDeviceReport(NIC0, HostDeviceReport.builder().address(NIC0).parent(esxcliParent).build())
        .build();
    assertThat(h.parentDevice(NIC0)).hasValue(ROOT_PORT);
    assertThat(h.parentDevice(HBA)).hasValue(esxcliParent);
    assertThat(h.deviceReport(HBA)).isPresent();
    assertThat(h.deviceReport(NIC1)).isEmpty();
  }

  @Test
  void keepsDiagnosticsAndSources() {
    Diagnostic d = Diagnostic.builder().ruleId("VMDP501").severity(Severity.ERROR).message("malformed line")
        .location(SourceRef.of("passthru.map", 7)).build();
    Host h = esx().systemUuid("48c4619b-6d58-18db-2a0e-000423d1e6f6").addDiagnostic(d)
        .putSource("/system/uuid", SourceRef.of("esx.conf", 12)).build();
    assertThat(h.diagnostics()).containsExactly(d);
    assertThat(h.sourceOf("/system/uuid")).hasValue(SourceRef.of("esx.conf", 12));
    assertThat(h.sourceOf("/system/other")).isEmpty();
  }

  @Test
  void copiesWithWithers() {
    Host h = esx().build();
    Host v = h.withVersion(EsxVersion.ESX_6_7).withIommu(Iommu.builder().kind(IommuKind.INTEL_VTD).build())
        .withPassthruMap(PassthruMap.builder().addEntry(PassthruMapEntry.builder().vendor(0x8086).device(0x10c6)
            .resetMethod(ResetMethod.D3D0).fptShareable(FptShareable.DEFAULT).build()).build())
        .withTopology(PciTopology.empty());
    assertThat(v.version()).hasValue(EsxVersion.ESX_6_7);
    assertThat(v.iommu().kind()).hasValue(IommuKind.INTEL_VTD);
    assertThat(v.passthruMap().entries()).hasSize(1);
    assertThat(v.topology().isEmpty()).isTrue();
    assertThat(h.version()).isEmpty();
    assertThat(v).hasToString("Host[esx01 6.7, 0 functions]");
    assertThat(h).hasToString("Host[esx01, 4 functions]");
  }

  @Test
  void rejectsABlankNameNamingIt() {
    assertThatThrownBy(() -> Host.builder().name("  ").build()).hasMessageContaining("Host name").hasMessageContaining("'  '");
  }

  @Test
  void rejectsABlankUuid() {
    assertThatThrownBy(() -> esx().systemUuid("").build()).hasMessageContaining("systemUuid");
  }

  @Test
  void rejectsAReportFiledUnderAnotherAddressNamingBoth() {
    assertThatThrownBy(() -> esx().putDeviceReport(NIC0, HostDeviceReport.builder().address(NIC1).build()).build())
        .hasMessageContaining("0000:03:00.0").hasMessageContaining("0000:03:00.1");
  }
}
