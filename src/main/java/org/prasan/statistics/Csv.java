package org.prasan.statistics;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV, UTF-8 with a byte order mark so that spreadsheet programs read the Thai. */
final class Csv {

  static final String BOM = "\uFEFF";

  private Csv() {
  }

  static String line(List<?> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof java.math.BigDecimal amount ? amount.toPlainString()
        : value.toString();
    // A cell a spreadsheet would run as a formula is quoted and prefixed (CSV injection).
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n")
        || text.contains("\r") || text.startsWith("'")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
