package dev.vmdp.archfixture.bad.model.host;

/** A host value with its builder, as the model's. */
public final class Host {
  private final String name;

  private Host(String name) {
    this.name = name;
  }

  public static Host builder() {
    return new Host("unnamed");
  }

  public Host name(String n) {
    return new Host(n);
  }

  public String name() {
    return name;
  }
}
