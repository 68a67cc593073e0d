package dev.vmdp.io.yaml.internal;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code .vmdp.yaml} through the inventory's guarded YAML reading (limits, alias bombs,
 * duplicate keys, unknown keys as errors with their place). Used by
 * {@code dev.vmdp.io.yaml.VmdpConfig}; no other module calls it.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /**
   * A value of the file and where it was written.
   *
   * @param value the value, parsed
   * @param source its place (1-based line and column)
   * @param <T> the value's type
   */
  public record Placed<T>(T value, SourceRef source) {}

  /**
   * What the file says, in document order.
   *
   * @param esx the host version, or null
   * @param disable rule IDs as written
   * @param severity severity per rule ID as written
   * @param supportedDevices devices the site supports
   * @param guests guestOS value to a guest family name, as written
   */
  public record Loaded(Placed<EsxVersion> esx, List<Placed<String>> disable, Map<String, Placed<Severity>> severity,
      List<Placed<PciId>> supportedDevices, Map<String, Placed<String>> guests) {}

  /**
   * Reads a config.
   *
   * @param text the YAML
   * @param fileName the name used in messages
   * @return the values
   * @throws dev.vmdp.model.VmdpException {@code file:line:col: message} for every problem
   */
  public static Loaded load(String text, String fileName) {
    Objects.requireNonNull(text, "text");
    // A config names no file: no folder to resolve against, and nothing to confine.
    YamlSource source = new YamlSource(text, fileName, Path.of(""), true);
    ConfigDto dto = YamlReading.read(text, source, ConfigDto.class, ConfigDto::new);
    // The inventory's value parsers: a model parser's error, or an enum spelled wrong, at the value.
    DeviceMapper values = new DeviceMapper(source);
    Placed<EsxVersion> esx = dto.esx == null ? null : placed(dto.esx, values.parse(dto.esx, EsxVersion::parse), source);
    List<Placed<String>> disable = new ArrayList<>();
    for (YamlText id : DeviceMapper.nonNull(dto.disable)) {
      disable.add(placed(id, id.text().strip(), source));
    }
    Map<String, Placed<Severity>> severity = new LinkedHashMap<>();
    for (Map.Entry<String, YamlText> e : nonNull(dto.severity).entrySet()) {
      if (e.getValue() == null) {
        throw source.error(dto, "severity of " + e.getKey() + " is empty (want error, warning or info)");
      }
      Severity s = values.word(e.getValue(), Severity.class, Map.of(), null, "severity");
      severity.put(e.getKey().strip(), placed(e.getValue(), s, source));
    }
    List<Placed<PciId>> devices = new ArrayList<>();
    Map<String, Placed<String>> guests = new LinkedHashMap<>();
    if (dto.policy != null) {
      for (YamlText id : DeviceMapper.nonNull(dto.policy.supportedDevices)) {
        devices.add(placed(id, values.parse(id, PciId::parse), source));
      }
      for (Map.Entry<String, YamlText> e : nonNull(dto.policy.guests).entrySet()) {
        if (e.getValue() == null) {
          throw source.error(dto.policy, "guest family of '" + e.getKey() + "' is empty");
        }
        guests.put(e.getKey(), placed(e.getValue(), e.getValue().text().strip(), source));
      }
    }
    return new Loaded(esx, List.copyOf(disable), Collections.unmodifiableMap(severity), List.copyOf(devices),
        Collections.unmodifiableMap(guests));
  }

  private static <T> Placed<T> placed(YamlText node, T value, YamlSource source) {
    return new Placed<>(value, node.ref(source));
  }

  private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
