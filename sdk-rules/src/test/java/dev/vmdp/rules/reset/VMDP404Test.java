package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.model.host.Host;
import org.junit.jupiter.api.Test;

class VMDP404Test {
  final NoResetMethod rule = new NoResetMethod();

  static Host rootBusNic(String flr) {
    String lspci = "00:19.0 Ethernet controller [0200]: Intel Corporation 82579LM Gigabit Network Connection [8086:1502]\n"
        + "\tControl: I/O+ Mem+ BusMaster+\n"
        + "\tCapabilities: [e0] PCI Advanced Features\n"
        + "\t\tAFCap: TP+ FLR" + flr + "\n";
    return Host.builder().name("h").topology(LspciReader.parse(lspci, "l.txt").topology()).build();
  }

  @Test
  void positive_rootBusFunctionWithoutFlr() {
    assertThat(run(rule, rootBusNic("-"), vm("a", "00:19.0"))).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("address", "0000:00:19.0");
      assertThat(f.facts().get("why")).contains("root bus");
    });
  }

  @Test
  void negative_rootBusFunctionWithAfFlr() {
    assertThat(run(rule, rootBusNic("+"), vm("a", "00:19.0"))).isEmpty();
  }

  @Test
  void negative_notAssigned() {
    assertThat(run(rule, rootBusNic("-"))).isEmpty();
  }
}
