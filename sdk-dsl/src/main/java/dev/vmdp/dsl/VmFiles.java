package dev.vmdp.dsl;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.host.HostFile;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The .vmx files of a {@link Workspace}, in the order they were opened, keyed by the file as the
 * user named it (two VMs may share a display name, never a file), each with the VM it describes
 * now. Folders are read, parsed and bound in parallel.
 */
final class VmFiles {
  private final Map<String, Vm> files = new LinkedHashMap<>();

  /** One open .vmx: its file, the name the workspace gives its VM, and the VM bound from the current document. */
  static final class Vm {
    final OpenFile<VmxDocument> file;
    /** The VM's name when an inventory gives one, else null (the file's own name). */
    final String preferredName;
    private VirtualMachine vm;

    Vm(OpenFile<VmxDocument> file, String preferredName) {
      this.file = file;
      this.preferredName = preferredName;
    }

    VirtualMachine vm() {
      if (vm == null) {
        VirtualMachine read = VmxBinding.read(file.current());
        vm = preferredName == null || preferredName.equals(read.name()) ? read
            : VirtualMachine.builder().from(read).name(preferredName).build();
      }
      return vm;
    }

    void setCurrent(VmxDocument doc) {
      if (doc != file.current()) {
        file.setCurrent(doc);
        vm = null;
      }
    }
  }

  /**
   * Adds a file, or every {@code *.vmx} below a folder in {@link VmxWalk} order; returns the files
   * added. A folder's files are read, parsed and bound in parallel (a fleet folder holds
   * thousands), then added in order; the first that cannot be read, in that order, is reported.
   */
  List<Vm> add(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(add(read(path)));
    }
    List<VmxWalk.Entry> found = new ArrayList<>();
    VmxWalk.walk(path, found::add);
    List<Loaded> loaded = found.parallelStream()
        .map(e -> e.error().map(x -> new Loaded(null, x)).orElseGet(() -> load(e.path()))).toList();
    for (Loaded l : loaded) {
      if (l.error() != null) {
        throw l.error();
      }
    }
    List<Vm> added = new ArrayList<>();
    for (Loaded l : loaded) {
      added.add(add(l.vm()));
    }
    return added;
  }

  /** Adds a .vmx a host folder or bundle held: a file that can be saved, or an entry in memory. */
  Vm add(HostFile f) {
    return f.path().isPresent() ? add(read(f.path().get())) : add(f.name(), f.bytes().orElseThrow());
  }

  /** Adds a document held in memory. */
  Vm add(String name, byte[] bytes) {
    return add(new Vm(OpenFile.inMemory(name, VmxDocument.parse(bytes, name), VmxDocument::toBytes,
        VmxDocument::charset), null));
  }

  /** Adds a file under a name of the caller's (an inventory's), or its own when null. */
  Vm add(Path path, String preferredName) {
    return add(new Vm(read(path).file, preferredName));
  }

  /** Adds a file already read. */
  Vm add(Vm vm) {
    if (files.containsKey(vm.file.name())) {
      throw new VmdpException(vm.file.name() + ": already open");
    }
    files.put(vm.file.name(), vm);
    return vm;
  }

  /** Reads and parses one .vmx (binding waits for {@link Vm#vm()}). */
  static Vm read(Path file) {
    return read(file, null);
  }

  /**
   * Reads and parses one .vmx whose attributes a folder walk read (null when it did not: the read
   * then reads them).
   */
  static Vm read(Path file, BasicFileAttributes attributes) {
    FileSnapshot snapshot = attributes == null ? FileSnapshot.read(file)
        : FileSnapshot.read(file, attributes, InputLimits.defaults());
    return new Vm(OpenFile.read(snapshot, VmxDocument::parse, VmxDocument::toBytes, VmxDocument::charset), null);
  }

  /** A file of a folder as loaded in parallel: its VM, or the error that stopped its reading. */
  private record Loaded(Vm vm, VmdpException error) {}

  /** Reads, parses and binds one file (safe to run in parallel); a read error is returned, not thrown. */
  private static Loaded load(Path file) {
    try {
      Vm vm = read(file);
      vm.vm();
      return new Loaded(vm, null);
    } catch (VmdpException e) {
      return new Loaded(null, e);
    }
  }

  /** The open files, in the order opened. */
  List<Vm> all() {
    return List.copyOf(files.values());
  }

  /** The file of this name, or null. */
  Vm byFile(String file) {
    return files.get(file);
  }

  /**
   * The VM with this file or name.
   *
   * @param nameOrFile a file as opened, or a VM's name
   * @return the open file
   * @throws VmdpException when no VM or several have that name
   */
  Vm find(String nameOrFile) {
    Vm byFile = files.get(nameOrFile);
    if (byFile != null) {
      return byFile;
    }
    List<Vm> named = files.values().stream().filter(v -> v.vm().name().equals(nameOrFile)).toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.isEmpty()) {
      throw new VmdpException("no VM named '" + nameOrFile + "' in the workspace (open: "
          + String.join(", ", files.values().stream().map(v -> v.vm().name() + " [" + v.file.name() + "]").toList()) + ")");
    }
    throw new VmdpException("several VMs are named '" + nameOrFile + "' (" + String.join(", ",
        named.stream().map(v -> v.file.name()).toList()) + "): name the file instead");
  }
}
