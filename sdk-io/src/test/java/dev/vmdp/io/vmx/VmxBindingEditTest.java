package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.Edited;
import dev.vmdp.io.InputLimits;
import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link VmxBinding#edit} and {@link VmxDocument#editsTo}: the edits a fix made, described from the lines. */
class VmxBindingEditTest {
  private static final VmxWriteOptions DEFAULTS = VmxWriteOptions.defaults();

  private static VmxDocument doc(String text) {
    return VmxDocument.parse(text.getBytes(StandardCharsets.UTF_8), "vm.vmx");
  }

  @Test
  void aChangedValueIsASetOfItsLineAsWritten() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    Edited<VmxDocument> edited = VmxBinding.edit(doc, vm, vm.withMemoryReservationMb(1024), DEFAULTS);
    assertThat(edited.document().toBytes()).isEqualTo(VmxBinding.apply(doc, vm, vm.withMemoryReservationMb(1024),
        DEFAULTS).toBytes());
    assertThat(edited.edits()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Edit.Kind.REPLACE);
      assertThat(e.line()).isEqualTo(46);
      assertThat(e.newText()).contains("sched.mem.minsize = \"1024\"");
      assertThat(e.description()).isEqualTo("set sched.mem.minsize = \"1024\"");
    });
  }

  @Test
  void aNewKeyIsASetAddedBeforeTheLineItPrecedes() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    List<PassthroughDevice> devices = new ArrayList<>(vm.passthroughDevices());
    devices.set(1, PassthroughDevice.builder().from(devices.get(1)).msiEnabled(false).build());
    VirtualMachine after = VirtualMachine.builder().from(vm).passthroughDevices(devices).build();
    Edited<VmxDocument> edited = VmxBinding.edit(doc, vm, after, DEFAULTS);
    assertThat(edited.edits()).extracting(Edit::toString)
        .containsExactly(doc.fileName() + ":60: set pciPassthru1.msiEnabled = \"FALSE\"");
    assertThat(edited.edits().get(0).kind()).isEqualTo(Edit.Kind.ADD);
  }

  @Test
  void aRemovedDeviceIsARemoveOfEachOfItsKeys() {
    VmxDocument doc = doc("memsize = \"512\"\npciPassthru0.present = \"TRUE\"\npciPassthru0.id = \"03:00.0\"\n"
        + "# end\n");
    VirtualMachine vm = VmxBinding.read(doc);
    Edited<VmxDocument> edited = VmxBinding.edit(doc, vm,
        VirtualMachine.builder().from(vm).passthroughDevices(List.of()).build(), DEFAULTS);
    assertThat(new String(edited.document().toBytes(), StandardCharsets.UTF_8)).isEqualTo("memsize = \"512\"\n# end\n");
    assertThat(edited.edits()).extracting(Edit::toString)
        .containsExactly("vm.vmx:2: remove pciPassthru0.present", "vm.vmx:3: remove pciPassthru0.id");
  }

  @Test
  void anUnchangedVmGivesNoEditAndTheSameDocument() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    Edited<VmxDocument> edited = VmxBinding.edit(doc, vm, vm, DEFAULTS);
    assertThat(edited.document()).isSameAs(doc);
    assertThat(edited.changed()).isFalse();
  }

  @Test
  void aKeyAddedAfterALastLineWithoutANewlineEndsThatLineFirst() {
    VmxDocument doc = doc("memsize = \"512\"");
    VmxDocument edited = doc.set("numvcpus", "2");
    assertThat(doc.editsTo(edited)).extracting(Edit::toString)
        .containsExactly("vm.vmx:1: end line 1 with LF", "vm.vmx:2: set numvcpus = \"2\"");
  }

  @Test
  void aLineThatIsNoEntryGetsTheGenericDescription() {
    VmxDocument doc = doc("# old\nmemsize = \"512\"\n");
    VmxDocument other = doc("memsize = \"512\"\n# new\n");
    assertThat(doc.editsTo(other)).extracting(Edit::description)
        .containsExactly("remove line 1 \"# old\"", "add \"# new\"");
  }

  @Test
  void aSetThatWouldMakeALineAboveTheLimitIsRefused() {
    VmxDocument doc = VmxDocument.parse("a = \"1\"\n".getBytes(StandardCharsets.UTF_8), "vm.vmx", InputLimits.of(1000, 20));
    assertThat(doc.set("a", "x".repeat(14)).toBytes()).hasSize(21);
    assertThatThrownBy(() -> doc.set("a", "x".repeat(15)))
        .isInstanceOf(VmdpException.class)
        .hasMessage("vm.vmx:1: cannot set a: the line would be 21 bytes, above the limit of 20 bytes "
            + "(InputLimits.maxLineBytes), so the file could not be read again");
    assertThatThrownBy(() -> doc.set("new.key", "x".repeat(20)))
        .hasMessageStartingWith("vm.vmx:2: cannot set new.key: the line would be 32 bytes");
  }

  @Test
  void aSetThatWouldMakeTheFileAboveTheLimitIsRefused() {
    VmxDocument doc = VmxDocument.parse("a = \"1\"\n".getBytes(StandardCharsets.UTF_8), "vm.vmx", InputLimits.of(30, 100));
    assertThat(doc.set("b", "123456789012345").toBytes()).hasSize(30);
    assertThatThrownBy(() -> doc.set("b", "1234567890123456"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("vm.vmx: cannot set b: the file would be 31 bytes, above the limit of 30 bytes "
            + "(InputLimits.maxFileBytes), so it could not be read again");
  }

  @Test
  void aKeyWithAControlCharacterIsRefused() {
    VmxDocument doc = doc("a = \"1\"\n");
    for (char c : new char[] {0x1B, 0x0B, 0x0C, 0x01, 0x1F, 0x7F}) {
      assertThatThrownBy(() -> doc.set("a" + c + "b", "x"))
          .isInstanceOf(VmdpException.class)
          .hasMessage(String.format("invalid key 'a\\x%02Xb': it contains a control character (0x%02X) at index 1 "
              + "(a key must not contain NUL, blanks, '#', '=', '\"', CR, LF or other control characters)", (int) c, (int) c));
    }
    assertThat(doc.set("a\u00e9b", "x").get("a\u00e9b")).contains("x");
  }
}
