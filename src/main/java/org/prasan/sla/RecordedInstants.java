package org.prasan.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;

/**
 * Instants officers record on forms: a Camunda Forms datetime field submits text such as
 * {@code 2026-03-01T16:30Z} or {@code 2026-03-01T23:30+07:00}; code sets {@link Date}s.
 */
public final class RecordedInstants {

  private RecordedInstants() {
  }

  public static Optional<Instant> find(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parse(name, value));
  }

  public static Instant require(Function<String, Object> variables, String name) {
    return find(variables, name).orElseThrow(() -> RuleViolationException.field(name,
        Bilingual.of("ยังไม่ได้บันทึก: แบบฟอร์มก่อนขั้นตอนนี้ต้องบันทึกค่านี้",
            "is not recorded: the form before this step must record it")));
  }

  public static Instant parse(String name, Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    try {
      if (value == null) {
        throw new DateTimeParseException("missing", "", 0);
      }
      return OffsetDateTime.parse(value.toString().strip()).toInstant();
    } catch (DateTimeParseException notAnInstant) {
      throw RuleViolationException.field(name, Bilingual.of(
          "'" + value + "' ไม่ใช่วันเวลาพร้อมเขตเวลา เช่น 2026-03-01T16:30+07:00",
          "'" + value + "' is not a date and time with an offset, such as "
              + "2026-03-01T16:30+07:00"));
    }
  }
}
