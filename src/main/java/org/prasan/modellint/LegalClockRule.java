package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * ML13: a model names only legal clocks that {@code prasan.sla.legal-clocks} defines, in the
 * clock delegates' {@code legalClock} input and in timers reading {@code legalClocks}. A
 * misspelt clock never starts, and its timer never fires.
 */
public class LegalClockRule implements LintRule {

  static final String INPUT = "legalClock";
  private static final Set<String> CLOCK_DELEGATES = Set.of("${startLegalClockDelegate}",
      "${extendLegalClockDelegate}", "${stopLegalClockDelegate}");
  private static final Pattern TIMER_CLOCK = Pattern.compile(
      "legalClocks\\.\\w+\\(\\s*execution\\s*,\\s*'([^']*)'\\s*\\)");

  @Override
  public String code() {
    return "ML13";
  }

  @Override
  public String name() {
    return "legal-clock";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    Set<String> known = context.environment().legalClocks();
    List<Finding> findings = new ArrayList<>();
    for (ServiceTask task : Elements.sorted(file.model().getModelElementsByType(ServiceTask.class))) {
      String delegate = task.getCamundaDelegateExpression();
      if (delegate == null || !CLOCK_DELEGATES.contains(delegate.replaceAll("\\s", ""))) {
        continue;
      }
      Optional<String> clocks = inputOf(task);
      if (clocks.isEmpty() || clocks.get().isBlank()) {
        findings.add(error(file, task.getId(), "Service task " + Elements.describe(task)
                + " runs " + delegate + " but names no legal clock.",
            "Add the input parameter legalClock with the clock's name, one of " + known + "."));
        continue;
      }
      for (String clock : clocks.get().split(",")) {
        unknown(file, task, clock.strip(), known, findings);
      }
    }
    for (TimerEventDefinition timer : file.model().getModelElementsByType(
        TimerEventDefinition.class)) {
      Matcher matcher = TIMER_CLOCK.matcher(timerText(timer));
      while (matcher.find()) {
        unknown(file, (BaseElement) timer.getParentElement(), matcher.group(1), known, findings);
      }
    }
    return findings;
  }

  private void unknown(ModelFile.Bpmn file, BaseElement element, String clock, Set<String> known,
                       List<Finding> findings) {
    if (!known.contains(clock)) {
      String what = element instanceof FlowElement flowElement ? Elements.describe(flowElement)
          : element.getId();
      findings.add(error(file, element.getId(), what + " names the legal clock '"
              + clock + "', which prasan.sla.legal-clocks does not define"
              + Elements.didYouMean(clock, known) + ".",
          "Name one of " + known + ", or configure the clock in sop.yaml."));
    }
  }

  private static Optional<String> inputOf(ServiceTask task) {
    if (task.getExtensionElements() == null) {
      return Optional.empty();
    }
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
        .list().stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .filter(parameter -> INPUT.equals(parameter.getCamundaName()))
        .map(CamundaInputParameter::getTextContent)
        .findFirst();
  }

  private static String timerText(TimerEventDefinition timer) {
    StringBuilder text = new StringBuilder();
    for (ModelElementInstance part : Stream.of(timer.getTimeDate(), timer.getTimeDuration(),
        timer.getTimeCycle()).filter(Objects::nonNull).toList()) {
      text.append(part.getTextContent()).append(' ');
    }
    return text.toString();
  }
}
