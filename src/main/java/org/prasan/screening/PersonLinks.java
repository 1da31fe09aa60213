package org.prasan.screening;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.prasan.deconfliction.IdentifierNormalizer;
import org.prasan.deconfliction.IdentifierType;
import org.prasan.system.Bilingual;
import org.prasan.system.FieldProblem;
import org.prasan.system.PrintableTextValidator;
import org.prasan.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the screening interview found about who exploited the person: the compound (name and
 * location), the recruiter (name, phone) and the network (an online handle or group), all
 * optional, the fields of the screening forms ({@link #FIELDS}). The recruiter's name and phone
 * identify people: the lot is sealed under the vault's active key on the person's own row of
 * {@code screening_person_link}, bound to the person, operation and key, and never becomes a
 * process variable ({@link ScreeningLinkFields} takes the fields out of the completion). The
 * rules are checked here, on the server: printable text of at most the form's lengths, a phone
 * number that is one.
 */
@Component
class PersonLinks {

  static final String COMPOUND_NAME = "compoundName";
  static final String COMPOUND_LOCATION = "compoundLocation";
  static final String RECRUITER_NAME = "recruiterName";
  static final String RECRUITER_PHONE = "recruiterPhone";
  static final String NETWORK_HANDLE = "networkHandle";
  /** The forms' fields, with their maxLength (the forms state the same). */
  static final Map<String, Integer> FIELDS = fields();
  static final int PHONE_DIGITS_MIN = 6;

  private final JdbcClient jdbc;
  private final PersonSeals seals;
  private final Clock clock;

  PersonLinks(JdbcClient jdbc, PersonSeals seals, Clock clock) {
    this.jdbc = jdbc;
    this.seals = seals;
    this.clock = clock;
  }

  private static Map<String, Integer> fields() {
    Map<String, Integer> fields = new LinkedHashMap<>();
    fields.put(COMPOUND_NAME, 200);
    fields.put(COMPOUND_LOCATION, 200);
    fields.put(RECRUITER_NAME, 200);
    fields.put(RECRUITER_PHONE, 40);
    fields.put(NETWORK_HANDLE, 200);
    return java.util.Collections.unmodifiableMap(fields);
  }

  /** What the interview found; a field not found is null. */
  record Links(String compoundName, String compoundLocation, String recruiterName,
               String recruiterPhone, String networkHandle) {

    boolean isEmpty() {
      return compoundName == null && compoundLocation == null && recruiterName == null
          && recruiterPhone == null && networkHandle == null;
    }
  }

  /**
   * The links among a completion's variables, checked: each blank one is absent, a given one
   * is printable text of at most its length, the phone a phone number. Refused with every
   * field's problem at once, in Thai and English; the message never repeats the value.
   */
  static Links check(Map<String, ?> variables) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach((field, maxLength) -> {
      Object raw = variables.get(field);
      Object value = raw instanceof TypedValue typed ? typed.getValue() : raw;
      if (value == null) {
        return;
      }
      if (!(value instanceof String text)) {
        problems.add(FieldProblem.of(field, Bilingual.of("ต้องเป็นข้อความ", "Must be text")));
        return;
      }
      String stripped = text.strip();
      if (stripped.isEmpty()) {
        return;
      }
      if (stripped.length() > maxLength) {
        problems.add(FieldProblem.of(field, Bilingual.of(
            "ต้องไม่เกิน " + maxLength + " ตัวอักษร", "Must be at most " + maxLength
                + " characters")));
      } else if (!new PrintableTextValidator().isValid(stripped, null)) {
        problems.add(FieldProblem.of(field, Bilingual.of(
            "มีอักขระที่ใช้ไม่ได้ (อักขระควบคุมหรือขึ้นบรรทัดใหม่)",
            "Holds characters that are not allowed (control characters or line breaks)")));
      } else if (RECRUITER_PHONE.equals(field) && !phoneLike(stripped)) {
        problems.add(FieldProblem.of(field, Bilingual.of(
            "ต้องเป็นหมายเลขโทรศัพท์ (ตัวเลขอย่างน้อย " + PHONE_DIGITS_MIN
                + " หลัก อาจมี + เว้นวรรค - หรือวงเล็บ)",
            "Must be a phone number (at least " + PHONE_DIGITS_MIN
                + " digits, with +, spaces, - or brackets if any)")));
      } else {
        values.put(field, stripped);
      }
    });
    if (!problems.isEmpty()) {
      throw new RuleViolationException(problems);
    }
    return new Links(values.get(COMPOUND_NAME), values.get(COMPOUND_LOCATION),
        values.get(RECRUITER_NAME), values.get(RECRUITER_PHONE), values.get(NETWORK_HANDLE));
  }

  private static boolean phoneLike(String value) {
    long digits = value.chars().filter(Character::isDigit).count();
    return value.matches("\\+?[0-9 ()./-]+") && digits >= PHONE_DIGITS_MIN && digits <= 17;
  }

  /**
   * The keys the grouping board matches links by: a compound's or a recruiter's name in one
   * spelling (NFKC, case and spaces folded), a phone and a handle as the deconfliction index
   * writes them ({@link IdentifierNormalizer}), so they also match the cases' identifiers.
   */
  static String nameKey(String name) {
    return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT).replaceAll("[\\s.,'\"()-]+", " ").strip();
  }

  static String phoneKey(IdentifierNormalizer normalizer, String phone) {
    return phone == null ? null : normalizer.normalize(IdentifierType.PHONE, phone);
  }

  static String handleKey(IdentifierNormalizer normalizer, String handle) {
    return handle == null ? null : normalizer.normalize(IdentifierType.HANDLE, handle);
  }

  /** Seals and stores the person's links, replacing earlier ones; nothing when none given. */
  void record(String personRef, String operationId, Links links) {
    if (links.isEmpty()) {
      return;
    }
    String keyId = seals.activeKeyId();
    byte[] sealed = seals.sealValue(links, associatedData(personRef, operationId, keyId));
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.sql("""
            UPDATE screening_person_link SET key_id = ?, links_ciphertext = ?, updated_at = ?
            WHERE person_ref = ?""")
        .params(keyId, sealed, now, personRef).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO screening_person_link (person_ref, operation_id, key_id,
                  links_ciphertext, updated_at) VALUES (?, ?, ?, ?, ?)""")
          .params(personRef, operationId, keyId, sealed, now).update();
    }
  }

  Links open(byte[] sealed, String personRef, String operationId, String keyId) {
    return seals.openValue(sealed, Links.class, keyId, "screened person " + personRef
        + "'s links", associatedData(personRef, operationId, keyId));
  }

  static String associatedData(String personRef, String operationId, String keyId) {
    return "prasan-screening-links-v1|" + personRef + "|" + operationId + "|" + keyId;
  }
}
