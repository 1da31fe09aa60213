package org.prasan.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds tip bodies for tests as JSON-ready maps: a valid tip unless a test overrides or
 * removes one field, so each test says only what it is about.
 */
public final class TipRequests {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private TipRequests() {
    fields.put("source", "HOTLINE");
    fields.put("externalRef", null);
    fields.put("receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
    fields.put("province", "Chiang Rai");
    fields.put("summary", "Caller reports teenagers recruited for 'restaurant work' across the border.");
    fields.put("indicators", List.of("CHILD_VICTIM", "TRANSNATIONAL"));
    // A phone of its own, so tips of unrelated tests do not overlap (deconfliction matches them).
    fields.put("identifiers", List.of(Map.of("type", "PHONE", "value", aPhoneOfItsOwn())));
  }

  /** A Thai mobile number no other tip of the run is likely to name: 09x-xxx-xxxx. */
  public static String aPhoneOfItsOwn() {
    long digits = ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    String number = "09" + digits;
    return number.substring(0, 3) + "-" + number.substring(3, 6) + "-" + number.substring(6);
  }

  public static TipRequests aTip() {
    return new TipRequests();
  }

  public TipRequests with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  public TipRequests without(String field) {
    fields.remove(field);
    return this;
  }

  public Map<String, Object> build() {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.values().removeIf(value -> value == null);
    return body;
  }
}
