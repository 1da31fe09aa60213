package org.prasan.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.prasan.system.PrintableText;

/**
 * The body of {@code POST /api/screenings/{operationId}/groupings}: identified victims of the
 * operation (by person ref) who belong to one joint case, an existing one ({@code caseId}) or
 * a new one named after its compound, recruiter or network ({@code newCase}); one of the two.
 */
public record GroupingRequest(
    @NotEmpty @Size(max = 1000) List<@NotNull @Pattern(regexp = ScreeningRefs.PERSON_PATTERN,
        message = "{prasan.personRef}") String> personRefs,
    String caseId,
    @Valid NewCase newCase) {

  /**
   * A joint case opened for the group.
   *
   * @param name the compound, recruiter or network the group shares ("KK Park compound")
   * @param province where the case is opened; the operation's site when it is a province
   */
  public record NewCase(@NotNull @Size(min = 3, max = 200) @PrintableText String name,
                        @Size(max = 100) @PrintableText String province) {
  }
}
