package org.prasan.casefile;

/**
 * Published when {@link CaseAccess} refuses a caller on a case rule, so features that must
 * record refusals (the victim vault audits every refused read and write) see them.
 *
 * @param caseId     the case, or null when the resource named was not found
 * @param resourceId the exhibit or victim the path named, or null
 * @param write      whether the request would have changed something (not a GET)
 */
public record CaseAccessRefused(String caseId, String resourceId, AccessRule rule,
                                String userId, boolean write) {
}
