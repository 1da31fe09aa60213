package org.prasan.casefile;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyMembership;
import org.prasan.agency.AgencyRegistry;
import org.prasan.intake.IntakeProperties;
import org.prasan.intake.TipSource;
import org.prasan.system.EngineAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The agencies that work on a case: its lead, its supporting agencies, the agency that triaged
 * its tip, and every agency the procedure has given an open task of the case (forensics,
 * asset seizure, prosecution...). What {@code /api} shows of a case is for them and the
 * coordinators.
 */
@Service
public class CaseParticipants {

  private final IntakeProperties intake;
  private final TaskService taskService;
  private final EngineAccess engine;

  public CaseParticipants(IntakeProperties intake, TaskService taskService,
                          EngineAccess engine) {
    this.intake = intake;
    this.taskService = taskService;
    this.engine = engine;
  }

  public Set<String> of(CaseFile file) {
    Set<String> agencies = new LinkedHashSet<>();
    if (file.leadAgency() != null) {
      agencies.add(file.leadAgency());
    }
    agencies.addAll(CaseRecords.parseAgencyList(file.supportingAgencies()));
    agencies.add(intake.triageAgencyFor(TipSource.valueOf(file.source())));
    agencies.addAll(engine.asSystem(() -> agenciesWithOpenTasks(file.caseId())));
    agencies.remove(AgencyRegistry.COORDINATOR);
    return agencies;
  }

  /** The caller's agencies that work on the case (empty when none does). */
  public Set<String> callersAgenciesOn(CaseFile file, Authentication caller) {
    Set<String> working = new LinkedHashSet<>(AgencyMembership.agenciesOf(caller));
    working.retainAll(of(file));
    return working;
  }

  public boolean worksOn(CaseFile file, Authentication caller) {
    return AgencyMembership.isCoordinator(caller) || !callersAgenciesOn(file, caller).isEmpty();
  }

  private Set<String> agenciesWithOpenTasks(String caseId) {
    Set<String> agencies = new LinkedHashSet<>();
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseId).list()) {
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          String group = link.getGroupId();
          agencies.add(group.endsWith(Agency.SUPERVISOR_SUFFIX)
              ? group.substring(0, group.length() - Agency.SUPERVISOR_SUFFIX.length()) : group);
        }
      }
    }
    return agencies;
  }
}
