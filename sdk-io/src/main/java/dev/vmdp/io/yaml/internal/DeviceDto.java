package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry under a host's {@code devices:}. */
final class DeviceDto extends Located {
  @JsonProperty("address")
  YamlText address;

  @JsonProperty("id")
  YamlText id;

  @JsonProperty("class")
  YamlText classCode;

  @JsonProperty("subsystem")
  YamlText subsystem;

  @JsonProperty("revision")
  YamlText revision;

  @JsonProperty("name")
  YamlText name;

  @JsonProperty("vmkernelName")
  YamlText vmkernelName;

  @JsonProperty("driver")
  YamlText driver;

  @JsonProperty("portType")
  YamlText portType;

  @JsonProperty("flr")
  Boolean flr;

  @JsonProperty("afFlr")
  Boolean afFlr;

  @JsonProperty("noSoftReset")
  Boolean noSoftReset;

  @JsonProperty("bridge")
  BridgeDto bridge;

  @JsonProperty("passthrough")
  YamlText passthrough;

  @JsonProperty("owner")
  YamlText owner;
}
