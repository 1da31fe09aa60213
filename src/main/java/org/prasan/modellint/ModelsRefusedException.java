package org.prasan.modellint;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.prasan.system.Bilingual;
import org.prasan.system.Refusal;
import org.springframework.http.HttpStatus;

/**
 * Models with lint errors were not deployed; the message lists every error. Through the API
 * a 422 problem whose {@code findings} name each file, element and rule.
 */
public class ModelsRefusedException extends Refusal {

  static final String FINDINGS = "findings";

  private final transient LintReport report;

  public ModelsRefusedException(LintReport report) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, Bilingual.of(
            "แบบจำลองมีข้อผิดพลาดจากการตรวจ จึงไม่ได้นำขึ้นใช้งาน",
            "The models have lint errors; nothing was deployed"),
        Bilingual.of(report.errors().size() + " ข้อผิดพลาด: แก้ไขแต่ละรายการใน Camunda Modeler "
                + "แล้วอัปโหลดอีกครั้ง",
            report.errors().size() + " error(s): fix each finding in Camunda Modeler and upload "
                + "again"),
        List.of(), "Refusing to deploy models with lint errors (" + report.summary() + "):\n"
            + report.errors().stream().map(Finding::format).collect(Collectors.joining("\n")));
    this.report = report;
  }

  public List<Finding> findings() {
    return report.findings();
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of(FINDINGS, findings());
  }
}
