package org.prasan.models;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize}: changing the procedure is for coordinators only. The
 * {@code /api} chain authenticates; each model endpoint checks the authority, so a new
 * authentication (OIDC) keeps the rule.
 */
@Configuration
@EnableMethodSecurity
public class ModelsSecurity {

  /** Authority of the joint task force coordinators (their Camunda group id). */
  public static final String COORDINATORS_ONLY = "hasAuthority('coordinator')";
}
