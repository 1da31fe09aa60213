package org.prasan.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Our Thai locale files against the English ones in Camunda's webjar of this build: Tasklist,
 * Welcome (login, profile, password) and Admin are complete; Cockpit has every key it shares
 * with those three (login, header, footer, notifications, search and variable widgets) and its
 * start page (navigation, dashboard), the rest falls back to English key by key. A Camunda
 * upgrade that adds keys fails here until they are translated.
 */
class ThaiLocaleFilesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final List<String> COMPLETE = List.of("tasklist", "welcome", "admin");
  private static final List<String> COCKPIT_START_PAGE_PREFIXES =
      List.of("COCKPIT_", "DASHBOARD_", "BREAD_CRUMBS_");
  private static final Set<String> COCKPIT_START_PAGE_KEYS = Set.of("OK", "PIE_CHART_NO_DATA",
      "TASKS_HUMAN_TASKS", "DEFINITIONS_DEFINITIONS", "PROCESS_PROCESSES");
  /** Names left as they are in Thai; every other value is written in Thai script. */
  private static final Set<String> NAMES = Set.of("Camunda", "Cockpit", "Optimize");
  private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|%[sd]|\\{}");
  /** HTML the webapps render from labels; "<null>" and the like are shown as text. */
  private static final Pattern TAG =
      Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin"})
  void everyEnglishKeyHasAThaiValue(String app) throws IOException {
    JsonNode english = labels(app, "en");
    JsonNode thai = labels(app, "th");

    List<String> missing = new ArrayList<>();
    english.fieldNames().forEachRemaining(key -> {
      if (!translated(english.get(key).asText(), thai.path(key))) {
        missing.add(key);
      }
    });
    assertThat(missing).as("%s keys without a Thai value", app).isEmpty();
  }

  @Test
  void cockpitHasItsStartPageAndEveryKeyItSharesWithTheOtherWebapps() throws IOException {
    JsonNode english = labels("cockpit", "en");
    JsonNode thai = labels("cockpit", "th");
    Set<String> shared = new TreeSet<>();
    for (String app : COMPLETE) {
      labels(app, "en").fieldNames().forEachRemaining(shared::add);
    }

    List<String> missing = new ArrayList<>();
    english.fieldNames().forEachRemaining(key -> {
      boolean claimed = shared.contains(key) || COCKPIT_START_PAGE_KEYS.contains(key)
          || COCKPIT_START_PAGE_PREFIXES.stream().anyMatch(key::startsWith);
      if (claimed && !translated(english.get(key).asText(), thai.path(key))) {
        missing.add(key);
      }
    });
    assertThat(missing).as("cockpit keys without a Thai value").isEmpty();
    assertThat(thai.size()).as("Thai cockpit keys").isGreaterThan(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void thaiValuesKeepTheirPlaceholdersAndMarkupAndNoStaleKeys(String app) throws IOException {
    JsonNode english = labels(app, "en");
    JsonNode thai = labels(app, "th");

    for (Iterator<Map.Entry<String, JsonNode>> it = thai.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      assertThat(english.has(key)).as("%s: %s is an English key", app, key).isTrue();
      String en = english.get(key).asText();
      String th = entry.getValue().asText();
      assertThat(placeholders(th)).as("%s: placeholders of %s", app, key)
          .isEqualTo(placeholders(en));
      assertThat(tags(th)).as("%s: markup of %s", app, key).isEqualTo(tags(en));
      if (!THAI.matcher(th).find()) {
        assertThat(th).as("%s: %s is not in Thai script, so it is kept as in English", app, key)
            .isEqualTo(en);
        assertThat(NAMES.contains(th) || !th.matches("(?s).*\\p{L}.*"))
            .as("%s: %s = '%s' is a name or a symbol", app, key, th).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit"})
  void thaiDatesHaveEveryEnglishDateSetting(String app) throws IOException {
    JsonNode english = locale(app, "en").get("dateLocales");
    JsonNode thai = locale(app, "th").get("dateLocales");

    assertThat(shape(thai)).isEqualTo(shape(english));
    assertThat(thai.get("months").get(0).asText()).isEqualTo("มกราคม");
  }

  private static boolean translated(String english, JsonNode thai) {
    return thai.isTextual() && (english.isBlank() || !thai.asText().isBlank());
  }

  /** Every key path of a JSON tree, with array lengths, so two trees compare by structure. */
  private static Set<String> shape(JsonNode node) {
    Set<String> paths = new TreeSet<>();
    shape(node, "", paths);
    return paths;
  }

  private static void shape(JsonNode node, String path, Set<String> paths) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          shape(field.getValue(), path + "/" + field.getKey(), paths));
    } else if (node.isArray()) {
      paths.add(path + "[" + node.size() + "]");
    } else {
      paths.add(path);
    }
  }

  /** {@code {{ name }}} and {@code {{name}}} are one placeholder to angular-translate. */
  private static Set<String> placeholders(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    return found;
  }

  private static Set<String> tags(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private JsonNode labels(String app, String language) throws IOException {
    return locale(app, language).get("labels");
  }

  private JsonNode locale(String app, String language) throws IOException {
    try (InputStream file = new ClassPathResource(APPS + app + "/locales/" + language + ".json")
        .getInputStream()) {
      return json.readTree(file);
    }
  }
}
