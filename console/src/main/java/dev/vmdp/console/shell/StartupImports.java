package dev.vmdp.console.shell;

import java.util.List;

/**
 * The imports every console session and every {@code vmdp run} script starts with: the one list.
 *
 * <p>An import whose package or class is not on the class path is skipped silently, so the list
 * may name packages that a build does not (yet) contain. To make more of the SDK available
 * without typing an import, add a line here, for example
 * {@code "import static dev.vmdp.dsl.Vmdp.*;"}.
 *
 * <pre>{@code
 * StartupImports.IMPORTS.forEach(System.out::println);
 * }</pre>
 */
public final class StartupImports {

  /** The startup imports, each a complete import declaration, in evaluation order. */
  public static final List<String> IMPORTS = List.of(
      "import static dev.vmdp.dsl.Vmdp.*;",
      "import dev.vmdp.dsl.*;",
      "import dev.vmdp.rules.*;",
      "import dev.vmdp.report.*;",
      "import dev.vmdp.model.*;",
      "import dev.vmdp.model.pci.*;",
      "import dev.vmdp.model.host.*;",
      "import dev.vmdp.model.vm.*;",
      "import java.nio.file.*;");

  private StartupImports() {}
}
