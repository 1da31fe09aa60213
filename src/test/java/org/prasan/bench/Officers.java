package org.prasan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eight officers at once, each working whole cases one after another until {@code cases} are
 * done; the clock runs from the first tip to the last judgment.
 */
final class Officers {

  static final int CONCURRENT = 8;

  /** One whole case, tip to judgment; answers how many user tasks it took. */
  interface WholeCase {
    int work(int number) throws Exception;
  }

  private Officers() {
  }

  static Throughput work(int cases, WholeCase wholeCase) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService officers = Executors.newFixedThreadPool(CONCURRENT);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int officer = 0; officer < CONCURRENT; officer++) {
        running.add(officers.submit(() -> {
          for (int number = next.getAndIncrement(); number < cases;
               number = next.getAndIncrement()) {
            tasks.addAndGet(wholeCase.work(number));
          }
          return null;
        }));
      }
      for (Future<?> officer : running) {
        officer.get();
      }
    } finally {
      officers.shutdownNow();
    }
    return new Throughput(cases, tasks.get(), (System.nanoTime() - start) / 1e9);
  }
}
