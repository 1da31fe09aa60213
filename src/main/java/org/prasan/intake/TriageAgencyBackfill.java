package org.prasan.intake;

import org.prasan.casefile.CaseFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases received before {@code case_file.triage_agency} existed (migration V7_22) get the
 * triage agency of their tip's source, as intake gives it to new cases. Idempotent: only rows
 * without one change, so every start and every node may run it.
 */
@Component
public class TriageAgencyBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(TriageAgencyBackfill.class);

  private final CaseFileRepository cases;
  private final IntakeProperties intake;

  public TriageAgencyBackfill(CaseFileRepository cases, IntakeProperties intake) {
    this.cases = cases;
    this.intake = intake;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void backfill() {
    int filled = 0;
    for (TipSource source : TipSource.values()) {
      if (intake.triageAgency().containsKey(source)) {
        filled += cases.backfillTriageAgency(source.name(), intake.triageAgencyFor(source));
      }
    }
    if (filled > 0) {
      LOG.info("Recorded the triage agency of {} earlier case(s)", filled);
    }
  }
}
