package org.prasan.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400: one or more fields of the request are wrong; each is named. */
public class InvalidFieldException extends Refusal {

  static final Bilingual TITLE = Bilingual.of("คำขอมีข้อมูลที่ไม่ถูกต้อง",
      "The request has invalid fields");

  public InvalidFieldException(String field, Bilingual message) {
    this(List.of(FieldProblem.of(field, message)));
  }

  public InvalidFieldException(String field, Bilingual label, Bilingual message) {
    this(List.of(new FieldProblem(field, label, message)));
  }

  public InvalidFieldException(List<FieldProblem> fields) {
    this(TITLE, fields);
  }

  public InvalidFieldException(Bilingual title, List<FieldProblem> fields) {
    super(HttpStatus.BAD_REQUEST, title, describe(fields), fields);
  }
}
