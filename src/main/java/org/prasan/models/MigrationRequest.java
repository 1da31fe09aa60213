package org.prasan.models;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Move the running cases of {@code processKey} from one deployed version to another; a dry
 * run only reports what would happen.
 */
public record MigrationRequest(
    @NotNull @Pattern(regexp = "[A-Za-z][A-Za-z0-9._-]{0,99}", message = "{prasan.processKey}")
    String processKey,
    @NotNull @Positive Integer fromVersion,
    @NotNull @Positive Integer toVersion,
    @NotNull Boolean dryRun) {
}
