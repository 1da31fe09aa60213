package org.prasan.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.prasan.deconfliction.TipIdentifier;
import org.prasan.system.PrintableText;
import org.prasan.system.RecentInstant;

/** The body of {@code POST /api/tips}. */
public record TipRequest(
    @NotNull TipSource source,
    @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._:/#-]*",
        message = "{prasan.externalRef}")
    String externalRef,
    @NotNull @PastOrPresent @RecentInstant Instant receivedAt,
    @NotNull @PrintableText @ThaiProvince String province,
    @NotNull @Size(min = 10, max = 4000) @PrintableText(multiline = true) String summary,
    Set<@NotNull Indicator> indicators,
    @Size(max = 100) List<@NotNull @Valid TipIdentifier> identifiers) {

  public Set<Indicator> indicatorsOrEmpty() {
    return indicators == null ? Set.of() : indicators;
  }

  public List<TipIdentifier> identifiersOrEmpty() {
    return identifiers == null ? List.of() : identifiers;
  }
}
