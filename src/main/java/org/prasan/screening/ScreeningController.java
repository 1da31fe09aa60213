package org.prasan.screening;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.prasan.agency.Actor;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.prasan.system.PayloadTooLargeException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mass screening's API (README "Mass screening"): operations, their handover lists and
 * people. For police, Immigration, MSDHS and MDT officers and coordinators; no answer ever
 * holds a name or a document number.
 */
@RestController
@Access(AccessRule.SCREENING)
public class ScreeningController {

  static final Pattern STATUS = Pattern.compile("[A-Z_]{1,24}");

  private final ScreeningOperations operations;
  private final ListImports imports;
  private final ImportRecords importRecords;
  private final ScreeningViews views;
  private final ScreeningProperties properties;
  private final AgencyRegistry agencies;
  private final ExtensionPetitions petitions;
  private final VictimGroupings groupings;
  private final GroupingBoard board;

  public ScreeningController(ScreeningOperations operations, ListImports imports,
                             ImportRecords importRecords, ScreeningViews views,
                             ScreeningProperties properties, AgencyRegistry agencies,
                             ExtensionPetitions petitions, VictimGroupings groupings,
                             GroupingBoard board) {
    this.board = board;
    this.petitions = petitions;
    this.groupings = groupings;
    this.operations = operations;
    this.imports = imports;
    this.importRecords = importRecords;
    this.views = views;
    this.properties = properties;
    this.agencies = agencies;
  }

  @PostMapping(path = "/api/screenings", consumes = "application/json",
      produces = "application/json")
  @Operation(summary = "Open a screening operation for a handover or a return",
      description = "201 with {operationId}; 400 naming each invalid field.")
  public ResponseEntity<Map<String, String>> open(@Valid @RequestBody OperationRequest request,
                                                  Actor caller) {
    if (request.leadAgency() != null && !agencies.isAgency(request.leadAgency())) {
      throw new InvalidFieldException("leadAgency", Bilingual.of("ไม่มีหน่วยงานนี้",
          "No such agency"));
    }
    String operationId = operations.open(request, caller.userId());
    return ResponseEntity.created(URI.create("/api/screenings/" + operationId))
        .body(Map.of("operationId", operationId));
  }

  @GetMapping(path = "/api/screenings/{operationId}", produces = "application/json")
  @Operation(summary = "An operation and its counts",
      description = "received, statusChecked, warrantHits, screened, victims, victimOffenders, "
          + "notVictims, children (under 18), holdsRunning, holdsEndingWithin6h, extensions, "
          + "byLanguage, byNationality.")
  public OperationCounts counts(@PathVariable String operationId) {
    return views.counts(operations.require(operationId));
  }

  @PostMapping(path = "/api/screenings/{operationId}/people",
      consumes = {"text/csv", "application/json"}, produces = "application/json")
  @Operation(summary = "Import a handover list (CSV with a header row, or a JSON array)",
      description = "Columns listRef, fullName, sex (F/M/X), dateOfBirth or estimatedAge, "
          + "nationality (ISO 3166 alpha-2), languages (ISO 639, ';'-separated), "
          + "documentNumber?, arrivedAt?, notes?. 202 with the running import (short lists: "
          + "200 with the finished one); bad rows are rejected with row, field and reason; "
          + "the same listRef again updates its person, or changes nothing.")
  public ResponseEntity<ImportStatus> importList(@PathVariable String operationId,
                                                 HttpServletRequest request, Actor caller)
      throws IOException {
    org.prasan.screening.Operation operation = operations.require(operationId);
    boolean csv = request.getContentType().toLowerCase(java.util.Locale.ROOT)
        .startsWith("text/csv");
    ImportStatus status = imports.submit(operation, body(request), csv, caller.userId());
    HttpStatus code = status.status() == ImportStatus.State.RUNNING
        ? HttpStatus.ACCEPTED : HttpStatus.OK;
    return ResponseEntity.status(code)
        .location(URI.create("/api/screenings/" + operationId + "/imports/"
            + status.importId()))
        .cacheControl(CacheControl.noStore())
        .body(status);
  }

  @GetMapping(path = "/api/screenings/{operationId}/imports/{importId}",
      produces = "application/json")
  @Operation(summary = "How far an import got: RUNNING, DONE or FAILED, counts and rejections")
  public ResponseEntity<ImportStatus> importStatus(@PathVariable String operationId,
                                                   @PathVariable String importId) {
    operations.require(operationId);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(importRecords.find(operationId, importId).orElseThrow(() ->
            new NotFoundException(Bilingual.of("ไม่พบการนำเข้า " + importId,
                "No import " + importId))));
  }

  @GetMapping(path = "/api/screenings/{operationId}/imports", produces = "application/json")
  @Operation(summary = "The operation's five latest imports, newest first (without rejections)")
  public ResponseEntity<List<ImportStatus>> imports(@PathVariable String operationId) {
    operations.require(operationId);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(importRecords.latest(operationId, 5));
  }

