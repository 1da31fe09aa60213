package org.prasan.intake;

import java.time.Clock;
import java.time.Year;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseId;
import org.springframework.stereotype.Component;

/**
 * Case ids such as {@code TIP-2026-000123}: the year in Thailand (the clock's zone), then a
 * database sequence.
 */
@Component
public class CaseIds {

  private final CaseFileRepository cases;
  private final Clock clock;

  public CaseIds(CaseFileRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  public String next() {
    return CaseId.of(Year.now(clock).getValue(), cases.nextCaseNumber()).value();
  }
}
