package org.prasan.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.prasan.agency.AgencyMembership;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/cases/{caseId}/audit}: who did what on a case, and when. */
@RestController
@Validated
public class CaseAuditController {

  private final CaseFileRepository cases;
  private final EngineHistoryAudit engineHistory;
  private final CaseRecordsAudit records;

  public CaseAuditController(CaseFileRepository cases, EngineHistoryAudit engineHistory,
                             CaseRecordsAudit records) {
    this.cases = cases;
    this.engineHistory = engineHistory;
    this.records = records;
  }

  @GetMapping(path = "/api/cases/{caseId}/audit", produces = "application/json")
  @Operation(summary = "The case's audit trail, oldest first",
      description = "From the engine's history (processes, tasks, users' operations) and "
          + "Prasan's records (tip, identifiers, claims, hand-overs, notifications, vault "
          + "accesses, custody). For coordinators and the lead agency; 403 otherwise.")
  public CaseAudit audit(@PathVariable @Pattern(regexp = "TIP-\\d{4}-\\d{6}",
      message = "must look like TIP-2026-000123") String caseId, Authentication caller) {
    CaseFile file = cases.findById(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
    boolean lead = file.leadAgency() != null
        && AgencyMembership.agenciesOf(caller).contains(file.leadAgency());
    if (!lead && !AgencyMembership.isCoordinator(caller)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "The audit of " + caseId + " is for coordinators and the lead agency");
    }
    List<AuditEntry> entries = new ArrayList<>(engineHistory.of(caseId));
    entries.addAll(records.of(caseId));
    entries.sort(Comparator.comparing(AuditEntry::at,
        Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    return new CaseAudit(caseId, entries);
  }

  /** A case's audit trail. */
  public record CaseAudit(String caseId, List<AuditEntry> entries) {
  }
}
