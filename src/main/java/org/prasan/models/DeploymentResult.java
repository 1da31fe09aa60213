package org.prasan.models;

import java.util.List;
import org.prasan.modellint.Finding;

/**
 * What a deployment request did: the new deployment (null when nothing had changed), each
 * definition deployed and why, the uploaded files that were already deployed as they are, and
 * the lint warnings.
 */
public record DeploymentResult(String deploymentId, List<DeployedDefinition> deployed,
                               List<String> unchanged, List<Finding> warnings) {

  /** One process, decision or form definition of the new deployment. */
  public record DeployedDefinition(ModelKind kind, String key, int version, String id,
                                   String resource, String reason) {
  }
}
