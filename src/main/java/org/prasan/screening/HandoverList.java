package org.prasan.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;

/**
 * A handover list as sent: CSV (UTF-8, a header row naming the columns) or a JSON array of
 * objects, read into raw rows of text. Only the list's shape is judged here (encoding, quoting,
 * columns): a malformed list is refused whole (400) before anything is stored; each row's
 * values are judged by {@link PersonRows}, which rejects a bad row alone.
 */
final class HandoverList {

  static final String FIELD = "list";
  static final Set<String> COLUMNS = Set.of(PersonRows.LIST_REF, PersonRows.FULL_NAME,
      PersonRows.SEX, PersonRows.DATE_OF_BIRTH, PersonRows.ESTIMATED_AGE, PersonRows.NATIONALITY,
      PersonRows.LANGUAGES, PersonRows.DOCUMENT_NUMBER, PersonRows.ARRIVED_AT, PersonRows.NOTES);
  static final List<String> REQUIRED = List.of(PersonRows.LIST_REF, PersonRows.FULL_NAME,
      PersonRows.SEX, PersonRows.NATIONALITY, PersonRows.LANGUAGES);

  /** One row as sent; {@code number} counts the list's people from 1 (the header is not one). */
  record RawRow(int number, Map<String, String> values) {

    String get(String column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  private HandoverList() {
  }

  static List<RawRow> csv(byte[] body, int maxRows) {
    String text = utf8(body);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<List<String>> records = CsvRecords.parse(text);
    if (records.isEmpty()) {
      throw refused(Bilingual.of("รายชื่อว่างเปล่า: ต้องมีแถวหัวตารางและอย่างน้อยหนึ่งคน",
          "The list is empty: it needs a header row and at least one person"));
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    checkColumns(header);
    int people = records.size() - 1;
    checkSize(people, maxRows);
    List<RawRow> rows = new ArrayList<>(people);
    for (int i = 1; i < records.size(); i++) {
      List<String> record = records.get(i);
      Map<String, String> values = new LinkedHashMap<>();
      for (int column = 0; column < header.size() && column < record.size(); column++) {
        values.put(header.get(column), record.get(column));
      }
      if (record.size() > header.size()) {
        values.put(PersonRows.EXTRA_CELLS, String.valueOf(record.size() - header.size()));
      }
      rows.add(new RawRow(i, values));
    }
    return rows;
  }

  static List<RawRow> json(byte[] body, ObjectMapper mapper, int maxRows) {
    utf8(body);
    List<RawRow> rows = new ArrayList<>();
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw refused(Bilingual.of("ต้องเป็นอาร์เรย์ JSON ของบุคคล", "Must be a JSON array of people"));
      }
      int number = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        number++;
        checkSize(number, maxRows);
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String column = parser.currentName();
          JsonToken value = parser.nextToken();
          if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
            parser.skipChildren();
            values.put(column, PersonRows.NOT_TEXT);
          } else if (value != JsonToken.VALUE_NULL) {
            if (values.put(column, parser.getText()) != null) {
              throw refused(Bilingual.of("บุคคลลำดับที่ " + number + " มีคีย์ " + column + " ซ้ำ",
                  "Person " + number + " has the key " + column + " twice"));
            }
          }
        }
        checkColumns(values.keySet());
        rows.add(new RawRow(number, values));
      }
      if (parser.currentToken() != JsonToken.END_ARRAY || parser.nextToken() != null) {
        throw refused(Bilingual.of("อาร์เรย์ต้องมีแต่ออบเจ็กต์ของบุคคล และไม่มีข้อมูลต่อท้าย",
            "The array must hold only objects, one per person, and nothing may follow it"));
      }
    } catch (IOException malformed) {
      throw refused(Bilingual.of("JSON ไม่ถูกต้อง", "Malformed JSON"));
    }
    if (rows.isEmpty()) {
      throw refused(Bilingual.of("รายชื่อว่างเปล่า", "The list is empty"));
    }
    return rows;
  }

  private static void checkColumns(java.util.Collection<String> columns) {
    for (String column : columns) {
      if (!COLUMNS.contains(column)) {
        throw refused(Bilingual.of("ไม่รู้จักคอลัมน์ " + column + " (คอลัมน์ที่ใช้ได้: "
            + String.join(", ", sorted()) + ")",
            "Unknown column " + column + " (columns: " + String.join(", ", sorted()) + ")"));
      }
    }
  }

  private static List<String> sorted() {
    return COLUMNS.stream().sorted().toList();
  }

  private static void checkSize(int rows, int maxRows) {
    if (rows > maxRows) {
      throw refused(Bilingual.of("รายชื่อยาวเกิน " + maxRows + " คน: แบ่งส่งเป็นหลายรายการ",
          "The list has more than " + maxRows + " people: send it in parts"));
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException notUtf8) {
      throw refused(Bilingual.of("รายชื่อต้องเข้ารหัสเป็น UTF-8", "The list must be UTF-8"));
    }
  }

  static InvalidFieldException refused(Bilingual why) {
    return new InvalidFieldException(FIELD, why);
  }
}
