package org.prasan.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The forms the dashboard's tests fill to bring cases where the figures show them. */
public final class DashboardForms {

  private static final DateTimeFormatter FORM_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX").withZone(ZoneId.of("Asia/Bangkok"));

  private DashboardForms() {
  }

  /** The triage form; its closure reason counts only for the outcomes that close the case. */
  public static Map<String, Object> triage(String outcome) {
    return Map.of("triageOutcome", outcome, "triageNotes", "Checked against the hotline log",
        "closureReason", "Caller withdrew the report", "childVictim", false,
        "transnational", false);
  }

  public static Map<String, Object> confirmLead(String agency) {
    return Map.of("leadAgency", agency, "supportingAgencies", "msdhs",
        "leadDecisionReason", "Organised network across provinces");
  }

  /** Screening of two adults whose s.29 hold, started at {@code startedAt}, needs a court. */
  public static Map<String, Object> screeningNeedingExtension(Instant startedAt) {
    return Map.of("receivedIntoCareAt", FORM_DATE_TIME.format(startedAt),
        "potentialVictimCount", 2L, "childVictimPresent", "NO", "foreignVictimPresent", "NO",
        "screeningExtensionNeeded", "YES");
  }
}
