package org.prasan.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * 404: no such thing, or none the caller may see: the two answer the same, so an outsider
 * cannot tell which cases, exhibits or victims exist.
 */
public class NotFoundException extends Refusal {

  static final Bilingual TITLE = Bilingual.of("ไม่พบข้อมูล", "Not found");

  public NotFoundException(Bilingual detail) {
    super(HttpStatus.NOT_FOUND, TITLE, detail, List.of());
  }
}
