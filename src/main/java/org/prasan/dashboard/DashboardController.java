package org.prasan.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import org.camunda.bpm.engine.authorization.Groups;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coordinators' figures, for the page at {@code /dashboard} and for agency systems. Only
 * coordinators, supervisors (of any agency) and administrators may read them: they show every
 * agency's backlog.
 */
@RestController
public class DashboardController {

  private final DashboardFigures figures;

  public DashboardController(DashboardFigures figures) {
    this.figures = figures;
  }

  @GetMapping(path = "/api/dashboard/sla", produces = "application/json")
  @Operation(summary = "Open and overdue tasks per agency, compliance per ISO week, the agency "
      + "late today, open cases by stage, legal clocks running out, overlapping claims and "
      + "escalations; for coordinators, supervisors and administrators")
  public SlaDashboard sla(Authentication caller) {
    if (!mayView(caller)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, caller.getName()
          + " is neither a coordinator nor a supervisor");
    }
    return figures.now();
  }

  static boolean mayView(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(AgencyRegistry.COORDINATOR)
            || group.endsWith(Agency.SUPERVISOR_SUFFIX) || group.equals(Groups.CAMUNDA_ADMIN));
  }
}
