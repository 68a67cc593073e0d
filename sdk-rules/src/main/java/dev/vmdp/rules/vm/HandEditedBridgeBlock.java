package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP304: the pciBridge block is complete (no VMDP303) but differs from what the client writes:
 * a present bridge other than 0 and 4..7, a {@code functions} other than 8, or a bridge slot
 * number other than the host's (17, 21..24; absent or -1 is not reported). One finding per
 * differing key. Facts: {@code key}, {@code value}, {@code expected}.
 */
final class HandEditedBridgeBlock extends VmRule {
  HandEditedBridgeBlock() {
    super("VMDP304");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!BridgeBlock.applies(vm) || !BridgeBlock.missing(vm).isEmpty() || !BridgeBlock.badKeys(vm).isEmpty()) {
      return;
    }
    for (PciBridge b : vm.pciBridges()) {
      int i = b.index();
      if (!BridgeBlock.SLOTS.containsKey(i)) {
        if (b.isPresent()) {
          report(vm, out, b.keyPrefix() + ".present", "TRUE", "absent",
              b.keyPrefix() + " is present; the client writes only pciBridge0 and pciBridge4..pciBridge7");
        }
        continue;
      }
      if (b.functions().isPresent() && b.functions().getAsInt() != BridgeBlock.FUNCTIONS) {
        String v = String.valueOf(b.functions().getAsInt());
        report(vm, out, b.keyPrefix() + ".functions", v, String.valueOf(BridgeBlock.FUNCTIONS),
            b.keyPrefix() + ".functions is \"" + v + "\"; the client writes \"" + BridgeBlock.FUNCTIONS + "\"");
      }
      int expected = BridgeBlock.SLOTS.get(i);
      if (b.pciSlotNumber().isPresent() && b.pciSlotNumber().getAsInt() >= 0
          && b.pciSlotNumber().getAsInt() != expected) {
        String v = String.valueOf(b.pciSlotNumber().getAsInt());
        report(vm, out, b.keyPrefix() + ".pciSlotNumber", v, String.valueOf(expected),
            b.keyPrefix() + ".pciSlotNumber is \"" + v + "\"; the host assigns \"" + expected + "\"");
      }
    }
  }

  private void report(VirtualMachine vm, List<Finding> out, String key, String value, String expected, String message) {
    out.add(finding(subject(vm), message)
        .putFact("key", key)
        .putFact("value", value)
        .putFact("expected", expected)
        .location(firstSource(vm, key, key.substring(0, key.indexOf('.')) + ".present"))
        .build());
  }
}
