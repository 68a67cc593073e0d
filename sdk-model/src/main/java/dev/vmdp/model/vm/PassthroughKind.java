package dev.vmdp.model.vm;

/**
 * The four kinds of {@code pciPassthruN} entry a .vmx holds (DOMAIN.md 5.5). The kind decides
 * which keys the entry needs and which checks apply to it.
 *
 * <pre>{@code
 * switch (entry.kind()) {
 *   case FIXED -> ...      // id, vendorId, deviceId, systemId name one host function
 *   case DYNAMIC -> ...    // allowedDevices: the host picks a matching function at power-on
 *   case VGPU -> ...       // vgpu profile: the vGPU manager picks a GPU, no id
 *   case SRIOV -> ...      // pfId, systemId "BYPASS": a virtual function of a physical function
 * }
 * }</pre>
 */
public enum PassthroughKind {
  /** DirectPath I/O of one host function: {@code id}, {@code vendorId}, {@code deviceId}, {@code systemId}. */
  FIXED("DirectPath"),
  /** Dynamic DirectPath I/O (HW 17+): {@code allowedDevices} names acceptable vendor:device pairs. */
  DYNAMIC("Dynamic DirectPath"),
  /** An NVIDIA vGPU: {@code vgpu} names the profile; {@code cfg.*} keys are plug-in parameters. */
  VGPU("vGPU"),
  /** An SR-IOV passthrough network adapter: {@code pfId} names the physical function, {@code systemId = "BYPASS"}. */
  SRIOV("SR-IOV passthrough");

  private final String displayName;

  PassthroughKind(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The name listings and messages use: {@code DirectPath}, {@code Dynamic DirectPath}, {@code vGPU},
   * {@code SR-IOV passthrough}.
   */
  public String displayName() {
    return displayName;
  }
}
