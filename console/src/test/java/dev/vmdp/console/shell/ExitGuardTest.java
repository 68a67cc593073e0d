package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class ExitGuardTest {

  /** Compiled by javac like any snippet wrapper; the calls are only made on the disarmed copy. */
  static final class Quitter {
    static void systemExit() {
      System.exit(3);
    }

    static void runtimeExit() {
      Runtime.getRuntime().exit(4);
    }

    static void runtimeHalt() {
      Runtime runtime = Runtime.getRuntime();
      runtime.halt(5);
    }

    static String harmless() {
      return "still here";
    }
  }

  static final class Harmless {
    static long now() {
      return System.nanoTime();
    }
  }

  private static byte[] bytesOf(Class<?> type) throws Exception {
    String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  /** Loads the disarmed class bytes in a fresh loader. */
  private static Class<?> disarmedCopy(Class<?> type) throws Exception {
    byte[] disarmed = ExitGuard.disarm(bytesOf(type));
    ClassLoader loader = new ClassLoader(ExitGuardTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.equals(type.getName())) {
          return defineClass(name, disarmed, 0, disarmed.length);
        }
        throw new ClassNotFoundException(name);
      }

      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.equals(type.getName())) {
          synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            return c != null ? c : findClass(name);
          }
        }
        return super.loadClass(name, resolve);
      }
    };
    return loader.loadClass(type.getName());
  }

  private static Throwable invoke(Class<?> type, String method) throws Exception {
    Method m = type.getDeclaredMethod(method);
    m.setAccessible(true);
    try {
      m.invoke(null);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  @Test
  void turnsEveryExitCallIntoAnErrorInsteadOfEndingTheJvm() throws Exception {
    Class<?> quitter = disarmedCopy(Quitter.class);
    for (String method : new String[] {"systemExit", "runtimeExit", "runtimeHalt"}) {
      assertThat(invoke(quitter, method))
          .as(method)
          .isInstanceOf(NoSuchMethodError.class)
          .hasMessageContaining(ExitGuard.REFUSED_NAME);
    }
  }

  @Test
  void leavesTheRestOfTheClassWorking() throws Exception {
    Class<?> quitter = disarmedCopy(Quitter.class);
    Method harmless = quitter.getDeclaredMethod("harmless");
    harmless.setAccessible(true);
    assertThat(harmless.invoke(null)).isEqualTo("still here");
  }

  @Test
  void returnsAClassWithoutExitCallsUnchanged() throws Exception {
    byte[] bytes = bytesOf(Harmless.class);
    assertThat(ExitGuard.disarm(bytes)).isSameAs(bytes);
  }

  @Test
  void rejectsSomethingThatIsNotAClassFile() {
    byte[] notAClass = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 2, 99};
    assertThatThrownBy(() -> ExitGuard.disarm(notAClass)).isInstanceOf(IllegalArgumentException.class);
  }
}
