package dev.vmdp.io.lspci.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks the virtual functions of each SR-IOV physical function: VF n (0-based) has routing id
 * {@code PF + First VF Offset + n * VF Stride} (PCIe SR-IOV specification, 3.3.9-3.3.10).
 */
final class SriovLinker {
  private SriovLinker() {}

  static void link(Collection<DraftFunction> functions) {
    Map<Long, DraftFunction> byRid = new HashMap<>();
    for (DraftFunction f : functions) {
      byRid.put(f.rid(), f);
    }
    for (DraftFunction pf : functions) {
      if (!pf.sriovPf || pf.numVfs <= 0 || pf.vfOffset < 0 || pf.vfStride < 0) {
        continue;
      }
      long segment = pf.rid() & ~0xffffL;
      for (int n = 0; n < pf.numVfs; n++) {
        long rid = (pf.rid() & 0xffff) + pf.vfOffset + (long) n * pf.vfStride;
        if (rid > 0xffff) {
          break;
        }
        DraftFunction vf = byRid.get(segment | rid);
        if (vf != null && vf != pf && !vf.sriovPf) {
          vf.virtualFunction = true;
          vf.physicalFunctionRid = pf.rid();
        }
      }
    }
  }
}
