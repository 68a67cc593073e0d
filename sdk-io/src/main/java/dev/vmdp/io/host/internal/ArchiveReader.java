package dev.vmdp.io.host.internal;

import dev.vmdp.io.InputLimits;
import dev.vmdp.model.VmdpException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a vm-support bundle ({@code .tgz}, {@code .tar.gz} or {@code .tar}) as a stream with
 * commons-compress, never extracting anything to disk, within the {@link InputLimits}:
 *
 * <ul>
 *   <li>an entry that would leave the bundle were it extracted is refused, naming it: a path with
 *       a {@code ..} segment, an absolute path, a symbolic or a hard link;
 *   <li>every byte the bundle expands to, read or skipped, counts against
 *       {@link InputLimits#maxArchiveBytes()}, so a gzip bomb stops there;
 *   <li>each entry's first bytes are shown to the caller, who says whether to read it; an entry
 *       read obeys {@link InputLimits#maxFileBytes()} (bounded by the bytes read, whatever the tar
 *       header says), and the entries read together obey {@link InputLimits#maxArchiveHeldBytes()};
 *   <li>an entry that is itself gzip-compressed (a rotated {@code vmkernel.0.gz}) is read through
 *       gunzip, within the same limits.
 * </ul>
 */
public final class ArchiveReader {
  /** How many bytes of an entry the caller sees before it decides. */
  public static final int HEAD_BYTES = 64 * 1024;

  private ArchiveReader() {}

  /** What the caller does with each regular entry. */
  public interface EntryHandler {
    /**
     * Decides from an entry's first bytes whether to read it whole.
     *
     * @param name the entry's path inside the archive
     * @param head its first bytes (decompressed when the entry is gzip-compressed)
     * @return true to read it, false to skip it
     */
    boolean wants(String name, byte[] head);

    /**
     * Takes an entry read whole.
     *
     * @param name the entry's path inside the archive
     * @param bytes its bytes (decompressed when the entry is gzip-compressed)
     */
    void read(String name, byte[] bytes);

    /**
     * Learns of an entry skipped because it is not a regular file (a device, a FIFO).
     *
     * @param name the entry's path
     * @param why what it is
     */
    void skipped(String name, String why);
  }

  /** True when the bytes start like a gzip stream. */
  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** True when the bytes start like a POSIX tar archive ({@code ustar} at offset 257). */
  public static boolean isTar(byte[] head) {
    return head.length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
        && head[261] == 'r';
  }

  /**
   * Reads an archive.
   *
   * @param in the archive's bytes as stored (gzip-compressed or not); closed by the caller
   * @param archiveName the archive as the user named it, for messages
   * @param limits the limits
   * @param handler what to do with each entry
   * @throws VmdpException naming the archive (and the entry) when an entry would escape it, a
   *     limit is passed, or the archive cannot be read
   */
  public static void read(InputStream in, String archiveName, InputLimits limits, EntryHandler handler) {
    Budget budget = new Budget(archiveName, limits);
    try {
      BufferedInputStream raw = new BufferedInputStream(in);
      raw.mark(2);
      byte[] magic = raw.readNBytes(2);
      raw.reset();
      InputStream expanded = isGzip(magic) ? gunzip(raw) : raw;
      Counting counted = new Counting(expanded, budget);
      try (TarArchiveInputStream tar = new TarArchiveInputStream(counted)) {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
          budget.entry = e.getName();
          refuseEscapes(archiveName, e);
          if (e.isDirectory()) {
            continue;
          }
          if (!e.isFile()) {
            handler.skipped(e.getName(), kindOf(e));
            continue;
          }
          entry(tar, e.getName(), budget, limits, handler);
        }
      }
    } catch (IOException e) {
      throw new VmdpException(archiveName + ": cannot read the bundle (tar or tar.gz)"
          + (budget.entry == null ? "" : " at entry " + budget.entry) + ": " + e.getMessage(), e);
    }
  }

  private static void entry(InputStream tar, String name, Budget budget, InputLimits limits, EntryHandler handler)
      throws IOException {
    BufferedInputStream data = new BufferedInputStream(tar, 8192);
    data.mark(2);
    byte[] magic = data.readNBytes(2);
    data.reset();
    // A gzip-compressed entry (a rotated log) counts as its decompressed bytes, against the same budget.
    InputStream content = isGzip(magic) ? new Counting(gunzip(data), budget) : data;
    byte[] head = content.readNBytes(HEAD_BYTES);
    if (!handler.wants(name, head)) {
      content.transferTo(java.io.OutputStream.nullOutputStream());
      return;
    }
    long max = limits.maxFileBytes();
    byte[] rest = content.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, max + 1 - head.length)));
    long size = (long) head.length + rest.length;
    if (size > max) {
      throw new VmdpException(budget.archive + ": entry " + name + " is larger than the limit of " + mib(max)
          + " (InputLimits.maxFileBytes; more than " + max + " bytes read); refusing to read the bundle");
    }
    budget.held += size;
    limits.checkArchiveHeldBytes(budget.archive, name, budget.held);
    byte[] all = Arrays.copyOf(head, (int) size);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    handler.read(name, all);
  }

  /**
   * A gzip stream's content, members concatenated as gzip(1) writes them.
   *
   * @param in the compressed bytes
   * @return the content
   * @throws IOException when the stream is not gzip
   */
  public static InputStream gunzip(InputStream in) throws IOException {
    return GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
  }

  private static String mib(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  private static void refuseEscapes(String archive, TarArchiveEntry e) {
    String name = e.getName();
    if (e.isSymbolicLink()) {
      throw escape(archive, name, "a symbolic link (to " + e.getLinkName() + ")");
    }
    if (e.isLink()) {
      throw escape(archive, name, "a hard link (to " + e.getLinkName() + ")");
    }
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      throw escape(archive, name, "an absolute path");
    }
    for (String segment : n.split("/", -1)) {
      if (segment.equals("..")) {
        throw escape(archive, name, "a path with ..");
      }
    }
  }

  private static VmdpException escape(String archive, String entry, String what) {
    return new VmdpException(archive + ": entry " + entry + " is " + what
        + ", which could reach outside the bundle; refusing to read it");
  }

  private static String kindOf(TarArchiveEntry e) {
    if (e.isCharacterDevice() || e.isBlockDevice()) {
      return "a device";
    }
    if (e.isFIFO()) {
      return "a FIFO";
    }
    return "not a regular file (tar type " + (char) e.getLinkFlag() + ")";
  }

  /** The bytes read so far, and held, for one archive. */
  private static final class Budget {
    final String archive;
    final InputLimits limits;
    long expanded;
    long held;
    String entry;

    Budget(String archive, InputLimits limits) {
      this.archive = archive;
      this.limits = limits;
    }

    void count(long n) {
      expanded += n;
      limits.checkArchiveBytes(archive, entry == null ? "(header)" : entry, expanded);
    }
  }

  /** Counts the bytes a stream gives against the archive's budget. */
  private static final class Counting extends FilterInputStream {
    private final Budget budget;

    Counting(InputStream in, Budget budget) {
      super(in);
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        budget.count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        budget.count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipping still expands the bytes: read them through the count.
      long done = 0;
      byte[] buf = new byte[8192];
      while (done < n) {
        int r = read(buf, 0, (int) Math.min(buf.length, n - done));
        if (r < 0) {
          break;
        }
        done += r;
      }
      return done;
    }
  }
}
