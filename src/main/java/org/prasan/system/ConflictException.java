package org.prasan.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 409: the request is well-formed, but what it acts on is no longer in a state for it. */
public class ConflictException extends Refusal {

  static final Bilingual TITLE = Bilingual.of("สถานะไม่เอื้อให้ทำรายการนี้",
      "Conflicts with the current state");

  public ConflictException(Bilingual detail) {
    super(HttpStatus.CONFLICT, TITLE, detail, List.of());
  }
}
