package org.prasan.sla;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The clocks of a case and the SLA history of an agency. */
@RestController
@RequestMapping("/api")
@Validated
public class ClocksController {

  private final CaseClocks caseClocks;
  private final SlaEvents events;
  private final AgencyRegistry agencies;

  public ClocksController(CaseClocks caseClocks, SlaEvents events, AgencyRegistry agencies) {
    this.caseClocks = caseClocks;
    this.events = events;
    this.agencies = agencies;
  }

  @GetMapping(path = "/cases/{caseId}/clocks", produces = "application/json")
  @Operation(summary = "Every clock of a case: open tasks' due dates, legal deadlines, and "
      + "the warnings, escalations and extensions so far, with who was told")
  public CaseClocks.View clocks(@PathVariable @Pattern(regexp = CaseController.CASE_ID_PATTERN,
      message = "must look like TIP-2026-000123") String caseId) {
    return caseClocks.of(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
  }

  @GetMapping(path = "/agencies/{agency}/sla-events", produces = "application/json")
  @Operation(summary = "Warnings, escalations, extensions and closures of an agency's tasks, "
      + "newest first")
  public List<SlaEvent> agencyEvents(
      @PathVariable String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
      Instant since,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    if (!agencies.isAgency(agency)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No agency " + agency);
    }
    Instant from = since == null
        ? ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(30)) : since;
    return events.ofAgency(agency, from, limit);
  }
}
