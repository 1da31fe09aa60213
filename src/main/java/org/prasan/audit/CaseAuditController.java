package org.prasan.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseId}/audit}: who did what on a case, and when. */
@RestController
public class CaseAuditController {

  private final EngineHistoryAudit engineHistory;
  private final CaseRecordsAudit records;

  public CaseAuditController(EngineHistoryAudit engineHistory, CaseRecordsAudit records) {
    this.engineHistory = engineHistory;
    this.records = records;
  }

  @GetMapping(path = "/api/cases/{caseId}/audit", produces = "application/json")
  @Access(AccessRule.CASE_AUDIT)
  @Operation(summary = "The case's audit trail, oldest first",
      description = "From the engine's history (processes, tasks, users' operations) and "
          + "Prasan's records (tip, identifiers, claims, hand-overs, notifications, vault "
          + "accesses, custody). For coordinators and the lead agency; 403 for the case's "
          + "other agencies, 404 for everyone else.")
  public CaseAudit audit(@PathVariable CaseId caseId) {
    List<AuditEntry> entries = new ArrayList<>(engineHistory.of(caseId.value()));
    entries.addAll(records.of(caseId.value()));
    entries.sort(Comparator.comparing(AuditEntry::at,
        Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    return new CaseAudit(caseId.value(), entries);
  }

  /** A case's audit trail. */
  public record CaseAudit(String caseId, List<AuditEntry> entries) {
  }
}
