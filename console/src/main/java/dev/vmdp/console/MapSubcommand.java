package dev.vmdp.console;

import dev.vmdp.dsl.Vmdp;
import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.host.HostFiles;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vmdp map cat|check}: the host's {@code /etc/vmware/passthru.map}. */
@Command(addMethodSubcommands = false, name = "map", mixinStandardHelpOptions = true,
    description = "Read and check a passthru.map.",
    subcommands = {MapSubcommand.Cat.class, MapSubcommand.Check.class})
final class MapSubcommand {

  /** {@code vmdp map cat FILE}: the file exactly as vmdp would save it unchanged. */
  @Command(addMethodSubcommands = false, name = "cat", mixinStandardHelpOptions = true,
      description = "Write the map to stdout exactly as vmdp would save it unchanged (escaped on a terminal).")
  static final class Cat implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      return VmxSubcommand.Cat.write(file, PassthruMapDocument.read(file).toBytes(), Main.io(spec));
    }
  }

  /** {@code vmdp map check FILE [--lspci FILE]}: VMDP501-506. */
  @Command(addMethodSubcommands = false, name = "check", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Check the map's lines (VMDP501-506), against the host's devices when --lspci is given.")
  static final class Check implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--lspci", paramLabel = "FILE", description = "lspci output of the host")
    Path lspci;

    @Mixin
    ReportFormatOption format;

    @Mixin
    FindingOptions findings;

    @Override
    public Integer call() {
      Main.Io io = Main.io(spec);
      Settings settings = findings.resolve(io, spec);
      // The host is named after the map's file name, so messages stay short whatever the path.
      Path name = file.getFileName();
      HostFiles files = HostFiles.none().named(name == null ? file.toString() : name.toString())
          .add(file, HostFileKind.PASSTHRU_MAP);
      if (lspci != null) {
        files = files.add(lspci, HostFileKind.LSPCI);
      }
      return format.print(settings.apply(Vmdp.checkMap(files.host())), settings, files.names(), io.out());
    }
  }
}
