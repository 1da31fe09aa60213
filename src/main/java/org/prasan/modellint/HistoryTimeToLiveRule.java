package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * ML09: every executable process and every decision has a history time to live. The engine
 * refuses to deploy without one (ENGINE-12018), and the history is the case's audit trail.
 */
public class HistoryTimeToLiveRule implements LintRule {

  private static final Pattern DAYS = Pattern.compile("^(\\d+|P\\d+D)$");
  private static final String FIX = "Set History time to live to P3650D (ten years).";

  @Override
  public String code() {
    return "ML09";
  }

  @Override
  public String name() {
    return "history-time-to-live";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Process process : file.executableProcesses()) {
      check(file, process.getId(), "Process", process.getCamundaHistoryTimeToLiveString(), findings);
    }
    return findings;
  }

  @Override
  public List<Finding> checkDecision(ModelFile.Dmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Decision decision : file.decisions()) {
      check(file, decision.getId(), "Decision", decision.getCamundaHistoryTimeToLiveString(),
          findings);
    }
    return findings;
  }

  private void check(ModelFile file, String id, String kind, String timeToLive,
                     List<Finding> findings) {
    if (Elements.isBlank(timeToLive)) {
      findings.add(error(file, id, kind + " " + id + " has no history time to live; the engine "
          + "refuses to deploy it.", FIX));
    } else if (!DAYS.matcher(timeToLive.strip()).matches()) {
      findings.add(error(file, id, kind + " " + id + " has the history time to live '"
          + timeToLive + "', which is not a number of days.", FIX));
    }
  }
}
