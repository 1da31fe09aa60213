package org.prasan.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;

/**
 * Whether a changed form differs from its previous version in words only: labels,
 * descriptions, placeholders, text blocks, the labels of choices, and presentation (rows and
 * columns, which the form-js editor writes, and the exporter's name). Fields, keys, types,
 * choices' values, validation and conditions are the same, so a case already running can be
 * shown the new form without anything it submits changing.
 */
final class FormTextChange {

  /** The form-js properties officers read but the process never sees. */
  private static final Set<String> WORDS = Set.of("label", "description", "placeholder", "text",
      "title", "appearance", "layout", "exporter");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormTextChange() {
  }

  static boolean wordsOnly(byte[] before, byte[] after) {
    try {
      return withoutWords(JSON.readTree(before)).equals(withoutWords(JSON.readTree(after)));
    } catch (IOException unreadable) {
      return false;
    }
  }

  /** The form's id (its key in the engine), or null when it cannot be read. */
  static String idOf(byte[] form) {
    try {
      return JSON.readTree(form).path("id").asText(null);
    } catch (IOException unreadable) {
      return null;
    }
  }

  private static JsonNode withoutWords(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      object.fields().forEachRemaining(field -> {
        if (!WORDS.contains(field.getKey())) {
          copy.set(field.getKey(), withoutWords(field.getValue()));
        }
      });
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(item -> copy.add(withoutWords(item)));
      return copy;
    }
    return node;
  }
}
