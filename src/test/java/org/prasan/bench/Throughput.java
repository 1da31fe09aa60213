package org.prasan.bench;

/** Whole cases worked in one go: how many cases and user tasks, in how many seconds. */
record Throughput(int cases, int tasks, double seconds) {

  double tasksPerSecond() {
    return tasks / seconds;
  }

  double casesPerSecond() {
    return cases / seconds;
  }

  double secondsPerTask() {
    return seconds / tasks;
  }

  @Override
  public String toString() {
    return String.format("%d cases, %d tasks in %.1f s: %.1f tasks/s, %.2f cases/s", cases, tasks,
        seconds, tasksPerSecond(), casesPerSecond());
  }
}
