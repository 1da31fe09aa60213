package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

class KeptShapesTest {

  private static List<ParameterMapping> parameters(int count) {
    Configuration configuration = new Configuration();
    return IntStream.range(0, count).mapToObj(index -> new ParameterMapping.Builder(
        configuration, "p" + index, Object.class).build()).toList();
  }

  @Test
  void aReorderingFoundOnOneStatementMovesTheNextStatementsParametersTheSameWay() {
    List<ParameterMapping> first = parameters(4);
    KeptShapes.Reordered moved = KeptShapes.Reordered.of("sql", first,
        List.of(first.get(0), first.get(2), first.get(2), first.get(3), first.get(1)));
    List<ParameterMapping> next = parameters(4);
    assertThat(moved.apply(next)).containsExactly(next.get(0), next.get(2), next.get(2),
        next.get(3), next.get(1));
  }

  @Test
  void aShapeIsMadeOncePerTextAndLeftAsWrittenIsKeptToo() {
    KeptShapes<String> kept = new KeptShapes<>();
    AtomicInteger made = new AtomicInteger();
    for (int again = 0; again < 3; again++) {
      assertThat(kept.get("select 1", text -> {
        made.incrementAndGet();
        return text.toUpperCase();
      })).isEqualTo("SELECT 1");
      assertThat(kept.get("select 2", text -> {
        made.incrementAndGet();
        return null;
      })).isNull();
    }
    assertThat(made).hasValue(2);
  }

  @Test
  void pastItsBoundTheMapStartsAgain() {
    KeptShapes<String> kept = new KeptShapes<>();
    for (int text = 0; text <= KeptShapes.KEPT; text++) {
      kept.get("select " + text, String::trim);
    }
    assertThat(kept.size()).isEqualTo(1);
  }
}
