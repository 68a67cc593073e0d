package dev.vmdp.rules.standard;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the standard rules over a .vmx or passthru.map text and keeps one rule's findings. */
final class ReadDiagnostics {
  private ReadDiagnostics() {}

  static List<Finding> vmx(String ruleId, byte[] bytes) {
    return StandardRules.engine()
        .check(Host.builder().name("h").build(), List.of(VmxBinding.read(VmxDocument.parse(bytes, "t.vmx"))))
        .byRule(ruleId);
  }

  static List<Finding> vmx(String ruleId, String text) {
    return vmx(ruleId, text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Finding> map(String ruleId, String text) {
    Host h = Host.builder().name("h")
        .passthruMap(PassthruMapDocument.parse(text.getBytes(StandardCharsets.UTF_8), "passthru.map").toModel()).build();
    return StandardRules.engine().check(h, List.of()).byRule(ruleId);
  }
}
