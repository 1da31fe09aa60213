package org.prasan.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a person's process records on the person's row, checked first: the rules are enforced
 * here, inside the task's completion, not only in the forms. Codes only; never a name.
 */
@Service
public class PersonRecords {

  static final String SCREENING = "SCREENING";
  /** As the form record-warrant-check's maxLength, for the system's answer too. */
  static final int WARRANT_REFERENCE_MAX = 100;
  static final String MORE_TIME = "MORE_TIME";
  static final String SCREENED = "SCREENED";
  static final Set<String> IMMIGRATION_STATUSES = Set.of("LEFT_LEGALLY", "LEFT_LEGALLY_EXPIRED",
      "LEFT_IRREGULARLY", "FOREIGN_DOCUMENTED", "FOREIGN_UNDOCUMENTED");
  static final Set<String> OFFENCES = Set.of("ONLINE_FRAUD", "ILLEGAL_ENTRY", "FALSE_DOCUMENTS",
      "PROSTITUTION", "WORK_WITHOUT_PERMIT", "OTHER");
  static final Set<String> IMMIGRATION_PROCEDURES = Set.of("REMOVAL", "PROSECUTION",
      "RELEASED");
  static final Set<String> HOLD_END_ACTIONS = Set.of("RELEASED", "NRM_SHELTER_WITH_CONSENT",
      "IMMIGRATION_PROCEDURE");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public PersonRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** s.34 at first contact, through an interpreter of one of the person's languages. */
  public void rightsInformed(String personRef, String personLanguages, String interpreterLanguage,
                             Object informedAt) {
    List<String> languages = Arrays.asList(personLanguages.split(";"));
    if (interpreterLanguage == null || !languages.contains(interpreterLanguage.strip())) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_INTERPRETER_LANGUAGE,
          Bilingual.of("ล่ามต้องใช้ภาษาของบุคคลนั้น: " + String.join(", ", languages),
              "The interpreter must speak one of the person's languages: "
                  + String.join(", ", languages)));
    }
    Instant at = instant(informedAt, PersonScreeningProcess.VAR_RIGHTS_INFORMED_AT);
    jdbc.sql("""
            UPDATE screening_person SET rights_informed_at = ?, interpreter_language = ?,
                updated_at = ? WHERE person_ref = ?""")
        .params(Timestamp.from(at), interpreterLanguage.strip(), now(), personRef)
        .update();
  }

  public void immigrationStatus(String personRef, Object status) {
    String value = status == null ? null : status.toString();
    if (value == null || !IMMIGRATION_STATUSES.contains(value)) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_IMMIGRATION_STATUS,
          Bilingual.of("ต้องเป็นหนึ่งใน " + IMMIGRATION_STATUSES,
              "Must be one of " + IMMIGRATION_STATUSES));
    }
    jdbc.sql("UPDATE screening_person SET immigration_status = ?, updated_at = ? "
            + "WHERE person_ref = ?")
        .params(value, now(), personRef)
        .update();
  }

  /**
   * The warrant check, from the police system or its officer, by the form's rules: whether a
   * warrant was found, and the warrant's number (optional) of at most 100 characters.
   */
  public void warrantCheck(String personRef, Object hit, Object reference) {
    Boolean found = hit instanceof Boolean bool ? bool
        : "true".equals(String.valueOf(hit)) ? Boolean.TRUE
        : "false".equals(String.valueOf(hit)) ? Boolean.FALSE : null;
    if (found == null) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_WARRANT_HIT,
          Bilingual.of("ต้องระบุว่าพบหรือไม่พบ", "Must say whether a warrant was found"));
    }
    if (reference != null && (!(reference instanceof String number)
        || number.length() > WARRANT_REFERENCE_MAX)) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_WARRANT_REFERENCE,
          Bilingual.of("ต้องเป็นข้อความไม่เกิน " + WARRANT_REFERENCE_MAX + " ตัวอักษร",
              "Must be text of at most " + WARRANT_REFERENCE_MAX + " characters"));
    }
    jdbc.sql("UPDATE screening_person SET warrant_hit = ?, status = ?, updated_at = ? "
            + "WHERE person_ref = ?")
        .params(found, SCREENING, now(), personRef)
        .update();
  }

  /** The screening's outcome; a compelled victim needs the offences and a recommendation. */
  public void outcome(String personRef, Screening screening) {
    ScreeningOutcome outcome = parse(screening.outcome());
    if (screening.youthInterview() && !screening.childSafeguards()) {
      throw RuleViolationException.field("prosecutorPresent", Bilingual.of(
          "การคัดแยกบุคคลอายุไม่เกิน 18 ปี ต้องมีห้องที่เหมาะสม นักจิตวิทยาหรือนักสังคมสงเคราะห์ "
              + "และพนักงานอัยการ (ป.วิ.อาญา มาตรา 133 ทวิ)",
          "A person of 18 or under is screened in a child-suitable room with a psychologist or "
              + "social worker and a prosecutor present (CPC s.133 bis)"));
    }
    List<String> offences = list(screening.offences());
    if (outcome == ScreeningOutcome.VICTIM_COMPELLED) {
      if (offences.isEmpty() || !OFFENCES.containsAll(offences)) {
        throw RuleViolationException.field(PersonScreeningProcess.VAR_COMPELLED_OFFENCES,
            Bilingual.of("ระบุความผิดที่ถูกบังคับให้กระทำ", "Name the offences the person was "
                + "compelled to commit"));
      }
      if (screening.recommendation() == null || screening.recommendation().isBlank()) {
        throw RuleViolationException.field(
            PersonScreeningProcess.VAR_NON_PUNISHMENT_RECOMMENDATION, Bilingual.of(
                "ต้องมีข้อเสนอต่อพนักงานอัยการเรื่องการไม่ลงโทษ",
                "A non-punishment recommendation to the prosecutor is required"));
      }
    }
    String status = outcome == ScreeningOutcome.NEEDS_MORE_TIME ? MORE_TIME : SCREENED;
    jdbc.sql("""
            UPDATE screening_person SET outcome = ?, status = ?, exploitation_sector = ?,
                indicators = ?, compelled_offences = ?, updated_at = ?
            WHERE person_ref = ?""")
        .params(outcome.name(), status, text(screening.sector()),
            String.join(";", screening.indicators()),
            text(outcome == ScreeningOutcome.VICTIM_COMPELLED
                ? String.join(";", offences) : null),
            now(), personRef)
        .update();
  }

  public void holdEnded(String personRef, Object action) {
    String value = action == null ? null : action.toString();
    if (value == null || !HOLD_END_ACTIONS.contains(value)) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_HOLD_END_ACTION,
          Bilingual.of("ต้องเป็นหนึ่งใน " + HOLD_END_ACTIONS, "Must be one of " + HOLD_END_ACTIONS));
    }
    jdbc.sql("UPDATE screening_person SET hold_end_action = ?, updated_at = ? "
            + "WHERE person_ref = ?")
        .params(value, now(), personRef)
        .update();
  }

  /** Not a victim: Immigration took the person into one of its procedures, at that time. */
  public void handedToImmigration(String personRef, Object procedure, Object takenOverAt) {
    String value = procedure == null ? null : procedure.toString();
    if (value == null || !IMMIGRATION_PROCEDURES.contains(value)) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_IMMIGRATION_PROCEDURE,
          Bilingual.of("ต้องเป็นหนึ่งใน " + IMMIGRATION_PROCEDURES,
              "Must be one of " + IMMIGRATION_PROCEDURES));
    }
    Instant at = instant(takenOverAt, PersonScreeningProcess.VAR_HANDED_TO_IMMIGRATION_AT);
    jdbc.sql("""
            UPDATE screening_person SET immigration_procedure = ?, handed_to_immigration_at = ?,
                updated_at = ? WHERE person_ref = ?""")
        .params(value, Timestamp.from(at), now(), personRef)
        .update();
  }

  /**
   * A foreign victim's testimony before the charge (s.31, CPC s.237 bis): taken, when; or not
   * taken, with the prosecutor's reason. Without one of them nobody is repatriated.
   */
  public void pretrialTestimony(String personRef, Object outcome, Object takenAt,
                                Object reason) {
    String value = outcome == null ? null : outcome.toString();
    Instant at = null;
    if ("TAKEN".equals(value)) {
      at = instant(takenAt, PersonScreeningProcess.VAR_TESTIMONY_TAKEN_AT);
    } else if ("NOT_TAKEN".equals(value)) {
      if (reason == null || reason.toString().isBlank()) {
        throw RuleViolationException.field(PersonScreeningProcess.VAR_PRETRIAL_TESTIMONY_REASON,
            Bilingual.of("ต้องบันทึกเหตุผลของพนักงานอัยการที่ไม่สืบพยานไว้ก่อน",
                "The prosecutor's reason for not taking the testimony is required"));
      }
    } else {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_PRETRIAL_TESTIMONY_OUTCOME,
          Bilingual.of("ต้องเป็น TAKEN หรือ NOT_TAKEN", "Must be TAKEN or NOT_TAKEN"));
    }
    jdbc.sql("""
            UPDATE screening_person SET pretrial_testimony = ?, testimony_taken_at = ?,
                updated_at = ? WHERE person_ref = ?""")
        .params(value,
            new SqlParameterValue(Types.TIMESTAMP, at == null ? null : Timestamp.from(at)),
            now(), personRef)
        .update();
  }

  /** The home government's arrangement (who, when confirmed) and the return itself. */
  public void repatriated(String personRef, Object arrangedAt, Object arrangedBy,
                          Object repatriatedAt) {
    Instant arranged = instant(arrangedAt, PersonScreeningProcess.VAR_HOME_GOVERNMENT_ARRANGED_AT);
    String by = arrangedBy == null ? "" : arrangedBy.toString().strip();
    if (by.isEmpty() || by.length() > 200) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_HOME_GOVERNMENT_ARRANGED_BY,
          Bilingual.of("ระบุสถานเอกอัครราชทูตหรือองค์กรที่จัดการ (ไม่เกิน 200 ตัวอักษร)",
              "Name the embassy or organisation that arranged it (at most 200 characters)"));
    }
    Instant home = instant(repatriatedAt, PersonScreeningProcess.VAR_REPATRIATED_AT);
    if (home.isBefore(arranged)) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_REPATRIATED_AT,
          Bilingual.of("ต้องไม่ก่อนวันที่รัฐบาลประเทศต้นทางยืนยันการรับกลับ",
              "Must not be before the home government confirmed the return"));
    }
    jdbc.sql("""
            UPDATE screening_person SET home_arranged_at = ?, home_arranged_by = ?,
                repatriated_at = ?, updated_at = ? WHERE person_ref = ?""")
        .params(Timestamp.from(arranged), by, Timestamp.from(home), now(), personRef)
        .update();
  }

  /**
   * A text column's value that may be null, typed: given an untyped null, Spring asks the
   * driver for the parameter's type, and MariaDB's driver prepares the statement on the server
   * to answer (a PREPARE and a CLOSE more per outcome; issue 20's typed nulls).
   */
  private static SqlParameterValue text(String value) {
    return new SqlParameterValue(Types.VARCHAR, value);
  }

  /** A screening form as completed. */
  public record Screening(Object outcome, String sector, List<String> indicators,
                          Object offences, String recommendation, boolean youthInterview,
                          boolean childSafeguards) {
  }

  private static ScreeningOutcome parse(Object outcome) {
    try {
      return ScreeningOutcome.valueOf(String.valueOf(outcome));
    } catch (IllegalArgumentException unknown) {
      throw RuleViolationException.field(PersonScreeningProcess.VAR_SCREENING_OUTCOME,
          Bilingual.of("ผลการคัดแยกไม่ถูกต้อง", "Unknown screening outcome"));
    }
  }

  /** A checklist's values: a list, a JSON array (Spin or text), or nothing. */
  private List<String> list(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> values.add(String.valueOf(item)));
    } else if (value != null) {
      try {
        JsonNode array = json.readTree(value.toString());
        array.forEach(item -> values.add(item.asText()));
      } catch (java.io.IOException notJson) {
        values.add(value.toString());
      }
    }
    return values;
  }

  private Instant instant(Object value, String field) {
    Instant at;
    if (value instanceof java.util.Date date) {
      at = date.toInstant();
    } else {
      try {
        at = OffsetDateTime.parse(String.valueOf(value)).toInstant();
      } catch (DateTimeParseException notATime) {
        throw RuleViolationException.field(field, Bilingual.of("ต้องเป็นวันเวลา",
            "Must be a date and time"));
      }
    }
    if (at.isAfter(clock.instant().plusSeconds(120))) {
      throw RuleViolationException.field(field, Bilingual.of("ต้องไม่อยู่ในอนาคต",
          "Must not be in the future"));
    }
    return at;
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
