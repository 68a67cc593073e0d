package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole {@code .vmdp.yaml}: {@code esx}, {@code disable}, {@code severity}, {@code policy}. */
final class ConfigDto extends Located {
  @JsonProperty("esx")
  YamlText esx;

  @JsonProperty("disable")
  List<YamlText> disable = List.of();

  @JsonProperty("severity")
  Map<String, YamlText> severity = new LinkedHashMap<>();

  @JsonProperty("policy")
  PolicyDto policy;

  /** {@code policy:}: what the site knows beyond vmdp's knowledge base. */
  static final class PolicyDto extends Located {
    @JsonProperty("supportedDevices")
    List<YamlText> supportedDevices = List.of();

    @JsonProperty("guests")
    Map<String, YamlText> guests = new LinkedHashMap<>();
  }
}
