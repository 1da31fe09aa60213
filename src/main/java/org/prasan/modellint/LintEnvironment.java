package org.prasan.modellint;

import java.util.Set;
import org.prasan.agency.AgencyRegistry;
import org.prasan.sla.SlaProperties;

/**
 * What the models are checked against besides each other: the agency registry, the configured
 * service levels and legal clocks, the lint settings and the delegate beans.
 *
 * @param agencyGroups            every candidate group the registry defines
 * @param candidateGroupVariables variables that may stand for a group: {@code ${leadAgency}}
 * @param serviceLevelTaskIds     user task ids with a service level of their own
 * @param providedVariables       variables set by code when a case starts (intake)
 * @param legalClocks             the clocks of {@code prasan.sla.legal-clocks}
 * @param delegates               the beans {@code ${beanName}} may name
 * @param queueGroupVariables     variables that may stand for a queue group beside an agency's
 */
public record LintEnvironment(Set<String> agencyGroups, Set<String> candidateGroupVariables,
                              Set<String> serviceLevelTaskIds, Set<String> providedVariables,
                              Set<String> legalClocks, DelegateCatalog delegates,
                              Set<String> queueGroupVariables) {

  /** Without queue-group variables. */
  public LintEnvironment(Set<String> agencyGroups, Set<String> candidateGroupVariables,
                         Set<String> serviceLevelTaskIds, Set<String> providedVariables,
                         Set<String> legalClocks, DelegateCatalog delegates) {
    this(agencyGroups, candidateGroupVariables, serviceLevelTaskIds, providedVariables,
        legalClocks, delegates, Set.of());
  }

  public LintEnvironment {
    agencyGroups = Set.copyOf(agencyGroups);
    candidateGroupVariables = Set.copyOf(candidateGroupVariables);
    serviceLevelTaskIds = Set.copyOf(serviceLevelTaskIds);
    providedVariables = Set.copyOf(providedVariables);
    legalClocks = Set.copyOf(legalClocks);
    queueGroupVariables = Set.copyOf(queueGroupVariables);
  }

  public static LintEnvironment of(AgencyRegistry agencies, SlaProperties serviceLevels,
                                   LintProperties lint, DelegateCatalog delegates) {
    return new LintEnvironment(agencies.groupIds(), lint.candidateGroupVariables(),
        serviceLevels.serviceLevels().keySet(), lint.providedVariables(),
        serviceLevels.legalClocks().keySet(), delegates, lint.queueGroupVariables());
  }
}
