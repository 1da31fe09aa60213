package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The problem documents of {@code /api}: one shape, Thai beside English, every field named. */
class ApiProblemsTest {

  private final ApiProblems problems = new ApiProblems();

  @Test
  void aRefusalNamesItsFieldsInThaiAndEnglish() {
    ProblemDetail problem = problems.refused(new InvalidFieldException("receivedAt",
        Bilingual.of("ต้องไม่อยู่ในอนาคต", "must not lie in the future")));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getTitle()).isEqualTo("The request has invalid fields");
    assertThat(problem.getDetail()).isEqualTo("receivedAt: must not lie in the future");
    assertThat(problem.getProperties()).containsEntry("titleTh", "คำขอมีข้อมูลที่ไม่ถูกต้อง")
        .containsEntry("detailTh", "receivedAt: ต้องไม่อยู่ในอนาคต")
        .containsEntry("errors", List.of(new ApiProblems.ProblemField("receivedAt", null, null,
            "must not lie in the future", "ต้องไม่อยู่ในอนาคต")));
  }

  @Test
  void beanValidationMessagesComeInBothLanguagesWhateverTheCallersLocale() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    var violations = validator.validate(new Body("bad\u0000", null, "x"));

    ProblemDetail problem = problems.constraintViolations(
        new ConstraintViolationException(violations));

    @SuppressWarnings("unchecked")
    List<ApiProblems.ProblemField> errors =
        (List<ApiProblems.ProblemField>) problem.getProperties().get("errors");
    assertThat(errors).extracting(ApiProblems.ProblemField::field)
        .containsExactly("name", "receivedAt", "summary");
    assertThat(errors).extracting(ApiProblems.ProblemField::messageTh)
        .containsExactly("ต้องไม่มีอักขระควบคุมหรืออักขระจัดรูปแบบที่มองไม่เห็น", "ต้องระบุ",
            "ต้องมีขนาดระหว่าง 10 ถึง 4000");
    assertThat(errors).extracting(ApiProblems.ProblemField::message)
        .containsExactly("must not contain control or invisible formatting characters",
            "must not be null", "size must be between 10 and 4000");
  }

  @Test
  void aRuleTheEngineEnforcesIsA400Too() {
    ProblemDetail problem = problems.ruleViolated(RuleViolationException.field("arrestedAt",
        Bilingual.of("อยู่ในอนาคต", "lies in the future")));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getDetail()).isEqualTo("arrestedAt: lies in the future");
    assertThat(problem.getProperties()).containsEntry("detailTh", "arrestedAt: อยู่ในอนาคต");
  }

  @Test
  void theEngineSeesOneLineWithThaiThenEnglish() {
    RuleViolationException violation = RuleViolationException.field("arrestedAt",
        Bilingual.of("อยู่ในอนาคต", "lies in the future"));

    assertThat(violation.getMessage())
        .isEqualTo("arrestedAt: อยู่ในอนาคต / arrestedAt: lies in the future");
    assertThat(EngineRefusals.violationIn(new RuntimeException("wrapped", violation)))
        .isSameAs(violation);
  }

  @Test
  void bangkokTimeIsLocalTimeInThailand() {
    Instant instant = Instant.parse("2026-03-02T03:30:00Z");

    assertThat(BangkokTime.en(instant)).isEqualTo("2026-03-02 10:30 Bangkok time (UTC+7)");
    assertThat(BangkokTime.th(instant)).isEqualTo("2026-03-02 10:30 น. (เวลาประเทศไทย)");
    assertThat(BangkokTime.local(instant.plusSeconds(5))).isEqualTo("2026-03-02 10:30:05");
  }

  /** A body with a control character in its name, no receivedAt and a short summary. */
  record Body(@PrintableText String name, @NotNull Instant receivedAt,
              @Size(min = 10, max = 4000) String summary) {
  }
}
