package dev.vmdp.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.host.EsxVersion;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductKnowledgeTest {
  private final ProductKnowledge p = ProductKnowledge.standard();

  @Test
  void deviceLimitsFollowKb1010789PerVersion() {
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_3_5)).isEmpty();
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_4_0)).contains(2);
    assertThat(p.passthroughDeviceLimit(EsxVersion.of(4, 0, 2))).contains(2);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_4_1)).contains(4);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_5_1)).contains(4);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_5_5)).contains(16);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_7_0_U3)).contains(16);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_8_0)).contains(32);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_8_0_U1)).contains(64);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_8_0_U2)).contains(128);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_9_0)).contains(128);
  }

  @Test
  void conflictingAdminGuideLimitIsNotedFor65And67Only() {
    assertThat(p.passthroughDeviceLimitNote(EsxVersion.ESX_6_5)).hasValueSatisfying(n -> assertThat(n).contains("say 6"));
    assertThat(p.passthroughDeviceLimitNote(EsxVersion.ESX_6_7_U2)).isPresent();
    assertThat(p.passthroughDeviceLimitNote(EsxVersion.ESX_6_0)).isEmpty();
    assertThat(p.passthroughDeviceLimitNote(EsxVersion.ESX_7_0)).isEmpty();
  }

  @Test
  void siteLimitIsACopyEndingAtTheNextListedVersion() {
    ProductKnowledge site = p.withPassthroughDeviceLimit(EsxVersion.ESX_6_5, 6);
    assertThat(site.passthroughDeviceLimit(EsxVersion.ESX_6_7)).contains(6);
    assertThat(site.passthroughDeviceLimitNote(EsxVersion.ESX_6_7)).isEmpty();
    assertThat(site.passthroughDeviceLimit(EsxVersion.ESX_7_0)).contains(16);
    assertThat(p.passthroughDeviceLimit(EsxVersion.ESX_6_7)).contains(16);
    assertThatThrownBy(() -> p.withPassthroughDeviceLimit(EsxVersion.ESX_6_5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
  }

  @Test
  void firstVersionAndDynamicDirectPath() {
    assertThat(p.firstPassthroughVersion()).isEqualTo(EsxVersion.ESX_4_0);
    assertThat(p.supportsPassthrough(EsxVersion.ESX_3_5)).isFalse();
    assertThat(p.supportsPassthrough(EsxVersion.ESX_4_0)).isTrue();
    assertThat(p.dynamicDirectPathMinimumHardwareVersion()).isEqualTo(17);
  }

  @Test
  void idFormsPerVersion() {
    assertThat(p.idFormFor(EsxVersion.ESX_4_1)).isEqualTo(VmxIdForm.SHORT);
    assertThat(p.idFormFor(EsxVersion.ESX_5_0)).isEqualTo(VmxIdForm.LONG);
    assertThat(p.acceptedIdForms(EsxVersion.ESX_4_0)).isEqualTo(Set.of(VmxIdForm.SHORT));
    assertThat(p.acceptedIdForms(EsxVersion.ESX_8_0)).isEqualTo(Set.of(VmxIdForm.SHORT, VmxIdForm.LONG));
  }

  @Test
  void idProblemsAndSuggestions() {
    assertThat(p.idProblem("0000:65:0a.0", EsxVersion.ESX_7_0)).contains(IdProblem.HEX_DIGITS);
    assertThat(p.suggestedId("0000:65:0a.0", EsxVersion.ESX_7_0)).contains("00000:101:10.0");
    assertThat(p.idProblem(" 00000:101:00.0 ", EsxVersion.ESX_7_0)).isEmpty();
    assertThat(p.idProblem("00000:101:00.0", EsxVersion.ESX_4_1)).contains(IdProblem.WRONG_FORM);
    assertThat(p.idProblem("03.00.0", EsxVersion.ESX_7_0)).contains(IdProblem.SHAPE);
    assertThat(p.idProblem("03:40.0", EsxVersion.ESX_7_0)).contains(IdProblem.OUT_OF_RANGE);
    assertThat(p.idProblem("", EsxVersion.ESX_7_0)).contains(IdProblem.SHAPE);
    assertThat(p.idProblem("0000:65:00.0", EsxVersion.ESX_7_0)).contains(IdProblem.LSPCI_FORM);
    assertThat(p.idProblem("0000:09:00.0", EsxVersion.ESX_7_0)).isEmpty();
    assertThat(p.idProblem("0000:09:00.0", EsxVersion.ESX_4_0)).contains(IdProblem.WRONG_FORM);
    assertThat(p.suggestedId("nonsense", EsxVersion.ESX_7_0)).isEqualTo(Optional.empty());
    assertThat(p.suggestedId("0001:03:00.0", EsxVersion.ESX_4_0)).as("ESX 4 has no segment field").isEmpty();
  }
}
