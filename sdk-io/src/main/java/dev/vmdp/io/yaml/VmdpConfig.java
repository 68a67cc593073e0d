package dev.vmdp.io.yaml;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.yaml.internal.ConfigLoader;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings a repository keeps for {@code vmdp} in {@code .vmdp.yaml} ({@code --config FILE}),
 * read through the inventory's guarded YAML reader: the host version to assume, rules turned off,
 * severity overrides and site policy. Every value keeps its place, so whoever checks it further
 * (rule IDs against the catalogue, guest families) can report {@code FILE:LINE:COL}.
 *
 * <pre>{@code
 * Optional<Path> found = VmdpConfig.find(Path.of(""));          // ./.vmdp.yaml or the nearest parent's
 * VmdpConfig config = found.map(VmdpConfig::read).orElse(VmdpConfig.empty());
 * config.esx();                                                 // Optional[7.0 Update 3]
 * config.disable().get(0).value();                              // "VMDP304"
 * config.severity().get("VMDP205").value();                     // INFO
 * }</pre>
 *
 * <pre>{@code
 * esx: "7.0U3"                 # host version when none is given on the command line
 * disable: [VMDP304, VMDP205]  # rules turned off
 * severity:                    # severity overrides
 *   VMDP205: info
 * policy:                      # site policy
 *   supportedDevices: ["10de:20b5"]
 *   guests: {myWin2003Image: windows-server-2003}
 * }</pre>
 *
 * <p>Any other key is an error with its place; so are a bad version, severity or PCI id. An empty
 * file is an empty config.
 */
public final class VmdpConfig {
  /** The file name looked for in the current folder and its parents. */
  public static final String FILE_NAME = ".vmdp.yaml";

  private static final VmdpConfig EMPTY = new VmdpConfig(null, new ConfigLoader.Loaded(null, List.of(), Map.of(),
      List.of(), Map.of()));

  private final String fileName;
  private final ConfigLoader.Loaded loaded;

  private VmdpConfig(String fileName, ConfigLoader.Loaded loaded) {
    this.fileName = fileName;
    this.loaded = loaded;
  }

  /**
   * A value of the config and where it was written.
   *
   * @param value the value, parsed
   * @param source the file, 1-based line and column of the value
   * @param <T> the value's type
   */
  public record Value<T>(T value, SourceRef source) {

    /**
     * A problem with this value, to throw: renders as {@code FILE:LINE:COL: message}.
     *
     * @param message what is wrong
     * @return the exception
     */
    public VmdpException error(String message) {
      return new VmdpException(source, message, null, null);
    }
  }

  /** The config that sets nothing. */
  public static VmdpConfig empty() {
    return EMPTY;
  }

  /**
   * The nearest {@value #FILE_NAME}: in the folder, else in its parent, and so on up to the root.
   *
   * @param folder where to start (relative folders are made absolute)
   * @return the file, or empty when no folder on the way has one
   */
  public static Optional<Path> find(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a config file.
   *
   * @param file the YAML file
   * @return the config
   * @throws VmdpException {@code file:line:col: message} when the file cannot be read, is above 16
   *     MiB, or holds a problem
   */
  public static VmdpConfig read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads a config file that messages name otherwise (such as {@code ../.vmdp.yaml} for one
   * {@link #find(Path)} found above the current folder).
   *
   * @param file the YAML file
   * @param fileName the name used in messages
   * @return the config
   * @throws VmdpException {@code fileName:line:col: message} for a problem in the file; naming the
   *     file when it cannot be read, is not a regular file or is above 16 MiB
   */
  public static VmdpConfig read(Path file, String fileName) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fileName, "fileName");
    return parse(new String(FileSnapshot.read(file).bytes(), StandardCharsets.UTF_8), fileName);
  }

  /**
   * Parses config YAML held in memory.
   *
   * @param yaml the YAML text
   * @param fileName the name used in messages
   * @return the config
   * @throws VmdpException {@code file:line:col: message} for the first problem
   */
  public static VmdpConfig parse(String yaml, String fileName) {
    return new VmdpConfig(Objects.requireNonNull(fileName, "fileName"), ConfigLoader.load(yaml, fileName));
  }

  /** The file the config was read from; empty for {@link #empty()}. */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /** {@code esx:}: the host version to assume when the command line gives none. */
  public Optional<Value<EsxVersion>> esx() {
    return Optional.ofNullable(loaded.esx()).map(VmdpConfig::value);
  }

  /** {@code disable:}: rule IDs as written (not checked against a catalogue), in order. */
  public List<Value<String>> disable() {
    return loaded.disable().stream().map(VmdpConfig::value).toList();
  }

  /** {@code severity:}: the severity per rule ID as written (not checked against a catalogue), in order. */
  public Map<String, Value<Severity>> severity() {
    Map<String, Value<Severity>> out = new LinkedHashMap<>();
    loaded.severity().forEach((id, s) -> out.put(id, value(s)));
    return Collections.unmodifiableMap(out);
  }

  /** {@code policy.supportedDevices:}: devices the site supports beyond vmdp's lists, in order. */
  public List<Value<PciId>> supportedDevices() {
    return loaded.supportedDevices().stream().map(VmdpConfig::value).toList();
  }

  /**
   * {@code policy.guests:}: {@code guestOS} values the site uses, each with the name of the guest
   * family it stands for as written (such as {@code windows-server-2003}; not checked here).
   */
  public Map<String, Value<String>> guests() {
    Map<String, Value<String>> out = new LinkedHashMap<>();
    loaded.guests().forEach((guest, family) -> out.put(guest, value(family)));
    return Collections.unmodifiableMap(out);
  }

  private static <T> Value<T> value(ConfigLoader.Placed<T> p) {
    return new Value<>(p.value(), p.source());
  }

  /** Renders as {@code VmdpConfig[.vmdp.yaml]}. */
  @Override
  public String toString() {
    return "VmdpConfig[" + (fileName == null ? "empty" : fileName) + "]";
  }
}
