package org.prasan.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A number or boolean where the API expects text is a mistake in the caller's system, not a
 * value to reinterpret: Jackson refuses it, and the caller gets a 400 naming the field.
 */
@Configuration
public class StrictJsonConfiguration {

  /** An instant is ISO-8601 text; a bare number (epoch seconds?) is refused, not guessed. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer instantsAsTextOnly() {
    return builder -> builder.deserializerByType(Instant.class, new InstantAsText());
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noScalarCoercionToText() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  static final class InstantAsText extends StdScalarDeserializer<Instant> {

    InstantAsText() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
  }
}
