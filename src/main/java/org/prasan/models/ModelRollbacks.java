package org.prasan.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.prasan.modellint.ModelSource;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.springframework.stereotype.Service;

/**
 * Rolls a process, decision or form back to the version before its latest: the previous
 * version's file (for a process, with the forms of its deployment that it uses) is deployed
 * again through the same lint and rules as any deployment, so new cases start on it at once.
 * Cases already moved to the newer version go back by a migration, dry run first.
 */
@Service
public class ModelRollbacks {

  private final DeployedModels deployedModels;
  private final ModelDeployments deployments;

  public ModelRollbacks(DeployedModels deployedModels, ModelDeployments deployments) {
    this.deployedModels = deployedModels;
    this.deployments = deployments;
  }

  public DeploymentResult rollBack(ModelKind kind, String key) {
    DeployedModel latest = deployedModels.latest().stream()
        .filter(model -> model.kind() == kind && model.key().equals(key)).findFirst()
        .orElseThrow(() -> new InvalidFieldException("key", Bilingual.of(
            "ไม่มี " + kind.name().toLowerCase() + " '" + key + "' ที่นำไปใช้แล้ว",
            "no " + kind.name().toLowerCase() + " '" + key + "' is deployed")));
    DeployedModel previous = latest.version() < 2 ? null
        : deployedModels.version(kind, key, latest.version() - 1);
    if (previous == null) {
      throw new InvalidFieldException("key", Bilingual.of(
          "'" + key + "' ไม่มีรุ่นก่อนรุ่นที่ " + latest.version(),
          "'" + key + "' has no version before " + latest.version()));
    }
    List<ModelSource> sources = new ArrayList<>(List.of(previous.source()));
    if (kind == ModelKind.PROCESS) {
      Set<String> used = formsUsedBy(previous.content());
      deployedModels.formsOf(previous.deploymentId()).stream()
          .filter(form -> used.contains(form.getKey()))
          .map(form -> deployedModels.version(ModelKind.FORM, form.getKey(), form.getVersion()))
          .filter(form -> form != null)
          .forEach(form -> sources.add(form.source()));
    }
    return deployments.deploy(sources);
  }

  private static Set<String> formsUsedBy(byte[] process) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(process));
    Set<String> forms = model.getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getCamundaFormRef).filter(ref -> ref != null)
        .collect(Collectors.toSet());
    model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
        .filter(ref -> ref != null).forEach(forms::add);
    return forms;
  }
}
