package org.prasan.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prasan.sla.RecordedInstants;
import org.prasan.system.Bilingual;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;

/**
 * Reads what a form recorded and collects every field that is missing or wrong, so the officer
 * is told all of them at once (in Thai and English) and the task stays open.
 */
final class FieldReader {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  private final Function<String, Object> variables;
  private final List<FieldProblem> problems = new ArrayList<>();

  FieldReader(Function<String, Object> variables) {
    this.variables = variables;
  }

  Object raw(String name) {
    Object value = variables.apply(name);
    return value instanceof String text && text.isBlank() ? null : value;
  }

  /** A whole number from {@code min} to {@code max}; null (and a problem) when missing. */
  Integer count(String name, int min, int max) {
    Object value = raw(name);
    if (value == null) {
      return missing(name);
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && number.doubleValue() >= min && number.doubleValue() <= max) {
      return number.intValue();
    }
    fail(name, Bilingual.of("ต้องเป็นจำนวนเต็มตั้งแต่ " + min + " ถึง " + max,
        "must be a whole number from " + min + " to " + max));
    return null;
  }

  /** An amount in baht, 0 to a billion, to the satang. */
  BigDecimal amount(String name) {
    Object value = raw(name);
    if (value == null) {
      return missing(name);
    }
    if (value instanceof Number number) {
      BigDecimal amount = new BigDecimal(number.toString());
      if (amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0 && amount.scale() <= 2) {
        return amount;
      }
    }
    fail(name, Bilingual.of("ต้องเป็นจำนวนเงิน (บาท) ตั้งแต่ 0 ถึง 1,000,000,000",
        "must be an amount in baht from 0 to 1,000,000,000"));
    return null;
  }

  <C extends Enum<C> & Code> C code(Class<C> codes, String name) {
    Object value = raw(name);
    if (value == null) {
      return missing(name);
    }
    C code = Code.find(codes, value);
    if (code == null) {
      String names = Arrays.stream(codes.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", "));
      fail(name, Bilingual.of("ต้องเป็นหนึ่งใน " + names, "must be one of " + names));
    }
    return code;
  }

  /** One of the form's own choices (not a reporting code). */
  String choice(String name, String... choices) {
    Object value = raw(name);
    if (value == null) {
      return missing(name);
    }
    if (Arrays.asList(choices).contains(value.toString())) {
      return value.toString();
    }
    String names = String.join(", ", choices);
    fail(name, Bilingual.of("ต้องเป็นหนึ่งใน " + names, "must be one of " + names));
    return null;
  }

  String nationality(String name) {
    Object value = raw(name);
    if (value == null) {
      return missing(name);
    }
    if (!Nationality.isValid(value)) {
      fail(name, Bilingual.of(
          "ต้องเป็นรหัสประเทศ ISO 3166 สองตัวอักษร เช่น MM หรือ ZZ (ไม่ทราบ)",
          "must be an ISO 3166 two-letter country code such as MM, or ZZ (unknown)"));
      return null;
    }
    return value.toString();
  }

  Instant instant(String name) {
    Object value = raw(name);
    if (value == null) {
      return missing(name);
    }
    try {
      return RecordedInstants.parse(name, value);
    } catch (RuleViolationException notAnInstant) {
      problems.addAll(notAnInstant.fields());
      return null;
    }
  }

  void fail(String name, Bilingual message) {
    problems.add(FieldProblem.of(name, message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the completion, naming every field found wrong. */
  void check() {
    if (!problems.isEmpty()) {
      throw new RuleViolationException(problems);
    }
  }

  private <T> T missing(String name) {
    fail(name, Bilingual.of("ต้องระบุเพื่อรายงานสถิติ", "is required for the statistics"));
    return null;
  }
}
