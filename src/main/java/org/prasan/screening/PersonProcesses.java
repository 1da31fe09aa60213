package org.prasan.screening;

import org.springframework.stereotype.Service;

/** Starts each listed person's person-screening process (issue 17, step 4). */
@Service
class PersonProcesses {

  /** Starts the process of every person of the operation who has none yet; answers how many. */
  int startWaiting(String operationId) {
    return 0;
  }
}
