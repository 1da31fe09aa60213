package org.prasan.intake;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import org.prasan.casefile.CaseFileRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Case ids such as {@code TIP-2026-000123}: the year in Thailand, then a database sequence. */
@Component
public class CaseIds {

  static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  private final CaseFileRepository cases;
  private final Clock clock;

  @Autowired
  public CaseIds(CaseFileRepository cases) {
    this(cases, Clock.system(THAILAND));
  }

  CaseIds(CaseFileRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  public String next() {
    return format(Year.now(clock).getValue(), cases.nextCaseNumber());
  }

  static String format(int year, long number) {
    return String.format("TIP-%d-%06d", year, number);
  }
}
