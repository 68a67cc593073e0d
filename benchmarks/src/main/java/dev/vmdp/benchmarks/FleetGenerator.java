package dev.vmdp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a realistic fleet to a folder: one host's {@code lspci -nnvvv} output (root ports,
 * switches, GPUs, SR-IOV NICs with their VFs, HBAs, NVMe: several hundred functions) and
 * {@code passthru.map} under {@code host/}, and the .vmx files of {@link SyntheticVmxFiles} (2 to
 * 12 KiB, ESXi and Workstation styles, passthrough of four kinds naming that host's functions, a
 * few non-UTF-8, CRLF and damaged files) under {@code vms/dsNN/NAME/NAME.vmx} (100 VMs per
 * datastore folder). 10,000 files are about 65 MB. The same count and seed give the same bytes.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.FleetGenerator /tmp/fleet 10000
 * ./vmdp check /tmp/fleet/vms --lspci /tmp/fleet/host/lspci-nnvvv.txt --map /tmp/fleet/host/passthru.map \
 *     --format json > /tmp/fleet.json
 * }</pre>
 */
public final class FleetGenerator {
  /** Root ports of the generated host: about 300 functions. */
  public static final int ROOT_PORTS = 40;

  private FleetGenerator() {}

  /**
   * Generates a fleet: {@code OUT_DIR COUNT [SEED]}.
   *
   * @param args the output folder, the number of VMX files and an optional seed (default 42)
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: FleetGenerator OUT_DIR COUNT [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
    long bytes = write(out, count, seed);
    System.out.printf(Locale.ROOT, "%d VMX files (%.1f MB) in %s, host files in %s%n", count, bytes / 1e6,
        out.resolve("vms"), out.resolve("host"));
  }

  /**
   * Writes the fleet.
   *
   * @param out the folder (created when missing)
   * @param count how many VMX files
   * @param seed the random seed
   * @return the total size of the VMX files in bytes
   */
  public static long write(Path out, int count, long seed) {
    try {
      Path host = Files.createDirectories(out.resolve("host"));
      Files.write(host.resolve("lspci-nnvvv.txt"), SyntheticHosts.lspci(ROOT_PORTS, seed));
      Files.write(host.resolve("passthru.map"), SyntheticHosts.passthruMap());
      List<byte[]> files = SyntheticVmxFiles.generate(count, seed, SyntheticHosts.all(ROOT_PORTS, seed));
      long total = 0;
      for (int i = 0; i < files.size(); i++) {
        String name = String.format(Locale.ROOT, "vm-%05d", i);
        Path dir = Files.createDirectories(out.resolve("vms").resolve(String.format(Locale.ROOT, "ds%02d", i / 100))
            .resolve(name));
        Files.write(dir.resolve(name + ".vmx"), files.get(i));
        total += files.get(i).length;
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fleet to " + out + ": " + e.getMessage(), e);
    }
  }
}
