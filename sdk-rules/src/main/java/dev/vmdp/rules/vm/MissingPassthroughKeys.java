package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * VMDP310: a present entry lacks {@code id}, {@code vendorId}, {@code deviceId} or
 * {@code systemId}. A key that is in the file but empty or unreadable is reported as empty (the
 * reader reports the unreadable value as VMDP606 too).
 *
 * <p>Only fixed DirectPath entries need the four keys (DOMAIN.md 5.5). A Dynamic DirectPath entry
 * (an {@code allowedDevices} key) chooses its device by ids at power-on and needs only a non-empty
 * {@code allowedDevices}; a vGPU entry has none of the four (the host's vGPU manager picks a GPU)
 * and needs only its {@code vgpu} profile; an SR-IOV passthrough adapter has a {@code pfId} and
 * {@code systemId = "BYPASS"}, and its virtual function is chosen at power-on.
 *
 * <p>Facts: {@code missing} and {@code empty} (comma lists of key suffixes, each when not empty),
 * {@code kind} ({@code fixed}, {@code dynamic} or {@code vgpu}), {@code dynamic}
 * ({@code true}/{@code false}).
 */
final class MissingPassthroughKeys extends VmRule {
  MissingPassthroughKeys() {
    super("VMDP310");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      List<String> missing = new ArrayList<>();
      List<String> empty = new ArrayList<>();
      PassthroughKind kind = d.kind();
      boolean dynamic = kind == PassthroughKind.DYNAMIC || (kind == PassthroughKind.FIXED && has(vm, d, "allowedDevices"));
      if (kind == PassthroughKind.SRIOV) {
        continue;
      }
      if (kind == PassthroughKind.VGPU) {
        if (d.vgpuProfile().get().isBlank()) {
          empty.add("vgpu");
        }
      } else if (dynamic) {
        if (d.allowedDevices().isEmpty()) {
          empty.add("allowedDevices");
        }
      } else {
        classify(vm, d, "id", d.id().filter(s -> !s.isBlank()).isPresent(), missing, empty);
        classify(vm, d, "vendorId", d.vendorId().isPresent(), missing, empty);
        classify(vm, d, "deviceId", d.deviceId().isPresent(), missing, empty);
        classify(vm, d, "systemId", d.systemId().filter(s -> !s.isBlank()).isPresent(), missing, empty);
      }
      if (missing.isEmpty() && empty.isEmpty()) {
        continue;
      }
      StringBuilder m = new StringBuilder(d.keyPrefix() + " is present but");
      if (!missing.isEmpty()) {
        m.append(" has no ").append(String.join(", ", missing));
      }
      if (!empty.isEmpty()) {
        m.append(missing.isEmpty() ? "" : " and").append(" has an empty or unreadable ").append(String.join(", ", empty));
      }
      Finding.Builder f = finding(subject(vm, d), m.toString());
      if (!missing.isEmpty()) {
        f.putFact("missing", String.join(",", missing));
      }
      if (!empty.isEmpty()) {
        f.putFact("empty", String.join(",", empty));
      }
      f.putFact("kind", kind == PassthroughKind.VGPU ? "vgpu" : dynamic ? "dynamic" : "fixed");
      f.putFact("dynamic", String.valueOf(dynamic));
      String at = empty.isEmpty() ? "present" : lower(empty.get(0));
      out.add(f.location(entrySource(vm, d, at)).build());
    }
  }

  private static boolean has(VirtualMachine vm, PassthroughDevice d, String suffix) {
    return vm.sourceOf(d.keyPrefix() + "." + suffix).isPresent();
  }

  private static void classify(VirtualMachine vm, PassthroughDevice d, String suffix, boolean usable,
      List<String> missing, List<String> empty) {
    if (usable) {
      return;
    }
    boolean written = has(vm, d, suffix) || (suffix.equals("id") && d.id().isPresent())
        || (suffix.equals("systemId") && d.systemId().isPresent());
    (written ? empty : missing).add(suffix);
  }
}
