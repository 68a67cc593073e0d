package dev.vmdp.io.yaml.internal;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.pci.PortType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A host's PCI functions: first those its files show (read by the host assembler: the
 * {@code lspci:} views combined, the {@code esxcli:} output filling in), then the inline
 * {@code devices:}, whose facts win over the files'.
 */
final class DeviceMapper {
  private static final Map<String, PortType> PORT_SPELLINGS = Map.of("conventional", PortType.CONVENTIONAL,
      "pci", PortType.CONVENTIONAL, "rcie", PortType.ROOT_COMPLEX_INTEGRATED_ENDPOINT);
  private static final Map<String, PassthroughState> STATE_SPELLINGS = Map.of(
      "enabled", PassthroughState.ENABLED_PENDING_REBOOT, "pending", PassthroughState.ENABLED_PENDING_REBOOT,
      "disabling", PassthroughState.DISABLE_PENDING_REBOOT);

  private final YamlSource source;

  DeviceMapper(YamlSource source) {
    this.source = source;
  }

  /**
   * Adds the host's topology (the functions its files show, then the inline devices on top),
   * passthrough states and owners to the builder.
   */
  void addTo(Host.Builder host, HostDto dto, Host fromFiles) {
    Map<PciAddress, PciFunction> functions = new LinkedHashMap<>();
    for (PciFunction f : fromFiles.topology().functions()) {
      functions.put(f.address(), f);
    }
    Map<PciAddress, DeviceDto> seen = new LinkedHashMap<>();
    for (DeviceDto d : nonNull(dto.devices)) {
      if (d.address == null) {
        throw source.error(d, "device without 'address' (want e.g. address: 0000:03:00.0)");
      }
      PciAddress address = parse(d.address, PciAddress::parse);
      DeviceDto before = seen.put(address, d);
      if (before != null) {
        throw source.error(d.address, "device " + address + " is listed twice (first at line " + before.line() + ")");
      }
      functions.put(address, device(d, address, functions.get(address)));
      if (d.passthrough != null) {
        host.putPassthroughState(address, word(d.passthrough, PassthroughState.class, STATE_SPELLINGS, null,
            "passthrough state"));
      }
      if (d.owner != null) {
        host.putOwner(address, Owner.fromText(d.owner.text()).orElseThrow(() -> source.error(d.owner,
            "not an owner: '" + d.owner.text() + "' (want vmkernel or passthru)")));
      }
    }
    try {
      host.topology(PciTopology.of(functions.values()));
    } catch (VmdpException | IllegalArgumentException | IllegalStateException e) {
      throw source.error(dto.ref(source), "the host's devices do not form a PCI topology: " + e.getMessage(), e);
    }
  }

  /** The inline device, on top of what the files said about the same address. */
  private PciFunction device(DeviceDto d, PciAddress address, PciFunction fromFiles) {
    PciFunction.Builder b = PciFunction.builder();
    if (fromFiles != null) {
      b.from(fromFiles);
    } else {
      b.address(address);
    }
    if (d.id != null) {
      b.id(parse(d.id, PciId::parse));
    }
    if (d.classCode != null) {
      b.classCode(parse(d.classCode, ClassCode::parse));
    }
    if (d.subsystem != null) {
      b.subsystem(parse(d.subsystem, PciId::parse));
    }
    if (d.revision != null) {
      b.revision(revision(d.revision));
    }
    if (d.name != null) {
      b.name(d.name.text());
    }
    if (d.vmkernelName != null) {
      b.vmkernelName(d.vmkernelName.text());
    }
    if (d.driver != null) {
      b.driver(d.driver.text());
    }
    if (d.portType != null) {
      b.portType(word(d.portType, PortType.class, PORT_SPELLINGS, PortType::lspciName, "port type"));
    }
    if (d.flr != null) {
      b.flr(d.flr);
    }
    if (d.afFlr != null) {
      b.afFlr(d.afFlr);
    }
    if (d.noSoftReset != null) {
      b.noSoftReset(d.noSoftReset);
    }
    if (d.bridge != null) {
      b.bridge(bridge(d.bridge));
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw source.error(d.ref(source), e.getMessage(), e);
    }
  }

  private int revision(YamlText node) {
    String t = node.text().strip();
    try {
      int v = t.startsWith("0x") || t.startsWith("0X") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
      if (v >= 0 && v <= 0xff) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw source.error(node, "not a PCI revision (want 0..255, or 0x00..0xff): '" + node.text() + "'");
  }

  private BusRange bridge(BridgeDto b) {
    if (b.primary == null || b.secondary == null || b.subordinate == null) {
      throw source.error(b, "bridge needs primary, secondary and subordinate bus numbers");
    }
    try {
      return BusRange.of(b.primary, b.secondary, b.subordinate);
    } catch (IllegalArgumentException e) {
      throw source.error(b.ref(source), e.getMessage(), e);
    }
  }

  /** Parses a value with a model parser, reporting its exception at the value. */
  <T> T parse(YamlText node, Function<String, T> parser) {
    try {
      return parser.apply(node.text());
    } catch (VmdpException | IllegalArgumentException e) {
      String m = e instanceof VmdpException v ? v.detail() : e.getMessage();
      throw source.error(node.ref(source), m, e);
    }
  }

  /** An enum value, any spelling {@link Words} accepts. */
  <E extends Enum<E>> E word(YamlText node, Class<E> type, Map<String, E> extra, Function<E, String> also,
      String what) {
    return Words.parse(node.text(), type, extra, also).orElseThrow(() -> source.error(node,
        "not a " + what + ": '" + node.text() + "' (want one of " + Words.choices(type) + ")"));
  }

  /** The list without null entries; empty for no list. */
  static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