  @GetMapping(path = "/api/screenings/{operationId}/people", produces = "application/json")
  @Operation(summary = "The operation's people, soonest hold end first, never a name",
      description = "Filters: listRef, status, language (ISO 639); page from 0.")
  public PeoplePage people(@PathVariable String operationId,
                           @RequestParam(required = false) String listRef,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String language,
                           @RequestParam(defaultValue = "0") int page) {
    operations.require(operationId);
    if (page < 0 || page > 100_000) {
      throw new InvalidFieldException("page", Bilingual.of("ต้องเป็น 0 ถึง 100000",
          "Must be 0 to 100000"));
    }
    if (status != null && !STATUS.matcher(status).matches()) {
      throw new InvalidFieldException("status", Bilingual.of("สถานะไม่ถูกต้อง", "Unknown status"));
    }
    if (language != null && !PersonRows.LANGUAGE_PATTERN.matcher(language).matches()) {
      throw new InvalidFieldException("language", Bilingual.of(
          "ต้องเป็นรหัสภาษา ISO 639 ตัวพิมพ์เล็ก", "Must be an ISO 639 code in lower case"));
    }
    if (listRef != null && (listRef.length() > 64
        || !PersonRows.LIST_REF_PATTERN.matcher(listRef).matches())) {
      throw new InvalidFieldException("listRef", Bilingual.of("listRef ไม่ถูกต้อง",
          "Not a listRef"));
    }
    return views.people(operationId, listRef, status, language, page, properties.pageSize());
  }

  @GetMapping(path = "/api/screenings/{operationId}/plan", produces = "application/json")
  @Operation(summary = "Who can be screened before their hold ends at the site's capacity",
      description = "Screenings per day and interpreters per language of the site "
          + "(prasan.screening.sites); who cannot be screened in time, soonest end first; when "
          + "the one extension petition for them is due (6 h before the first end); the "
          + "interpreter backlog per language.")
  public OperationPlan plan(@PathVariable String operationId) {
    return petitions.view(operations.require(operationId));
  }

  @GetMapping(path = "/api/screenings/{operationId}/petitions", produces = "application/json")
  @Operation(summary = "The operation's court-extension petitions, each person with their end",
      description = "A petition is raised by Prasan when due; asking here raises it if it is "
          + "due and the minute's check has not yet.")
  public List<Petition> petitions(@PathVariable String operationId) {
    petitions.raiseIfDue(operations.require(operationId));
    return petitions.petitions(operationId);
  }

  @PostMapping(path = "/api/screenings/{operationId}/petitions/{petitionId}/decision",
      consumes = "application/json", produces = "application/json")
  @Operation(summary = "Record the court's order on an extension petition",
      description = "{granted, until?, courtOrderRef}: each person's hold is extended to "
          + "until, never past their reception + 7 days; their processes wait for the new end. "
          + "409 when already decided.")
  public Map<String, Integer> decide(@PathVariable String operationId,
                                     @PathVariable String petitionId,
                                     @Valid @RequestBody PetitionDecision decision,
                                     Actor caller) {
    operations.require(operationId);
    return Map.of("extended", petitions.decide(operationId, petitionId, decision.granted(),
        decision.until(), decision.courtOrderRef().strip(), caller.userId()));
  }

  @GetMapping(path = "/api/screenings/{operationId}/groupings", produces = "application/json")
  @Access(AccessRule.COORDINATORS)
  @Operation(summary = "What the coordinator groups: identified victims not yet in a case, "
      + "suggested groups and the groupings made",
      description = "ungroupedTotal and the first 500 ungrouped (refs and codes); suggestions: "
          + "DOCUMENT_IN_CASE (an open case names their document number: join it) and "
          + "SAME_SECTOR (screened in the same sector: a new joint case); the latest 100 "
          + "groupings. Coordinators only; never a name or a document number.")
  public ResponseEntity<GroupingBoard.Board> groupings(@PathVariable String operationId) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(board.of(operations.require(operationId)));
  }

  @PostMapping(path = "/api/screenings/{operationId}/groupings", consumes = "application/json",
      produces = "application/json")
  @Access(AccessRule.COORDINATORS)
  @Operation(summary = "Group identified victims of the operation into a joint case",
      description = "{personRefs, caseId} joins them to an existing case, {personRefs, newCase: "
          + "{name, province?}} opens one named after their compound, recruiter or network. "
          + "Each person becomes a victim of the case in the vault; 201 with {groupingId, "
          + "caseId, victimRefs: {personRef: victimRef}, alreadyInCase}. Coordinators only; "
          + "400 naming persons not of the operation or not identified as victims.")
  public ResponseEntity<VictimGroupings.Grouping> group(@PathVariable String operationId,
                                                        @Valid @RequestBody GroupingRequest request,
                                                        Actor caller) {
    org.prasan.screening.Operation operation = operations.require(operationId);
    if ((request.caseId() == null) == (request.newCase() == null)) {
      throw new InvalidFieldException("caseId", Bilingual.of(
          "ระบุคดีที่มีอยู่ (caseId) หรือคดีใหม่ (newCase) อย่างใดอย่างหนึ่ง",
          "Give either an existing case (caseId) or a new case (newCase), not both"));
    }
    VictimGroupings.Grouping grouping = request.caseId() != null
        ? groupings.intoCase(operation, request.personRefs(), request.caseId(), caller.userId())
        : groupings.intoNewCase(operation, request.personRefs(), request.newCase(),
            caller.userId());
    return ResponseEntity.created(URI.create("/api/screenings/" + operationId + "/groupings/"
        + grouping.groupingId())).body(grouping);
  }

  private byte[] body(HttpServletRequest request) throws IOException {
    long limit = properties.maxListSize().toBytes();
    if (request.getContentLengthLong() > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (body.length > limit) {
        throw tooLarge(limit);
      }
      return body;
    }
  }

  private static PayloadTooLargeException tooLarge(long limit) {
    return new PayloadTooLargeException(HandoverList.FIELD, Bilingual.of(
        "รายชื่อใหญ่เกิน " + limit / (1024 * 1024) + " MB: แบ่งส่งเป็นหลายรายการ",
        "The list is larger than " + limit / (1024 * 1024) + " MB: send it in parts"));
  }
}
