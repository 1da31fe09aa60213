package org.prasan.screening;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import executor: a few threads and a short queue (the machine is shared, the database
 * is the limit); a list beyond the queue is refused rather than piling up.
 */
@Configuration
class ScreeningConfiguration {

  static final String IMPORT_EXECUTOR = "screeningImportExecutor";

  @Bean(name = IMPORT_EXECUTOR, destroyMethod = "shutdown")
  ExecutorService screeningImportExecutor(ScreeningProperties properties) {
    AtomicInteger number = new AtomicInteger();
    return new ThreadPoolExecutor(properties.importThreads(), properties.importThreads(),
        0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(properties.importQueue()),
        task -> {
          Thread thread = new Thread(task, "screening-import-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
  }
}
