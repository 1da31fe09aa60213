package org.prasan.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page of tasks and the count of the same list, asked in one request, read the list once.
 * The Tasklist's page (and {@code /engine-rest/filter/{id}/list} as HAL) lists 15 tasks, then
 * counts the filter's tasks in a second statement over the same tasks and grants: for a queue
 * of 1,071 people, 8 ms of MariaDB each on every page (docs/benchmarks.md). Here the list's
 * statement also counts, in a window over the tasks it sorts anyway ({@link
 * TaskListPageFirst#counting}), and the count that follows in the same request, with the very
 * same criteria and parameter values (the officer's id and groups among them), is answered with
 * that number instead of reading the tasks again ({@link TaskQueryShapes}). Only within one
 * request on one thread, only the last list, only once: a count in another request, or after
 * another list, or of other criteria, reads the tasks as the engine writes it. The two
 * statements run in turn in separate transactions, as before; a task created between them was
 * counted or not either way.
 */
public final class PageTotals {

  /** The column of the list's statement that holds the count of the whole list. */
  static final String COLUMN = "PRASAN_TOTAL_";

  private static final ThreadLocal<PageTotals> REQUEST = new ThreadLocal<>();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** What a list or count reads: its text and its parameters' values. */
  record Criteria(String text, List<Object> values) {
  }

  private Criteria listing;
  private Criteria listed;
  private long total;

  /** This request's, or null outside requests (jobs and other background threads). */
  static PageTotals current() {
    return REQUEST.get();
  }

  /** Runs the work as one request would. */
  static <T> T during(Supplier<T> work) {
    PageTotals before = REQUEST.get();
    REQUEST.set(new PageTotals());
    try {
      return work.get();
    } finally {
      REQUEST.set(before);
    }
  }

  static String spacesMadeSingle(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** A counting list of these criteria is about to run. */
  void listing(Criteria criteria) {
    listing = criteria;
    listed = null;
  }

  boolean isListing() {
    return listing != null;
  }

  /**
   * The list's statement, its result read through to learn the total from the first row. The
   * total is kept once the list has been read; an empty page tells none.
   */
  PreparedStatement reading(PreparedStatement statement) {
    Criteria criteria = listing;
    listing = null;
    return (PreparedStatement) Proxy.newProxyInstance(PageTotals.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
          Object result = call(statement, method, arguments);
          return method.getName().equals("getResultSet") && result != null
              ? firstRowRead((ResultSet) result, criteria) : result;
        });
  }

  private ResultSet firstRowRead(ResultSet rows, Criteria criteria) {
    boolean[] first = {true};
    return (ResultSet) Proxy.newProxyInstance(PageTotals.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (proxy, method, arguments) -> {
          Object result = call(rows, method, arguments);
          if (first[0] && method.getName().equals("next")) {
            first[0] = false;
            if (Boolean.TRUE.equals(result)) {
              total = rows.getLong(COLUMN);
              listed = criteria;
            }
          }
          return result;
        });
  }

  /** Whether a list's total waits for its count (else the count's values need no reading). */
  boolean hasTotal() {
    return listed != null;
  }

  /** The total of the list just read, if it read these criteria; asked once. */
  Long totalFor(Criteria criteria) {
    if (listed == null || !listed.equals(criteria)) {
      return null;
    }
    listed = null;
    return total;
  }

  private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException failed) {
      throw failed.getCause();
    }
  }

  private PageTotals() {
  }

  /** Each request its own, on every path. */
  @Configuration
  static class PerRequest {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageTotalsPerRequest() {
      return ForEachRequest.registered(REQUEST, PageTotals::new, List.of());
    }
  }
}
