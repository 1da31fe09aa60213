package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What in a BPMN model would run code that is not in the jar (issue 15, item 2): script tasks,
 * scripts in listeners, conditions or input/output mappings, Java classes named by
 * {@code camunda:class}, timer start events (code that runs with no case and nobody acting) and
 * expressions that call methods on arbitrary objects. A model may use only Prasan's
 * {@code ${beanName}} delegates, the due-date and clock expressions the SOP uses, and
 * comparisons of variables in conditions.
 *
 * <p>Read from the XML itself, every attribute and text, so the lint (rules ML15 to ML17 and
 * ML06) and the engine's own parse ({@link ModelCodeWall}, for a model deployed any other way)
 * decide alike.
 */
public final class ModelCode {

  /** One element of the XML: local names, attribute values by local name. */
  public record Element(String name, String id, Map<String, String> attributes, String text,
                        List<Element> children) {
  }

  public enum Kind { SCRIPT, EXPRESSION, START_TIMER, JAVA_CLASS }

  public record Problem(Kind kind, String elementId, String message) {
  }

  /** The calls on engine objects the SOP's models make; nothing else may call a method. */
  private static final List<Pattern> ALLOWED_CALLS = List.of(
      Pattern.compile("\\$\\{sla\\.due\\(execution\\)}"),
      Pattern.compile("\\$\\{legalClocks\\.warnAt\\(execution,'[A-Za-z0-9_-]+'\\)}"),
      Pattern.compile("\\$\\{decisionResult\\.getSingleResult\\(\\)\\.getEntry\\('[A-Za-z0-9_]+'\\)}"),
      Pattern.compile("[$#]\\{execution\\.processBusinessKey}"),
      // A date variable against the engine's clock: a hold that a court extended while its
      // timer waited (person-screening.bpmn) is seen when the timer fires.
      Pattern.compile("\\$\\{!?[A-Za-z][A-Za-z0-9]*\\.(after|before)\\(now\\(\\)\\)}"),
      // A listener that sets or removes one named variable of the case, nothing else.
      Pattern.compile("\\$\\{execution(\\.processInstance)?\\.setVariable\\('[A-Za-z0-9_]+',"
          + "(true|false|'[A-Za-z0-9_ -]*'|[0-9]+)\\)}"),
      Pattern.compile("\\$\\{execution(\\.processInstance)?\\.removeVariable\\('[A-Za-z0-9_]+'\\)}"));

  /**
   * Reading a variable that may not be set yet: the same as naming it, so it is checked as a
   * plain variable.
   */
  private static final Pattern VARIABLE_READ =
      Pattern.compile("execution\\.getVariable\\('([A-Za-z0-9_]+)'\\)");

  /** Elements whose words the engine never evaluates. */
  private static final Set<String> WORDS_ONLY = Set.of("documentation", "text",
      "BPMNDiagram", "property");

  private ModelCode() {
  }

  /** Every problem in the model whose root (definitions) element is given. */
  public static List<Problem> problems(Element root) {
    List<Problem> problems = new ArrayList<>();
    walk(root, null, root.id(), problems);
    return problems;
  }

  /** The problems of a model the lint has read. */
  public static List<Problem> problems(ModelFile.Bpmn file) {
    org.w3c.dom.Node node = file.model().getDocument().getDomSource().getNode();
    org.w3c.dom.Element root = node instanceof org.w3c.dom.Document document
        ? document.getDocumentElement() : (org.w3c.dom.Element) node;
    return problems(fromDom(root));
  }

  static Element fromDom(org.w3c.dom.Element dom) {
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    org.w3c.dom.NamedNodeMap all = dom.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.Node attribute = all.item(i);
      if (!attribute.getNodeName().startsWith("xmlns")) {
        attributes.put(localName(attribute.getNodeName()), attribute.getNodeValue());
      }
    }
    List<Element> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (org.w3c.dom.Node child = dom.getFirstChild(); child != null;
         child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element element) {
        children.add(fromDom(element));
      } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
          || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    String id = dom.hasAttribute("id") ? dom.getAttribute("id") : null;
    return new Element(localName(dom.getNodeName()), id, attributes, text.toString(), children);
  }

  /** The name without its namespace prefix or URI. */
  public static String localName(String name) {
    return name.substring(name.lastIndexOf(':') + 1);
  }

  /** Whether an expression is of a shape a model may use. */
  public static boolean allowedExpression(String expression) {
    String compact = expression.replaceAll("\\s", "");
    if (ALLOWED_CALLS.stream().anyMatch(call -> call.matcher(compact).matches())) {
      return true;
    }
    String reads = VARIABLE_READ.matcher(expression.strip()).replaceAll("$1");
    try {
      return plain(new Builder(Builder.Feature.METHOD_INVOCATIONS).build(reads)
          .getRoot());
    } catch (TreeBuilderException | IllegalArgumentException invalid) {
      return false;
    }
  }

  private static void walk(Element element, Element parent, String scopeId,
                           List<Problem> problems) {
    if (WORDS_ONLY.contains(element.name())) {
      return;
    }
    String where = element.id() != null ? element.id() : scopeId;
    check(element, parent, where, problems);
    for (Element child : element.children()) {
      walk(child, element, where, problems);
    }
  }

  private static void check(Element element, Element parent, String where,
                            List<Problem> problems) {
    switch (element.name()) {
      case "scriptTask" -> problems.add(new Problem(Kind.SCRIPT, where,
          "is a script task: its script would run on the server"));
      case "script" -> {
        if (parent == null || !"scriptTask".equals(parent.name())) {
          problems.add(new Problem(Kind.SCRIPT, where,
              "holds a script (camunda:script): it would run on the server"));
        }
      }
      case "startEvent" -> {
        if (element.children().stream().anyMatch(
            child -> "timerEventDefinition".equals(child.name()))) {
          problems.add(new Problem(Kind.START_TIMER, where,
              "is a timer start event: it would start processes with no case and nobody acting"));
        }
      }
      default -> {
        // Attributes and text below.
      }
    }
    for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
      String name = attribute.getKey();
      String value = attribute.getValue();
      if ("class".equals(name) && value != null && !value.isBlank()) {
        problems.add(new Problem(Kind.JAVA_CLASS, where, "names the Java class '" + value
            + "' (camunda:class): only Prasan's ${beanName} delegates may run"));
      } else if (("language".equals(name) || "scriptFormat".equals(name)
          || "resource".equals(name) && "script".equals(element.name()))
          && value != null && !value.isBlank()) {
        problems.add(new Problem(Kind.SCRIPT, where, "has a script in the language '" + value
            + "': it would run on the server"));
      } else {
        expression(value, where, problems);
      }
    }
    expression(element.text(), where, problems);
  }

  private static void expression(String text, String where, List<Problem> problems) {
    if (Expressions.isExpression(text) && !allowedExpression(text)) {
      problems.add(new Problem(Kind.EXPRESSION, where, "has the expression '" + text.strip()
          + "', which calls a method or reads a property of an object"));
    }
  }

  private static boolean plain(Node node) {
    boolean leaf = node instanceof AstIdentifier || node instanceof AstString
        || node instanceof AstNumber || node instanceof AstBoolean || node instanceof AstNull
        || node instanceof AstText;
    if (leaf) {
      return true;
    }
    boolean operator = node instanceof AstBinary || node instanceof AstUnary
        || node instanceof AstNested || node instanceof AstEval || node instanceof AstComposite
        || node instanceof AstChoice;
    if (!operator) {
      return false;
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      if (!plain(node.getChild(i))) {
        return false;
      }
    }
    return true;
  }
}
