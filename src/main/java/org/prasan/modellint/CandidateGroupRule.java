package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * ML01: every user task goes to agencies, never to a person: {@code camunda:candidateGroups}
 * names groups of the agency registry, or a configured variable such as {@code ${leadAgency}};
 * a queue-group variable ({@code prasan.lint.queue-group-variables}, e.g. {@code
 * ${screeningQueue}}) is allowed only beside them: a queue label is no agency.
 */
public class CandidateGroupRule implements LintRule {

  @Override
  public String code() {
    return "ML01";
  }

  @Override
  public String name() {
    return "candidate-group";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (UserTask task : Elements.sorted(file.model().getModelElementsByType(UserTask.class))) {
      findings.addAll(check(file, task, context));
    }
    return findings;
  }

  private List<Finding> check(ModelFile.Bpmn file, UserTask task, LintContext context) {
    LintEnvironment environment = context.environment();
    List<Finding> findings = new ArrayList<>();
    String groups = task.getCamundaCandidateGroups();
    if (Elements.isBlank(groups)) {
      findings.add(error(file, task.getId(), "User task " + Elements.describe(task)
              + " has no candidate group, so no agency sees it in its task list.",
          "Set Candidate groups (camunda:candidateGroups) to the agency that does the work, "
              + "for example oag-tip" + suggested(file, context, ", or to ") + "."));
    } else {
      boolean agency = false;
      for (String group : groups.split(",")) {
        if (isQueueGroup(group.strip(), environment)) {
          continue;
        }
        agency = true;
        checkGroup(file, task, group.strip(), context).ifPresent(findings::add);
      }
      if (!agency) {
        findings.add(error(file, task.getId(), "User task " + Elements.describe(task)
                + " has only a queue group as candidate, so no agency sees it in its task list.",
            "Add the agency that does the work before the queue group, for example msdhs."));
      }
    }
    if (!Elements.isBlank(task.getCamundaAssignee())
        || !Elements.isBlank(task.getCamundaCandidateUsers())) {
      findings.add(error(file, task.getId(), "User task " + Elements.describe(task)
              + " is assigned to a person (assignee or candidate users).",
          "Remove Assignee and Candidate users; officers claim tasks of their agency group."));
    }
    return findings;
  }

  private static boolean isQueueGroup(String group, LintEnvironment environment) {
    return Expressions.isExpression(group) && Expressions.singleName(group)
        .filter(environment.queueGroupVariables()::contains).isPresent();
  }

  private Optional<Finding> checkGroup(ModelFile.Bpmn file, UserTask task, String group,
                                       LintContext context) {
    LintEnvironment environment = context.environment();
    if (Expressions.isExpression(group)) {
      Optional<String> variable = Expressions.singleName(group);
      if (variable.isPresent() && environment.candidateGroupVariables().contains(variable.get())) {
        return Optional.empty();
      }
      return Optional.of(error(file, task.getId(), "User task " + Elements.describe(task)
              + " takes its candidate group from " + group
              + ", which is not a variable known to hold an agency id.",
          "Use a fixed agency id" + suggested(file, context, " or ") + "; a new variable needs an "
              + "entry under prasan.lint.candidate-group-variables."));
    }
    if (environment.agencyGroups().contains(group)) {
      return Optional.empty();
    }
    return Optional.of(error(file, task.getId(), "User task " + Elements.describe(task)
            + " has the candidate group '" + group + "', which is not in the agency registry"
            + Elements.didYouMean(group, environment.agencyGroups()) + ".",
        "Use an agency id from prasan.agencies in sop.yaml (such as rtp-atpd, oag-tip, "
            + "msdhs, coordinator, or <agency>-sup for supervisors)."));
  }

  /**
   * The agency variables a fix may suggest for this file: only those its case is known to hold
   * (set by intake, or written by a form, mapping or delegate of the case), all of them
   * described in docs/modelling-conventions.md. Variables that code sets for one process
   * alone ({@code ${otherLeadAgency}} of the overlap review) are accepted there but never
   * suggested elsewhere.
   */
  private static String suggested(ModelFile.Bpmn file, LintContext context, String lead) {
    Set<String> available = new TreeSet<>(context.environment().providedVariables());
    available.addAll(CaseVariables.writtenIn(context.models().caseOf(file), context));
    List<String> suggested = new TreeSet<>(context.environment().candidateGroupVariables())
        .stream().filter(available::contains).map(name -> "${" + name + "}").toList();
    return suggested.isEmpty() ? "" : lead + String.join(" or ", suggested);
  }
}
