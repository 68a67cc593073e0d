package dev.vmdp.model.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import org.junit.jupiter.api.Test;

class VmLogTest {
  private static final LogLine WRONG_PCIE = LogLine.builder().line(812)
      .text("2010-03-02T10:00:01.123Z| vmx| I005: PCIPassthru: PCI device 016:00.0 is marked wrong PCIe")
      .timestamp("2010-03-02T10:00:01.123Z").thread("vmx").level("I005")
      .message("PCIPassthru: PCI device 016:00.0 is marked wrong PCIe").build();
  private static final LogLine PLAIN = LogLine.builder().line(813).text("Module 'DevicePowerOn' power on failed").build();

  @Test
  void aLineWithoutPrefixIsAllMessage() {
    assertThat(PLAIN.message()).isEqualTo(PLAIN.text());
    assertThat(PLAIN.timestamp()).isEmpty();
    assertThat(PLAIN.thread()).isEmpty();
    assertThat(PLAIN.level()).isEmpty();
    assertThat(PLAIN).hasToString("813: Module 'DevicePowerOn' power on failed");
  }

  @Test
  void findsSignaturesAndTheirPlace() {
    VmLog log = VmLog.builder().file("vmware.log").addLine(WRONG_PCIE).addLine(PLAIN).build();
    assertThat(log.containing("IS MARKED WRONG PCIE")).containsExactly(WRONG_PCIE);
    assertThat(log.containing("power on failed")).containsExactly(PLAIN);
    assertThat(log.containing("IOMMU fault")).isEmpty();
    assertThat(log.sourceOf(WRONG_PCIE)).isEqualTo(SourceRef.of("vmware.log", 812));
  }

  @Test
  void rejectsBadLineNumbersNamingThem() {
    assertThatThrownBy(() -> LogLine.builder().line(0).text("x").build()).hasMessageContaining("was 0");
    assertThatThrownBy(() -> VmLog.builder().file("vmware.log").addLine(PLAIN).addLine(WRONG_PCIE).build())
        .hasMessageContaining("line 812 follows line 813");
  }

  @Test
  void rejectsMultiLineText() {
    assertThatThrownBy(() -> LogLine.builder().line(1).text("a\nb").build()).hasMessageContaining("line 1");
  }
}
