package org.prasan.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.prasan.modellint.LintReport;
import org.prasan.modellint.ModelFile;
import org.prasan.modellint.ModelLinter;
import org.prasan.modellint.ModelLinterFactory;
import org.prasan.modellint.ModelSource;
import org.springframework.stereotype.Service;

/**
 * The checks a coordinator runs before deploying, and that the deployment itself repeats: the
 * lint against what is deployed (the models the files call or use), and the difference from
 * the deployed version of each file.
 */
@Service
public class ModelChecks {

  private final ModelLinterFactory linters;
  private final DeployedModels deployedModels;

  public ModelChecks(ModelLinterFactory linters, DeployedModels deployedModels) {
    this.linters = linters;
    this.deployedModels = deployedModels;
  }

  public LintReport lint(List<ModelSource> uploads) {
    List<ModelSource> deployed = deployedModels.latest().stream().map(DeployedModel::source)
        .distinct().toList();
    return linters.linter().lint(uploads, deployed);
  }

  /** For each upload that reads: what it adds, removes and changes against its deployed version. */
  public List<ModelDiff.FileDiff> diff(List<ModelSource> uploads) {
    Map<String, DeployedModel> latest = deployedModels.latest().stream().collect(Collectors.toMap(
        model -> model.kind() + ":" + model.key(), Function.identity(), (a, b) -> a));
    ModelLinter linter = linters.linter();
    List<ModelDiff.FileDiff> diffs = new ArrayList<>();
    for (ModelFile file : linter.read(uploads)) {
      ModelKind kind;
      String key;
      if (file instanceof ModelFile.Bpmn bpmn && !bpmn.executableProcesses().isEmpty()) {
        kind = ModelKind.PROCESS;
        key = bpmn.executableProcesses().get(0).getId();
      } else if (file instanceof ModelFile.Dmn dmn && !dmn.decisions().isEmpty()) {
        kind = ModelKind.DECISION;
        key = dmn.decisions().stream().map(Decision::getId).findFirst().orElseThrow();
      } else if (file instanceof ModelFile.Form form) {
        kind = ModelKind.FORM;
        key = form.id();
      } else {
        continue;
      }
      DeployedModel deployed = latest.get(kind + ":" + key);
      ModelFile deployedFile = deployed == null ? null
          : linter.read(List.of(deployed.source())).stream().findFirst().orElse(null);
      diffs.add(ModelDiff.between(file, kind, key, deployed, deployedFile));
    }
    return diffs;
  }
}
