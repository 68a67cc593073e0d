package dev.vmdp.io.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing of the parsers that had no property test of their own (esxcli, esx.conf, the VMX
 * binding, module list text): arbitrary and format-shaped input never throws anything but the
 * documented {@link VmdpException} with a place, and never hangs (the {@code @Timeout} is a hang
 * guard, not a performance claim). Fixed seeds, bounded examples.
 */
class ParserFuzzTest {
  private static final String[] ESXCLI = {
      "0000:03:00.0\n", "000:003:00.0\n", "0000:zz:00.0\n", "   Address: 0000:03:00.0\n", "   Vendor ID: 0x8086\n",
      "   Device ID: 0x10b9\n", "   Device ID: 0xZZZZ\n", "   Device Class: 0x0200\n", "   Configured Owner: VM Passthru\n",
      "   Current Owner: VMkernel\n", "   Reset Method: Function reset\n", "   Parent Device: PCI 0:0:7:0\n",
      "   Dependent Device: PCI 0:3:0:0\n", "   Passthru Capable: true\n", "   Spawned Bus: 0x04\n", "   Bus: 0x",
      "   Slot: 0x1f\n", "   Function: 0x9\n", ":", "\n", "\r\n", "\r", " ", "\t", "\u00e9", "\u0000"};

  private static final String[] ESX_CONF = {
      "/device/000:03.0/owner = \"passthru\"\n", "/device/000:3.0/owner = \"vmkernel\"\n",
      "/device/zz:03.0/owner = \"x\"\n", "/system/uuid = \"4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3\"\n",
      "/system/uuid = \"not-a-uuid\"\n", "/device/000:03.0/vmkname = \"vmnic2\"\n", "/vmkernel/module/x = \"y\"\n",
      ".encoding = \"GBK\"\n", ".encoding = \"bogus\"\n", "#", "=", "\"", "|22", "|", "\n", "\r\n", " ", "\u00e9"};

  private static final String[] VMX = {
      "pciPassthru0.present = \"TRUE\"\n", "pciPassthru0.present = \"maybe\"\n", "pciPassthru1.id = \"03:00.0\"\n",
      "pciPassthru1.id = \"0000:03:00.0\"\n", "pciPassthru0.deviceId = \"0x10b9\"\n", "pciPassthru0.vendorId = \"0xZZ\"\n",
      "pciPassthru0.systemId = \"4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3\"\n", "pciPassthru0.pciSlotNumber = \"-1\"\n",
      "pciPassthru0.pciSlotNumber = \"99999999999\"\n", "pciPassthru0.msiEnabled = \"FALSE\"\n",
      "pciPassthru99999999999.present = \"TRUE\"\n", "memsize = \"1024\"\n", "memsize = \"x\"\n",
      "sched.mem.min = \"1024\"\n", "sched.mem.pin = \"TRUE\"\n", "virtualHW.version = \"4\"\n",
      "virtualHW.version = \"\"\n", "displayName = \"a|22b\"\n", ".encoding = \"Shift_JIS\"\n", "guestOS = \"rhel3\"\n",
      "firmware = \"efi\"\n", "pciBridge0.present = \"TRUE\"\n", "\"", "=", "#", "\n", "\r\n", " "};

  private static final String[] MODULES = {
      "Name   Used Size (kb)\n", "vmkernel  57\n", "iommu 0 12\n", "e1000e 1 208 true\n", "x false\n", "----- ---\n",
      "Module  Loaded\n", "\t", " ", "\n", "\r", "\u00e9", "\u0000", "123"};

  @Test
  @Timeout(120)
  void esxcliOutputOfAnyBytesGivesAListOrAPlacedError() {
    qt().withFixedSeed(42).withExamples(500).forAll(Gens.anyBytes(400))
        .checkAssert(b -> esxcliOrPlacedError(new String(b, StandardCharsets.UTF_8)));
  }

  @Test
  @Timeout(120)
  void esxcliShapedNoiseGivesAListOrAPlacedError() {
    qt().withFixedSeed(7).withExamples(1000).forAll(Gens.shaped(60, ESXCLI)).checkAssert(ParserFuzzTest::esxcliOrPlacedError);
  }

  @Test
  @Timeout(120)
  void esxConfGivesFactsOrALocatedRefusalAndKeepsItsBytes() {
    qt().withFixedSeed(42).withExamples(800).forAll(Gens.shapedBytes(40, ESX_CONF)).checkAssert(b -> {
      try {
        EsxConf conf = EsxConf.parse(b, "esx.conf");
        assertThat(conf.owners()).isNotNull();
      } catch (VmdpException e) {
        // Text that is not esx.conf (another format's lines, no /key) is refused at its line.
        assertThat(e.getMessage()).matches("^esx\\.conf:\\d+:1: not esx\\.conf: .+");
      }
      assertThat(VmxDocument.parse(b, "esx.conf").toBytes()).isEqualTo(b);
    });
  }

  @Test
  @Timeout(120)
  void theVmxBindingReadsAnyDocumentWithoutFailing() {
    qt().withFixedSeed(42).withExamples(800).forAll(Gens.shapedBytes(40, VMX)).checkAssert(b -> {
      VmxDocument doc = VmxDocument.parse(b, "fuzz.vmx");
      VirtualMachine vm = VmxBinding.read(doc);
      assertThat(vm.passthroughDevices()).isNotNull();
      assertThat(doc.toBytes()).isEqualTo(b);
    });
  }

  @Test
  @Timeout(120)
  void moduleListTextOfAnyShapeIsReadAndEveryOddLineIsKeptWithItsPlace() {
    qt().withFixedSeed(42).withExamples(800).forAll(Gens.shaped(60, MODULES)).checkAssert(text -> {
      ModuleList list;
      try {
        list = ModuleList.parse(text, "modules.txt");
      } catch (VmdpException e) {
        // Text with no module line and no header, or another format's lines, is refused at its line.
        assertThat(e.getMessage()).matches("^modules\\.txt:\\d+:1: not a module list .+");
        return;
      }
      assertThat(list.names()).allSatisfy(n -> assertThat(text).contains(n));
      assertThat(list.names()).noneMatch(String::isBlank);
    });
  }

  private static void esxcliOrPlacedError(String text) {
    try {
      EsxcliPciList list = EsxcliPciList.parse(text, "esxcli.txt");
      assertThat(list.functions()).isNotEmpty();
    } catch (VmdpException e) {
      assertThat(e.getMessage()).matches("^esxcli\\.txt(:\\d+(:\\d+)?)?: .+");
    }
  }
}
