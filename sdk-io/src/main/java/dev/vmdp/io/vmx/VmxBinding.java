package dev.vmdp.io.vmx;

import dev.vmdp.io.CurrentInput;
import dev.vmdp.io.Edited;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import java.util.Objects;

/**
 * Binds a lossless {@link VmxDocument} to the {@link VirtualMachine} model and back.
 *
 * <p>{@link #read} maps every key the model knows and records where each value came from
 * ({@link VirtualMachine#sources()}); a value that does not read as its type is reported as
 * VMDP606 and left absent, and the document's own diagnostics (VMDP601-605) are copied into
 * {@link VirtualMachine#diagnostics()}. {@link #apply} turns a model change into the minimal
 * document edit, and {@link #edit} also says which lines it wrote ({@link Edited#edits()});
 * {@link #write} writes a new document for a VM built from scratch.
 *
 * <pre>{@code
 * VmxDocument doc = VmxDocument.read(Path.of("rhel3.vmx"));
 * VirtualMachine vm = VmxBinding.read(doc);
 * VirtualMachine fixed = vm.withMemoryReservationMb(vm.memoryMb().orElseThrow());
 * Edited<VmxDocument> edited = VmxBinding.edit(doc, vm, fixed, VmxWriteOptions.defaults());
 * edited.edits();   // [rhel3.vmx:12: set sched.mem.minsize = "512"]: only the reservation line changed
 * }</pre>
 *
 * <p>What {@link #read} maps (keys ignore case; with duplicates, the document's
 * {@link DuplicatePolicy} picks the line):
 *
 * <ul>
 *   <li>{@code displayName} (the name; without it, the file name without {@code .vmx}, or
 *       {@code unnamed} for a document without a file name), {@code guestOS},
 *       {@code virtualHW.version}, {@code firmware}, {@code numvcpus};
 *   <li>{@code memsize} (MB, a multiple of 4), the reservation {@code sched.mem.min}, else
 *       {@code sched.mem.minsize}, {@code sched.mem.max}, {@code sched.mem.pin},
 *       {@code mem.hotadd}, {@code vcpu.hotadd};
 *   <li>{@code pciPassthru.use64bitMMIO}, {@code pciPassthru.64bitMMIOSizeGB},
 *       {@code chipset.motherboardLayout}, {@code hypervisor.cpuid.v0};
 *   <li>{@code pciBridgeN.present/virtualDev/functions/pciSlotNumber};
 *   <li>{@code pciPassthruN.present/id/vendorId/deviceId/systemId/pciSlotNumber/virtualDev/
 *       msiEnabled/allowedDevices}: the id exactly as written (also {@code 0:66:0.0}), ids in
 *       {@code 0x10de} and bare {@code 12ab} spelling, {@code allowedDevices} as
 *       {@code 0x10de:0x20f1} pairs separated by commas; a block exists when any key of its prefix
 *       does ({@code pciPassthru0.cfg.enable_bar_mapping} too);
 *   <li>the keys of the other kinds of entry (DOMAIN.md 5.5): {@code pciPassthruN.vgpu} and every
 *       {@code pciPassthruN.cfg.NAME} (vGPU plug-in parameters, names as written, in file order);
 *       {@code pfId}, {@code networkName}, {@code dvs.portgroupId}, {@code addressType},
 *       {@code generatedAddress} (SR-IOV passthrough adapters);
 *   <li>{@code present/virtualDev/pciSlotNumber} of {@code ethernetN}, {@code scsiN},
 *       {@code sataN}, {@code nvmeN}, {@code vmciN}, {@code sound}, {@code usb},
 *       {@code usb_xhci}, {@code ehci}, {@code svga}, {@code hdaudio}.
 * </ul>
 *
 * <p>{@code N} is a decimal index without leading zeros. A key such as
 * {@code pciPassthru*.present = "False"} is no entry: the vSphere hardening guide audits
 * passthrough with the PowerCLI wildcard name {@code pciPassthru*.present}, and setting that name
 * as an "advanced setting" (most likely how the line got into real files) writes it literally.
 * It names no device and disables none; the binding ignores it and keeps the line untouched.
 */
