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
  void aFeatureThePortDoesNotImplementCountsAsEnabled() {
    // A root port: ACSCap: SrcValid+ TransBlk+ ReqRedir+ CmpltRedir+ UpstreamFwd- ...
    Acs rootPort = allOn().upstreamForwarding(false)
        .addImplemented(AcsFlag.SOURCE_VALIDATION, AcsFlag.TRANSLATION_BLOCKING, AcsFlag.REQUEST_REDIRECT,
            AcsFlag.COMPLETION_REDIRECT)
        .build();
    assertThat(rootPort.enabled()).hasValue(true);
    Acs noRedirect = allOn().requestRedirect(false).addImplemented(AcsFlag.REQUEST_REDIRECT).build();
    assertThat(noRedirect.enabled()).hasValue(false);
  }

  @Test
  void controlLooksUpEachFlag() {
    Acs acs = allOn().egressControl(false).build();
    assertThat(acs.control(AcsFlag.SOURCE_VALIDATION)).hasValue(true);
    assertThat(acs.control(AcsFlag.EGRESS_CONTROL)).hasValue(false);
    assertThat(acs.control(AcsFlag.DIRECT_TRANSLATED)).isEmpty();
    assertThat(acs.control(AcsFlag.TRANSLATION_BLOCKING)).isEmpty();
  }

  @Test
  void readsLspciFlagWords() {
    for (AcsFlag f : AcsFlag.values()) {
      assertThat(AcsFlag.fromLspci(f.lspciName())).hasValue(f);
    }
    assertThat(AcsFlag.fromLspci("cmpltredir")).hasValue(AcsFlag.COMPLETION_REDIRECT);
    assertThat(AcsFlag.fromLspci("Foo")).isEmpty();
  }

  @Test
  void rejectsControlsOnWithoutTheCapability() {
    assertThatThrownBy(() -> Acs.builder().capable(false).egressControl(true).build())
        .hasMessageContaining("capable is false")
        .hasMessageContaining("egressControl=true");
  }
}
