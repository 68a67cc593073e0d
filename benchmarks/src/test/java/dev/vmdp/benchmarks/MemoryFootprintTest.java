package dev.vmdp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryFootprintTest {

  @Test
  void aRowDividesTheHeapByFilesAndByTheirSize() {
    MemoryFootprint.Row r = new MemoryFootprint.Row("docs", 4, 10_000, 77_000);
    assertThat(r.heapPerFile()).isEqualTo(19_250);
    assertThat(r.bytesPerFile()).isEqualTo(2_500);
    assertThat(r.ratio()).isEqualTo(7.7);
  }

  @Test
  void theTableHasOneLinePerRowWithGroupedNumbersAndTheRatio() {
    String table = MemoryFootprint.Row.table(List.of(
        new MemoryFootprint.Row("(a) byte[] only", 5000, 12_600_000, 12_720_000),
        new MemoryFootprint.Row("(b) docs", 5000, 12_600_000, 40_320_000)));
    assertThat(table.split("\n")).containsExactly(
        "| held | files | file size (avg) | heap per file | heap / file size |",
        "|---|---:|---:|---:|---:|",
        "| (a) byte[] only | 5,000 | 2,520 B | 2,544 B | 1.01x |",
        "| (b) docs | 5,000 | 2,520 B | 8,064 B | 3.20x |");
  }
}
