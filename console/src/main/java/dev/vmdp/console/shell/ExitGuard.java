package dev.vmdp.console.shell;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Disarms {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in snippet class
 * files before they are loaded.
 *
 * <p>The console runs snippets in its own JVM, so one of these calls would end it. Every method
 * reference to them in the snippet's constant pool is redirected to a method name that does not
 * exist ({@link #REFUSED_NAME}); calling it then throws {@link NoSuchMethodError} in the snippet,
 * which the console reports as "use /exit". Only the constant pool changes (two kinds of entries
 * appended, one index patched per reference), so no code offsets move and the verifier is
 * unaffected. Reflection or method handles looked up by name are not covered; the console's
 * shutdown hook reports those.
 */
final class ExitGuard {
  /** The method name every exit reference is redirected to. */
  static final String REFUSED_NAME = "exitRefusedByVmdpConsole";

  private static final int UTF8 = 1;
  private static final int METHODREF = 10;
  private static final int NAME_AND_TYPE = 12;

  private ExitGuard() {}

  /**
   * Returns the class file with every exit reference redirected, or the same array when it has
   * none.
   */
  static byte[] disarm(byte[] classFile) {
    ByteBuffer in = ByteBuffer.wrap(classFile);
    in.position(8);
    int count = Short.toUnsignedInt(in.getShort());
    int[] offsets = new int[count];
    int[] tags = new int[count];
    for (int i = 1; i < count; i++) {
      offsets[i] = in.position();
      int tag = Byte.toUnsignedInt(in.get());
      tags[i] = tag;
      in.position(in.position() + entryLength(tag, in));
      if (tag == 5 || tag == 6) {
        i++; // long and double take two slots
      }
    }
    int poolEnd = in.position();

    List<int[]> patches = new ArrayList<>(); // {methodref offset, descriptor index}
    for (int i = 1; i < count; i++) {
      if (tags[i] != METHODREF) {
        continue;
      }
      int classIndex = u2(classFile, offsets[i] + 1);
      int natIndex = u2(classFile, offsets[i] + 3);
      String owner = utf8(classFile, offsets[u2(classFile, offsets[classIndex] + 1)]);
      String name = utf8(classFile, offsets[u2(classFile, offsets[natIndex] + 1)]);
      int descriptor = u2(classFile, offsets[natIndex] + 3);
      if (isExit(owner, name)) {
        patches.add(new int[] {offsets[i], descriptor});
      }
    }
    if (patches.isEmpty()) {
      return classFile;
    }

    byte[] patched = classFile.clone();
    ByteArrayOutputStream appended = new ByteArrayOutputStream();
    int nameIndex = count;
    byte[] name = REFUSED_NAME.getBytes(StandardCharsets.UTF_8);
    appended.write(UTF8);
    writeU2(appended, name.length);
    appended.writeBytes(name);
    int next = count + 1;
    for (int[] patch : patches) {
      appended.write(NAME_AND_TYPE);
      writeU2(appended, nameIndex);
      writeU2(appended, patch[1]);
      patched[patch[0] + 3] = (byte) (next >> 8);
      patched[patch[0] + 4] = (byte) next;
      next++;
    }
    if (next > 0xFFFF) {
      return classFile;
    }
    patched[8] = (byte) (next >> 8);
    patched[9] = (byte) next;
    ByteArrayOutputStream out = new ByteArrayOutputStream(patched.length + appended.size());
    out.write(patched, 0, poolEnd);
    out.writeBytes(appended.toByteArray());
    out.write(patched, poolEnd, patched.length - poolEnd);
    return out.toByteArray();
  }

  private static boolean isExit(String owner, String name) {
    return (owner.equals("java/lang/System") && name.equals("exit"))
        || (owner.equals("java/lang/Runtime") && (name.equals("exit") || name.equals("halt")));
  }

  private static int entryLength(int tag, ByteBuffer in) {
    return switch (tag) {
      case UTF8 -> 2 + Short.toUnsignedInt(in.getShort(in.position()));
      case 7, 8, 16, 19, 20 -> 2;
      case 15 -> 3;
      case 3, 4, 9, METHODREF, 11, NAME_AND_TYPE, 17, 18 -> 4;
      case 5, 6 -> 8;
      default -> throw new IllegalArgumentException("class file has an unknown constant pool tag " + tag);
    };
  }

  private static String utf8(byte[] b, int offset) {
    // Class and method names of interest are ASCII, so modified UTF-8 decodes like UTF-8 here.
    return new String(b, offset + 3, u2(b, offset + 1), StandardCharsets.UTF_8);
  }

  private static int u2(byte[] b, int offset) {
    return (Byte.toUnsignedInt(b[offset]) << 8) | Byte.toUnsignedInt(b[offset + 1]);
  }

  private static void writeU2(ByteArrayOutputStream out, int value) {
    out.write(value >> 8);
    out.write(value);
  }
}
