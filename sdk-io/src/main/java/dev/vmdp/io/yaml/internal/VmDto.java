package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry under {@code vms:}. */
final class VmDto extends Located {
  @JsonProperty("name")
  YamlText name;

  @JsonProperty("vmx")
  YamlText vmx;

  @JsonProperty("host")
  YamlText host;
}
