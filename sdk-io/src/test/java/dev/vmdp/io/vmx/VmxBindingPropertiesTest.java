package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.BindingFixtures.lines;
import static dev.vmdp.io.vmx.VmxBindingWriteTest.withoutProvenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated changes of the memory reservation, {@code msiEnabled} and {@code virtualDev} on the
 * guide's VM: applying them and reading back gives the changed VM, and every other line stays
 * as it was, in its place.
 */
class VmxBindingPropertiesTest {

  /** One generated change of the guide VM. */
  private record Change(OptionalLong reservation, List<Optional<Boolean>> msi, List<Optional<String>> virtualDev,
      boolean esxi7) {
    VirtualMachine applyTo(VirtualMachine vm) {
      List<PassthroughDevice> devices = new ArrayList<>();
      for (PassthroughDevice d : vm.passthroughDevices()) {
        devices.add(PassthroughDevice.builder().from(d).msiEnabled(msi.get(d.index()))
            .virtualDev(virtualDev.get(d.index())).build());
      }
      return VirtualMachine.builder().from(vm).memoryReservationMb(reservation).passthroughDevices(devices).build();
    }

    VmxWriteOptions options() {
      return esxi7 ? VmxWriteOptions.forVersion(EsxVersion.ESX_7_0) : VmxWriteOptions.defaults();
    }
  }

  private static Gen<OptionalLong> reservations() {
    Gen<OptionalLong> some = SourceDSL.longs().between(0, 1L << 20).map(OptionalLong::of);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(OptionalLong.empty())),
        org.quicktheories.api.Pair.of(4, some));
  }

  private static Gen<Optional<Boolean>> msi() {
    return Generate.pick(List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false)));
  }

  private static Gen<Optional<String>> virtualDev() {
    return Generate.pick(List.of(Optional.<String>empty(), Optional.of("pci"), Optional.of("pcie")));
  }

  private static Gen<Change> changes() {
    Gen<List<Optional<Boolean>>> msis = msi().zip(msi(), List::of);
    Gen<List<Optional<String>>> devs = virtualDev().zip(virtualDev(), List::of);
    return reservations().zip(msis, devs, Generate.booleans(), Change::new);
  }

  /** The lines a change may touch. */
  private static final Predicate<String> CHANGEABLE = l -> l.startsWith("sched.mem.min")
      || l.matches("pciPassthru[01]\\.(msiEnabled|virtualDev) = .*");

  @Test
  void applyThenReadGivesTheChangedVmAndLeavesEveryOtherLineAlone() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine before = VmxBinding.read(doc);
    List<String> untouched = lines(doc).stream().filter(CHANGEABLE.negate()).toList();
    qt().withFixedSeed(42).withExamples(300).forAll(changes()).checkAssert(change -> {
      VirtualMachine after = change.applyTo(before);
      VmxDocument edited = VmxBinding.apply(doc, before, after, change.options());
      assertThat(withoutProvenance(VmxBinding.read(edited))).isEqualTo(withoutProvenance(after));
      assertThat(lines(edited).stream().filter(CHANGEABLE.negate()).toList()).isEqualTo(untouched);
      assertThat(VmxBinding.read(edited).diagnostics()).isEmpty();
      // and back again: the original bytes, unless the reservation line was removed (a new one is
      // added at the end of the sched.* group, not where the old one was)
      byte[] back = VmxBinding.apply(edited, VmxBinding.read(edited), before, change.options()).toBytes();
      if (after.memoryReservationMb().isPresent()) {
        assertThat(back).isEqualTo(doc.toBytes());
      }
    });
  }

  @Test
  void chainedChangesStayMinimal() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine start = VmxBinding.read(doc);
    qt().withFixedSeed(7).withExamples(100).forAll(SourceDSL.lists().of(changes()).ofSizeBetween(1, 6))
        .checkAssert(steps -> {
          VmxDocument d = doc;
          VirtualMachine vm = start;
          for (Change c : steps) {
            VirtualMachine next = c.applyTo(start);
            d = VmxBinding.apply(d, vm, next, c.options());
            vm = VmxBinding.read(d);
            assertThat(withoutProvenance(vm)).isEqualTo(withoutProvenance(next));
          }
          assertThat(lines(d).stream().filter(CHANGEABLE.negate()).toList())
              .isEqualTo(lines(doc).stream().filter(CHANGEABLE.negate()).toList());
          assertThat(d.lineCount()).isBetween(doc.lineCount() - 1, doc.lineCount() + 4);
        });
  }
}
