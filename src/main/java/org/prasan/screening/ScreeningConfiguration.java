package org.prasan.screening;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.prasan.system.BackgroundThreads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import executor: a few threads and a short queue (the machine is shared, the database
 * is the limit); a list beyond the queue is refused rather than piling up. The start executor
 * starts the processes of stored lists. Both are background work: their threads run at the
 * job executor's lower CPU priority ({@code prasan.job-execution.nice}, {@link
 * BackgroundThreads}), behind people's requests.
 */
@Configuration
class ScreeningConfiguration {

  static final String IMPORT_EXECUTOR = "screeningImportExecutor";
  static final String START_EXECUTOR = "screeningStartExecutor";

  @Bean(name = IMPORT_EXECUTOR, destroyMethod = "shutdown")
  ExecutorService screeningImportExecutor(ScreeningProperties properties,
      @Value("${prasan.job-execution.nice:10}") int nice) {
    AtomicInteger number = new AtomicInteger();
    return new ThreadPoolExecutor(properties.importThreads(), properties.importThreads(),
        0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(properties.importQueue()),
        task -> {
          Thread thread = new Thread(() -> {
            BackgroundThreads.lowerPriority(nice);
            task.run();
          }, "screening-import-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * The threads that start a stored list's processes, a batch each at a time ({@code
   * start-threads}); batches wait in line, each import waits for its own.
   */
  @Bean(name = START_EXECUTOR, destroyMethod = "shutdown")
  ExecutorService screeningStartExecutor(ScreeningProperties properties,
      @Value("${prasan.job-execution.nice:10}") int nice) {
    AtomicInteger number = new AtomicInteger();
    return Executors.newFixedThreadPool(properties.startThreads(), task -> {
      Thread thread = new Thread(() -> {
        BackgroundThreads.lowerPriority(nice);
        task.run();
      }, "screening-start-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
