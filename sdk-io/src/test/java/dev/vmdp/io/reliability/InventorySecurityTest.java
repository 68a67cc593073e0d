package dev.vmdp.io.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vmdp.io.yaml.Inventory;
import dev.vmdp.model.VmdpException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inventory's YAML mapper has no polymorphic typing: a global tag, a Java class name or a
 * type key never chooses what is built. Each document is refused with a placed message or read as
 * plain data, and the {@link Canary} class it names is never instantiated.
 */
class InventorySecurityTest {
  @TempDir
  Path dir;

  static Stream<String> documents() {
    String canary = Canary.class.getName();
    return Stream.of(
        "hosts:\n  esx01: !!" + canary + " x\n",
        "hosts:\n  esx01:\n    version: !!" + canary + " [\"4.0\"]\n",
        "hosts: !<tag:yaml.org,2002:" + canary + "> {}\n",
        "!!" + canary + "\nhosts: {}\n",
        "hosts:\n  esx01:\n    \"@class\": " + canary + "\n    version: \"4.0\"\n",
        "hosts:\n  esx01: [\"" + canary + "\", {version: \"4.0\"}]\n",
        "vms:\n  - vmx: !!javax.script.ScriptEngineManager "
            + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n",
        "vms:\n  - vmx: !!java.lang.ProcessBuilder [[\"touch\", \"" + "pwned" + "\"]]\n",
        "hosts:\n  esx01:\n    lspci: \"$(touch pwned)\"\n");
  }

  @ParameterizedTest
  @MethodSource("documents")
  @Timeout(60)
  void aTypeNamedInTheInventoryIsNeverBuilt(String yaml) {
    int before = Canary.BUILT.get();
    Throwable thrown = catchThrowable(() -> Inventory.parse(yaml, "inventory.yaml", dir));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(VmdpException.class);
      assertThat(thrown.getMessage()).matches("^inventory\\.yaml:\\d+(:\\d+)?: .+");
    }
    assertThat(Canary.BUILT.get()).isEqualTo(before);
    assertThat(dir.resolve("pwned")).doesNotExist();
    assertThat(Path.of("pwned")).doesNotExist();
  }
}
