package org.prasan.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * 403: the caller may see what they asked about, but not do this. A caller who may not even
 * see it gets {@link NotFoundException}, so a refusal never tells an outsider what exists.
 */
public class NotPermittedException extends Refusal {

  static final Bilingual TITLE = Bilingual.of("ไม่ได้รับอนุญาต", "Not allowed");

  public NotPermittedException(Bilingual detail) {
    super(HttpStatus.FORBIDDEN, TITLE, detail, List.of());
  }
}
