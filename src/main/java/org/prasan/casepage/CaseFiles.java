package org.prasan.casepage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.prasan.agency.Actor;
import org.prasan.agency.AgencyRegistry;
import org.prasan.audit.AuditEntry;
import org.prasan.audit.EngineHistoryAudit;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseAccess;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.caseview.CaseView;
import org.prasan.caseview.CaseViews;
import org.prasan.evidence.EvidenceRegistry;
import org.prasan.evidence.Exhibit;
import org.prasan.evidence.Verification;
import org.prasan.sla.CaseClocks;
import org.prasan.system.BangkokTime;
import org.prasan.system.EngineAccess;
import org.prasan.victim.VictimRecords;
import org.springframework.stereotype.Service;

/**
 * The case page's read model: the case view, its clocks, exhibits, victims (as references),
 * each stage's findings and its history, in one answer. The endpoint's {@code CASE_VIEW} rule
 * has already let the caller at the case.
 */
@Service
public class CaseFiles {

  private final CaseFileRepository cases;
  private final CaseAccess access;
  private final CaseViews views;
  private final CaseClocks clocks;
  private final EvidenceRegistry evidence;
  private final VictimRecords victims;
  private final EngineHistoryAudit engineHistory;
  private final HistoryService history;
  private final EngineAccess engine;
  private final AgencyRegistry agencies;
  private final FormLabels labels;
  private final Clock clock;

  public CaseFiles(CaseFileRepository cases, CaseAccess access, CaseViews views,
                   CaseClocks clocks, EvidenceRegistry evidence, VictimRecords victims,
                   EngineHistoryAudit engineHistory, HistoryService history,
                   EngineAccess engine, AgencyRegistry agencies, FormLabels labels,
                   Clock clock) {
    this.cases = cases;
    this.access = access;
    this.views = views;
    this.clocks = clocks;
    this.evidence = evidence;
    this.victims = victims;
    this.engineHistory = engineHistory;
    this.history = history;
    this.engine = engine;
    this.agencies = agencies;
    this.labels = labels;
    this.clock = clock;
  }

  public Optional<CaseFileView> of(String caseId, Actor caller) {
    Optional<CaseFile> file = cases.findById(caseId);
    Optional<CaseView> view = views.find(caseId);
    if (file.isEmpty() || view.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CaseFileView(view.get(), clock.instant(), BangkokTime.ZONE.getId(),
        stages(caseId), agencies(), clocks(caseId), exhibits(caseId), victims(caseId),
        history(caseId),
        access.allows(file.get(), caller, AccessRule.CASE_AGENCY, Set.of()),
        access.allows(file.get(), caller, AccessRule.CASE_VICTIMS, Set.of())));
  }

  private List<CaseFileView.AgencyName> agencies() {
    return agencies.agencies().stream()
        .map(agency -> new CaseFileView.AgencyName(agency.id(), agency.name(), agency.nameTh()))
        .toList();
  }

  private List<CaseFileView.Clock> clocks(String caseId) {
    return clocks.of(caseId).map(view -> {
      List<CaseFileView.Clock> all = new ArrayList<>();
      view.legalClocks().forEach(legal -> all.add(CaseFileView.Clock.legal(legal)));
      view.openTasks().forEach(task -> all.add(new CaseFileView.Clock("task",
          task.legalClock(), task.name(), null, task.created(), task.due(), null, "RUNNING",
          null, task.taskId(), task.groups(), task.overdue())));
      return all;
    }).orElse(List.of());
  }

  private List<CaseFileView.ExhibitRow> exhibits(String caseId) {
    List<CaseFileView.ExhibitRow> rows = new ArrayList<>();
    for (Exhibit exhibit : evidence.exhibitsOf(caseId)) {
      Verification verification = evidence.verify(exhibit.exhibitId());
      rows.add(new CaseFileView.ExhibitRow(exhibit.exhibitId(), exhibit.description(),
          exhibit.fileName(), exhibit.sizeBytes(), exhibit.sha256(), exhibit.seizedAt(),
          exhibit.seizedBy(), exhibit.registeredBy(), exhibit.registeredAt(),
          verification.holder(), verification.entries(), verification.intact(),
          verification.fileIntact()));
    }
    return rows;
  }

  private List<CaseFileView.VictimRow> victims(String caseId) {
    return victims.ofCase(caseId).stream()
        .map(victim -> new CaseFileView.VictimRow(victim.victimRef(), victim.ageBand().value(),
            victim.child(), victim.foreign(), victim.recordedAt()))
        .toList();
  }

  private List<AuditEntry> history(String caseId) {
    List<AuditEntry> entries = new ArrayList<>(engineHistory.of(caseId));
    entries.sort(Comparator.comparing(AuditEntry::at,
        Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    return entries;
  }

  /**
   * Every process of the case, oldest first, with the answers recorded on its forms. As the
   * system: a stage's findings belong to the whole file, whichever agency's task recorded them.
   */
  private List<CaseFileView.Stage> stages(String caseId) {
    return engine.asSystem(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId)
        .orderByProcessInstanceStartTime().asc()
        .list().stream()
        .map(this::stage)
        .toList());
  }

  private CaseFileView.Stage stage(HistoricProcessInstance process) {
    List<CaseFileView.Finding> findings = new ArrayList<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(process.getId())
        .orderByVariableName().asc()
        .list()) {
      String label = labels.of(variable.getName());
      // Only what a form asked for; the case id is the page's title already.
      if (label == null || "caseId".equals(variable.getName())
          || !process.getId().equals(variable.getExecutionId())) {
        continue;
      }
      Object value = variable.getValue();
      if (value instanceof Date date) {
        findings.add(new CaseFileView.Finding(variable.getName(), label, date.toInstant(),
            "date"));
      } else if (value instanceof String || value instanceof Number
          || value instanceof Boolean) {
        findings.add(new CaseFileView.Finding(variable.getName(), label, value,
            variable.getTypeName()));
      }
    }
    return new CaseFileView.Stage(process.getProcessDefinitionKey(),
        process.getProcessDefinitionName(), instant(process.getStartTime()),
        instant(process.getEndTime()), process.getState(), findings);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
