package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the inputs shown in the "Example" section of the rule pages whose examples are complete
 * (the lspci text, the passthru.map and the {@code --assign} options of the command) through the
 * rule, and checks the finding line the page shows.
 */
class RulePageExamplesTest {
  private static final Pattern LSPCI = Pattern.compile("^[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7] ");
  private static final Pattern MAP_LINE = Pattern.compile("^[0-9a-f]{4}\\s+[0-9a-f]{4}\\s+\\w+\\s+\\w+$");
  private static final Pattern ASSIGN = Pattern.compile("--assign (\\S+)=(\\S+)");

  @Test
  void theExamplesOnTheRulePagesGiveTheFindingLineThePagesShow() {
    for (Rule rule : List.of(new SplitResetDomain(), new NoResetMethod(), new MapForcesUnadvertisedMethod(),
        new D3d0WouldFree(), new RepeatedMapLines(), new SriovMapLine())) {
      String page = RuleCatalogue.standard().documentation(rule.id());
      String example = page.substring(page.indexOf("\n## Example\n"), page.indexOf("\n## Source\n"));
      String lspci = null;
      String map = null;
      Map<String, List<PciAddress>> assign = new LinkedHashMap<>();
      String expected = null;
      String[] parts = example.split("```");
      for (int i = 1; i < parts.length; i += 2) {
        String block = parts[i].strip();
        if (lspci == null && LSPCI.matcher(block).find()) {
          lspci = block + "\n";
        } else if (map == null && block.lines().allMatch(l -> l.startsWith("#") || MAP_LINE.matcher(l).matches())) {
          map = block + "\n";
        } else if (block.startsWith("vmdp ")) {
          Matcher m = ASSIGN.matcher(block);
          while (m.find()) {
            assign.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(PciAddress.parse(m.group(2)));
          }
        }
        for (String line : block.lines().toList()) {
          if (line.contains(" " + rule.id() + " ")) {
            expected = line;
          }
        }
      }
      Host.Builder host = Host.builder().name("h");
      if (lspci != null) {
        host.topology(LspciReader.parse(lspci, "lspci.txt").topology());
      }
      if (map != null) {
        host.passthruMap(PassthruMapDocument.parse(map.getBytes(StandardCharsets.UTF_8), "passthru.map").toModel());
      }
      List<VirtualMachine> vms = new ArrayList<>();
      assign.forEach((name, addresses) -> {
        VirtualMachine.Builder vm = VirtualMachine.builder().name(name);
        for (int i = 0; i < addresses.size(); i++) {
          vm.addPassthroughDevice(PassthroughDevice.builder().index(i).present(true)
              .id(addresses.get(i).toVmxLongForm()).build());
        }
        vms.add(vm.build());
      });
      List<String> actual = new ArrayList<>();
      for (Finding f : RuleEngine.builder().addRule(rule).build().check(host.build(), vms).findings()) {
        actual.add("  " + f.severity() + " " + f.ruleId() + " " + f.message()
            + f.location().map(l -> "  (" + l + ")").orElse(""));
      }
      assertThat(expected).as(rule.id() + " finding line on the page").isNotNull();
      assertThat(actual).as(rule.id()).contains(expected);
    }
  }
}
