package org.prasan.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs calls on their own threads, released at the same instant, and collects the answers. */
public final class Concurrently {

  private Concurrently() {
  }

  public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.size());
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> call : calls) {
        answers.add(threads.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
