package org.prasan.deconfliction;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseId;
import org.prasan.casefile.CaseStatus;
import org.prasan.intake.IdentifierType;
import org.prasan.intake.TipIdentifier;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officers add identifiers to a case as the investigation finds them; each is matched at once. */
@RestController
@RequestMapping("/api/cases/{caseId}/identifiers")
public class IdentifierController {

  private final CaseFileRepository cases;
  private final IdentifierIndex index;
  private final OverlapDetector overlaps;
  private final TransactionTemplate transaction;

  public IdentifierController(CaseFileRepository cases, IdentifierIndex index,
                              OverlapDetector overlaps, TransactionTemplate transaction) {
    this.cases = cases;
    this.index = index;
    this.overlaps = overlaps;
    this.transaction = transaction;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Access(AccessRule.CASE_WORK)
  @Operation(summary = "Add an identifier to a case",
      description = "By coordinators and the agencies working on the case. 201 with the "
          + "normalised value and the open cases that share it (each pair gets one overlap "
          + "review); 200 when the case had it already. 404 unknown case or one the caller "
          + "does not work on, 409 closed case.")
  public ResponseEntity<IdentifierAdded> add(@PathVariable CaseId caseId,
                                             @Valid @RequestBody TipIdentifier identifier,
                                             Actor caller) {
    CaseFile file = cases.findById(caseId.value()).orElseThrow();
    if (file.status() != CaseStatus.OPEN) {
      throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
          "Case " + caseId + " is closed"));
    }
    IdentifierIndex.Indexed indexed = transaction.execute(status ->
        index.add(caseId.value(), identifier.type(), identifier.value(), caller.userId()));
    List<String> overlapsWith = overlaps.detect(caseId.value());
    IdentifierAdded body = new IdentifierAdded(caseId.value(), indexed.type(), indexed.value(),
        indexed.normalizedValue(), overlapsWith);
    if (!indexed.added()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(body);
  }

  /** The identifier as stored and matched, and the open cases that share it. */
  public record IdentifierAdded(String caseId, IdentifierType type, String value,
                                String normalizedValue, List<String> overlapsWith) {
  }
}
