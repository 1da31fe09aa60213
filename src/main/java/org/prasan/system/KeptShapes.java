package org.prasan.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.mapping.ParameterMapping;

/**
 * What the statement rewrites ({@link TaskQueryShapes}, {@link VariableQueryShapes}) made of one
 * statement's text, kept for the next time the same text comes by. The rewrites read only the
 * text and move the engine's parameters by position, so the same text is reshaped the same way
 * every time; the Tasklist and the screening queues ask the same few texts on every page, and
 * matching them again with the regular expressions was about 6 % of a queue page's CPU
 * (docs/benchmarks.md). Kept in a {@link KeptForAWhile}: past {@value #KEPT} texts it starts
 * again (texts differ by the lengths of their IN lists: an officer's groups, a page's variable
 * scopes).
 *
 * @param <T> what is kept per text; {@link Optional#empty()} stands for "leave it as written"
 */
final class KeptShapes<T> {

  static final int KEPT = 512;

  // A text is rewritten the same way for the node's life; the hour only bounds what is kept.
  private final KeptForAWhile<String, Optional<T>> kept =
      new KeptForAWhile<>(Duration.ofHours(1), KEPT);

  /** The shape kept for {@code key}, made by {@code make} the first time (null: none). */
  T get(String key, Function<String, T> make) {
    Optional<T> shape = kept.get(key).orElse(null);
    if (shape == null) {
      shape = Optional.ofNullable(make.apply(key));
      kept.put(key, shape);
    }
    return shape.orElse(null);
  }

  int size() {
    return kept.size();
  }

  /**
   * A rewritten text and, for each of its placeholders, the position of the engine's
   * parameter that fills it (a parameter may fill several).
   */
  record Reordered(String sql, int[] order) {

    /** {@code reordered} holds the very mappings of {@code original}, moved or repeated. */
    static Reordered of(String sql, List<ParameterMapping> original,
                        List<ParameterMapping> reordered) {
      return new Reordered(sql, positions(original, reordered));
    }

    /** This statement's parameters in the rewritten text's order. */
    List<ParameterMapping> apply(List<ParameterMapping> parameters) {
      return pick(parameters, order);
    }
  }

  /** Where each of {@code picked}, the very mappings of {@code original}, stands in it. */
  static int[] positions(List<ParameterMapping> original, List<ParameterMapping> picked) {
    Map<ParameterMapping, Integer> positions = new IdentityHashMap<>();
    for (int position = 0; position < original.size(); position++) {
      positions.put(original.get(position), position);
    }
    int[] order = new int[picked.size()];
    for (int index = 0; index < order.length; index++) {
      Integer position = positions.get(picked.get(index));
      if (position == null) {
        throw new IllegalStateException("A rewrite made a parameter of its own");
      }
      order[index] = position;
    }
    return order;
  }

  /** The mappings at {@code positions} of {@code parameters}, in that order. */
  static List<ParameterMapping> pick(List<ParameterMapping> parameters, int[] positions) {
    ParameterMapping[] picked = new ParameterMapping[positions.length];
    for (int index = 0; index < positions.length; index++) {
      picked[index] = parameters.get(positions[index]);
    }
    return Arrays.asList(picked);
  }
}
