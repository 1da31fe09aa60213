package org.prasan.deconfliction;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.intake.IdentifierType;
import org.prasan.intake.TipIdentifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Officers add identifiers to a case as the investigation finds them; each is matched at once. */
@RestController
@RequestMapping("/api/cases/{caseId}/identifiers")
@Validated
public class IdentifierController {

  private final CaseFileRepository cases;
  private final IdentifierIndex index;
  private final OverlapDetector overlaps;
  private final ResponsibleAgency responsible;
  private final TransactionTemplate transaction;

  public IdentifierController(CaseFileRepository cases, IdentifierIndex index,
                              OverlapDetector overlaps, ResponsibleAgency responsible,
                              TransactionTemplate transaction) {
    this.cases = cases;
    this.index = index;
    this.overlaps = overlaps;
    this.responsible = responsible;
    this.transaction = transaction;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(summary = "Add an identifier to a case",
      description = "By an officer of the lead, a supporting or the triage agency, or a "
          + "coordinator. 201 with the normalised value and the open cases that share it (each "
          + "pair gets one overlap review); 200 when the case had it already. 404 unknown case, "
          + "403 caller not working the case, 409 closed case.")
  public ResponseEntity<IdentifierAdded> add(
      @PathVariable @Pattern(regexp = "TIP-\\d{4}-\\d{6}", message = "must look like TIP-2026-000123")
      String caseId,
      @Valid @RequestBody TipIdentifier identifier, Authentication caller) {
    CaseFile file = cases.findById(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
    requireWorkingOn(file, caller);
    if (file.status() != CaseStatus.OPEN) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + caseId + " is closed");
    }
    IdentifierIndex.Indexed indexed = transaction.execute(status ->
        index.add(caseId, identifier.type(), identifier.value(), caller.getName()));
    List<String> overlapsWith = overlaps.detect(caseId);
    IdentifierAdded body = new IdentifierAdded(caseId, indexed.type(), indexed.value(),
        indexed.normalizedValue(), overlapsWith);
    if (!indexed.added()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(body);
  }

  private void requireWorkingOn(CaseFile file, Authentication caller) {
    Set<String> working = new HashSet<>();
    working.add(AgencyRegistry.COORDINATOR);
    working.add(responsible.of(file.caseId()));
    if (file.supportingAgencies() != null) {
      for (String agency : file.supportingAgencies().split(",")) {
        working.add(agency.strip());
      }
    }
    boolean allowed = caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .map(group -> group.endsWith(Agency.SUPERVISOR_SUFFIX)
            ? group.substring(0, group.length() - Agency.SUPERVISOR_SUFFIX.length()) : group)
        .anyMatch(working::contains);
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          caller.getName() + " does not work on case " + file.caseId());
    }
  }

  /** The identifier as stored and matched, and the open cases that share it. */
  public record IdentifierAdded(String caseId, IdentifierType type, String value,
                                String normalizedValue, List<String> overlapsWith) {
  }
}
