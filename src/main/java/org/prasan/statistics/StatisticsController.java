package org.prasan.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures Thailand reports each year, for a period: as JSON, CSV and XLSX. Coordinators,
 * supervisors of any agency and the {@code statistics} group; they count, never name.
 */
@RestController
public class StatisticsController {

  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final StatisticsFigures figures;
  private final Clock clock;

  public StatisticsController(StatisticsFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
  @Access(AccessRule.STATISTICS)
  @Operation(summary = "Investigations, prosecutions, convictions, sentences, victims by sex, "
      + "age, nationality, exploitation and sector, provinces, median days per stage, "
      + "suspects, AMLO seizures and compensation for a period (from, to: local dates, "
      + "inclusive; default this year); each table names the reports that ask for it")
  public Statistics statistics(@RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
    return figures.of(Period.parse(from, to, clock));
  }

  @GetMapping(path = "/api/statistics/csv", produces = "text/csv")
  @Access(AccessRule.STATISTICS)
  @Operation(summary = "The statistics' tables as CSV (UTF-8), one line per figure")
  public ResponseEntity<byte[]> csv(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
    Period period = Period.parse(from, to, clock);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(period, "csv"))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(StatisticsDownloads.csv(figures.of(period)).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping(path = "/api/statistics/xlsx", produces = XLSX)
  @Access(AccessRule.STATISTICS)
  @Operation(summary = "The statistics' tables as an Excel workbook, one sheet per table")
  public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
    Period period = Period.parse(from, to, clock);
    // A few dozen rows: built in memory, so a failure is a problem answer, not a cut download.
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    StatisticsDownloads.xlsx(figures.of(period), workbook);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(period, "xlsx"))
        .contentType(MediaType.parseMediaType(XLSX))
        .body(workbook.toByteArray());
  }

  static String attachment(Period period, String extension) {
    return ContentDisposition.attachment()
        .filename("prasan-statistics-" + period.from() + "-" + period.to() + "." + extension)
        .build().toString();
  }
}
