package org.prasan.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
  @Access(AccessRule.OVERSEERS)
  @Operation(summary = "Open and overdue tasks per agency, compliance per ISO week, the agency "
      + "late today, open cases by stage, legal clocks running out, overlapping claims and "
      + "escalations, each count with the cases behind it that the caller may open; for "
      + "coordinators, supervisors and administrators")
  public SlaDashboard sla(Actor caller) {
    return figures.now(caller);
  }
}
