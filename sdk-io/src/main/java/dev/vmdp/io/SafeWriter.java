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
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Saves a file safely: atomically, keeping its owner, group, mode and a backup, and never over a
 * file that changed on disk since it was read, that a running VM holds, or that is read-only.
 *
 * <p>A save first takes the file's save lock: an advisory lock on {@code .FILE.vmdp-lock} beside
 * it, which every vmdp save of the file takes, in this process or another, and holds until its
 * rename is done (it waits up to 10 seconds for another save, then refuses). Under the lock it
 * refuses, with a {@link VmdpException} naming the file and the reason, when {@code FILE.lck} (the
 * lock file or directory of a running VM) exists, when the file's content differs from the
 * {@link FileSnapshot} it was read as (content is compared, not only the modification time), or
 * when the file is read-only for the user, unless {@link SaveOptions#force()} is set. It then
 * writes a temporary file {@code .FILE.vmdp-<random>.tmp} in the same directory (readable by its
 * creator only until it is complete), gives it the original's owner, group and mode, flushes it to
 * disk, writes the previous bytes the same way to a second temporary file that it renames over
 * {@code FILE.bak} (unless {@link SaveOptions#backup()} is off), renames the first one over the
 * original atomically, flushes the directory where the platform allows it, and removes the lock
 * file. A symbolic link is followed: its target is replaced, the link stays. Names beside the file
 * are built from the bytes of its name, so a name that is not valid in the platform's charset
 * works as any other.
 *
 * <p>If the process dies at any moment, the file holds either its old bytes or its new ones, and
 * {@code FILE.bak} its previous backup or the old bytes; the operating system releases the lock,
 * and the next save of the file removes what was left behind. A failure (a full disk, an owner
 * that cannot be kept) leaves the file and its backup as they were.
 *
 * <p>Of two saves based on the same snapshot, in one process or in two, one wins and the other is
 * refused because the file changed. Programs other than vmdp do not take the lock.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(path);
 * SafeWriter.save(path, edited.toBytes(), before, SaveOptions.defaults());
 * SafeWriter.saveNew(Path.of("new.vmx"), bytes, SaveOptions.defaults());
 * }</pre>
 */
public final class SafeWriter {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
  private static final SafeWriter DEFAULT = new SafeWriter(temp -> { }, LOCK_WAIT);
  private static final String TEMP_INFIX = ".vmdp-";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final int TEMP_RANDOM_CHARS = 12;
  private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /** Test seam: runs after the temporary file is written and before anything else changes. */
  interface AfterTempWritten {
    void run(Path temp) throws IOException;
  }

  private final AfterTempWritten afterTempWritten;
  private final Duration lockWait;
  private final SaveLock.AfterOpen afterLockOpened;

  SafeWriter(AfterTempWritten afterTempWritten) {
    this(afterTempWritten, LOCK_WAIT);
  }

  SafeWriter(AfterTempWritten afterTempWritten, Duration lockWait) {
    this(afterTempWritten, lockWait, lockFile -> { });
  }

  SafeWriter(AfterTempWritten afterTempWritten, Duration lockWait, SaveLock.AfterOpen afterLockOpened) {
    this.afterTempWritten = afterTempWritten;
    this.lockWait = lockWait;
    this.afterLockOpened = afterLockOpened;
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
    try (SaveLock lock = SaveLock.acquire(target, name, lockWait, options.force(), afterLockOpened)) {
      writeLocked(name, path, target, newBytes, readBefore, options, lock.holdsFile());
    }
  }

  private void writeLocked(String name, Path path, Path target, byte[] newBytes, FileSnapshot readBefore,
      SaveOptions options, boolean exclusive) {
    Current current;
    KeptAttributes kept;
    try {
      if (!options.force()) {
        refuseIfVmRunning(name, path);
        refuseIfVmRunning(name, target);
      }
      current = readCurrent(target, readBefore, options);
      checkUnchanged(name, current, readBefore, options);
      kept = current == null ? KeptAttributes.none() : KeptAttributes.of(target);
    } catch (IOException e) {
      throw new VmdpException(name + ": cannot read the file before saving: " + e.getMessage(), e);
    }
    if (current != null && !options.force()) {
      kept.refuseIfReadOnly(name, target);
    }
    Path dir = target.toAbsolutePath().getParent();
    List<Path> temps = new ArrayList<>(2);
    try {
      if (exclusive) {
        // Under the lock every temporary file of this file belongs to a save that is over.
        removeStaleTemps(dir, target);
      }
      Path temp = newTemp(target, temps);
      try (FileChannel ch = FileChannel.open(temp, CREATE, kept.creation(temp.getFileSystem()))) {
        writeAll(ch, ByteBuffer.wrap(newBytes));
        kept.applyTo(temp, name, true);
        ch.force(true);
      }
      afterTempWritten.run(temp);
      if (current != null && options.backup()) {
        backUp(name, target, kept, temps);
      }
      moveIntoPlace(temp, target);
      temps.remove(temp);
      syncDirectory(dir);
    } catch (IOException | RuntimeException e) {
      temps.forEach(SafeWriter::deleteQuietly);
      if (e instanceof VmdpException ve) {
        throw ve;
      }
      throw new VmdpException(name + ": cannot save: " + e.getMessage() + " (the original is unchanged)", e);
    }
  }

  private static void refuseIfVmRunning(String name, Path file) {
    Path lock = Siblings.sibling(file, "", ".lck");
    if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
      throw new VmdpException(name + ": the VM is running (" + lock
          + " exists); power it off, or save with force");
    }
  }

  /** The file on disk at save time: its size, and its bytes when they had to be compared. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared, hashed or printed
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

  /**
   * Copies the file as it is now to {@code FILE.bak} through a temporary file, so the previous
   * backup stays whole until the new one is complete on disk (a full disk keeps it).
   */
  private static void backUp(String name, Path target, KeptAttributes kept, List<Path> temps) throws IOException {
    Path temp = newTemp(target, temps);
    try (FileChannel in = FileChannel.open(target, StandardOpenOption.READ);
        FileChannel out = FileChannel.open(temp, CREATE, kept.creation(temp.getFileSystem()))) {
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      while (in.read(buf) >= 0) {
        buf.flip();
        writeAll(out, buf);
        buf.clear();
      }
      kept.applyTo(temp, name, false);
      out.force(true);
    }
    moveIntoPlace(temp, backupBeside(target));
    temps.remove(temp);
  }

  /**
   * Where a save of the file keeps its previous bytes ({@link SaveOptions#backup()}): {@code FILE.bak}
   * beside the file, or beside the file a symbolic link points to, as the save writes it.
   *
   * @param path the file as the user named it
   * @return the backup's path
   */
  public static Path backupOf(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      return backupBeside(Files.isSymbolicLink(path) ? path.toRealPath() : path);
    } catch (IOException e) {
      return backupBeside(path);
    }
  }

  private static Path backupBeside(Path target) {
    return Siblings.sibling(target, "", ".bak");
  }

  /** A fresh name {@code .FILE.vmdp-<12 hex digits>.tmp}, recorded so a failure removes it. */
  private static Path newTemp(Path target, List<Path> temps) {
    byte[] b = new byte[TEMP_RANDOM_CHARS / 2];
    RANDOM.nextBytes(b);
    Path temp = Siblings.sibling(target, ".", TEMP_INFIX + HexFormat.of().formatHex(b) + TEMP_SUFFIX);
    temps.add(temp);
    return temp;
  }

  private static void writeAll(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
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

  /**
   * Removes the temporary files of earlier saves of this file that died before their rename:
   * exactly the names {@code .FILE.vmdp-<12 hex digits>.tmp}, compared byte for byte, so neither
   * another file's temporary files nor a name that only decodes alike is touched.
   */
  private static void removeStaleTemps(Path dir, Path target) throws IOException {
    String prefix = "." + Siblings.exactName(target) + TEMP_INFIX;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String n = Siblings.exactName(p);
        if (n.length() == prefix.length() + TEMP_RANDOM_CHARS + TEMP_SUFFIX.length() && n.startsWith(prefix)
            && n.endsWith(TEMP_SUFFIX) && isLowerHex(n, prefix.length(), prefix.length() + TEMP_RANDOM_CHARS)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static boolean isLowerHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // The next save of this file removes it.
    }
  }
}
