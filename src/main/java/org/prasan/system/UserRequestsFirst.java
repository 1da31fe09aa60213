package org.prasan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People before clocks (issue 20): while requests of users and agency systems are being served
 * ({@code /api}, {@code /engine-rest}, the webapps' {@code /camunda/api}), the job executor runs
 * at most {@code prasan.job-execution.jobs-while-requests-run} jobs at once; with none, up to its
 * pool as configured. After an outage thousands of clocks fall due at once, each job costs
 * about 60 statements and the CPU of both ends, and the job threads (up to
 * {@code camunda.bpm.job-execution.max-pool-size}) took the cores from the officers working
 * beside them; Java's thread priorities do nothing on Linux, so the job threads wait instead.
 * A job waits for a slot before it starts, never inside its transaction, and checks again
 * every few milliseconds, so no job waits for ever: at least one always runs. 0 turns it off.
 * 2 (the cores of the README's sizing): at 1,000 clocks with 100 officers, 1 made the storm
 * 59 % longer; 2 cut the officers' p95 and the requests waiting for a connection against both
 * runs before, the storm between them (single runs on a loaded machine: docs/benchmarks.md).
 * The job threads also run at a lower CPU priority ({@code prasan.job-execution.nice},
 * {@link BackgroundThreads}), so the jobs that do run take the cores only when the requests
 * leave them.
 */
@Configuration
public class UserRequestsFirst {

  private static final String JOB_EXECUTOR_POOL = "camundaTaskExecutor";

  /** The requests of users and agency systems: the API, the engine's REST, the webapps'. */
  static final List<String> USER_REQUEST_PATHS =
      List.of("/api/*", "/engine-rest/*", "/camunda/api/*");

  @Bean
  static Gate userRequestsGate(
      @Value("${prasan.job-execution.jobs-while-requests-run:2}") int jobsWhileRequestsRun,
      @Value("${prasan.job-execution.nice:10}") int nice) {
    return new Gate(jobsWhileRequestsRun, nice);
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> userRequestsCounter(Gate gate) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Counting(gate));
    registration.setUrlPatterns(USER_REQUEST_PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Puts the gate before every job the job executor's pool runs (before the pool starts). */
  @Bean
  static BeanPostProcessor jobsBehindUserRequests(
      org.springframework.beans.factory.ObjectProvider<Gate> gate) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (JOB_EXECUTOR_POOL.equals(name) && bean instanceof ThreadPoolTaskExecutor pool
            && (gate.getObject().enabled() || gate.getObject().nice > 0)) {
          pool.setTaskDecorator(gate.getObject());
        }
        return bean;
      }
    };
  }

  /** Told when a job starts and ends ({@link RequestsInTurn}: a turn more per running job). */
  interface JobsRunning {
    JobsRunning NOBODY = new JobsRunning() {
      @Override
      public void jobStarted() {
      }

      @Override
      public void jobEnded() {
      }
    };

    void jobStarted();

    void jobEnded();
  }

  /** Counts the requests being served; lets jobs start while few enough run. */
  public static final class Gate implements TaskDecorator {

    private static final long RECHECK_MILLIS = 5;

    private final int jobsWhileRequestsRun;
    private final int nice;
    private final AtomicInteger requests = new AtomicInteger();
    private final Object lock = new Object();
    private int jobs;
    private volatile JobsRunning told = JobsRunning.NOBODY;

    public Gate(int jobsWhileRequestsRun) {
      this(jobsWhileRequestsRun, 0);
    }

    /**
     * @param nice the job threads' CPU priority ({@link BackgroundThreads}; 0: as the web
     *     threads')
     */
    public Gate(int jobsWhileRequestsRun, int nice) {
      this.jobsWhileRequestsRun = jobsWhileRequestsRun;
      this.nice = nice;
    }

    boolean enabled() {
      return jobsWhileRequestsRun > 0;
    }

    /** Tells {@code listener} of each job this gate lets start and sees end. */
    void tell(JobsRunning listener) {
      told = listener;
    }

    public void requestStarted() {
      requests.incrementAndGet();
    }

    public void requestEnded() {
      requests.decrementAndGet();
    }

    /** Jobs running now (for tests and the log). */
    public int jobsRunning() {
      synchronized (lock) {
        return jobs;
      }
    }

    @Override
    public Runnable decorate(Runnable job) {
      return () -> {
        BackgroundThreads.lowerPriority(nice);
        if (!enabled()) {
          job.run();
          return;
        }
        try {
          enter();
        } catch (InterruptedException stopping) {
          Thread.currentThread().interrupt();
          return; // the pool is shutting down: the job's lock expires and it runs later
        }
        try {
          job.run();
        } finally {
          leave();
        }
      };
    }

    void enter() throws InterruptedException {
      synchronized (lock) {
        while (jobs >= jobsWhileRequestsRun && requests.get() > 0) {
          lock.wait(RECHECK_MILLIS);
        }
        jobs++;
      }
      told.jobStarted();
    }

    void leave() {
      told.jobEnded();
      synchronized (lock) {
        jobs--;
        lock.notifyAll();
      }
    }
  }

  static final class Counting extends OncePerRequestFilter {

    private final Gate gate;

    Counting(Gate gate) {
      this.gate = gate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
      gate.requestStarted();
      try {
        chain.doFilter(request, response);
      } finally {
        gate.requestEnded();
      }
    }
  }
}
