package org.prasan.modellint;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Small helpers the rules share for naming elements in findings. */
final class Elements {

  private Elements() {
  }

  /** The id of the element, or of the nearest enclosing element that has one. */
  static String idOf(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null) {
      if (current instanceof BaseElement base && base.getId() != null) {
        return base.getId();
      }
      current = current.getParentElement();
    }
    return null;
  }

  /** {@code 'Approve charging' (Task_ApproveCharging)}, or just the id when it has no name. */
  static String describe(FlowElement element) {
    return isBlank(element.getName())
        ? element.getId() : "'" + element.getName() + "' (" + element.getId() + ")";
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Elements of a type in document order by id, so findings come out in a stable order. */
  static <T extends BaseElement> List<T> sorted(Collection<T> elements) {
    return elements.stream()
        .sorted(Comparator.comparing(BaseElement::getId, Comparator.nullsFirst(String::compareTo)))
        .toList();
  }

  /** The known name closest to a misspelt one, if one is close enough to be meant. */
  static Optional<String> closest(String wrong, Collection<String> known) {
    int limit = Math.max(2, wrong.length() / 3);
    return known.stream()
        .filter(candidate -> distance(wrong, candidate) <= limit)
        .min(Comparator.comparingInt((String candidate) -> distance(wrong, candidate))
            .thenComparing(Comparator.naturalOrder()));
  }

  static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
