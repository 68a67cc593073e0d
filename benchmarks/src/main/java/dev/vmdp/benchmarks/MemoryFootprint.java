package dev.vmdp.benchmarks;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Retained heap per parsed .vmx file, relative to the file's size (DESIGN.md: at most 4x): the
 * used heap after repeated full collections (the least of a few readings) while holding
 * <ol type="a">
 *   <li>the files' bytes only (the baseline),
 *   <li>the {@link VmxDocument}s parsed from them (the bytes dropped: a document keeps its own copy),
 *   <li>the documents and their bound {@link VirtualMachine}s,
 *   <li>with a fleet folder (from {@link FleetGenerator}): a {@link Workspace} with that folder's
 *       VMs and its host files, after a check, with the report kept.
 * </ol>
 * Each is measured against the heap used before it was built, and divided by the number of files.
 * Files (a) to (c) come from {@link SyntheticVmxFiles} (seed 42, random passthrough addresses); the
 * fleet folder from {@link FleetGenerator} (the same generator, naming its host's functions).
 *
 * <pre>{@code
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.MemoryFootprint [COUNT [FLEET_FOLDER]]
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.MemoryFootprint 5000 /tmp/fleet
 * }</pre>
 */
public final class MemoryFootprint {
  /** Files generated when no count is given. */
  public static final int DEFAULT_COUNT = 5_000;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private MemoryFootprint() {}

  /**
   * Measures and prints the table: {@code [COUNT [FLEET_FOLDER]]}.
   *
   * @param args the number of generated files (default 5,000) and an optional fleet folder holding
   *     {@code vms/} and {@code host/} as {@link FleetGenerator} writes them
   */
  public static void main(String[] args) {
    if (args.length > 2) {
      System.err.println("usage: MemoryFootprint [COUNT [FLEET_FOLDER]]");
      System.exit(2);
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COUNT;
    Path fleet = args.length > 1 ? Path.of(args[1]) : null;
    warmUp();
    List<Row> rows = new ArrayList<>(measureGenerated(count));
    if (fleet != null) {
      rows.add(measureWorkspace(fleet));
    }
    System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %s%n", System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.print(Row.table(rows));
  }

  /** Loads and compiles the classes involved, so that their one-off allocations are not counted. */
  private static void warmUp() {
    for (byte[] b : SyntheticVmxFiles.generate(200, 7L)) {
      VmxDocument doc = VmxDocument.parse(b, "warm-up.vmx");
      VmxBinding.read(doc);
      doc.diagnostics();
    }
  }

  private static List<Row> measureGenerated(int count) {
    long empty = settledUsedHeap();
    List<byte[]> generated = SyntheticVmxFiles.generate(count, 42L);
    byte[][] bytes = generated.toArray(new byte[0][]);
    generated = null;
    long fileBytes = 0;
    for (byte[] b : bytes) {
      fileBytes += b.length;
    }
    long withBytes;
    try {
      withBytes = settledUsedHeap();
    } finally {
      Reference.reachabilityFence(bytes);
    }

    VmxDocument[] docs = new VmxDocument[count];
    for (int i = 0; i < count; i++) {
      docs[i] = VmxDocument.parse(bytes[i], "vm-" + i + ".vmx");
    }
    bytes = null; // the documents hold their own copies
    long withDocs;
    try {
      withDocs = settledUsedHeap();
    } finally {
      Reference.reachabilityFence(docs);
    }

    VirtualMachine[] vms = new VirtualMachine[count];
    for (int i = 0; i < count; i++) {
      vms[i] = VmxBinding.read(docs[i]);
    }
    long withVms;
    try {
      withVms = settledUsedHeap();
    } finally {
      Reference.reachabilityFence(docs);
      Reference.reachabilityFence(vms);
    }

    return List.of(
        new Row("(a) byte[] only", count, fileBytes, withBytes - empty),
        new Row("(b) VmxDocument (bytes dropped)", count, fileBytes, withDocs - empty),
        new Row("(c) VmxDocument + VirtualMachine", count, fileBytes, withVms - empty));
  }

  private static Row measureWorkspace(Path fleet) {
    Path vms = fleet.resolve("vms");
    Path host = fleet.resolve("host");
    long files;
    long fileBytes;
    try (Stream<Path> s = Files.walk(vms)) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".vmx")).toList();
      files = all.size();
      long total = 0;
      for (Path p : all) {
        total += Files.size(p);
      }
      fileBytes = total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long empty = settledUsedHeap();
    Workspace ws = Workspace.create().vmx(vms).lspci(host.resolve("lspci-nnvvv.txt"))
        .map(host.resolve("passthru.map"));
    Report report = ws.check();
    long withWorkspace;
    try {
      withWorkspace = settledUsedHeap();
    } finally {
      Reference.reachabilityFence(ws);
      Reference.reachabilityFence(report);
    }
    return new Row("(d) Workspace + check (" + fleet + ")", files, fileBytes, withWorkspace - empty);
  }

  /**
   * The used heap once garbage is gone: full collections until a reading no longer falls, then the
   * least of three more readings.
   */
  static long settledUsedHeap() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      long used = collectAndRead();
      if (used >= previous - previous / 1000) {
        break;
      }
      previous = used;
    }
    long least = previous;
    for (int i = 0; i < 3; i++) {
      least = Math.min(least, collectAndRead());
    }
    return least;
  }

  private static long collectAndRead() {
    System.gc();
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /**
   * One measured configuration.
   *
   * @param label what was held
   * @param files how many files
   * @param fileBytes the files' total size
   * @param heapBytes the heap they took, above what was used before
   */
  record Row(String label, long files, long fileBytes, long heapBytes) {

    /** Heap bytes per file. */
    long heapPerFile() {
      return Math.round((double) heapBytes / files);
    }

    /** The average file size. */
    long bytesPerFile() {
      return Math.round((double) fileBytes / files);
    }

    /** Heap divided by the files' size. */
    double ratio() {
      return (double) heapBytes / fileBytes;
    }

    /** The rows as a Markdown table. */
    static String table(List<Row> rows) {
      StringBuilder sb = new StringBuilder();
      sb.append("| held | files | file size (avg) | heap per file | heap / file size |\n");
      sb.append("|---|---:|---:|---:|---:|\n");
      for (Row r : rows) {
        sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d B | %,d B | %.2fx |\n", r.label(), r.files(),
            r.bytesPerFile(), r.heapPerFile(), r.ratio()));
      }
      return sb.toString();
    }
  }
}
