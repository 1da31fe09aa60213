package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.ProblemDetail;

/** A request to /api that lost a race with another one is told so: 409, safe to send again. */
class ConcurrentChangeProblemTest {

  private final ApiProblems problems = new ApiProblems();

  @Test
  void anOptimisticLockingFailureOfTheEngineIsAConflict() {
    ProblemDetail problem = problems.concurrentChange(
        new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction"));

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getTitle()).isEqualTo("Changed by another request at the same time");
    assertThat(problem.getDetail())
        .isEqualTo("Nothing of this request was stored; reload and send it again.");
  }

  @Test
  void aLockTheDatabaseGaveUpWaitingForIsAConflict() {
    assertThat(problems.concurrentChange(new CannotAcquireLockException("Lock wait timeout"))
        .getStatus()).isEqualTo(409);
  }
}
