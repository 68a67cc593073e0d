package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole inventory document: {@code hosts} by name and {@code vms}. */
final class InventoryDto extends Located {
  @JsonProperty("hosts")
  Map<String, HostDto> hosts = new LinkedHashMap<>();

  /** Anchors to merge into hosts ({@code <<: *intel-4x}); read for their anchors only. */
  @JsonProperty("templates")
  Map<String, Object> templates;

  @JsonProperty("vms")
  List<VmDto> vms = List.of();
}