public final class VmxBinding {
  private VmxBinding() {}

  /**
   * Reads the VM a document describes; never fails on content.
   *
   * @param doc the document
   * @return the VM, with {@link VirtualMachine#sources()} keyed by lower-cased key and every
   *     diagnostic of the document plus VMDP606 for values that are not of their type
   */
  public static VirtualMachine read(VmxDocument doc) {
    Objects.requireNonNull(doc, "doc");
    return CurrentInput.reading(doc.fileName(), () -> BindingReader.read(doc));
  }

  /**
   * The minimal edit that turns the document of {@code before} into one of {@code after}. Values
   * are compared as typed values: only keys whose value changed are set (a key already in the file
   * keeps its spelling and line; a new key goes next to its siblings) or removed (an absent value);
   * a passthrough entry, bridge or virtual device missing from {@code after} loses every key of its
   * prefix. A changed {@code pciPassthruN.id} is written in the target's form (an id that names the
   * same address as before is left as written); a changed vendor or device id keeps the entry's
   * {@code 0x} or bare spelling. A changed reservation updates every reservation key the file has
   * ({@code sched.mem.min}, {@code sched.mem.minsize}); a new one is {@code sched.mem.min}
   * ({@code sched.mem.minsize} for ESX 4.x). The VM's {@code name}, diagnostics and sources are not
   * written.
   *
   * @param doc the document {@code before} was read from
   * @param before the VM as read from {@code doc} (what {@link #read} returned)
   * @param after the VM as it should be
   * @param options the target host
   * @return the edited document; {@code doc} itself when nothing changed
   * @throws dev.vmdp.model.VmdpException naming the key when a value cannot be written in the
   *     document's encoding
   */
  public static VmxDocument apply(VmxDocument doc, VirtualMachine before, VirtualMachine after,
      VmxWriteOptions options) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(options, "options");
    return BindingWriter.apply(doc, before, after, options);
  }

  /**
   * The minimal edit of {@link #apply}, with the line edits that turn {@code doc} into the edited
   * document ({@link VmxDocument#editsTo}): {@code set KEY = "VALUE"} for each line written,
   * {@code remove KEY} for each line removed, numbered as in {@code doc}.
   *
   * @param doc the document {@code before} was read from
   * @param before the VM as read from {@code doc} (what {@link #read} returned)
   * @param after the VM as it should be
   * @param options the target host
   * @return the edited document and its edits; {@code doc} itself and no edit when nothing changed
   * @throws dev.vmdp.model.VmdpException naming the key when a value cannot be written in the
   *     document's encoding, or an edited line or the file would be above the input limits
   */
  public static Edited<VmxDocument> edit(VmxDocument doc, VirtualMachine before, VirtualMachine after,
      VmxWriteOptions options) {
    VmxDocument edited = apply(doc, before, after, options);
    return new Edited<>(edited, edited == doc ? List.of() : doc.editsTo(edited));
  }

  /**
   * A new document for a VM built from scratch, written the way the VI client writes a new
   * virtual hardware 7+ VM, in the order of the guide's sample: {@code .encoding = "UTF-8"},
   * {@code config.version = "8"}, {@code virtualHW.version}, the pciBridge block (the standard one
   * when the VM has none, see {@link VmxWriteOptions#standardPciBridgesEnabled()}),
   * {@code displayName}, {@code firmware}, {@code numvcpus}, {@code memsize}, {@code guestOS}, the
   * reservation and other memory keys, hot add, virtual devices, the 64-bit MMIO keys, then the
   * passthrough entries; absent values are not written. For the guide's VM this reproduces the
   * sample's memory, bridge and passthrough lines byte for byte, except the
   * {@code pciBridgeN.pciSlotNumber} lines the host adds at the first power-on. The document is
   * named after the VM ({@code RHEL3.vmx}).
   *
   * @param vm the VM
   * @param options the target host
   * @return the document
   */
  public static VmxDocument write(VirtualMachine vm, VmxWriteOptions options) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(options, "options");
    return BindingWriter.write(vm, options);
  }
}
