package dev.vmdp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors of the SDK modules (docs/ARCHITECTURE.md, "Module descriptors"): on the
 * module path an SDK user reads every API package and no {@code internal} one. Every package of
 * a module is API (exported to all) or internal (exported to no module, or only to sibling vmdp
 * modules); nothing is opened to all. The descriptors are read from the SDK's jars or class
 * folders on this module's class path, the artifacts users get.
 */
class ModuleDescriptorTest {
  /**
   * The SDK modules that have a descriptor, and the API packages DESIGN.md names for each
   * ("Base package dev.vmdp: ..."); a module may export more.
   */
  static final Map<String, Set<String>> DESIGN_API_PACKAGES = Map.of(
      "dev.vmdp.model", Set.of("dev.vmdp.model.pci", "dev.vmdp.model.host", "dev.vmdp.model.vm"),
      "dev.vmdp.io", Set.of("dev.vmdp.io.vmx", "dev.vmdp.io.passthrumap", "dev.vmdp.io.lspci", "dev.vmdp.io.esx",
          "dev.vmdp.io.log", "dev.vmdp.io.yaml"),
      "dev.vmdp.rules", Set.of("dev.vmdp.rules", "dev.vmdp.rules.reset", "dev.vmdp.rules.knowledge"),
      "dev.vmdp.report", Set.of("dev.vmdp.report"),
      "dev.vmdp.dsl", Set.of("dev.vmdp.dsl"),
      "dev.vmdp.testing", Set.of("dev.vmdp.testing"));

  /** The descriptors of the vmdp modules on the class path, by name, with their packages. */
  private static Map<String, SdkModule> modules;

  @BeforeAll
  static void readDescriptors() {
    modules = vmdpModulesOnTheClassPath();
  }

  @Test
  void everySdkModuleHasADescriptor() {
    assertThat(modules.keySet()).as("vmdp modules with a module-info.class on the class path")
        .containsExactlyInAnyOrderElementsOf(DESIGN_API_PACKAGES.keySet());
    modules.values().forEach(m ->
        assertThat(m.classPackages()).as("packages with classes in " + m.location()).isNotEmpty());
  }

