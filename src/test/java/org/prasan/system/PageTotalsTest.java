package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageTotalsTest {

  private static final PageTotals.Criteria QUEUE = new PageTotals.Criteria(
      "from ACT_RU_TASK RES where I.GROUP_ID_ IN ( ? )",
      Arrays.asList("mdt.queue01", "mdt", "screening-queue:ตาก:en"));

  @Test
  void theListsTotalAnswersTheCountOfTheSameCriteriaOnce() {
    PageTotals.during(() -> {
      PageTotals totals = PageTotals.current();
      totals.listing(QUEUE);
      read(totals, 1_071L);

      assertThat(totals.totalFor(new PageTotals.Criteria(QUEUE.text(),
          Arrays.asList("mdt.queue02", "mdt", "screening-queue:ตาก:en"))))
          .as("another officer's count").isNull();
      assertThat(totals.totalFor(new PageTotals.Criteria(QUEUE.text() + " and RES.ASSIGNEE_ = ?",
          QUEUE.values()))).as("other criteria").isNull();
      assertThat(totals.totalFor(QUEUE)).isEqualTo(1_071L);
      assertThat(totals.totalFor(QUEUE)).as("a second count reads the tasks").isNull();
      return null;
    });
  }

  @Test
  void anEmptyPageTellsNoTotal() {
    PageTotals.during(() -> {
      PageTotals totals = PageTotals.current();
      totals.listing(QUEUE);
      read(totals, null);

      assertThat(totals.totalFor(QUEUE)).isNull();
      return null;
    });
  }

  @Test
  void outsideARequestThereAreNone() {
    assertThat(PageTotals.current()).isNull();
    PageTotals.during(() -> assertThat(PageTotals.current()).isNotNull());
    assertThat(PageTotals.current()).isNull();
  }

  @Test
  void spacesAreMadeSingleSoThatTheListsAndTheCountsTextsCompare() {
    assertThat(PageTotals.spacesMadeSingle(" from ACT_RU_TASK RES\n   WHERE ( 1 = 1\t) "))
        .isEqualTo("from ACT_RU_TASK RES WHERE ( 1 = 1 )");
  }

  /** The list's statement run and its rows read as MyBatis does; {@code total} null: none. */
  static void read(PageTotals totals, Long total) {
    ResultSet rows = (ResultSet) Proxy.newProxyInstance(PageTotalsTest.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (proxy, method, arguments) -> switch (method.getName()) {
          case "next" -> total != null;
          case "getLong" -> PageTotals.COLUMN.equals(arguments[0]) ? total : -1L;
          default -> null;
        });
    PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(
        PageTotalsTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, arguments) -> method.getName().equals("getResultSet") ? rows : null);
    try {
      ResultSet read = totals.reading(statement).getResultSet();
      while (read.next()) {
        if (total != null) {
          break;
        }
      }
    } catch (SQLException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
