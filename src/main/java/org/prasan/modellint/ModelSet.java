package org.prasan.modellint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The models a lint run sees. {@code targets} are the files findings are reported for;
 * {@code context} are models already in place (the packaged or deployed ones) that the targets
 * may call or use. A target replaces a context model with the same process, decision or form id.
 */
public final class ModelSet {

  private final List<ModelFile> targets;
  private final Map<String, ModelFile.Bpmn> processes = new LinkedHashMap<>();
  private final Map<String, ModelFile.Dmn> decisions = new LinkedHashMap<>();
  private final Map<String, ModelFile.Form> forms = new LinkedHashMap<>();

  public ModelSet(List<ModelFile> targets, List<ModelFile> context) {
    this.targets = List.copyOf(targets);
    context.forEach(this::index);
    targets.forEach(this::index);
  }

  public List<ModelFile> targets() {
    return targets;
  }

  public Optional<ModelFile.Bpmn> process(String processId) {
    return Optional.ofNullable(processes.get(processId));
  }

  public Optional<ModelFile.Dmn> decision(String decisionId) {
    return Optional.ofNullable(decisions.get(decisionId));
  }

  public Optional<ModelFile.Form> form(String formId) {
    return Optional.ofNullable(forms.get(formId));
  }

  public Set<String> processIds() {
    return Set.copyOf(processes.keySet());
  }

  public Set<String> formIds() {
    return Set.copyOf(forms.keySet());
  }

  /**
   * The process files of the case {@code file} belongs to: every file it calls or is called
   * from, transitively. Variables travel through call activities in both directions
   * ({@code camunda:in/out variables="all"}), so they are shared by the whole case.
   */
  public Set<ModelFile.Bpmn> caseOf(ModelFile.Bpmn file) {
    Map<ModelFile.Bpmn, Set<ModelFile.Bpmn>> links = links();
    Set<ModelFile.Bpmn> seen = new LinkedHashSet<>();
    Deque<ModelFile.Bpmn> queue = new ArrayDeque<>(List.of(file));
    while (!queue.isEmpty()) {
      ModelFile.Bpmn next = queue.removeFirst();
      if (seen.add(next)) {
        queue.addAll(links.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private Map<ModelFile.Bpmn, Set<ModelFile.Bpmn>> links() {
    Map<ModelFile.Bpmn, Set<ModelFile.Bpmn>> links = new LinkedHashMap<>();
    for (ModelFile.Bpmn caller : allProcessFiles()) {
      for (CallActivity call : caller.model().getModelElementsByType(CallActivity.class)) {
        process(call.getCalledElement()).ifPresent(callee -> {
          links.computeIfAbsent(caller, key -> new LinkedHashSet<>()).add(callee);
          links.computeIfAbsent(callee, key -> new LinkedHashSet<>()).add(caller);
        });
      }
    }
    return links;
  }

  private List<ModelFile.Bpmn> allProcessFiles() {
    return new ArrayList<>(new LinkedHashSet<>(processes.values()));
  }

  private void index(ModelFile file) {
    if (file instanceof ModelFile.Bpmn bpmn) {
      for (Process process : bpmn.executableProcesses()) {
        processes.put(process.getId(), bpmn);
      }
    } else if (file instanceof ModelFile.Dmn dmn) {
      for (Decision decision : dmn.decisions()) {
        decisions.put(decision.getId(), dmn);
      }
    } else if (file instanceof ModelFile.Form form) {
      forms.put(form.id(), form);
    }
  }
}
