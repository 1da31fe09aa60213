package org.prasan.screening;

import java.time.Clock;
import org.prasan.system.Bilingual;
import org.prasan.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Opens operations and finds them (404 for an unknown one). */
@Service
class ScreeningOperations {

  private static final Logger LOG = LoggerFactory.getLogger(ScreeningOperations.class);

  private final ScreeningStore store;
  private final ScreeningRefs refs;
  private final Clock clock;

  ScreeningOperations(ScreeningStore store, ScreeningRefs refs, Clock clock) {
    this.store = store;
    this.refs = refs;
    this.clock = clock;
  }

  String open(OperationRequest request, String user) {
    String operationId = refs.operation();
    store.insert(new Operation(operationId, request.name().strip(), request.site().strip(),
        request.receivedAt(), request.handedOverBy().strip(), request.leadAgency(), user,
        clock.instant()));
    LOG.info("Screening operation {} opened by {}", operationId, user);
    return operationId;
  }

  Operation require(String operationId) {
    return store.operation(operationId).orElseThrow(() -> new NotFoundException(
        Bilingual.of("ไม่พบปฏิบัติการคัดแยก " + operationId,
            "No screening operation " + operationId)));
  }
}
