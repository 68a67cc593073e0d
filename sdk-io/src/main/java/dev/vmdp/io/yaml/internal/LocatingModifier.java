package dev.vmdp.io.yaml.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/** Makes every {@link Located} inventory node remember where its mapping starts. */
final class LocatingModifier extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    if (Located.class.isAssignableFrom(beanDesc.getBeanClass()) && beanDesc.getBeanClass() != YamlText.class) {
      return new Locating(deserializer);
    }
    return deserializer;
  }

  /** Records the start of the mapping, then lets the bean deserializer do the work. */
  static final class Locating extends DelegatingDeserializer {

    Locating(ValueDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new Locating(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      TokenStreamLocation at = p.currentTokenLocation();
      Object value = _delegatee.deserialize(p, ctxt);
      if (value instanceof Located node && at != null && at.getLineNr() > 0) {
        node.at(at.getLineNr(), at.getColumnNr());
      }
      return value;
    }
  }
}
