package org.prasan.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 413: an upload over its limit; names the field that carried it. */
public class PayloadTooLargeException extends Refusal {

  static final Bilingual TITLE = Bilingual.of("ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด",
      "The upload is too large");

  public PayloadTooLargeException(String field, Bilingual message) {
    super(HttpStatus.PAYLOAD_TOO_LARGE, TITLE, FieldProblem.of(field, message).describe(),
        List.of(FieldProblem.of(field, message)));
  }
}
