package dev.vmdp.model.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostEnumsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vmkernel|VMKERNEL", "passthru|PASSTHRU", "VMkernel|VMKERNEL", "VM Passthru|PASSTHRU", "vm  passthru|PASSTHRU",
    "' PASSTHRU '|PASSTHRU"})
  void readsOwnersFromEsxConfAndEsxcli(String text, Owner owner) {
    assertThat(Owner.fromText(text)).hasValue(owner);
  }

  @Test
  void leavesOtherOwnerTextUnknown() {
    assertThat(Owner.fromText("None")).isEmpty();
    assertThat(Owner.fromText("")).isEmpty();
    assertThat(Owner.PASSTHRU.esxConfToken()).isEqualTo("passthru");
    assertThat(Owner.VMKERNEL.esxcliText()).isEqualTo("VMkernel");
  }

  @Test
  void passthroughStatesSayWhatIsConfiguredActiveAndPending() {
    assertThat(PassthroughState.DISABLED.configured()).isFalse();
    assertThat(PassthroughState.DISABLED.active()).isFalse();
    assertThat(PassthroughState.DISABLED.rebootPending()).isFalse();
    assertThat(PassthroughState.ENABLED_PENDING_REBOOT.configured()).isTrue();
    assertThat(PassthroughState.ENABLED_PENDING_REBOOT.active()).isFalse();
    assertThat(PassthroughState.ENABLED_PENDING_REBOOT.rebootPending()).isTrue();
    assertThat(PassthroughState.ACTIVE.configured()).isTrue();
    assertThat(PassthroughState.ACTIVE.active()).isTrue();
    assertThat(PassthroughState.ACTIVE.rebootPending()).isFalse();
    assertThat(PassthroughState.DISABLE_PENDING_REBOOT.configured()).isFalse();
    assertThat(PassthroughState.DISABLE_PENDING_REBOOT.active()).isTrue();
    assertThat(PassthroughState.DISABLE_PENDING_REBOOT.rebootPending()).isTrue();
  }

  @Test
  void passthroughStateFollowsConfiguredAndCurrentOwner() {
    assertThat(PassthroughState.fromOwners(Owner.VMKERNEL, Owner.VMKERNEL)).isEqualTo(PassthroughState.DISABLED);
    assertThat(PassthroughState.fromOwners(Owner.PASSTHRU, Owner.VMKERNEL))
        .isEqualTo(PassthroughState.ENABLED_PENDING_REBOOT);
    assertThat(PassthroughState.fromOwners(Owner.PASSTHRU, Owner.PASSTHRU)).isEqualTo(PassthroughState.ACTIVE);
    assertThat(PassthroughState.fromOwners(Owner.VMKERNEL, Owner.PASSTHRU))
        .isEqualTo(PassthroughState.DISABLE_PENDING_REBOOT);
    for (PassthroughState s : PassthroughState.values()) {
      assertThat(PassthroughState.of(s.configured(), s.active())).isEqualTo(s);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Function reset|FLR", "Link reset|LINK", "Bridge reset|BRIDGE", "function  RESET|FLR", "flr|FLR", "d3d0|D3D0",
    "bridge|BRIDGE"})
  void readsResetMethodsFromEsxcliAndPassthruMap(String text, ResetMethod method) {
    assertThat(ResetMethod.fromEsxcli(text)).hasValue(method);
  }

  @Test
  void resetMethodsKnowTheirScopeAndWord() {
    assertThat(ResetMethod.fromToken("FLR")).hasValue(ResetMethod.FLR);
    assertThat(ResetMethod.fromToken("reboot")).isEmpty();
    assertThat(ResetMethod.fromEsxcli("Power reset")).isEmpty();
    assertThat(ResetMethod.FLR.functionScoped()).isTrue();
    assertThat(ResetMethod.D3D0.functionScoped()).isTrue();
    assertThat(ResetMethod.LINK.functionScoped()).isFalse();
    assertThat(ResetMethod.BRIDGE.functionScoped()).isFalse();
    assertThat(ResetMethod.DEFAULT.functionScoped()).isFalse();
    assertThat(ResetMethod.D3D0).hasToString("d3d0");
  }

  @Test
  void fptShareableTrueAndDefaultMeanTheSame() {
    assertThat(FptShareable.fromToken("true")).hasValue(FptShareable.TRUE);
    assertThat(FptShareable.fromToken("Default")).hasValue(FptShareable.DEFAULT);
    assertThat(FptShareable.fromToken("FALSE")).hasValue(FptShareable.FALSE);
    assertThat(FptShareable.fromToken("fasle")).isEmpty();
    assertThat(FptShareable.TRUE.shareable()).isTrue();
    assertThat(FptShareable.DEFAULT.shareable()).isTrue();
    assertThat(FptShareable.FALSE.shareable()).isFalse();
    assertThat(FptShareable.FALSE).hasToString("false");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "GenuineIntel|INTEL", "Intel(R) Xeon(R) CPU E5520 @ 2.27GHz|INTEL", "AuthenticAMD|AMD", "AMD Opteron 6174|AMD",
    "HygonGenuine|OTHER", "|OTHER"})
  void readsCpuVendors(String text, CpuVendor vendor) {
    assertThat(CpuVendor.fromText(text == null ? "" : text)).isEqualTo(vendor);
  }

  @Test
  void cpuVendorsExpectTheirIommu() {
    assertThat(CpuVendor.INTEL.expectedIommu()).isEqualTo(IommuKind.INTEL_VTD);
    assertThat(CpuVendor.AMD.expectedIommu()).isEqualTo(IommuKind.AMD_VI);
    assertThat(CpuVendor.OTHER.expectedIommu()).isEqualTo(IommuKind.NONE);
    assertThat(IommuKind.NONE.present()).isFalse();
    assertThat(IommuKind.AMD_VI.present()).isTrue();
  }
}
