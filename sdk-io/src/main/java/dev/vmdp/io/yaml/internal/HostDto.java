package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One entry under {@code hosts:}. */
final class HostDto extends Located {
  @JsonProperty("version")
  YamlText version;

  @JsonProperty("cpu")
  YamlText cpu;

  @JsonProperty("iommu")
  IommuDto iommu;

  @JsonProperty("uuid")
  YamlText uuid;

  @JsonProperty("files")
  YamlText files;

  @JsonProperty("lspci")
  List<YamlText> lspci = List.of();

  @JsonProperty("esxcli")
  YamlText esxcli;

  @JsonProperty("esxConf")
  YamlText esxConf;

  @JsonProperty("devices")
  List<DeviceDto> devices = List.of();

  @JsonProperty("modules")
  List<YamlText> modules;

  @JsonProperty("moduleList")
  YamlText moduleList;

  @JsonProperty("passthruMap")
  List<YamlText> passthruMap;

  @JsonProperty("map")
  YamlText map;
}
