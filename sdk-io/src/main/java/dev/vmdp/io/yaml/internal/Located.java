package dev.vmdp.io.yaml.internal;

import dev.vmdp.model.SourceRef;

/** A node of the inventory that knows where it starts in the YAML text (1-based). */
abstract class Located {
  private int line = 1;
  private int column = 1;

  final void at(int line, int column) {
    this.line = line;
    this.column = column;
  }

  final int line() {
    return line;
  }

  final int column() {
    return column;
  }

  final SourceRef ref(YamlSource source) {
    return source.ref(line, column);
  }
}
