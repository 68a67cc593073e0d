package dev.vmdp.console;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp completion bash|zsh}: a completion script of every subcommand and option, generated
 * by picocli's {@link AutoComplete} from the same model that parses the command line. The script
 * serves zsh too (it loads zsh's {@code bashcompinit}).
 */
@Command(addMethodSubcommands = false, name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a shell completion script.",
        "bash: source <(vmdp completion bash)   (or save it in ~/.local/share/bash-completion/completions/vmdp)",
        "zsh:  source <(vmdp completion zsh)    (in ~/.zshrc)"})
final class CompletionSubcommand implements Callable<Integer> {
  /** The shells. */
  enum Shell {
    /** bash 4 and later. */
    bash,
    /** zsh, through its bash completion support. */
    zsh
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "bash|zsh", description = "the shell")
  Shell shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("vmdp", spec.root().commandLine());
    Main.io(spec).out().print(script);
    Main.io(spec).out().flush();
    return ExitCode.OK;
  }
}
