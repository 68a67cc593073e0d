package dev.vmdp.examples;

import static dev.vmdp.dsl.Vmdp.checkMap;
import static dev.vmdp.dsl.Vmdp.host;

import dev.vmdp.dsl.GuideSample;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.rules.Report;
import dev.vmdp.report.ReportRenderer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Example 5: builds a site {@code /etc/vmware/passthru.map} from vmdp's example map (after the
 * devices the guide names) plus a line for the site's NVIDIA GPUs, saves it, and lints it against
 * the host's {@code lspci} output; then lints an old hand-edited map, whose typos and repeated
 * lines vmdp reports with their line numbers.
 *
 * <pre>{@code
 * PassthruMapExample.run(folder, System.out);
 * }</pre>
 */
public final class PassthruMapExample {
  private PassthruMapExample() {}

  /**
   * Runs the example on a temporary copy of its files, or on the folder given as the first
   * argument (holding {@code lspci.txt} and {@code old-passthru.map}).
   *
   * @param args an optional folder
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0])
        : ExampleFiles.copy("passthrumap", "lspci.txt", "old-passthru.map");
    run(folder, System.out);
  }

  /**
   * Writes {@code passthru.map} into the folder and lints it and {@code old-passthru.map}.
   *
   * @param folder the folder
   * @param out where the example prints
   * @return the lint of the old map
   */
  public static Report run(Path folder, PrintStream out) {
    // tag::build[]
    PassthruMapDocument map = GuideSample.passthruMap()
        .add(PassthruMapEntry.builder().vendor(0x10de).device(PassthruMapEntry.ANY)
            .resetMethod(ResetMethod.BRIDGE).fptShareable(FptShareable.FALSE).build());
    SafeWriter.saveNew(folder.resolve("passthru.map"), map.toBytes(), SaveOptions.defaults());
    out.print(new String(map.toBytes(), StandardCharsets.UTF_8).lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l + "\n").reduce("", String::concat));
    // end::build[]

    // tag::lint[]
    Host esx01 = host("esx01").version("4.0").lspci(folder.resolve("lspci.txt"))
        .map(folder.resolve("passthru.map")).build();
    Report lint = checkMap(esx01);
    out.print(ReportRenderer.text(lint));

    Report old = checkMap(host("esx01").lspci(folder.resolve("lspci.txt"))
        .map(folder.resolve("old-passthru.map")).build());
    out.print(ReportRenderer.text(old));
    // end::lint[]
    return old;
  }
}
