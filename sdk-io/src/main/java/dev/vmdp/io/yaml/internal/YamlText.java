package dev.vmdp.io.yaml.internal;

import tools.jackson.databind.annotation.JsonDeserialize;

/** A scalar of the inventory as written (numbers and booleans keep their spelling), with its place. */
@JsonDeserialize(using = YamlTextDeserializer.class)
final class YamlText extends Located {
  private final String text;

  YamlText(String text, int line, int column) {
    this.text = text;
    at(line, column);
  }

  String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
