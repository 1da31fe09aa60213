package org.prasan.statistics;

import org.prasan.system.Bilingual;

/** A value officers choose on a form, with its words in Thai and English for tables. */
public interface Code {

  String name();

  Bilingual label();

  /** The code whose name is {@code value}, or null. */
  static <C extends Enum<C> & Code> C find(Class<C> codes, Object value) {
    if (value == null) {
      return null;
    }
    for (C code : codes.getEnumConstants()) {
      if (code.name().equals(value.toString())) {
        return code;
      }
    }
    return null;
  }
}
