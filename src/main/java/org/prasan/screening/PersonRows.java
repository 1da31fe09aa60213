package org.prasan.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.prasan.screening.HandoverList.RawRow;
import org.prasan.system.Bilingual;
import org.prasan.system.BangkokTime;
import org.prasan.system.PrintableTextValidator;

/**
 * Judges each row of a handover list alone: a bad row is rejected with its number, the field
 * and the reason, and the other rows go on. Rejections never repeat a value (a name could be
 * in it), only the column.
 */
final class PersonRows {

  static final String LIST_REF = "listRef";
  static final String FULL_NAME = "fullName";
  static final String SEX = "sex";
  static final String DATE_OF_BIRTH = "dateOfBirth";
  static final String ESTIMATED_AGE = "estimatedAge";
  static final String NATIONALITY = "nationality";
  static final String LANGUAGES = "languages";
  static final String DOCUMENT_NUMBER = "documentNumber";
  static final String ARRIVED_AT = "arrivedAt";
  static final String NOTES = "notes";
  /** Marks cells past the header's last column (CSV) and values that are no text (JSON). */
  static final String EXTRA_CELLS = "\u0000extra";
  static final String NOT_TEXT = "\u0000not-text";

  static final Pattern LIST_REF_PATTERN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:/#-]*");
  static final Pattern LANGUAGE_PATTERN = Pattern.compile("[a-z]{2,3}");
  static final Set<String> SEXES = Set.of("F", "M", "X");
  static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());
  static final int MAX_AGE = 120;

  private final Clock clock;
  private final Duration skew;

  PersonRows(Clock clock, Duration skew) {
    this.clock = clock;
    this.skew = skew;
  }

  /** The row, checked; or null, with its rejections added. */
  PersonRow check(RawRow raw, List<Rejection> rejections) {
    List<Rejection> found = new ArrayList<>();
    int row = raw.number();
    if (raw.values().containsKey(EXTRA_CELLS)) {
      found.add(Rejection.of(row, HandoverList.FIELD, Bilingual.of(
          "แถวนี้มีช่องมากกว่าหัวตาราง", "The row has more cells than the header")));
    }
    raw.values().forEach((column, value) -> {
      if (NOT_TEXT.equals(value)) {
        found.add(Rejection.of(row, column, Bilingual.of("ต้องเป็นข้อความหรือตัวเลข",
            "Must be text or a number")));
      }
    });
    String listRef = text(raw, LIST_REF, 64, true, found);
    if (listRef != null && !LIST_REF_PATTERN.matcher(listRef).matches()) {
      found.add(Rejection.of(row, LIST_REF, Bilingual.of(
          "ต้องเป็นตัวอักษร ตัวเลข ช่องว่าง และ . _ : / # -",
          "Must be letters, digits, spaces and . _ : / # -")));
    }
    String fullName = text(raw, FULL_NAME, 200, true, found);
    String sex = text(raw, SEX, 1, true, found);
    if (sex != null && !SEXES.contains(sex)) {
      found.add(Rejection.of(row, SEX, Bilingual.of("ต้องเป็น F, M หรือ X", "Must be F, M or X")));
    }
    LocalDate dateOfBirth = dateOfBirth(raw, found);
    Integer estimatedAge = estimatedAge(raw, found);
    if (raw.get(DATE_OF_BIRTH) == null && raw.get(ESTIMATED_AGE) == null) {
      found.add(Rejection.of(row, DATE_OF_BIRTH, Bilingual.of(
          "ต้องมีวันเกิดหรืออายุโดยประมาณ", "Needs dateOfBirth or estimatedAge")));
    }
    String nationality = text(raw, NATIONALITY, 2, true, found);
    if (nationality != null && !COUNTRIES.contains(nationality)) {
      found.add(Rejection.of(row, NATIONALITY, Bilingual.of(
          "ต้องเป็นรหัสประเทศ ISO 3166 สองตัวอักษรพิมพ์ใหญ่ (MM, KH)",
          "Must be an ISO 3166 alpha-2 country code in capitals (MM, KH)")));
    }
    List<String> languages = languages(raw, found);
    String documentNumber = text(raw, DOCUMENT_NUMBER, 50, false, found);
    Instant arrivedAt = arrivedAt(raw, found);
    String notes = text(raw, NOTES, 1000, false, found);
    if (!found.isEmpty()) {
      rejections.addAll(found);
      return null;
    }
    return new PersonRow(listRef, fullName, sex, dateOfBirth,
        dateOfBirth == null ? estimatedAge : null, nationality, languages, documentNumber,
        arrivedAt, notes);
  }

  private static String text(RawRow raw, String column, int max, boolean required,
                             List<Rejection> found) {
    String value = raw.get(column);
    if (value == null) {
      if (required) {
        found.add(Rejection.of(raw.number(), column, Bilingual.of("ต้องระบุ", "Required")));
      }
      return null;
    }
    if (NOT_TEXT.equals(value)) {
      return null;
    }
    if (value.length() > max) {
      found.add(Rejection.of(raw.number(), column, Bilingual.of(
          "ยาวเกิน " + max + " ตัวอักษร", "Longer than " + max + " characters")));
      return null;
    }
    if (!new PrintableTextValidator().isValid(value, null)) {
      found.add(Rejection.of(raw.number(), column, Bilingual.of(
          "มีอักขระควบคุมหรืออักขระกลับทิศทาง", "Holds control or direction-override characters")));
      return null;
    }
    return value;
  }

  private LocalDate dateOfBirth(RawRow raw, List<Rejection> found) {
    String value = raw.get(DATE_OF_BIRTH);
    if (value == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      LocalDate today = LocalDate.now(clock.withZone(BangkokTime.ZONE));
      if (date.isAfter(today) || date.isBefore(today.minusYears(MAX_AGE))) {
        found.add(Rejection.of(raw.number(), DATE_OF_BIRTH, Bilingual.of(
            "ต้องไม่อยู่ในอนาคตและไม่เกิน " + MAX_AGE + " ปีก่อน",
            "Must not be in the future nor more than " + MAX_AGE + " years ago")));
        return null;
      }
      return date;
    } catch (DateTimeParseException notADate) {
      found.add(Rejection.of(raw.number(), DATE_OF_BIRTH, Bilingual.of(
          "ต้องเป็นวันที่ ปปปป-ดด-วว (ค.ศ.)", "Must be a date yyyy-mm-dd (Gregorian)")));
      return null;
    }
  }

  private static Integer estimatedAge(RawRow raw, List<Rejection> found) {
    String value = raw.get(ESTIMATED_AGE);
    if (value == null) {
      return null;
    }
    try {
      int age = Integer.parseInt(value);
      if (age >= 0 && age <= MAX_AGE) {
        return age;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    found.add(Rejection.of(raw.number(), ESTIMATED_AGE, Bilingual.of(
        "ต้องเป็นจำนวนเต็ม 0 ถึง " + MAX_AGE, "Must be a whole number from 0 to " + MAX_AGE)));
    return null;
  }

  private static List<String> languages(RawRow raw, List<Rejection> found) {
    String value = raw.get(LANGUAGES);
    if (value == null) {
      found.add(Rejection.of(raw.number(), LANGUAGES, Bilingual.of(
          "ต้องระบุอย่างน้อยหนึ่งภาษา", "Needs at least one language")));
      return List.of();
    }
    List<String> languages = Arrays.stream(value.split(";")).map(String::strip)
        .filter(language -> !language.isEmpty()).distinct().toList();
    boolean valid = !languages.isEmpty() && languages.size() <= 10 && languages.stream()
        .allMatch(language -> LANGUAGE_PATTERN.matcher(language).matches()
            && (language.length() == 3 || TWO_LETTER_LANGUAGES.contains(language)));
    if (!valid) {
      found.add(Rejection.of(raw.number(), LANGUAGES, Bilingual.of(
          "ต้องเป็นรหัสภาษา ISO 639 ตัวพิมพ์เล็ก คั่นด้วย ; (my;th)",
          "Must be ISO 639 language codes in lower case, separated by ; (my;th)")));
      return List.of();
    }
    return languages;
  }

  private Instant arrivedAt(RawRow raw, List<Rejection> found) {
    String value = raw.get(ARRIVED_AT);
    if (value == null) {
      return null;
    }
    try {
      Instant arrived = OffsetDateTime.parse(value).toInstant();
      if (arrived.isAfter(clock.instant().plus(skew))) {
        found.add(Rejection.of(raw.number(), ARRIVED_AT, Bilingual.of(
            "ต้องไม่อยู่ในอนาคต", "Must not be in the future")));
        return null;
      }
      return arrived;
    } catch (DateTimeParseException notAnInstant) {
      found.add(Rejection.of(raw.number(), ARRIVED_AT, Bilingual.of(
          "ต้องเป็นวันเวลา ISO 8601 พร้อมเขตเวลา (2025-02-20T09:30:00+07:00)",
          "Must be an ISO 8601 date-time with its offset (2025-02-20T09:30:00+07:00)")));
      return null;
    }
  }
}
