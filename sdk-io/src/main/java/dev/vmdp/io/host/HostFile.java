package dev.vmdp.io.host;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file the host assembler read, by the name messages use: a path as the user gave it
 * ({@code esx01/lspci.txt}), or an archive entry under the archive's name
 * ({@code esx01.tgz/esx-esx01-2024-05-02--10.14/etc/vmware/esx.conf}).
 *
 * <p>The bytes of a .vmx, a log or a passthru.map from an archive are held, since there is no
 * file to open again; a file on disk is opened again from its path when needed.
 */
public final class HostFile {
  private final String name;
  private final HostFileKind kind;
  private final Path path;
  private final byte[] bytes;

  HostFile(String name, HostFileKind kind, Path path, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = path;
    this.bytes = bytes;
  }

  /** The name messages and findings use. */
  public String name() {
    return name;
  }

  /** What the file is. */
  public HostFileKind kind() {
    return kind;
  }

  /** Where the file is on disk; empty for an archive entry or bytes given in memory. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** True when the file exists only in memory (an archive entry, or bytes given): it cannot be saved. */
  public boolean inMemory() {
    return path == null;
  }

  /**
   * A copy of the bytes held for the file: those of an archive entry or bytes given in memory;
   * empty for a file on disk (open it from {@link #path()}).
   */
  public Optional<byte[]> bytes() {
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  /** Renders as {@code esx01/lspci.txt (lspci output)}. */
  @Override
  public String toString() {
    return name + " (" + kind.description() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostFile f && f.name.equals(name) && f.kind == kind;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + kind.hashCode();
  }
}
