package dev.vmdp.archfixture.good.model;

import java.util.List;

/** Stands in for a generated Immutables class: package-private, used only by its own package. */
final class ImmutableHost extends Host {
  private final List<String> devices;

  ImmutableHost(List<String> devices) {
    this.devices = List.copyOf(devices);
  }

  @Override
  public List<String> devices() {
    return devices;
  }
}
