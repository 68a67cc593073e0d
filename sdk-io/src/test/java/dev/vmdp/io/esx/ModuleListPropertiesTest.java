package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ModuleListPropertiesTest {

  @Property(tries = 500, seed = "42")
  void anyBytesReadWithoutExceptionAndEveryLineIsAccountedFor(@ForAll("bytes") byte[] bytes) {
    ModuleList list = ModuleList.parse(bytes, "fuzz.txt");
    assertThat(list.modules()).allSatisfy(m -> assertThat(m.name()).matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*"));
    assertThat(list.unreadLines()).allSatisfy(u -> assertThat(u.location().line()).isPositive());
    assertThat(list.names()).hasSize(list.modules().size());
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '\t', (byte) '-',
        (byte) 'a', (byte) '1', (byte) 0xe2, (byte) 0xff);
    return Arbitraries.oneOf(Arbitraries.bytes(), interesting).array(byte[].class).ofMaxSize(300);
  }
}
