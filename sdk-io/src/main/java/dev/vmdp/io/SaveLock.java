package dev.vmdp.io;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock that makes saves of one file take turns, between processes and between threads: an
 * advisory lock ({@link FileChannel#tryLock()}) on {@code .FILE.vmdp-lock} beside the file, held
 * by {@link SafeWriter} from the changed-on-disk check to the rename, then removed.
 *
 * <p>Three properties of POSIX record locks shape this class. The operating system releases the
 * lock when its process dies, so a killed save never leaves the file locked. Closing <em>any</em>
 * channel of the lock file in this process releases the process's lock on it, so within a process
 * only one thread at a time may open the lock file: a stripe of {@link ReentrantLock}s chosen by
 * the folder's identity (device and inode where the platform has them, so two paths to one folder
 * share it) and the lock file's name serializes them first. And a lock is taken on a file, not on
 * a name: a save that finishes removes the lock file, so one that was waiting may hold the lock of
 * a file that is no longer there, while a third creates a new one. After taking the lock a save
 * therefore opens the name again and tries to lock it a second time: the JVM refuses that
 * ({@link OverlappingFileLockException}) exactly when the name still leads to the file it has
 * locked, because it tracks locks by file identity; otherwise it starts over. Only a save that
 * has checked this removes the lock file, so the check stays true until it does.
 */
final class SaveLock implements AutoCloseable {
  private static final ReentrantLock[] STRIPES = new ReentrantLock[64];
  private static final Set<OpenOption> OPEN = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
      LinkOption.NOFOLLOW_LINKS);
  private static final Set<OpenOption> REOPEN = Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
  private static final long MAX_PAUSE_MILLIS = 20;

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new ReentrantLock();
    }
  }

  private final ReentrantLock stripe;
  private final Path lockFile;
  /** The channel that holds the lock and the one that proved the name leads to it; null without a file lock. */
  private final FileChannel channel;
  private final FileChannel probe;
  private final FileLock lock;

  /** Test seam: runs after the lock file is opened and before it is locked. */
  interface AfterOpen {
    void run(Path lockFile);
  }

  private SaveLock(ReentrantLock stripe, Path lockFile, FileChannel channel, FileChannel probe, FileLock lock) {
    this.stripe = stripe;
    this.lockFile = lockFile;
    this.channel = channel;
    this.probe = probe;
    this.lock = lock;
  }

  /** The lock file of a file: {@code .FILE.vmdp-lock} in the same folder, which VMware's {@code FILE.lck} cannot be. */
  static Path lockFileOf(Path target) {
    return Siblings.sibling(target, ".", ".vmdp-lock");
  }

  /**
   * Takes the lock of a file, waiting for other saves of it.
   *
   * @param target the file that will be replaced
   * @param name the file as the user named it, for messages
   * @param wait how long to wait for another save to finish
   * @param force whether to save without the lock where the file system cannot lock at all
   * @param afterOpen the test seam, run on every attempt
   * @return the lock; {@link #close()} releases it
   * @throws VmdpException when another save holds the lock longer than {@code wait}, or the lock
   *     cannot be taken (and {@code force} is off)
   */
  static SaveLock acquire(Path target, String name, Duration wait, boolean force, AfterOpen afterOpen) {
    Path lockFile = lockFileOf(target);
    long deadline = System.nanoTime() + wait.toNanos();
    ReentrantLock stripe = stripe(lockFile);
    try {
      if (!stripe.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy(name, lockFile, wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VmdpException(name + ": interrupted while waiting for another save of the file", e);
    }
    boolean locked = false;
    try {
      long pause = 1;
      while (true) {
        SaveLock held;
        try {
          held = tryOnce(stripe, lockFile, name, afterOpen);
        } catch (CannotLock e) {
          if (force) {
            locked = true;
            return new SaveLock(stripe, lockFile, null, null, null);
          }
          throw new VmdpException(name + ": this file system cannot lock " + lockFile + " (" + e.getMessage()
              + "), so another process could save the file at the same time; save with force to save without the lock",
              e.getCause());
        }
        if (held != null) {
          locked = true;
          return held;
        }
        if (System.nanoTime() - deadline >= 0) {
          throw busy(name, lockFile, wait);
        }
        sleep(name, pause);
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
      }
    } finally {
      if (!locked) {
        stripe.unlock();
      }
    }
  }

  /** Whether this save holds the lock file (false only for a forced save where locking was impossible). */
  boolean holdsFile() {
    return lock != null;
  }

  /** The lock, or null when another process holds it or the name led to another file meanwhile. */
  private static SaveLock tryOnce(ReentrantLock stripe, Path lockFile, String name, AfterOpen afterOpen)
      throws CannotLock {
    FileChannel channel = open(lockFile, OPEN, name);
    FileChannel probe = null;
    try {
      afterOpen.run(lockFile);
      FileLock lock;
      try {
        lock = tryLock(channel);
      } catch (OverlappingFileLockException e) {
        lock = null;   // held by code of this JVM outside SafeWriter: wait as for another process
      }
      if (lock == null) {
        return null;
      }
      try {
        probe = FileChannel.open(lockFile, REOPEN);
      } catch (NoSuchFileException e) {
        return null;   // removed by the save that held it; the next round creates it again
      } catch (IOException e) {
        throw cannotCreate(name, lockFile, e);
      }
      try {
        FileLock other = tryLock(probe);
        if (other != null) {
          other.release();   // the name leads to another file, which nobody held
        }
        return null;
      } catch (OverlappingFileLockException sameFile) {
        SaveLock held = new SaveLock(stripe, lockFile, channel, probe, lock);
        channel = null;
        probe = null;
        return held;
      } catch (IOException e) {
        throw new CannotLock(e);
      }
    } finally {
      closeQuietly(probe);
      closeQuietly(channel);
    }
  }

  private static FileChannel open(Path lockFile, Set<OpenOption> options, String name) {
    try {
      return FileChannel.open(lockFile, options);
    } catch (IOException e) {
      throw cannotCreate(name, lockFile, e);
    }
  }

  private static VmdpException cannotCreate(String name, Path lockFile, IOException e) {
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e instanceof NoSuchFileException ? "no such folder"
        : e instanceof AccessDeniedException ? "permission denied"
        : e.getMessage();
    return new VmdpException(name + ": cannot save: cannot open the save lock " + lockFile + ": " + reason
        + " (the original is unchanged)", e);
  }

  /**
   * The channel's lock: null when another process holds it; {@link OverlappingFileLockException}
   * when this JVM does.
   */
  private static FileLock tryLock(FileChannel channel) throws CannotLock {
    try {
      return channel.tryLock();
    } catch (IOException | UnsupportedOperationException e) {
      throw new CannotLock(e);
    }
  }

  /** The file system refused to lock at all (as opposed to: another process holds the lock). */
  private static final class CannotLock extends Exception {
    private static final long serialVersionUID = 1L;

    CannotLock(Exception cause) {
      super(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName(), cause);
    }
  }

  /** Removes the lock file, then releases the lock; never throws. */
  @Override
  public void close() {
    try {
      try {
        // Removed while still held: a save waiting for this file finds it gone and starts over.
        // Without a file lock (a forced save where the file system cannot lock) nobody can hold it.
        Files.deleteIfExists(lockFile);
      } catch (IOException e) {
        // Left in place; the next save takes it over and removes it.
      }
      if (lock != null) {
        try {
          lock.release();
        } catch (IOException e) {
          // Closing the channels below releases it as well.
        }
      }
      closeQuietly(probe);
      closeQuietly(channel);
    } finally {
      stripe.unlock();
    }
  }

  private static ReentrantLock stripe(Path lockFile) {
    Path dir = lockFile.toAbsolutePath().getParent();
    Object folder;
    try {
      Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
      folder = key != null ? key : dir.toRealPath();
    } catch (IOException e) {
      folder = dir.normalize();
    }
    int hash = List.of(folder, Siblings.exactName(lockFile)).hashCode();
    return STRIPES[Math.floorMod(hash, STRIPES.length)];
  }

  private static VmdpException busy(String name, Path lockFile, Duration wait) {
    return new VmdpException(name + ": another save of the file is in progress (" + lockFile + " has been locked for "
        + wait.toMillis() + " ms); try again when it has finished");
  }

  private static void sleep(String name, long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VmdpException(name + ": interrupted while waiting for another save of the file", e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing is left to release.
    }
  }
}
