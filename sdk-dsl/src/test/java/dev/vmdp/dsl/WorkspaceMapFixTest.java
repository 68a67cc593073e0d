package dev.vmdp.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.rules.Fix;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A passthru.map fix that replaces or removes a line is applied, never dropped (it once kept additions only). */
class WorkspaceMapFixTest {
  @TempDir
  Path dir;

  private Workspace workspace() throws Exception {
    Path map = Files.writeString(dir.resolve("passthru.map"), "# map\n8086 10c6 d3d0 default\n10de ffff link false\n");
    return Workspace.create().map(map);
  }

  @Test
  void aFixThatChangesALineReplacesIt() throws Exception {
    Workspace ws = workspace();
    Fix fix = Fix.forPassthruMap(ws.host().passthruMap(), "reset NVIDIA functions with a bridge reset",
        map -> PassthruMap.builder().from(map).entries(map.entries().stream().map(e -> e.vendor() == 0x10de
            ? PassthruMapEntry.builder().from(e).resetMethod(ResetMethod.BRIDGE).build() : e).toList()).build());
    assertThat(ws.resolve(fix).edits()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.newText()).hasValue("10de ffff bridge false");
    });
    ws.apply(fix);
    assertThat(ws.diff()).contains("-10de ffff link false\n+10de ffff bridge false\n");
    ws.save();
    assertThat(Files.readString(dir.resolve("passthru.map"), StandardCharsets.UTF_8))
        .isEqualTo("# map\n8086 10c6 d3d0 default\n10de ffff bridge false\n");
  }

  @Test
  void aFixThatDropsALineRemovesIt() throws Exception {
    Workspace ws = workspace();
    Fix fix = Fix.forPassthruMap(ws.host().passthruMap(), "let the 82598 ports use their default reset",
        map -> PassthruMap.builder().from(map).entries(map.entries().stream().filter(e -> e.vendor() != 0x8086).toList())
            .build());
    assertThat(ws.resolve(fix).edits()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(dev.vmdp.model.Edit.Kind.REMOVE);
      assertThat(e.line()).isEqualTo(2);
    });
    ws.apply(fix);
    assertThat(ws.diff()).contains("-8086 10c6 d3d0 default\n");
    assertThat(ws.host().passthruMap().entries()).extracting(PassthruMapEntry::toLine)
        .isEqualTo(List.of("10de ffff link false"));
  }
}
