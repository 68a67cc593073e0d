package dev.vmdp.console;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.report.Printable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vmdp vmx cat|get|set|unset|devices}: read and edit one .vmx, losslessly and safely. */
@Command(addMethodSubcommands = false, name = "vmx", mixinStandardHelpOptions = true, description = "Read and edit a .vmx file.",
    subcommands = {VmxSubcommand.Cat.class, VmxSubcommand.Get.class, VmxSubcommand.Set.class,
        VmxSubcommand.Unset.class, VmxSubcommand.Devices.class})
final class VmxSubcommand {

  /** Options of the commands that save. */
  static final class SaveFlags {
    @Option(names = "--force",
        description = "save even if the file changed on disk, the VM is running (FILE.lck) or the file is read-only")
    boolean force;

    @Option(names = "--no-backup", description = "do not keep the previous version as FILE.bak")
    boolean noBackup;

    SaveOptions options() {
      return SaveOptions.defaults().withForce(force).withBackup(!noBackup);
    }
  }

  /**
   * {@code vmdp vmx cat FILE}. The bytes go out exactly as vmdp would save them when standard
   * output is a file or a pipe. On a terminal, a file that is not plain UTF-8 text (a binary file
   * given by mistake, or control characters that would drive the terminal) is shown with those
   * bytes as {@code \xNN}, and stderr says so: the terminal must not obey a file's escape
   * sequences, and whoever needs the exact bytes pipes or redirects them.
   */
  @Command(addMethodSubcommands = false, name = "cat", mixinStandardHelpOptions = true,
      description = {"Write the file to stdout exactly as vmdp would save it unchanged.",
          "On a terminal, bytes that are not plain text (binary, control characters) are shown as \\xNN."})
  static final class Cat implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      return write(file, VmxDocument.read(file).toBytes(), Main.io(spec));
    }

    /** Writes a file's bytes to stdout, escaped on a terminal when they are not plain text. */
    static int write(Path file, byte[] bytes, Main.Io io) {
      PrintStream out = io.out();
      if (io.terminal() && !Printable.isPlainText(bytes)) {
        byte[] shown = Printable.bytes(bytes);
        out.write(shown, 0, shown.length);
        out.flush();
        io.err().println("vmdp: " + Printable.of(file.toString()) + ": bytes that are not plain text (binary data or "
            + "control characters) shown as \\xNN; redirect or pipe the output for the exact bytes");
        return ExitCode.OK;
      }
      out.write(bytes, 0, bytes.length);
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code vmdp vmx get FILE KEY}. */
  @Command(addMethodSubcommands = false, name = "get", mixinStandardHelpOptions = true,
      description = "Print the decoded value of KEY (exit 1 if the key is absent).")
  static final class Get implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Override
    public Integer call() {
      Main.Io io = Main.io(spec);
      Optional<String> value = VmxDocument.read(file).get(key);
      if (value.isEmpty()) {
        io.err().println(Printable.of(file + ": " + key + " is not set"));
        return ExitCode.FINDINGS;
      }
      // Scripts get the value as decoded; a terminal gets it with control characters shown.
      io.out().println(io.terminal() ? Printable.of(value.get()) : value.get());
      return ExitCode.OK;
    }
  }

  /** {@code vmdp vmx set FILE KEY VALUE}. */
  @Command(addMethodSubcommands = false, name = "set", mixinStandardHelpOptions = true,
      description = "Set KEY to VALUE (quoted and escaped as VMware writes it) and save safely.")
  static final class Set implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Parameters(index = "2", paramLabel = "VALUE")
    String value;

    @picocli.CommandLine.Mixin
    SaveFlags flags;

    @Override
    public Integer call() {
      FileSnapshot snapshot = FileSnapshot.read(file);
      VmxDocument doc = VmxDocument.parse(snapshot);
      VmxDocument edited;
      try {
        edited = doc.set(key, value);
      } catch (VmdpException e) {
        throw new VmdpException(file + ": " + e.getMessage(), e);
      }
      if (edited != doc) {
        SafeWriter.save(file, edited.toBytes(), snapshot, flags.options());
      }
      return ExitCode.OK;
    }
  }

  /** {@code vmdp vmx unset FILE KEY}. */
  @Command(addMethodSubcommands = false, name = "unset", mixinStandardHelpOptions = true,
      description = "Remove every line of KEY and save safely (nothing to do when it is absent).")
  static final class Unset implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @picocli.CommandLine.Mixin
    SaveFlags flags;

    @Override
    public Integer call() {
      FileSnapshot snapshot = FileSnapshot.read(file);
      VmxDocument doc = VmxDocument.parse(snapshot);
      if (!doc.contains(key)) {
        Main.io(spec).err().println(Printable.of(file + ": " + key + " is not set; nothing to do"));
        return ExitCode.OK;
      }
      SafeWriter.save(file, doc.remove(key).toBytes(), snapshot, flags.options());
      return ExitCode.OK;
    }
  }

  /** {@code vmdp vmx devices FILE}. */
  @Command(addMethodSubcommands = false, name = "devices", mixinStandardHelpOptions = true,
      description = "List the passthrough entries, decoded.")
  static final class Devices implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      PrintStream shown = Main.io(spec).out();
      java.io.StringWriter buffer = new java.io.StringWriter();
      java.io.PrintWriter out = new java.io.PrintWriter(buffer);
      VirtualMachine vm = VmxBinding.read(VmxDocument.read(file));
      if (vm.passthroughDevices().isEmpty()) {
        shown.println(Printable.of(file + ": no pciPassthruN entries"));
        return ExitCode.OK;
      }
      for (PassthroughDevice p : vm.passthroughDevices()) {
        out.println(p.keyPrefix() + (p.isPresent() ? "" : " (not present)"));
        out.println("  kind        " + p.kind().displayName());
        switch (p.kind()) {
          case VGPU -> {
            out.println("  profile     \"" + p.vgpuProfile().orElse("") + "\"");
            p.pluginParameters().forEach((k, v) -> out.println("  cfg." + k + " = \"" + v + "\""));
          }
          case SRIOV -> {
            out.println("  pf          " + p.pfId().map(id -> "\"" + id + "\"" + p.pfAddress().map(a -> " = host " + a)
                .orElse(" (not a valid address)")).orElse("(missing)"));
            p.networkName().ifPresent(n -> out.println("  network     \"" + n + "\""));
            p.portgroupId().ifPresent(n -> out.println("  portgroup   \"" + n + "\""));
            p.generatedAddress().ifPresent(n -> out.println("  mac         " + n
                + p.addressType().map(t -> " (" + t + ")").orElse("")));
            out.println("  systemId    " + p.systemId().orElse("(missing)"));
          }
          case DYNAMIC -> {
            out.println("  allowed     " + p.allowedDevices());
            p.id().ifPresent(id -> out.println("  id          \"" + id + "\""));
          }
          case FIXED -> {
            out.println("  id          " + p.id().map(id -> "\"" + id + "\"" + p.address().map(a -> " = host " + a)
                .orElse(" (not a valid address)")).orElse("(missing)"));
            out.println("  device      " + p.pciId().map(Object::toString).orElse("(vendorId/deviceId missing)"));
            out.println("  systemId    " + p.systemId().orElse("(missing)"));
          }
          default -> throw new IllegalStateException(p.kind().toString());
        }
        out.println("  slot        " + p.slot().map(s -> s.value() + " (" + s.describe() + ")").orElse("(not assigned)"));
        if (p.kind() != PassthroughKind.VGPU && p.kind() != PassthroughKind.SRIOV) {
          out.println("  virtualDev  " + p.effectiveVirtualDev() + (p.virtualDev().isEmpty() ? " (default)" : ""));
          out.println("  msiEnabled  " + p.effectiveMsiEnabled() + (p.msiEnabled().isEmpty() ? " (default)" : ""));
        }
      }
      out.flush();
      // Values come from the file: a crafted id or systemId must not reach the terminal raw.
      shown.print(Printable.lines(buffer.toString()));
      shown.flush();
      return ExitCode.OK;
    }
  }
}
