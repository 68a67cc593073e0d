package dev.vmdp.console;

import dev.vmdp.dsl.GuideSample;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp example vmx|map}: the built-in example's files, so a newcomer has something to
 * check: {@code vmdp example vmx > rhel3.vmx}.
 */
@Command(addMethodSubcommands = false, name = "example", mixinStandardHelpOptions = true,
    description = {"Print the guide's sample VMX, or the passthru.map the sample uses, as vmdp has them built in.",
        "For example: vmdp example vmx > rhel3.vmx"})
final class ExampleSubcommand implements Callable<Integer> {
  /** The files of the example. */
  enum Kind {
    /** The sample VM's .vmx (RHEL3). */
    vmx,
    /** The passthru.map of the example. */
    map
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "vmx|map", description = "vmx (the sample VM) or map (its passthru.map)")
  Kind kind;

  @Override
  public Integer call() {
    byte[] bytes = kind == Kind.vmx ? GuideSample.vmx() : GuideSample.passthruMap().toBytes();
    PrintStream out = Main.io(spec).out();
    out.write(bytes, 0, bytes.length);
    out.flush();
    return ExitCode.OK;
  }
}
