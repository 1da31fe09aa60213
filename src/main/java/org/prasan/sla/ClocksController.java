package org.prasan.sla;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.prasan.system.Bilingual;
import org.prasan.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clocks of a case and the SLA history of an agency. */
@RestController
@RequestMapping("/api")
@Validated
public class ClocksController {

  private final CaseClocks caseClocks;
  private final SlaEvents events;
  private final Clock clock;

  public ClocksController(CaseClocks caseClocks, SlaEvents events, Clock clock) {
    this.caseClocks = caseClocks;
    this.events = events;
    this.clock = clock;
  }

  @GetMapping(path = "/cases/{caseId}/clocks", produces = "application/json")
  @Access(AccessRule.CASE_VIEW)
  @Operation(summary = "Every clock of a case: open tasks' due dates, legal deadlines, and "
      + "the warnings, escalations and extensions so far, with who was told",
      description = "For coordinators and the agencies working on the case; 404 otherwise.")
  public CaseClocks.View clocks(@PathVariable CaseId caseId) {
    return caseClocks.of(caseId.value()).orElseThrow(() -> new NotFoundException(
        Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId)));
  }

  @GetMapping(path = "/agencies/{agency}/sla-events", produces = "application/json")
  @Access(AccessRule.AGENCY_STAFF)
  @Operation(summary = "Warnings, escalations, extensions and closures of an agency's tasks, "
      + "newest first", description = "For the agency's officers and supervisors, and "
      + "coordinators; 403 for other agencies, 404 for an unknown agency.")
  public List<SlaEvent> agencyEvents(
      @PathVariable String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
      Instant since,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Instant from = since == null ? clock.instant().minus(Duration.ofDays(30)) : since;
    return events.ofAgency(agency, from, limit);
  }
}
