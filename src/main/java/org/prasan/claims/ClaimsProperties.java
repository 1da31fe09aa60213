package org.prasan.claims;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prasan.claims}: whether a claim on a case without a lead is granted at once, without
 * the coordinator, when {@code lead-agency.dmn} proposes the claiming agency for the case.
 */
@ConfigurationProperties("prasan.claims")
public record ClaimsProperties(boolean grantWhenDecisionAgrees) {
}
