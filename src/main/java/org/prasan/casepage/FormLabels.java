package org.prasan.casepage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineRefusals;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels the forms give their fields ("เลขคดี / Case id"), by field key: a stage's
 * findings are the answers officers gave on its forms, shown with the words they saw. Read
 * once from the forms deployed with the application ({@code forms/*.form}).
 */
@Component
public class FormLabels implements EngineRefusals.FieldLabels {

  private final Map<String, String> labels;

  public FormLabels(ObjectMapper json) throws IOException {
    Map<String, String> found = new HashMap<>();
    for (Resource form : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:forms/*.form")) {
      try (InputStream in = form.getInputStream()) {
        collect(json.readTree(in), found);
      }
    }
    this.labels = Map.copyOf(found);
  }

  /** The field's label, or null for a variable no form asks for. */
  public String of(String key) {
    return labels.get(key);
  }

  /** The field's label split into its Thai and English halves, or null. */
  @Override
  public Bilingual labelOf(String field) {
    String label = of(field);
    if (label == null) {
      return null;
    }
    int split = label.indexOf(Bilingual.SEPARATOR);
    return split < 0 ? Bilingual.of(label, label) : Bilingual.of(label.substring(0, split).strip(),
        label.substring(split + Bilingual.SEPARATOR.length()).strip());
  }

  private static void collect(JsonNode node, Map<String, String> found) {
    // A datetime field says its label as dateLabel (and timeLabel for its time).
    String labelKey = node.hasNonNull("label") ? "label" : "dateLabel";
    if (node.isObject() && node.hasNonNull("key") && node.hasNonNull(labelKey)) {
      found.putIfAbsent(node.get("key").asText(), node.get(labelKey).asText());
    }
    node.forEach(child -> collect(child, found));
  }
}
