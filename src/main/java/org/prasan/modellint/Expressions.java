package org.prasan.modellint;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/** Reads JUEL expressions the way the engine parses them, without evaluating anything. */
public final class Expressions {

  /** Names the engine itself resolves in an expression; they are never process variables. */
  public static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "variableScope",
      "authenticatedUserId", "caseExecution", "processEngine", "decisionResult", "connector");

  private static final Pattern SINGLE_NAME = Pattern.compile(
      "^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  private Expressions() {
  }

  /** Whether the text contains an expression at all (rather than a literal value). */
  public static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** The name in {@code ${name}}, when the expression is nothing but one name. */
  public static Optional<String> singleName(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher matcher = SINGLE_NAME.matcher(expression.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * The top-level names an expression reads ({@code a} and {@code b} in
   * {@code ${a == 'X' and b.size() > 0}}).
   *
   * @throws IllegalArgumentException with the parser's message when it is not valid JUEL
   */
  public static Set<String> identifiers(String expression) {
    Tree tree;
    try {
      tree = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression.strip());
    } catch (TreeBuilderException invalid) {
      throw new IllegalArgumentException(invalid.getMessage(), invalid);
    }
    Set<String> names = new LinkedHashSet<>();
    for (IdentifierNode identifier : tree.getIdentifierNodes()) {
      names.add(identifier.getName());
    }
    return names;
  }
}
