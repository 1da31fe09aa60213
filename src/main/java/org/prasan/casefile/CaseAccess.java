package org.prasan.casefile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.prasan.agency.Actor;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyGroups;
import org.prasan.agency.AgencyRegistry;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineAccess;
import org.prasan.system.NotFoundException;
import org.prasan.system.NotPermittedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one access decision on a case. The agencies working on a case are its lead, its
 * supporting agencies, the agency that triaged its tip, and every agency the procedure has
 * given an open task of it (forensics, asset seizure, prosecution...); what each
 * {@link AccessRule} lets them, coordinators, prosecutors, the vault's agencies and an
 * exhibit's holder do is decided here, and nowhere else. Endpoints declare their rule with
 * {@link Access}; services that need the decision again (the agencies a caller uploads
 * evidence for) ask here too.
 *
 * <p>A caller the rule refuses who may see the case (or holds the exhibit) is told 403, with
 * who may; one who may not see it is told 404, word for word what a missing case answers.
 */
@Service
public class CaseAccess {

  private final CaseFileRepository cases;
  private final AgencyRegistry agencies;
  private final CaseTasks tasks;
  private final EngineAccess engine;
  private final ApplicationEventPublisher events;
  private final List<CaseResources> resources;

  public CaseAccess(CaseFileRepository cases, AgencyRegistry agencies, CaseTasks tasks,
                    EngineAccess engine, ApplicationEventPublisher events,
                    List<CaseResources> resources) {
    this.cases = cases;
    this.agencies = agencies;
    this.tasks = tasks;
    this.engine = engine;
    this.events = events;
    this.resources = List.copyOf(resources);
  }

  /** The case, when the rule lets the actor at it; refused with 404 or 403 otherwise. */
  public CaseFile require(CaseId caseId, Actor actor, AccessRule rule) {
    return require(caseId, actor, rule, Set.of(), null, false);
  }

  /** Whether the rule lets the actor at the case; {@code holders} hold a resource of it. */
  public boolean allows(CaseFile file, Actor actor, AccessRule rule, Set<String> holders) {
    return switch (rule) {
      case CASE_VIEW, CASE_WORK -> actor.isCoordinator() || worksOn(file, actor);
      case CASE_AGENCY -> worksOn(file, actor);
      case CASE_AUDIT -> actor.isCoordinator() || actor.speaksFor(file.leadAgency());
      // An administrator never reads an identity, whatever groups they join (issue 15).
      case CASE_VICTIMS -> !actor.isAdministrator() && (actor.speaksFor(file.leadAgency())
          || actor.speaksForAny(agencies.withRole(Agency.Role.VICTIM_IDENTITIES)));
      case CASE_CLAIM -> actor.agencies().stream().anyMatch(agencies::isAgency);
      case CASE_EVIDENCE -> allows(file, actor, AccessRule.CASE_VIEW, holders)
          || actor.speaksForAny(agencies.withRole(Agency.Role.PROSECUTION))
          || actor.speaksForAny(holders);
      case HOLDER -> actor.speaksForAny(holders);
      default -> throw new IllegalArgumentException(rule + " is not a rule of a case");
    };
  }

  /** Whether the actor may open the case ({@link AccessRule#CASE_VIEW}); false for none. */
  public boolean mayView(String caseId, Actor actor) {
    return cases.findById(caseId)
        .filter(file -> allows(file, actor, AccessRule.CASE_VIEW, Set.of()))
        .isPresent();
  }

