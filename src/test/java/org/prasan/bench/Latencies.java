package org.prasan.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Response times of one kind of request, in ms; percentiles by nearest rank. */
final class Latencies {

  private final double[] millis;
  private final AtomicInteger count = new AtomicInteger();

  Latencies(int capacity) {
    millis = new double[capacity];
  }

  void add(long startNanos) {
    millis[count.getAndIncrement()] = (System.nanoTime() - startNanos) / 1e6;
  }

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, count.get());
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  @Override
  public String toString() {
    return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", count.get(),
        percentile(50), percentile(95), percentile(99), percentile(100));
  }
}