  @Test
  void noModuleExportsOrOpensAnInternalPackageToAll() {
    List<String> problems = new ArrayList<>();
    modules.values().forEach(m -> problems.addAll(problems(m.descriptor(), m.classPackages())));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyApiPackageOfDesignIsExportedToAll() {
    DESIGN_API_PACKAGES.forEach((name, packages) -> {
      ModuleDescriptor descriptor = modules.get(name).descriptor();
      Set<String> exported = descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      assertThat(exported).as("packages " + name + " exports to all").containsAll(packages);
    });
  }

  // The check must not pass on anything: descriptors made here that break each part of it.

  @Test
  void aDescriptorThatExportsAnInternalPackageToAllIsRefused() {
    ModuleDescriptor d = ModuleDescriptor.newModule("dev.vmdp.io")
        .exports("dev.vmdp.io")
        .exports("dev.vmdp.io.vmx.internal")
        .build();
    assertThat(problems(d, Set.of("dev.vmdp.io", "dev.vmdp.io.vmx.internal")))
        .containsExactly("dev.vmdp.io exports the internal package dev.vmdp.io.vmx.internal to every module");
  }

  @Test
  void aDescriptorThatExportsAnInternalPackageToAnotherLibraryIsRefused() {
    ModuleDescriptor d = ModuleDescriptor.newModule("dev.vmdp.io")
        .exports("dev.vmdp.io")
        .exports(Set.of(), "dev.vmdp.io.internal", Set.of("dev.vmdp.dsl", "com.example.tool"))
        .build();
    assertThat(problems(d, Set.of("dev.vmdp.io", "dev.vmdp.io.internal")))
        .containsExactly("dev.vmdp.io exports the internal package dev.vmdp.io.internal to com.example.tool,"
            + " which is not a vmdp module");
  }

  @Test
  void aDescriptorThatKeepsAnApiPackageToItselfIsRefused() {
    ModuleDescriptor d = ModuleDescriptor.newModule("dev.vmdp.rules")
        .exports("dev.vmdp.rules")
        .exports(Set.of(), "dev.vmdp.rules.reset", Set.of("dev.vmdp.dsl"))
        .packages(Set.of("dev.vmdp.rules.vm"))
        .build();
    assertThat(problems(d, Set.of("dev.vmdp.rules", "dev.vmdp.rules.reset", "dev.vmdp.rules.vm"))).containsExactly(
        "dev.vmdp.rules exports the package dev.vmdp.rules.reset to some modules only: export it to all (API)"
            + " or move it below an internal package",
        "dev.vmdp.rules does not export the package dev.vmdp.rules.vm: export it (API) or move it below an"
            + " internal package");
  }

  @Test
  void aDescriptorThatOpensAPackageToAllIsRefused() {
    ModuleDescriptor open = ModuleDescriptor.newOpenModule("dev.vmdp.io").exports("dev.vmdp.io").build();
    ModuleDescriptor opens = ModuleDescriptor.newModule("dev.vmdp.io")
        .exports("dev.vmdp.io")
        .opens("dev.vmdp.io.yaml.internal")
        .build();
    assertThat(problems(open, Set.of("dev.vmdp.io"))).containsExactly(
        "dev.vmdp.io is an open module: every package, internal ones too, is open to deep reflection by all");
    assertThat(problems(opens, Set.of("dev.vmdp.io", "dev.vmdp.io.yaml.internal"))).containsExactly(
        "dev.vmdp.io opens dev.vmdp.io.yaml.internal to every module: open it to the library that needs it only");
  }

  @Test
  void aDescriptorLikeTheSdksPasses() {
    ModuleDescriptor d = ModuleDescriptor.newModule("dev.vmdp.io")
        .exports("dev.vmdp.io")
        .exports("dev.vmdp.io.yaml")
        .exports(Set.of(), "dev.vmdp.io.internal", Set.of("dev.vmdp.dsl"))
        .opens(Set.of(), "dev.vmdp.io.yaml.internal", Set.of("tools.jackson.databind"))
        .packages(Set.of("dev.vmdp.io.lspci.internal"))
        .build();
    assertThat(problems(d, Set.of("dev.vmdp.io", "dev.vmdp.io.yaml", "dev.vmdp.io.internal",
        "dev.vmdp.io.yaml.internal", "dev.vmdp.io.lspci.internal"))).isEmpty();
  }

  /**
   * What is wrong with a vmdp module's descriptor, given the packages that hold its classes (a
   * folder of resources only, such as the rule pages, is a package to the module system but no
   * API).
   */
  static List<String> problems(ModuleDescriptor d, Set<String> classPackages) {
    String name = d.name();
    List<String> problems = new ArrayList<>();
    if (d.isOpen()) {
      problems.add(name + " is an open module: every package, internal ones too, is open to deep reflection by all");
    }
    Set<String> exportedToAll = new TreeSet<>();
    for (ModuleDescriptor.Exports e : new TreeSet<>(d.exports())) {
      String p = e.source();
      if (!isInternal(p)) {
        if (e.isQualified()) {
          problems.add(name + " exports the package " + p + " to some modules only: export it to all (API) or move"
              + " it below an internal package");
        } else {
          exportedToAll.add(p);
        }
      } else if (!e.isQualified()) {
        problems.add(name + " exports the internal package " + p + " to every module");
      } else {
        e.targets().stream().filter(t -> !t.startsWith(ArchitectureTest.ROOT + ".")).sorted().forEach(t ->
            problems.add(name + " exports the internal package " + p + " to " + t + ", which is not a vmdp module"));
      }
    }
    for (ModuleDescriptor.Opens o : new TreeSet<>(d.opens())) {
      if (!o.isQualified()) {
        problems.add(name + " opens " + o.source() + " to every module: open it to the library that needs it only");
      }
    }
    new TreeSet<>(classPackages).stream()
        .filter(p -> !isInternal(p) && !exportedToAll.contains(p))
        .filter(p -> d.exports().stream().noneMatch(e -> e.source().equals(p)))
        .forEach(p -> problems.add(name + " does not export the package " + p + ": export it (API) or move it below"
            + " an internal package"));
    return problems;
  }

  /** A package named {@code internal} or below one. */
  static boolean isInternal(String packageName) {
    return Arrays.asList(packageName.split("\\.")).contains("internal");
  }

  /** A vmdp module: its descriptor with every package, where it is, and the packages with classes. */
  record SdkModule(ModuleDescriptor descriptor, Path location, Set<String> classPackages) {}

  /**
   * Every {@code module-info.class} on the class path that describes a {@code dev.vmdp} module,
   * read as the module system reads its jar or folder.
   */
  private static Map<String, SdkModule> vmdpModulesOnTheClassPath() {
    Map<String, SdkModule> found = new TreeMap<>();
    try {
      for (URL url : Collections.list(ModuleDescriptorTest.class.getClassLoader().getResources("module-info.class"))) {
        String name;
        try (InputStream in = url.openStream()) {
          name = ModuleDescriptor.read(in).name();
        }
        if (!name.startsWith(ArchitectureTest.ROOT + ".")) {
          continue;
        }
        Path location = location(url);
        ModuleReference reference = ModuleFinder.of(location).find(name)
            .orElseThrow(() -> new AssertionError("no module " + name + " in " + location));
        SdkModule previous = found.put(name, new SdkModule(reference.descriptor(), location, classPackages(reference)));
        assertThat(previous).as("a second module " + name + " at " + location).isNull();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The jar or class folder a {@code module-info.class} was found in. */
  private static Path location(URL url) throws IOException {
    try {
      if (url.getProtocol().equals("jar")) {
        return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
      }
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IOException(url + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> classPackages(ModuleReference reference) throws IOException {
    try (ModuleReader reader = reference.open(); Stream<String> names = reader.list()) {
      return names
          .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
          .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
