package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcsTest {

  private static Acs.Builder allOn() {
    return Acs.builder().capable(true).sourceValidation(true).requestRedirect(true).completionRedirect(true)
        .upstreamForwarding(true);
  }

  @Test
  void isEnabledWhenTheFourIsolationControlsAreOn() {
    assertThat(allOn().build().enabled()).hasValue(true);
    assertThat(allOn().egressControl(false).directTranslated(false).translationBlocking(false).build().enabled())
        .hasValue(true);
  }

  @Test
  void isNotEnabledWhenOneIsolationControlIsOff() {
    assertThat(allOn().requestRedirect(false).build().enabled()).hasValue(false);
    assertThat(allOn().upstreamForwarding(false).build().enabled()).hasValue(false);
  }

  @Test
  void isNotEnabledWithoutTheCapability() {
    assertThat(Acs.notCapable().enabled()).hasValue(false);
    assertThat(Acs.notCapable().capable()).isFalse();
  }

  @Test
  void staysUnknownWhenAControlWasNotShown() {
    Acs acs = Acs.builder().capable(true).sourceValidation(true).requestRedirect(true).build();
    assertThat(acs.enabled()).isEmpty();
  }

  @Test
  void aKnownOffControlWinsOverUnknownOnes() {
    Acs acs = Acs.builder().capable(true).completionRedirect(false).build();
    assertThat(acs.enabled()).hasValue(false);
  }

  @Test
  void rejectsControlsOnWithoutTheCapability() {
    assertThatThrownBy(() -> Acs.builder().capable(false).egressControl(true).build())
        .hasMessageContaining("capable is false")
        .hasMessageContaining("egressControl=true");
  }
}
