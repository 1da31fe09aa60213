package org.prasan.modellint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/** A model file that parsed: a BPMN process model, a DMN decision model or a form. */
public sealed interface ModelFile {

  ModelSource source();

  default String name() {
    return source().name();
  }

  /** A parsed {@code .bpmn} file. */
  record Bpmn(ModelSource source, BpmnModelInstance model) implements ModelFile {

    public Collection<Process> processes() {
      return model.getModelElementsByType(Process.class);
    }

    public List<Process> executableProcesses() {
      return processes().stream().filter(Process::isExecutable).toList();
    }
  }

  /** A parsed {@code .dmn} file. */
  record Dmn(ModelSource source, DmnModelInstance model) implements ModelFile {

    public Collection<Decision> decisions() {
      return model.getModelElementsByType(Decision.class);
    }
  }

  /** A parsed form-js {@code .form} file; {@code id} is its JSON id. */
  record Form(ModelSource source, JsonNode json, String id) implements ModelFile {
  }
}
