package dev.vmdp.io.yaml.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A host's {@code iommu:} mapping. */
final class IommuDto extends Located {
  @JsonProperty("kind")
  YamlText kind;

  @JsonProperty("biosEnabled")
  Boolean biosEnabled;

  @JsonProperty("active")
  Boolean active;
}
