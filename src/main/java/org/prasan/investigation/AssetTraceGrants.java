package org.prasan.investigation;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * AMLO's system users ({@code prasan.investigation.asset-trace-users}) fetch and complete the
 * asset trace: the engine lets a user fetch an external task only with READ_INSTANCE and
 * UPDATE_INSTANCE on its process. Granted to those users alone, on the investigation alone;
 * which topic they take is {@code agency.ExternalTaskAccess}'s rule. Idempotent.
 */
@Component
class AssetTraceGrants {

  private final AuthorizationService authorizations;
  private final InvestigationProperties properties;

  AssetTraceGrants(AuthorizationService authorizations, InvestigationProperties properties) {
    this.authorizations = authorizations;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  public void grant() {
    for (String user : properties.assetTraceUsers()) {
      Authorization grant = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).userIdIn(user)
          .resourceType(Resources.PROCESS_DEFINITION)
          .resourceId(InvestigationProcess.PROCESS_KEY).singleResult();
      if (grant == null) {
        grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(InvestigationProcess.PROCESS_KEY);
      }
      if (!grant.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)
          || !grant.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)) {
        grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
        grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        authorizations.saveAuthorization(grant);
      }
    }
  }
}
