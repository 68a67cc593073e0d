package dev.vmdp.console;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.yaml.VmdpConfig;
import dev.vmdp.model.Severity;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.report.RenderContext;
import dev.vmdp.report.ReportWriter;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import dev.vmdp.rules.knowledge.GuestFamily;
import dev.vmdp.rules.knowledge.GuestKnowledge;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The settings of one run that reports findings: the command line's {@link FindingOptions} over
 * the config file's. The config's {@code disable} and {@code severity} become the
 * {@link SitePolicy} (with {@code --disable} added); its {@code policy} extends the knowledge base
 * (supported devices join every known-supported list, guests get their family); its {@code esx}
 * is the host version when the command line gives none.
 */
final class Settings {
  private final FindingOptions options;
  private final VmdpConfig config;
  private final SitePolicy policy;
  private final KnowledgeBase knowledge;
  private final boolean color;

  private Settings(FindingOptions options, VmdpConfig config, SitePolicy policy, KnowledgeBase knowledge,
      boolean color) {
    this.options = options;
    this.config = config;
    this.policy = policy;
    this.knowledge = knowledge;
    this.color = color;
  }

  static Settings of(FindingOptions options, Main.Io io, CommandLine commandLine) {
    VmdpConfig config = options.config != null ? VmdpConfig.read(options.config)
        : VmdpConfig.find(io.workingDirectory()).map(f -> VmdpConfig.read(f, shown(f, io).toString()))
            .orElse(VmdpConfig.empty());
    SitePolicy.Builder policy = SitePolicy.builder();
    for (VmdpConfig.Value<String> id : config.disable()) {
      policy.addDisabled(known(id.value()).orElseThrow(() -> id.error(unknown(id.value()))));
    }
    for (Map.Entry<String, VmdpConfig.Value<Severity>> e : config.severity().entrySet()) {
      String id = known(e.getKey()).orElseThrow(() -> e.getValue().error(unknown(e.getKey())));
      policy.putSeverity(id, e.getValue().value());
    }
    for (String id : options.disable) {
      policy.addDisabled(known(id).orElseThrow(() -> new ParameterException(commandLine,
          "invalid value for option '--disable': " + unknown(id))));
    }
    return new Settings(options, config, policy.build(), knowledge(config), color(options, io));
  }

  /** A config found upwards, named relative to the working folder ({@code ../.vmdp.yaml}) as messages show it. */
  private static Path shown(Path found, Main.Io io) {
    Path here = io.workingDirectory().toAbsolutePath().normalize();
    return found.startsWith(here.getRoot()) ? here.relativize(found) : found;
  }

  /** The catalogue's spelling of a rule ID given in any case, or empty when vmdp has no such rule. */
  private static Optional<String> known(String id) {
    return RuleCatalogue.standard().find(id.strip()).map(e -> e.id().toString());
  }

  private static String unknown(String id) {
    return "unknown rule ID '" + id + "' (vmdp rules lists them)";
  }

  private static KnowledgeBase knowledge(VmdpConfig config) {
    KnowledgeBase kb = KnowledgeBase.standard();
    List<PciId> devices = config.supportedDevices().stream().map(VmdpConfig.Value::value).toList();
    if (!devices.isEmpty()) {
      kb = kb.withDevices(kb.devices().withSupportedOnEveryList(devices));
    }
    GuestKnowledge guests = kb.guests();
    for (Map.Entry<String, VmdpConfig.Value<String>> e : config.guests().entrySet()) {
      guests = guests.withGuest(e.getKey(), family(e.getValue()));
    }
    return kb.withGuests(guests);
  }

  /** {@code windows-server-2003}, {@code Windows Server 2003} or {@code WINDOWS_SERVER_2003}. */
  private static GuestFamily family(VmdpConfig.Value<String> written) {
    String key = written.value().strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
    for (GuestFamily f : GuestFamily.values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (GuestFamily f : GuestFamily.values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw written.error("not a guest family: '" + written.value() + "' (want one of " + known + ")");
  }

  /** NO_COLOR (set and not empty) wins over everything; auto colours a terminal that is not dumb. */
  private static boolean color(FindingOptions options, Main.Io io) {
    String noColor = io.env().apply("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    return switch (options.color) {
      case always -> true;
      case never -> false;
      default -> io.terminal() && !"dumb".equals(io.env().apply("TERM"));
    };
  }

  /** The site policy: the config's and the command line's disabled rules, the config's severities. */
  SitePolicy policy() {
    return policy;
  }

  /** The knowledge base with the config's site policy. */
  KnowledgeBase knowledge() {
    return knowledge;
  }

  /** The config's {@code esx}, used when the command line names no version. */
  Optional<EsxVersion> esx() {
    return config.esx().map(VmdpConfig.Value::value);
  }

  /**
   * Checks a workspace under these settings: the policy, the knowledge base and, when
   * {@code versionGiven} is false, the config's host version.
   *
   * @param ws the workspace
   * @param versionGiven whether {@code --esx} named a version
   * @return the same workspace
   */
  Workspace applyTo(Workspace ws, boolean versionGiven) {
    ws.policy(policy).knowledge(knowledge);
    if (!versionGiven) {
      esx().ifPresent(v -> ws.hostVersion(v.toString()));
    }
    return ws;
  }

  /** A report made without the policy (a plan's, a map or log check's), under it. */
  Report apply(Report report) {
    return policy.apply(report);
  }

  /**
   * What the renderers need.
   *
   * @param inputs the files the check read
   * @param text whether the output is text (the only form with colour)
   * @return the context
   */
  RenderContext context(List<String> inputs, boolean text) {
    return RenderContext.builder().inputs(inputs).color(text && color)
        .minimumSeverity(options.severity.severity()).build();
  }

  /** 1 when a finding (shown or not) reaches {@code --fail-on}, else 0. */
  int exitCode(Report report) {
    return exitCode(threshold -> report.findings().stream().anyMatch(f -> f.severity().compareTo(threshold) <= 0));
  }

  /** 1 when a finding a streamed report wrote (shown or not) reaches {@code --fail-on}, else 0. */
  int exitCode(ReportWriter written) {
    return exitCode(written::reached);
  }

  private int exitCode(java.util.function.Predicate<Severity> reached) {
    if (options.failOn == FindingOptions.FailOn.never) {
      return ExitCode.OK;
    }
    Severity threshold = FindingOptions.Level.valueOf(options.failOn.name()).severity();
    return reached.test(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
