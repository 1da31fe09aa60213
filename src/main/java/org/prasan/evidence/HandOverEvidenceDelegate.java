package org.prasan.evidence;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.prasan.casefile.JointCaseProcess;
import org.springframework.stereotype.Component;

/**
 * Records the digital-evidence hand-over in the chain of custody: every exhibit of the case
 * that the Cyber Crime Investigation Bureau holds passes to the lead agency, in the name of the
 * officer who completed the hand-over task. The new chain heads go into the process
 * ({@code custodyHandedOver}), so the engine's history keeps a second copy of them.
 */
@Component
public class HandOverEvidenceDelegate implements JavaDelegate {

  private final EvidenceRegistry registry;
  private final CurrentActor actor;

  public HandOverEvidenceDelegate(EvidenceRegistry registry, CurrentActor actor) {
    this.registry = registry;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object references = execution.getVariable(DigitalEvidenceProcess.VAR_EXHIBIT_REFERENCES);
    List<CustodyEntry> entries = registry.handOverAll(execution.getProcessBusinessKey(),
        DigitalEvidenceProcess.RTP_CCIB,
        (String) execution.getVariable(JointCaseProcess.VAR_LEAD_AGENCY),
        "Hand-over after forensic examination" + (references == null ? ""
            : " (" + references.toString().strip().replace('\n', ' ') + ")"),
        actor.userIdOrNull());
    execution.setVariable(DigitalEvidenceProcess.VAR_CUSTODY_HANDED_OVER, entries.stream()
        .map(entry -> entry.exhibitId() + "#" + entry.seq() + " " + entry.entryHash())
        .collect(Collectors.joining("\n")));
  }
}
