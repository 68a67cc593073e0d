package dev.vmdp.io;

/**
 * How {@link SafeWriter} saves: whether it may overwrite a file that changed on disk, is locked
 * by a running VM or is read-only ({@link #force()}), and whether it keeps the previous bytes in
 * {@code FILE.bak} ({@link #backup()}).
 *
 * <pre>{@code
 * SaveOptions careful = SaveOptions.defaults();              // no force, backup
 * SaveOptions override = SaveOptions.defaults().withForce(true).withBackup(false);
 * }</pre>
 */
public final class SaveOptions {
  private static final SaveOptions DEFAULTS = new SaveOptions(false, true);

  private final boolean force;
  private final boolean backup;

  private SaveOptions(boolean force, boolean backup) {
    this.force = force;
    this.backup = backup;
  }

  /** The defaults: not forced, with a backup. */
  public static SaveOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the save goes ahead although the file changed on disk since it was read, was deleted,
   * exists (for a new file), is locked by a running VM ({@code FILE.lck}) or is read-only (a forced
   * save keeps it read-only), and without the save lock where the file system cannot lock. It
   * never goes ahead while another vmdp save of the file holds the lock, nor with another owner,
   * group or mode than the file's.
   */
  public boolean force() {
    return force;
  }

  /** Whether the previous bytes are copied to {@code FILE.bak} first. */
  public boolean backup() {
    return backup;
  }

  /** A copy with another force setting. */
  public SaveOptions withForce(boolean force) {
    return new SaveOptions(force, backup);
  }

  /** A copy with another backup setting. */
  public SaveOptions withBackup(boolean backup) {
    return new SaveOptions(force, backup);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SaveOptions other && force == other.force && backup == other.backup;
  }

  @Override
  public int hashCode() {
    return (force ? 2 : 0) + (backup ? 1 : 0);
  }

  @Override
  public String toString() {
    return "SaveOptions{force=" + force + ", backup=" + backup + "}";
  }
}
