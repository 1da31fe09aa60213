package org.prasan.models;

import java.util.List;
import org.prasan.modellint.Finding;

/**
 * What a deployment request did: the new deployment (null when nothing had changed), each
 * definition deployed and why, the uploaded files that were already deployed as they are, the
 * lint warnings, and the running cases a form-only change was carried to.
 */
public record DeploymentResult(String deploymentId, List<DeployedDefinition> deployed,
                               List<String> unchanged, List<Finding> warnings,
                               List<CarriedCases> carried) {

  /**
   * A process redeployed unchanged because a form it uses changed: its running cases of
   * {@code fromVersion} moved to {@code toVersion} (their open tasks show the new form) when
   * only the form's words changed; otherwise they stay and {@code note} says why.
   */
  public record CarriedCases(String processKey, int fromVersion, int toVersion, int moved,
                             int stayed, String note) {
  }

  /** One process, decision or form definition of the new deployment. */
  public record DeployedDefinition(ModelKind kind, String key, int version, String id,
                                   String resource, String reason) {
  }
}
