package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A bridge's bus numbers: {@code bridge: {primary: 0, secondary: 3, subordinate: 3}}. */
final class BridgeDto extends Located {
  @JsonProperty("primary")
  Integer primary;

  @JsonProperty("secondary")
  Integer secondary;

  @JsonProperty("subordinate")
  Integer subordinate;
}
