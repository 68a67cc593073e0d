package dev.vmdp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class VmdpExceptionTest {

  @Test
  void rendersThePlaceBeforeTheMessage() {
    VmdpException e = new VmdpException(SourceRef.of("rhel3.vmx", 4, 9), "unterminated quote", "a = \"b", null);
    assertThat(e).hasMessage("rhel3.vmx:4:9: unterminated quote");
    assertThat(e.detail()).isEqualTo("unterminated quote");
    assertThat(e.location()).hasValue(SourceRef.of("rhel3.vmx", 4, 9));
    assertThat(e.sourceLine()).hasValue("a = \"b");
  }

  @Test
  void withoutAPlaceTheMessageStandsAlone() {
    IOException io = new IOException("disk");
    VmdpException e = new VmdpException("cannot read rhel3.vmx", io);
    assertThat(e).hasMessage("cannot read rhel3.vmx").hasCause(io);
    assertThat(e.location()).isEmpty();
    assertThat(e.sourceLine()).isEmpty();
    assertThat(new VmdpException("x").detail()).isEqualTo("x");
  }
}
