package dev.vmdp.model.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VirtualDevicesTest {

  @Test
  void virtualDeviceKindIsThePrefixWithoutItsIndex() {
    assertThat(VirtualDevice.builder().keyPrefix("ethernet0").build().kind()).isEqualTo("ethernet");
    assertThat(VirtualDevice.builder().keyPrefix("Ethernet12").build().kind()).isEqualTo("ethernet");
    assertThat(VirtualDevice.builder().keyPrefix("sound").build().kind()).isEqualTo("sound");
    assertThat(VirtualDevice.builder().keyPrefix("usb_xhci").build().kind()).isEqualTo("usb_xhci");
    assertThat(VirtualDevice.builder().keyPrefix("scsi0").kind("scsi").build().kind()).isEqualTo("scsi");
  }

  @Test
  void virtualDeviceKeepsWhatTheFileSays() {
    VirtualDevice nic = VirtualDevice.builder().keyPrefix("ethernet0").present(true).virtualDev("vmxnet3")
        .pciSlotNumber(192).build();
    assertThat(nic.isPresent()).isTrue();
    assertThat(nic.virtualDev()).hasValue("vmxnet3");
    assertThat(nic.slot()).hasValue(PciSlotNumber.of(192));
    VirtualDevice bare = VirtualDevice.builder().keyPrefix("sound").pciSlotNumber(-1).build();
    assertThat(bare.isPresent()).isFalse();
    assertThat(bare.present()).isEmpty();
    assertThat(bare.slot()).isEmpty();
  }

  @Test
  void virtualDeviceRejectsAPrefixThatIsNoKeyNamingIt() {
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("ethernet0.present").build())
        .hasMessageContaining("'ethernet0.present'");
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("a b").build()).hasMessageContaining("'a b'");
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("").build()).hasMessageContaining("keyPrefix");
  }

  @Test
  void virtualDeviceRejectsABlankKindAndBadSlot() {
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("ethernet0").kind(" ").build())
        .hasMessageContaining("kind").hasMessageContaining("ethernet0");
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("ethernet0").pciSlotNumber(-7).build())
        .hasMessageContaining("ethernet0.pciSlotNumber").hasMessageContaining("-7");
  }

  @Test
  void pciBridgeKeepsTheBlockAsWritten() {
    PciBridge b = PciBridge.builder().index(4).present(true).virtualDev("pcieRootPort").functions(8).pciSlotNumber(21)
        .build();
    assertThat(b.isPresent()).isTrue();
    assertThat(b.keyPrefix()).isEqualTo("pciBridge4");
    assertThat(b.slot()).hasValue(PciSlotNumber.of(21));
    assertThat(PciBridge.builder().index(0).build().isPresent()).isFalse();
    assertThat(PciBridge.builder().index(0).build().pciSlotNumber()).isEmpty();
  }

  @Test
  void pciBridgeRejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> PciBridge.builder().index(-1).build()).hasMessageContaining("was -1");
    assertThatThrownBy(() -> PciBridge.builder().index(5).functions(9).build())
        .hasMessageContaining("pciBridge5.functions").hasMessageContaining("was 9");
    assertThatThrownBy(() -> PciBridge.builder().index(5).functions(0).build()).hasMessageContaining("was 0");
    assertThatThrownBy(() -> PciBridge.builder().index(6).pciSlotNumber(10000).build())
        .hasMessageContaining("pciBridge6.pciSlotNumber").hasMessageContaining("10000");
  }
}
