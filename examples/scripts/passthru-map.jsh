// Example 5 as a console script: the example passthru.map plus a site line, and the lint of an
// old hand-edited map against the host's lspci output.
//   vmdp run examples/scripts/passthru-map.jsh FOLDER
// FOLDER holds lspci.txt and old-passthru.map.
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.report.ReportRenderer;
Path folder = Path.of(args[0]);

PassthruMapDocument site = GuideSample.passthruMap()
    .add(PassthruMapEntry.builder().vendor(0x10de).device(PassthruMapEntry.ANY)
        .resetMethod(ResetMethod.BRIDGE).fptShareable(FptShareable.FALSE).build());
System.out.print(new String(site.toBytes(), java.nio.charset.StandardCharsets.UTF_8));

Host old = host("esx01").lspci(folder.resolve("lspci.txt")).map(folder.resolve("old-passthru.map")).build();
System.out.print(ReportRenderer.text(checkMap(old)));
