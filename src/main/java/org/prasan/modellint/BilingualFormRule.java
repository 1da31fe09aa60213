package org.prasan.modellint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ML12: every text a form shows is in Thai and English, written {@code ไทย / English}: labels,
 * descriptions, placeholders, the labels of choices, and each line of a text block. Officers
 * in the provinces read Thai; liaison officers and foreign agencies read English. A date or
 * time field shows its {@code dateLabel} / {@code timeLabel} (form-js ignores {@code label}
 * there and shows an English "Date" or "Time" without them). Texts computed by FEEL
 * ({@code =...}) and choices loaded from a variable cannot be read here and are left alone.
 */
public class BilingualFormRule implements LintRule {

  private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final String SEPARATOR = " / ";
  private static final List<String> TEXTS = List.of("label", "description", "placeholder",
      "dateLabel", "timeLabel");

  @Override
  public String code() {
    return "ML12";
  }

  @Override
  public String name() {
    return "bilingual-form";
  }

  @Override
  public List<Finding> checkForm(ModelFile.Form file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    check(file, file.json().path("components"), findings);
    return findings;
  }

  private void check(ModelFile.Form file, JsonNode components, List<Finding> findings) {
    for (JsonNode component : components) {
      String id = component.path("id").asText(null);
      for (String property : TEXTS) {
        if (component.hasNonNull(property)) {
          checkText(file, id, property, component.get(property).asText(), "", findings);
        }
      }
      for (String line : component.path("text").asText("").split("\n")) {
        checkText(file, id, "text line", line, "", findings);
      }
      for (JsonNode choice : component.path("values")) {
        checkText(file, id, "choice", choice.path("label").asText(""),
            " (value " + choice.path("value").asText() + ")", findings);
      }
      missingDateOrTimeLabels(file, id, component, findings);
      check(file, component.path("components"), findings);
    }
  }

  private void checkText(ModelFile.Form file, String id, String what, String text,
                         String which, List<Finding> findings) {
    String shown = text.strip();
    if (!LETTER.matcher(shown).find() || shown.startsWith("=") || bilingual(shown)) {
      return;
    }
    findings.add(error(file, id, "The " + what + " '" + shown + "'" + which + " of the "
            + describe(file, id)
            + " is not in Thai and English, so "
            + (THAI.matcher(shown).find() ? "English-speaking" : "Thai-speaking")
            + " officers cannot read it.",
        "Write it as 'ไทย / English', for example 'เลขคดี / Case id'."));
  }

  /** One part in Thai script and another in Latin script without Thai, split by " / ". */
  static boolean bilingual(String text) {
    boolean thai = false;
    boolean english = false;
    for (String part : text.split(Pattern.quote(SEPARATOR))) {
      thai |= THAI.matcher(part).find();
      english |= LATIN.matcher(part).find() && !THAI.matcher(part).find();
    }
    return thai && english;
  }

  private void missingDateOrTimeLabels(ModelFile.Form file, String id, JsonNode component,
                                       List<Finding> findings) {
    if (!"datetime".equals(component.path("type").asText())) {
      return;
    }
    String subtype = component.path("subtype").asText("date");
    List<String> needed = switch (subtype) {
      case "time" -> List.of("timeLabel");
      case "datetime" -> List.of("dateLabel", "timeLabel");
      default -> List.of("dateLabel");
    };
    for (String property : needed) {
      if (!component.hasNonNull(property)) {
        findings.add(error(file, id, "The " + describe(file, id) + " has no " + property
                + ", so form-js shows its English default ('"
                + ("dateLabel".equals(property) ? "Date" : "Time") + "') instead of a label.",
            "Set " + property + " (" + ("dateLabel".equals(property) ? "Date" : "Time")
                + " label in Modeler) to 'ไทย / English', for example "
                + ("dateLabel".equals(property) ? "'วันที่จับกุม / Arrested on'." : "'เวลา / Time'.")));
      }
    }
  }

  private static String describe(ModelFile.Form file, String id) {
    return (id == null ? "field without id" : "field " + id) + " of form '" + file.id() + "'";
  }
}
