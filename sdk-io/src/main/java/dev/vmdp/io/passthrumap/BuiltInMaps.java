package dev.vmdp.io.passthrumap;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;

/**
 * passthru.map files that ship inside vmdp, for a knowledge base or a default host.
 *
 * <pre>{@code
 * PassthruMap shipped = BuiltInMaps.esxi67().toModel();
 * shipped.lookup(PciId.of(0x10de, 0x1eb8));   // 10de ffff bridge false
 * }</pre>
 */
public final class BuiltInMaps {

  private BuiltInMaps() {}

  /**
   * The entries VMware ships with ESXi 6.7 (Intel 82579LM and 82598, Broadcom 57710/57711/57712,
   * QLogic 2532, LSI 1068, NVIDIA {@code ffff}), as DOMAIN.md 7.1 lists them, under vmdp's own
   * comment header; named {@code esxi-6.7-shipped.map}.
   *
   * @return the document
   */
  public static PassthruMapDocument esxi67() {
    return load("esxi-6.7-shipped.map");
  }

  /**
   * vmdp's example map: a short file written for vmdp after the devices the VMDirectPath guide
   * names (Intel 82598 with {@code d3d0}, Broadcom 57710/57711 and QLogic 2532 not shareable, LSI
   * SAS 1068E), with a header that explains the four fields; named {@code example.map}. It is not
   * a copy of the guide's own sample.
   *
   * @return the document
   */
  public static PassthruMapDocument example() {
    return load("example.map");
  }

  private static PassthruMapDocument load(String name) {
    try (InputStream in = BuiltInMaps.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new VmdpException("built-in map " + name + " is missing from the class path");
      }
      return PassthruMapDocument.parse(FileSnapshot.read(in, name, InputLimits.defaults()).bytes(), name);
    } catch (IOException e) {
      throw new VmdpException("built-in map " + name + ": cannot read: " + ReadFailures.reason(e), e);
    }
  }
}
