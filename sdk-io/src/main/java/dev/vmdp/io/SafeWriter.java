package dev.vmdp.io;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * Saves a file safely: atomically, keeping its permissions and a backup, and never over a file
 * that changed on disk since it was read or that a running VM holds.
 *
 * <p>A save refuses, with a {@link VmdpException} naming the file and the reason, when
 * {@code FILE.lck} (the lock file or directory of a running VM) exists, or when the file's content
 * differs from the {@link FileSnapshot} it was read as (content is compared, not only the
 * modification time), unless {@link SaveOptions#force()} is set. It then writes a temporary file
 * {@code .FILE.vmdp-<random>.tmp} in the same directory, flushes it to disk, gives it the original's
 * POSIX permissions, copies the previous bytes to {@code FILE.bak} (unless
 * {@link SaveOptions#backup()} is off), renames the temporary file over the original atomically
 * and flushes the directory where the platform allows it. A symbolic link is followed: its target
 * is replaced, the link stays. If the process dies before the rename, the original is untouched;
 * the temporary file left behind is removed by the next save of the same file.
 *
 * <p>Saves of the same file from several threads of one process are serialized from the check to
 * the rename: of two saves based on the same snapshot, one wins and the other is refused because
 * the file changed. Between processes the check and the rename are separate steps (as for any
 * editor); VMware's own guard there is the {@code FILE.lck} of the running VM.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(path);
 * SafeWriter.save(path, edited.toBytes(), before, SaveOptions.defaults());
 * SafeWriter.saveNew(Path.of("new.vmx"), bytes, SaveOptions.defaults());
 * }</pre>
 */
public final class SafeWriter {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SafeWriter DEFAULT = new SafeWriter(temp -> { });
  private static final Object[] STRIPES = new Object[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new Object();
    }
  }

  /** Test seam: runs after the temporary file is written and before anything else changes. */
  interface AfterTempWritten {
    void run(Path temp) throws IOException;
  }

  private final AfterTempWritten afterTempWritten;

  SafeWriter(AfterTempWritten afterTempWritten) {
    this.afterTempWritten = afterTempWritten;
  }

  /**
   * Replaces a file that was read as {@code readBefore} with new bytes.
   *
   * @param path the file to replace
   * @param newBytes its new content
   * @param readBefore the file as it was read before the edit
   * @param options force and backup settings
   * @throws VmdpException naming the file when the save is refused or fails; the original is
   *     then unchanged
   */
  public static void save(Path path, byte[] newBytes, FileSnapshot readBefore, SaveOptions options) {
    DEFAULT.write(path, newBytes, Objects.requireNonNull(readBefore, "readBefore"), options);
  }

  /**
   * Writes a new file, refusing to overwrite an existing one unless forced.
   *
   * @param path the file to create
   * @param newBytes its content
   * @param options force and backup settings (a forced overwrite keeps a backup unless disabled)
   * @throws VmdpException naming the file when the save is refused or fails
   */
  public static void saveNew(Path path, byte[] newBytes, SaveOptions options) {
    DEFAULT.write(path, newBytes, null, options);
  }

  void write(Path path, byte[] newBytes, FileSnapshot readBefore, SaveOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(newBytes, "newBytes");
    Objects.requireNonNull(options, "options");
    String name = path.toString();
    if (path.getFileName() == null) {
      throw new VmdpException(name + ": not a file name; refusing to save");
    }
    Path target;
    try {
      target = Files.isSymbolicLink(path) ? path.toRealPath() : path;
    } catch (IOException e) {
      throw new VmdpException(name + ": cannot read the file before saving: " + e.getMessage(), e);
    }
    // Check and rename under one lock per file, so that of two saves of the same file in this
    // process (two workspaces, two threads) one wins and the other sees the change and refuses.
    synchronized (stripe(target)) {
      writeLocked(name, path, target, newBytes, readBefore, options);
    }
  }

  private void writeLocked(String name, Path path, Path target, byte[] newBytes, FileSnapshot readBefore,
      SaveOptions options) {
    Current current;
    try {
      if (!options.force()) {
        refuseIfLocked(name, path);
        refuseIfLocked(name, target);
      }
      current = readCurrent(target, readBefore, options);
    } catch (IOException e) {
      throw new VmdpException(name + ": cannot read the file before saving: " + e.getMessage(), e);
    }
    checkUnchanged(name, current, readBefore, options);
    Path dir = target.toAbsolutePath().getParent();
    String targetName = target.getFileName().toString();
    Path temp = null;
    try {
      removeStaleTemps(dir, targetName);
      temp = dir.resolve("." + targetName + ".vmdp-" + randomSuffix() + ".tmp");
      writeDurably(temp, newBytes);
      if (current != null) {
        copyPermissions(target, temp);
      }
      afterTempWritten.run(temp);
      if (current != null && options.backup()) {
        Path backup = dir.resolve(targetName + ".bak");
        Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      }
      moveIntoPlace(temp, target);
      temp = null;
      syncDirectory(dir);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      if (e instanceof VmdpException ve) {
        throw ve;
      }
      throw new VmdpException(name + ": cannot save: " + e.getMessage() + " (the original is unchanged)", e);
    }
  }

  private static Object stripe(Path target) {
    return STRIPES[Math.floorMod(target.toAbsolutePath().normalize().hashCode(), STRIPES.length)];
  }

  private static void refuseIfLocked(String name, Path file) {
    Path lock = file.resolveSibling(file.getFileName() + ".lck");
    if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
      throw new VmdpException(name + ": the VM is running (" + lock
          + " exists); power it off, or save with force");
    }
  }

  /** The file on disk at save time: its size, and its bytes when they had to be compared. */
  private record Current(long size, byte[] bytes) {}

  /**
   * The file as it is now, or null when it is absent. Its bytes are read only to compare them with
   * a snapshot of the same size, so a file replaced by a huge one is never read into memory.
   */
  private static Current readCurrent(Path target, FileSnapshot readBefore, SaveOptions options) throws IOException {
    try {
      long size = Files.size(target);
      boolean compare = !options.force() && readBefore != null && size == readBefore.size();
      return new Current(size, compare ? Files.readAllBytes(target) : null);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void checkUnchanged(String name, Current current, FileSnapshot readBefore, SaveOptions options) {
    if (options.force()) {
      return;
    }
    if (readBefore == null) {
      if (current != null) {
        throw new VmdpException(name + ": the file already exists; refusing to overwrite it (save with force)");
      }
      return;
    }
    if (current == null) {
      throw new VmdpException(name + ": the file was deleted since it was read; refusing to save (save with force)");
    }
    if (current.size() != readBefore.size() || !readBefore.hasContent(current.bytes())) {
      throw new VmdpException(name + ": the file changed on disk since it was read ("
          + readBefore.size() + " bytes then, " + current.size()
          + " bytes now); re-read it and edit again, or save with force");
    }
  }

  private static void writeDurably(Path temp, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      Set<PosixFilePermission> permissions = view.readAttributes().permissions();
      Files.setPosixFilePermissions(to, permissions);
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this only happens on file systems without atomic rename.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Not every platform can open or flush a directory (Windows); the rename is done anyway.
    }
  }

  private static void removeStaleTemps(Path dir, String targetName) throws IOException {
    String glob = "." + targetName.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1") + ".vmdp-*.tmp";
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, glob)) {
      for (Path p : stale) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // The next save of this file removes it.
    }
  }

  private static String randomSuffix() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
