package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * VMDP318 (INFO, vmdp policy): a present fixed entry passes through an NVIDIA GeForce or Quadro
 * GPU (vendor {@code 10de}, display class, a host name that says GeForce, Quadro or TITAN) while
 * {@code hypervisor.cpuid.v0} is not FALSE: NVIDIA's guest drivers older than R465 stop such a GPU
 * with Code 43 when they see a hypervisor; newer drivers do not need the setting. Silent when the
 * host function's name or class is not known. Facts: {@code address}, {@code name},
 * {@code hypervisorCpuidV0} ({@code TRUE} or {@code absent}).
 */
final class ConsumerGpuWithoutHiddenHypervisor extends VmRule {
  private static final int NVIDIA = 0x10de;
  private static final int DISPLAY_CLASS = 0x03;

  ConsumerGpuWithoutHiddenHypervisor() {
    super("VMDP318");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!vm.hypervisorCpuidV0().orElse(true)) {
      return;
    }
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      if (!d.isFixed()) {
        continue;
      }
      Optional<PciFunction> f = hostFunction(context, d);
      if (f.isEmpty() || !consumerGpu(f.get())) {
        continue;
      }
      out.add(finding(subject(vm, d), d.keyPrefix() + " is a consumer-class NVIDIA GPU (" + f.get().name().get()
              + "): guest drivers older than R465 need the hypervisor hidden from the guest")
          .putFact("address", f.get().address().toString())
          .putFact("name", f.get().name().get())
          .putFact("hypervisorCpuidV0", vmxBoolean(vm.hypervisorCpuidV0()))
          .location(firstSource(vm, "hypervisor.cpuid.v0").or(() -> entrySource(vm, d, "id")))
          .build());
      return;
    }
  }

  private static boolean consumerGpu(PciFunction f) {
    if (f.id().filter(i -> i.vendor() == NVIDIA).isEmpty()
        || f.classCode().filter(c -> c.baseClass() == DISPLAY_CLASS).isEmpty() || f.name().isEmpty()) {
      return false;
    }
    String name = f.name().get().toLowerCase(Locale.ROOT);
    return name.contains("geforce") || name.contains("quadro") || name.contains("titan");
  }
}
