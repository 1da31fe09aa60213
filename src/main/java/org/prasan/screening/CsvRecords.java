package org.prasan.screening;

import java.util.ArrayList;
import java.util.List;
import org.prasan.system.Bilingual;

/** RFC 4180 records: commas, double-quoted cells (quotes doubled), CRLF or LF; blank lines skipped. */
final class CsvRecords {

  private CsvRecords() {
  }

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        if (cell.length() > 0 || wasQuoted) {
          throw HandoverList.refused(Bilingual.of("บรรทัด " + line + ": เครื่องหมายคำพูดอยู่กลางช่อง",
              "Line " + line + ": a quote inside an unquoted cell"));
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(records, record, cell, wasQuoted);
        record = new ArrayList<>();
        wasQuoted = false;
        line++;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw HandoverList.refused(Bilingual.of("เครื่องหมายคำพูดไม่ได้ปิด", "A quoted cell is not closed"));
    }
    endRecord(records, record, cell, wasQuoted);
    return records;
  }

  private static void endRecord(List<List<String>> records, List<String> record,
                                StringBuilder cell, boolean wasQuoted) {
    if (record.isEmpty() && cell.length() == 0 && !wasQuoted) {
      return;
    }
    record.add(cell.toString());
    cell.setLength(0);
    records.add(record);
  }
}
