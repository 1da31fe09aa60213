package org.prasan.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /api/tips}. */
public record TipRequest(
    @NotNull TipSource source,
    @Size(max = 100) String externalRef,
    @NotNull @PastOrPresent Instant receivedAt,
    @NotNull @ThaiProvince String province,
    @NotNull @Size(min = 10, max = 4000) String summary,
    Set<@NotNull Indicator> indicators,
    @Size(max = 100) List<@NotNull @Valid TipIdentifier> identifiers) {

  public Set<Indicator> indicatorsOrEmpty() {
    return indicators == null ? Set.of() : indicators;
  }

  public List<TipIdentifier> identifiersOrEmpty() {
    return identifiers == null ? List.of() : identifiers;
  }
}
