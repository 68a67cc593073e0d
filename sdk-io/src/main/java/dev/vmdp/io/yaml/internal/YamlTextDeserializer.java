package dev.vmdp.io.yaml.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads any scalar as its text and place; a mapping or a list where a scalar belongs is an error. */
final class YamlTextDeserializer extends StdDeserializer<YamlText> {

  YamlTextDeserializer() {
    super(YamlText.class);
  }

  @Override
  public YamlText deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue()) {
      return (YamlText) ctxt.handleUnexpectedToken(YamlText.class, p);
    }
    TokenStreamLocation at = p.currentTokenLocation();
    return new YamlText(p.getString(), at.getLineNr(), at.getColumnNr());
  }
}
