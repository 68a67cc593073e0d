package dev.vmdp.benchmarks;

import dev.vmdp.model.pci.PciFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one generator of .vmx files for benchmarks: a fleet as large and messy as real ones
 * (issue #20), shaped after ../shared/corpus/vmx. The same count and seed give the same bytes.
 *
 * <ul>
 *   <li>Sizes 2 to 12 KiB (median about 5 KiB, mean about 6.5 kB), 80 to 380 lines: the large
 *       files are ESXi VMs whose VMware Tools publish the guest's processes in
 *       {@code guestinfo.appInfo} (escaped JSON) or whose cloud-init metadata is base64.
 *   <li>Nine in ten in ESXi 6.7-8.0 style ({@link EsxiVmx}), two in five of those with passthrough
 *       of one of four kinds: fixed (about half), NVIDIA vGPU, Dynamic DirectPath and SR-IOV
 *       adapters; one in ten in Workstation style ({@link WorkstationVmx}): windows-1252 and GBK
 *       files with such characters, {@code #!/usr/bin/vmware} files, CRLF on two in five.
 *   <li>One file in {@value #DAMAGED_EVERY} ({@link #damaged(int)}) declares UTF-8 but holds a
 *       windows-1252 byte: the only files with a diagnostic of ERROR severity (VMDP605).
 * </ul>
 *
 * <pre>{@code
 * List<byte[]> files = SyntheticVmxFiles.generate(1000, 42L);
 * List<byte[]> fleet = SyntheticVmxFiles.generate(10_000, 42L, SyntheticHosts.all(40, 42L));
 * }</pre>
 */
public final class SyntheticVmxFiles {
  /** Every this many files, one is damaged on purpose (see {@link #damaged(int)}). */
  public static final int DAMAGED_EVERY = 500;

  /** Target sizes in bytes at cumulative probabilities 0, 0.1, ..., 1 (interpolated). */
  private static final int[] SIZE_QUANTILES = {2100, 2800, 3300, 3800, 4300, 4800, 7600, 9800, 10_900, 11_500, 11_900};

  private SyntheticVmxFiles() {}

  /**
   * Generates files whose passthrough entries name random addresses and ids.
   *
   * @param count how many files
   * @param seed the random seed
   * @return the files' bytes
   */
  public static List<byte[]> generate(int count, long seed) {
    return generate(count, seed, List.of());
  }

  /**
   * Generates files whose passthrough entries name functions of one host, so that a fleet check
   * finds them: fixed entries its GPUs, VFs, HBAs and NVMe drives, Dynamic DirectPath its GPUs'
   * ids, SR-IOV adapters its physical functions.
   *
   * @param count how many files
   * @param seed the random seed
   * @param hostFunctions every function of the host ({@link SyntheticHosts#all}); empty for random ones
   * @return the files' bytes
   */
  public static List<byte[]> generate(int count, long seed, List<PciFunction> hostFunctions) {
    SplittableRandom random = new SplittableRandom(seed);
    PassthroughSources sources = PassthroughSources.of(hostFunctions, seed);
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom r = random.split();
      boolean workstation = damaged(i) || r.nextInt(10) == 0;
      int target = workstation ? Math.min(targetSize(r), 6 * 1024) : Math.max(2600, targetSize(r));
      // Half the files owe their size to long values (about 90 to 170 lines), half to many keys
      // (about 32 bytes a line): 80 to 380 lines.
      int lines = r.nextBoolean() ? 90 + r.nextInt(80) : (int) (target / 32.0 * (0.8 + 0.4 * r.nextDouble()));
      lines = Math.max(80, Math.min(380, lines));
      out.add(workstation ? WorkstationVmx.write(i, r, target, damaged(i)) : EsxiVmx.write(i, r, sources, target, lines));
    }
    return out;
  }

  /**
   * Whether the file of this index is damaged on purpose: it declares {@code .encoding = "UTF-8"}
   * but holds windows-1252 bytes (as a copied shared-folder path does in the corpus).
   *
   * @param index the file's index in the generated list
   * @return true for one file in {@value #DAMAGED_EVERY}
   */
  public static boolean damaged(int index) {
    return index % DAMAGED_EVERY == DAMAGED_EVERY / 2;
  }

  private static int targetSize(SplittableRandom r) {
    double u = r.nextDouble() * (SIZE_QUANTILES.length - 1);
    int i = (int) u;
    return (int) (SIZE_QUANTILES[i] + (u - i) * (SIZE_QUANTILES[i + 1] - SIZE_QUANTILES[i]));
  }
}
