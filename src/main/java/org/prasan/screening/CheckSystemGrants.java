package org.prasan.screening;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agencies' system users ({@code prasan.screening.check-users}) fetch and complete the
 * status and warrant checks of person-screening: the engine lets a user fetch an external task
 * only with READ_INSTANCE and UPDATE_INSTANCE on its process. Granted to those users alone, on
 * that process alone; idempotent.
 */
@Component
class CheckSystemGrants {

  private final AuthorizationService authorizations;
  private final ScreeningProperties properties;

  CheckSystemGrants(AuthorizationService authorizations, ScreeningProperties properties) {
    this.authorizations = authorizations;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  public void grant() {
    for (String user : properties.checkUsers()) {
      Authorization grant = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).userIdIn(user)
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(PersonScreeningProcess.KEY)
          .singleResult();
      if (grant == null) {
        grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(PersonScreeningProcess.KEY);
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
