package dev.vmdp.io;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The owner, group and mode of a file that a save replaces, given to the new file and to the
 * backup before either is renamed into place. A rename puts a new inode in place, so nothing of
 * the old one survives unless it is copied.
 *
 * <p>Where the file system has the {@code unix} attribute view (Linux, macOS) the whole mode is
 * kept, setuid, setgid and sticky bits included, with the numeric owner and group; with only the
 * {@code posix} view the owner, group and nine permission bits; with neither, nothing (Windows).
 * The owner and group are set before the mode, because changing them clears setuid and setgid.
 * A file that cannot be given them (a user who is not root saving another user's file, a group
 * the user is not in) is refused rather than saved with other owners or bits.
 */
final class KeptAttributes {
  private static final int SET_ID_BITS = 06000;
  private static final int WRITE_BITS = 0222;
  /** The permissions in the order of their mode bits, from 0400 down to 0001. */
  private static final List<PosixFilePermission> MODE_ORDER = List.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private enum View { UNIX, POSIX, NONE }

  private final View view;
  private final int mode;
  private final int uid;
  private final int gid;
  private final UserPrincipal owner;
  private final GroupPrincipal group;

  private KeptAttributes(View view, int mode, int uid, int gid, UserPrincipal owner, GroupPrincipal group) {
    this.view = view;
    this.mode = mode;
    this.uid = uid;
    this.gid = gid;
    this.owner = owner;
    this.group = group;
  }

  /** Nothing to keep: the file is new. */
  static KeptAttributes none() {
    return new KeptAttributes(View.NONE, 0, -1, -1, null, null);
  }

  /** The attributes of an existing file (a symbolic link is followed). */
  static KeptAttributes of(Path file) throws IOException {
    Set<String> views = file.getFileSystem().supportedFileAttributeViews();
    if (views.contains("unix")) {
      Map<String, Object> a = Files.readAttributes(file, "unix:mode,uid,gid");
      return new KeptAttributes(View.UNIX, (Integer) a.get("mode") & 07777, (Integer) a.get("uid"),
          (Integer) a.get("gid"), null, null);
    }
    if (views.contains("posix")) {
      PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class);
      return new KeptAttributes(View.POSIX, bits(a.permissions()), -1, -1, a.owner(), a.group());
    }
    return none();
  }

  /**
   * How a temporary file is created: readable and writable by its creator only where the file
   * system has POSIX permissions, so the new bytes of a private file are never readable by others
   * before its own mode is set. Nothing for a new file, which gets the system's defaults.
   */
  FileAttribute<?>[] creation(FileSystem fs) {
    if (view == View.NONE || !fs.supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
  }

  /**
   * Refuses a file its user may not write: no write bit at all (which root would not notice), or
   * none for this user.
   *
   * @throws VmdpException naming the file and its mode
   */
  void refuseIfReadOnly(String name, Path file) {
    boolean noWriteBit = view != View.NONE && (mode & WRITE_BITS) == 0;
    if (noWriteBit) {
      throw new VmdpException(name + ": the file is read-only (mode " + octal(mode)
          + "); make it writable, or save with force to replace it and keep it read-only");
    }
    if (!Files.isWritable(file)) {
      throw new VmdpException(name + ": this user may not write the file" + describe()
          + "; save it as a user who may, or save with force to replace it");
    }
  }

  /**
   * Gives these attributes to a file created by this process.
   *
   * @param file the temporary file
   * @param name the file being saved, as the user named it
   * @param setIdBits whether to keep setuid and setgid (not for a backup, which must not become a
   *     second privileged program)
   * @throws VmdpException when an attribute cannot be given; the caller removes the file
   */
  void applyTo(Path file, String name, boolean setIdBits) throws IOException {
    switch (view) {
      case UNIX -> applyUnix(file, name, setIdBits ? mode : mode & ~SET_ID_BITS);
      case POSIX -> applyPosix(file, name);
      case NONE -> { }
    }
  }

  private void applyUnix(Path file, String name, int wanted) throws IOException {
    Map<String, Object> now = Files.readAttributes(file, "unix:uid,gid");
    int myUid = (Integer) now.get("uid");
    int myGid = (Integer) now.get("gid");
    try {
      if (myUid != uid) {
        Files.setAttribute(file, "unix:uid", uid);
      }
      if (myGid != gid) {
        Files.setAttribute(file, "unix:gid", gid);
      }
    } catch (FileSystemException e) {
      throw new VmdpException(name + ": cannot keep the file's owner and group (" + uid + ":" + gid
          + "; a new file would belong to " + myUid + ":" + myGid + "): " + reason(e)
          + "; save it as its owner or as root (the original is unchanged)", e);
    }
    Files.setAttribute(file, "unix:mode", wanted);
    int got = (Integer) Files.readAttributes(file, "unix:mode").get("mode") & 07777;
    if (got != wanted) {
      // Linux drops setgid when the user is not in the file's group, without an error.
      throw new VmdpException(name + ": cannot keep the file's mode " + octal(wanted) + " (the system set "
          + octal(got) + "); save it as its owner or as root (the original is unchanged)");
    }
  }

  private void applyPosix(Path file, String name) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!Objects.equals(now.owner(), owner)) {
        view.setOwner(owner);
      }
      if (!Objects.equals(now.group(), group)) {
        view.setGroup(group);
      }
    } catch (FileSystemException e) {
      throw new VmdpException(name + ": cannot keep the file's owner and group (" + owner.getName() + ":"
          + group.getName() + "): " + reason(e) + "; save it as its owner or as root (the original is unchanged)", e);
    }
    view.setPermissions(permissions(mode));
  }

  private String describe() {
    return switch (view) {
      case UNIX -> " (mode " + octal(mode) + ", owner " + uid + ":" + gid + ")";
      case POSIX -> " (" + PosixFilePermissions.toString(permissions(mode)) + ", owner " + owner.getName() + ":"
          + group.getName() + ")";
      case NONE -> "";
    };
  }

  private static String reason(FileSystemException e) {
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName().replace("Exception", "");
  }

  private static String octal(int mode) {
    return String.format("%04o", mode);
  }

  private static int bits(Set<PosixFilePermission> permissions) {
    int bits = 0;
    for (PosixFilePermission p : permissions) {
      bits |= bit(p);
    }
    return bits;
  }

  private static Set<PosixFilePermission> permissions(int bits) {
    Set<PosixFilePermission> set = java.util.EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission p : MODE_ORDER) {
      if ((bits & bit(p)) != 0) {
        set.add(p);
      }
    }
    return set;
  }

  /** The permission's bit of a Unix mode: 0400 for the owner's read down to 0001 for the others' execute. */
  private static int bit(PosixFilePermission p) {
    return 0400 >> MODE_ORDER.indexOf(p);
  }
}