  /**
   * The cases of the list the actor may open ({@link AccessRule#CASE_VIEW}), in its order, as
   * {@link #mayView(String, Actor)} decides each, with one query for the records and one for
   * the open tasks of those the records do not decide (issue 20: a tip's phone on 1,000 cases
   * asked each case on its own, a few statements each).
   */
  public List<String> mayView(List<String> caseIds, Actor actor) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    Map<String, CaseFile> files = new LinkedHashMap<>();
    cases.findAllById(caseIds).forEach(file -> files.put(file.caseId(), file));
    if (actor.isCoordinator()) {
      return caseIds.stream().filter(files::containsKey).toList();
    }
    Set<String> visible = new java.util.HashSet<>();
    List<String> undecided = new java.util.ArrayList<>();
    for (CaseFile file : files.values()) {
      Set<String> recorded = new LinkedHashSet<>(AgencyGroups.parseList(
          file.supportingAgencies()));
      if (file.leadAgency() != null) {
        recorded.add(file.leadAgency());
      }
      if (file.triageAgency() != null) {
        recorded.add(file.triageAgency());
      }
      recorded.remove(AgencyRegistry.COORDINATOR);
      if (actor.speaksForAny(recorded)) {
        visible.add(file.caseId());
      } else {
        undecided.add(file.caseId());
      }
    }
    if (!undecided.isEmpty()) {
      // An open task of the case waiting for one of the actor's agencies (or its supervisors).
      List<String> groups = new java.util.ArrayList<>();
      actor.agencies().stream().filter(agency -> !AgencyRegistry.COORDINATOR.equals(agency))
          .forEach(agency -> {
            groups.add(agency);
            groups.add(agency + Agency.SUPERVISOR_SUFFIX);
          });
      if (!groups.isEmpty()) {
        engine.asSystem(() -> {
          List<Task> waiting = tasks.openOfAnyFor(undecided, groups);
          visible.addAll(tasks.casesOf(waiting).values());
          return null;
        });
      }
    }
    return caseIds.stream().filter(visible::contains).toList();
  }

  /** The agencies working on the case (coordinators are not among them). */
  public Set<String> agenciesOn(CaseFile file) {
    Set<String> working = new LinkedHashSet<>();
    if (file.leadAgency() != null) {
      working.add(file.leadAgency());
    }
    working.addAll(AgencyGroups.parseList(file.supportingAgencies()));
    if (file.triageAgency() != null) {
      working.add(file.triageAgency());
    }
    working.addAll(engine.asSystem(() -> agenciesWithOpenTasks(file.caseId())));
    working.remove(AgencyRegistry.COORDINATOR);
    return working;
  }

  /** The actor's agencies that work on the case (empty when none does). */
  public Set<String> actorsAgenciesOn(CaseFile file, Actor actor) {
    Set<String> working = new LinkedHashSet<>(actor.agencies());
    working.retainAll(agenciesOn(file));
    return working;
  }

  /**
   * Decides an endpoint's declared rule for the request's path variables
   * ({@link AccessInterceptor}).
   */
  void decide(AccessRule rule, Actor actor, Map<String, String> pathVariables, boolean write) {
    switch (rule.scope()) {
      case NONE -> {
        boolean allowed = rule == AccessRule.SCREENING
            ? actor.isCoordinator() || actor.speaksForAny(agencies.withRole(Agency.Role.SCREENING))
            : rule.allows(actor);
        if (!allowed) {
          throw refusedBy(rule);
        }
      }
      case AGENCY -> requireAgencyStaff(pathVariables.get("agency"), actor);
      case CASE -> decideOnCase(rule, actor, pathVariables, write);
      default -> throw new IllegalStateException("Unknown scope " + rule.scope());
    }
  }

  private void decideOnCase(AccessRule rule, Actor actor, Map<String, String> pathVariables,
                            boolean write) {
    String caseId = pathVariables.get(CaseId.FIELD);
    if (caseId != null) {
      require(CaseId.of(caseId), actor, rule, Set.of(), null, write);
      return;
    }
    for (CaseResources kind : resources) {
      String id = pathVariables.get(kind.pathVariable());
      if (id != null) {
        Optional<CaseResources.Owner> owner = kind.ownerOf(id);
        if (owner.isEmpty()) {
          events.publishEvent(new CaseAccessRefused(null, id, rule, actor.userId(), write));
          throw new NotFoundException(kind.notFound(id));
        }
        try {
          require(owner.get().caseId(), actor, rule, owner.get().holders(), id, write);
        } catch (NotFoundException invisible) {
          throw new NotFoundException(kind.notFound(id));
        }
        return;
      }
    }
    throw new NotPermittedException(Bilingual.of(
        "ปลายทางนี้ไม่ได้ระบุคดีที่จะตัดสินสิทธิ์", "This endpoint names no case to decide on"));
  }

  private CaseFile require(CaseId caseId, Actor actor, AccessRule rule, Set<String> holders,
                           String resourceId, boolean write) {
    Optional<CaseFile> found = cases.findById(caseId.value());
    if (found.isPresent() && allows(found.get(), actor, rule, holders)) {
      return found.get();
    }
    events.publishEvent(new CaseAccessRefused(found.isPresent() ? caseId.value() : null,
        resourceId, rule, actor.userId(), write));
    if (found.isPresent() && (allows(found.get(), actor, AccessRule.CASE_VIEW, holders)
        || actor.speaksForAny(holders))) {
      throw new NotPermittedException(Bilingual.of(
          "ในคดี " + caseId + " รายการนี้ทำได้เฉพาะ" + rule.who().th(),
          "On case " + caseId + " only " + rule.who().en() + " may do this"));
    }
    throw noCase(caseId);
  }

  private void requireAgencyStaff(String agency, Actor actor) {
    if (agency == null || !agencies.isAgency(agency)) {
      throw new NotFoundException(Bilingual.of("ไม่พบหน่วยงาน " + agency,
          "No agency " + agency));
    }
    if (!actor.isCoordinator() && !actor.speaksFor(agency)) {
      throw new NotPermittedException(Bilingual.of(
          "ข้อมูลของ " + agency + " สำหรับ" + AccessRule.AGENCY_STAFF.who().th(),
          agency + "'s records are for " + AccessRule.AGENCY_STAFF.who().en()));
    }
  }

  private boolean worksOn(CaseFile file, Actor actor) {
    return !actorsAgenciesOn(file, actor).isEmpty();
  }

  static NotFoundException noCase(CaseId caseId) {
    return new NotFoundException(Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId));
  }

  private static NotPermittedException refusedBy(AccessRule rule) {
    return new NotPermittedException(Bilingual.of("รายการนี้ทำได้เฉพาะ" + rule.who().th(),
        "Only " + rule.who().en() + " may do this"));
  }

  private Set<String> agenciesWithOpenTasks(String caseId) {
    Set<String> working = new LinkedHashSet<>();
    for (Task task : tasks.open(caseId)) {
      tasks.candidateGroups(task).forEach(group -> working.add(AgencyGroups.agencyOf(group)));
    }
    return working;
  }
}
