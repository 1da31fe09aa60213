package org.prasan.deconfliction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.prasan.system.PrintableText;

/** An identifier named in a tip, as the source wrote it. */
@IdentifierOfItsType
public record TipIdentifier(
    @NotNull IdentifierType type,
    @NotBlank @Size(max = 320) @PrintableText String value) {
}
