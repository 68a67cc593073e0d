package dev.vmdp.console;

import dev.vmdp.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options every command that reports findings shares (DESIGN.md): {@code --severity},
 * {@code --fail-on}, {@code --disable}, {@code --config} and {@code --color}. {@link #resolve}
 * reads the config file and turns them into {@link Settings}.
 */
final class FindingOptions {
  /** A severity as the command line spells it. */
  enum Level {
    /** {@link Severity#ERROR}. */
    error,
    /** {@link Severity#WARNING}. */
    warning,
    /** {@link Severity#INFO}. */
    info;

    Severity severity() {
      return Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The severity that makes the exit code 1, or never. */
  enum FailOn {
    /** An ERROR finding fails (the default). */
    error,
    /** A WARNING or ERROR finding fails. */
    warning,
    /** Any finding fails. */
    info,
    /** No finding fails: exit 0 unless the input is bad. */
    never
  }

  /** When to colour the severities. */
  enum Color {
    /** On a terminal that is not dumb, unless NO_COLOR is set. */
    auto,
    /** Always, unless NO_COLOR is set (DESIGN.md: never when NO_COLOR is set). */
    always,
    /** Never. */
    never
  }

  @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "info",
      description = "show findings of this severity and above: error, warning or info (default: all)")
  Level severity = Level.info;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "the severity that makes the exit code 1: error (default), warning, info or never")
  FailOn failOn = FailOn.error;

  @Option(names = "--disable", paramLabel = "ID", split = ",",
      description = "turn rules off (repeatable; added to the config file's)")
  List<String> disable = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "settings (YAML): disabled rules, severity overrides, host version, site policy; by default "
          + "./.vmdp.yaml or the nearest parent folder's")
  Path config;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "severities in colour: auto (default: on a terminal), always or never; never when NO_COLOR is set")
  Color color = Color.auto;

  /**
   * Reads the config file (the one named, else the nearest {@code .vmdp.yaml}) and checks every
   * rule ID against the catalogue.
   *
   * @param io the run's environment and working folder
   * @param spec the command, for usage errors
   * @return the settings
   */
  Settings resolve(Main.Io io, CommandSpec spec) {
    return Settings.of(this, io, spec.commandLine());
  }
}
