package org.prasan.modellint;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the model lint ({@code prasan.lint}).
 *
 * @param providedVariables       variables code sets when a case starts, so a gateway may read
 *                                them although no form or delegate of the case writes them
 * @param candidateGroupVariables variables that hold an agency id and may stand for a
 *                                candidate group ({@code ${leadAgency}})
 * @param startupGuard            lint the models before the engine deploys them at start-up
 * @param queueGroupVariables     variables that hold a queue group (a grant-less label such as
 *                                {@code screening-queue:ตาก:my}, issue 17), allowed as one more
 *                                candidate group beside an agency's
 */
@ConfigurationProperties("prasan.lint")
public record LintProperties(Set<String> providedVariables, Set<String> candidateGroupVariables,
                             Boolean startupGuard, Set<String> queueGroupVariables) {

  public LintProperties {
    providedVariables = providedVariables == null ? Set.of() : Set.copyOf(providedVariables);
    candidateGroupVariables = candidateGroupVariables == null
        ? Set.of() : Set.copyOf(candidateGroupVariables);
    startupGuard = startupGuard == null || startupGuard;
    queueGroupVariables = queueGroupVariables == null ? Set.of() : Set.copyOf(queueGroupVariables);
  }
}
