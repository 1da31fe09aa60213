package org.prasan.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.CallableElement;
import org.camunda.bpm.engine.impl.core.model.CallableElementParameter;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ConstantValueProvider;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A call activity's {@code <camunda:in source="x" target="x"/>} of a variable the case holds
 * no value for (absent or null) does not create {@code x}, null, in the called stage, unless an
 * expression of the stage names {@code x} (issue 20).
 *
 * <p>Why: joint-case hands each stage the fields its forms show, so that a stage entered again
 * shows what was recorded before and hands it back unchanged. On a case's first pass most of
 * them are still empty, and every variable of a stage is one row inserted when it starts and
 * one {@code DELETE} of its own when it ends (the engine deletes them one by one, each checked
 * against its revision), plus its history read and updated when the form fills it: about four
 * statements of every task's 86 were such empty variables.
 *
 * <p>Nothing a stage or a user sees changes: a form's field shows empty for a missing variable
 * as for a null one, {@code execution.getVariable} answers null for both, and an out-mapping
 * of a variable the stage never set hands back null as before. Only an expression tells them
 * apart (a missing variable fails to resolve), so a stage keeps receiving the nulls its
 * expressions name: its conditions, input parameters, assignments and timers, every version of
 * it this node has parsed. Until this node has parsed the called process, or where the called
 * process is chosen by an expression, every mapping is applied as written.
 */
@Component
public class CallInputsWithoutNulls extends AbstractProcessEnginePlugin {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Per process key, the identifiers in the expressions of every version parsed here. */
  private final Map<String, Set<String>> namedByProcess = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new Listener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The identifiers named in the expressions of a parsed process, e.g. {@code childVictim}. */
  static Set<String> namedIn(Element element) {
    Set<String> names = new HashSet<>();
    collect(element, names);
    return names;
  }

  private static void collect(Element element, Set<String> names) {
    for (String attribute : element.attributes()) {
      addNames(element.attribute(attribute), names);
    }
    addNames(element.getText(), names);
    for (Element child : element.elements()) {
      collect(child, names);
    }
  }

  private static void addNames(String text, Set<String> names) {
    if (text == null || (!text.contains("${") && !text.contains("#{"))) {
      return;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(expression.group(1));
      while (identifier.find()) {
        names.add(identifier.group());
      }
    }
  }

  private final class Listener extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
      namedByProcess.merge(definition.getKey(), namedIn(process), (known, added) -> {
        Set<String> union = new HashSet<>(known);
        union.addAll(added);
        return Set.copyOf(union);
      });
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      String calledKey = element.attribute("calledElement");
      if (!(activity.getActivityBehavior() instanceof CallableElementActivityBehavior behavior)
          || behavior.getCallableElement() == null || calledKey == null
          || calledKey.contains("{")) {
        return;
      }
      CallableElement callable = behavior.getCallableElement();
      List<CallableElementParameter> inputs = callable.getInputs();
      for (int index = 0; index < inputs.size(); index++) {
        CallableElementParameter input = inputs.get(index);
        if (!input.isAllVariables() && !input.isReadLocal()
            && input.getSourceValueProvider() instanceof ConstantValueProvider) {
          inputs.set(index, new LeftOutWhenEmpty(input, calledKey));
        }
      }
    }
  }

  /** One in-mapping by name, applied unless its value is empty and the stage may go without. */
  private final class LeftOutWhenEmpty extends CallableElementParameter {

    private final String calledKey;

    LeftOutWhenEmpty(CallableElementParameter mapping, String calledKey) {
      this.calledKey = calledKey;
      setSourceValueProvider(mapping.getSourceValueProvider());
      setTarget(mapping.getTarget());
    }

    @Override
    public void applyTo(VariableScope scope, VariableMap variables) {
      Object value = getSource(scope);
      boolean empty = value == null || value instanceof TypedValue typed && typed.getValue() == null;
      Set<String> named = namedByProcess.get(calledKey);
      if (empty && named != null && !named.contains(getTarget())) {
        return;
      }
      variables.put(getTarget(), value);
    }
  }
}
