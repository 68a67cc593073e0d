package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentInputTest {
  @AfterEach
  void forget() {
    CurrentInput.takeFailed();
  }

  @Test
  void aReadThatEndsNormallyIsNotRemembered() {
    assertThat(CurrentInput.reading("a.vmx", () -> 42)).isEqualTo(42);
    assertThat(CurrentInput.takeFailed()).isEmpty();
  }

  @Test
  void aReadThatFailsWithAnExceptionIsNotRemembered() {
    assertThatThrownBy(() -> CurrentInput.reading("a.vmx", () -> {
      throw new VmdpException("a.vmx: cannot read");
    })).isInstanceOf(VmdpException.class);
    assertThat(CurrentInput.takeFailed()).isEmpty();
  }

  @Test
  void theInnermostReadOfTheFirstErrorIsRememberedUntilTaken() {
    assertThatThrownBy(() -> CurrentInput.reading("outer.vmx", () -> CurrentInput.reading("inner.vmx", () -> {
      throw new OutOfMemoryError("Java heap space");
    }))).isInstanceOf(OutOfMemoryError.class);
    assertThatThrownBy(() -> CurrentInput.reading("later.vmx", () -> {
      throw new OutOfMemoryError("Java heap space");
    })).isInstanceOf(OutOfMemoryError.class);
    assertThat(CurrentInput.takeFailed()).contains("inner.vmx");
    assertThat(CurrentInput.takeFailed()).isEmpty();
  }

  @Test
  void readingParsingAndBindingAFileLeaveNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("vm.vmx");
    Files.writeString(file, "displayName = \"vm\"\n", StandardCharsets.UTF_8);
    VmxBinding.read(VmxDocument.parse(FileSnapshot.read(file)));
    VmxBinding.read(VmxDocument.read(file));
    assertThat(CurrentInput.takeFailed()).isEmpty();
  }
}
