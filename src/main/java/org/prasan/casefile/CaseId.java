package org.prasan.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;

/**
 * A case's id, {@code TIP-2026-000123}: the year in Thailand the tip came in, then the case
 * number. Controllers take it as {@code @PathVariable CaseId caseId} ({@link CaseIdConverter}),
 * so a malformed id is a 400 naming {@code caseId} before anything else runs.
 */
public record CaseId(String value) {

  public static final String PATTERN = "TIP-\\d{4}-\\d{6}";
  public static final String FIELD = "caseId";
  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  public CaseId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidFieldException(FIELD, Bilingual.of(
          "ต้องมีรูปแบบเช่น TIP-2026-000123", "must look like TIP-2026-000123"));
    }
  }

  @JsonCreator
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  public static CaseId of(int year, long number) {
    return new CaseId(String.format("TIP-%d-%06d", year, number));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
