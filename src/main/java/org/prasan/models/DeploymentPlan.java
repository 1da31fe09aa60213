package org.prasan.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.prasan.modellint.ModelFile;
import org.prasan.modellint.ModelSource;

/**
 * Which uploaded files go into a new deployment: those that differ from the latest deployed
 * version of their process, decision or form. Forms bound by {@code formRefBinding=
 * "deployment"} resolve only inside their process's deployment, so a changed process takes
 * the forms it uses along, and a changed form takes along the processes that use it (else new
 * cases would keep showing the old form).
 */
final class DeploymentPlan {

  /** The reason of a process that is deployed again only because a form it uses changed. */
  static final String USES_CHANGED_FORM = "uses the changed form ";

  /** One resource of the planned deployment and why it is in it. */
  record Planned(ModelSource source, String reason) {
  }

  private final Map<String, DeployedModel> deployed = new LinkedHashMap<>();
  private final List<Candidate> processes = new ArrayList<>();
  private final Map<String, Candidate> forms = new LinkedHashMap<>();
  private final Map<String, Planned> planned = new LinkedHashMap<>();
  private final List<String> unchanged = new ArrayList<>();

  /** A process, decision or form file that could go into the deployment. */
  private record Candidate(ModelSource source, Set<String> keys, Set<String> formRefs,
                           boolean uploaded, boolean changed) {
  }

  DeploymentPlan(List<ModelFile> uploads, List<DeployedModel> latest, List<ModelFile> latestFiles) {
    latest.forEach(model -> deployed.put(model.kind() + ":" + model.key(), model));
    Set<String> uploadedKeys = new LinkedHashSet<>();
    List<Candidate> uploaded = uploads.stream().map(file -> candidate(file, true)).toList();
    uploaded.forEach(candidate -> uploadedKeys.addAll(candidate.keys()));
    for (ModelFile file : latestFiles) {
      Candidate candidate = candidate(file, false);
      if (candidate.keys().stream().noneMatch(uploadedKeys::contains)) {
        index(candidate);
      }
    }
    uploaded.forEach(this::index);
    plan(uploaded);
  }

  List<Planned> planned() {
    return List.copyOf(planned.values());
  }

  List<String> unchanged() {
    return List.copyOf(unchanged);
  }

  private void plan(List<Candidate> uploaded) {
    for (Candidate candidate : uploaded) {
      if (candidate.changed()) {
        add(candidate, isNew(candidate) ? "new" : "changed");
      }
    }
    boolean grew = true;
    while (grew) {
      int size = planned.size();
      for (Candidate process : processes) {
        if (planned.containsKey(process.source().name())) {
          for (String formRef : process.formRefs()) {
            Candidate form = forms.get(formRef);
            if (form != null) {
              add(form, "form of " + process.keys().stream()
                  .map(key -> key.substring(key.indexOf(':') + 1))
                  .collect(Collectors.joining(", ")));
            }
          }
        } else {
          process.formRefs().stream()
              .filter(formRef -> forms.containsKey(formRef) && forms.get(formRef).changed())
              .findFirst()
              .ifPresent(formRef -> add(process, USES_CHANGED_FORM + formRef));
        }
      }
      grew = planned.size() > size;
    }
    uploaded.stream().map(candidate -> candidate.source().name())
        .filter(name -> !planned.containsKey(name))
        .forEach(unchanged::add);
  }

  private void add(Candidate candidate, String reason) {
    planned.putIfAbsent(candidate.source().name(), new Planned(candidate.source(), reason));
  }

  private boolean isNew(Candidate candidate) {
    return candidate.keys().stream().noneMatch(deployed::containsKey);
  }

  private void index(Candidate candidate) {
    if (candidate.source().isBpmn()) {
      processes.removeIf(known -> known.keys().equals(candidate.keys()));
      processes.add(candidate);
    } else if (candidate.source().isForm()) {
      candidate.keys().forEach(key -> forms.put(key.substring(key.indexOf(':') + 1), candidate));
    }
  }

  private Candidate candidate(ModelFile file, boolean uploaded) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> formRefs = new LinkedHashSet<>();
    if (file instanceof ModelFile.Bpmn bpmn) {
      bpmn.executableProcesses().forEach(process -> keys.add(ModelKind.PROCESS + ":" + process.getId()));
      for (UserTask task : bpmn.model().getModelElementsByType(UserTask.class)) {
        addFormRef(formRefs, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
      }
      for (StartEvent start : bpmn.model().getModelElementsByType(StartEvent.class)) {
        addFormRef(formRefs, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
      }
    } else if (file instanceof ModelFile.Dmn dmn) {
      dmn.decisions().stream().map(Decision::getId)
          .forEach(id -> keys.add(ModelKind.DECISION + ":" + id));
    } else if (file instanceof ModelFile.Form form) {
      keys.add(ModelKind.FORM + ":" + form.id());
    }
    boolean changed = uploaded && keys.stream().anyMatch(key -> differs(key, file.source()));
    return new Candidate(file.source(), keys, formRefs, uploaded, changed);
  }

  private boolean differs(String key, ModelSource source) {
    DeployedModel latest = deployed.get(key);
    return latest == null || !Arrays.equals(latest.content(), source.content());
  }

  private static void addFormRef(Set<String> formRefs, String formRef, String binding) {
    if (formRef != null && "deployment".equals(binding)) {
      formRefs.add(formRef);
    }
  }
}
