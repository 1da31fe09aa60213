package org.prasan.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotPermittedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/exports/htcds}: the victims of a period in HTCDS v2.0 as CSV. The anonymised
 * release (the default) for everyone the statistics are for; full records, one per person with
 * case refs and provinces, for coordinators and the statistics group only.
 */
@RestController
public class HtcdsController {

  static final String SUPPRESSED_HEADER = "X-Suppressed-Records";

  private final HtcdsExport export;
  private final Clock clock;

  public HtcdsController(HtcdsExport export, Clock clock) {
    this.export = export;
    this.clock = clock;
  }

  @GetMapping(path = "/api/exports/htcds", produces = "text/csv")
  @Access(AccessRule.STATISTICS)
  @Operation(summary = "Victims identified in a period in HTCDS v2.0, as CSV: the anonymised "
      + "release (no combination of sex, age band, citizenship, exploitation and year held by "
      + "fewer than 11 people) or, for coordinators and the statistics group, full records")
  public ResponseEntity<byte[]> htcds(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String anonymised,
                                      Actor caller) {
    boolean release = anonymised(anonymised);
    Period period = Period.parse(from, to, clock);
    if (!release && !(caller.isCoordinator()
        || caller.groups().contains(AccessRule.STATISTICS_GROUP))) {
      throw new NotPermittedException(Bilingual.of(
          "ข้อมูลรายบุคคลฉบับเต็มสำหรับผู้ประสานงานและกลุ่มสถิติเท่านั้น: ใช้ anonymised=true",
          "full records are for coordinators and the statistics group only: use "
              + "anonymised=true"));
    }
    var people = export.people(period);
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, StatisticsController.attachment(period,
            release ? "htcds-anonymised.csv" : "htcds-full.csv"));
    if (!release) {
      return ok.body(HtcdsExport.fullCsv(people).getBytes(StandardCharsets.UTF_8));
    }
    KAnonymity.Result result = KAnonymity.anonymise(
        people.stream().map(KAnonymity::of).toList(), KAnonymity.CTDC_K);
    return ok.header(SUPPRESSED_HEADER, String.valueOf(result.suppressed()))
        .body(HtcdsExport.anonymisedCsv(result).getBytes(StandardCharsets.UTF_8));
  }

  private static boolean anonymised(String value) {
    if (value == null || value.isBlank() || "true".equals(value)) {
      return true;
    }
    if ("false".equals(value)) {
      return false;
    }
    throw new InvalidFieldException("anonymised", Bilingual.of("ต้องเป็น true หรือ false",
        "must be true or false"));
  }
}
