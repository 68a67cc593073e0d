package dev.vmdp.dsl;

import dev.vmdp.io.passthrumap.BuiltInMaps;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import java.io.IOException;
import java.io.InputStream;

/**
 * vmdp's built-in example: the sample VM of VMware's "Configuration Examples and Troubleshooting
 * for VMDirectPath" (ESX 4.x, EN-000217-01; displayName RHEL3, {@code guestOS = "linux"}, virtual
 * hardware 7, 512 MB all reserved, {@code 12ab:3456} at {@code 03:00.0} slot 160 and
 * {@code 78cd:6543} at {@code 02:00.0} slot 192, the pciBridge block with
 * {@code pciBridge0.pciSlotNumber = "19"}) and the ESX 4.0 host it runs on. This is what
 * {@code vmdp check} checks when given no file.
 *
 * <p><b>The VMX is a reconstruction, not a verified copy of the guide's text</b>
 * ({@link #PROVENANCE}): no copy of the guide's sample was at hand, so the file holds exactly the
 * lines vmdp's domain reference records of it (DOMAIN.md 5.5-5.7), no comment and no other key.
 * The guide's comments, its other keys, the exact line order and the page break could not be
 * verified; nothing was invented for them. The example passthru.map ({@link #passthruMap()}) is
 * vmdp's own, after the devices the guide names, not the guide's sample map.
 *
 * <pre>{@code
 * Workspace ws = GuideSample.workspace();
 * System.out.println(ReportRenderer.text(ws.check()));   // dev.vmdp.report
 * }</pre>
 */
public final class GuideSample {
  /** The host UUID the sample's {@code pciPassthruN.systemId} names. */
  public static final String HOST_UUID = "48c4619b-6d58-18db-2a0e-000423d1e6f6";

  /**
   * Where the sample VMX comes from, in one line, for whoever prints it: a reconstruction from
   * vmdp's domain reference, not a verified copy of the guide.
   */
  public static final String PROVENANCE = "reconstructed from what vmdp's domain reference records of the sample in"
      + " VMware's \"Configuration Examples and Troubleshooting for VMDirectPath\" (EN-000217-01);"
      + " the guide's comments and other lines could not be verified and are left out";

  /** The file name the sample VMX is shown under. */
  public static final String VMX_NAME = "rhel3.vmx";

  private GuideSample() {}

  /** The sample .vmx, as bytes. */
  public static byte[] vmx() {
    try (InputStream in = GuideSample.class.getResourceAsStream("guide/rhel3.vmx")) {
      if (in == null) {
        throw new VmdpException("the built-in guide sample is missing from the vmdp jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new VmdpException("cannot read the built-in guide sample: " + e.getMessage(), e);
    }
  }

  /**
   * The ESX 4.0 host of the sample: Intel VT-d, the two devices enabled for passthrough. It has no
   * passthru.map: the example map lists the devices the guide names, which this host does not have.
   */
  public static Host host() {
    return Vmdp.host("esx-guide").version("4.0").intelVtd().uuid(HOST_UUID)
        .pci("0000:03:00.0", d -> d.ids(0x12ab, 0x3456).pcie())
        .pci("0000:02:00.0", d -> d.ids(0x78cd, 0x6543).pcie())
        .passthroughEnabled("0000:03:00.0", "0000:02:00.0")
        .build();
  }

  /** vmdp's example passthru.map (after the devices the guide names; not the guide's own file). */
  public static PassthruMapDocument passthruMap() {
    return BuiltInMaps.example();
  }

  /** A workspace holding the sample VM (in memory, not saveable) and its host. */
  public static Workspace workspace() {
    return Workspace.create().host(host()).vmx(VMX_NAME, vmx());
  }
}
