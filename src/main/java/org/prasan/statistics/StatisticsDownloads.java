package org.prasan.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The statistics' tables as a download: CSV in long form, or one worksheet per table. */
final class StatisticsDownloads {

  static final List<String> CSV_HEADER = List.of("table", "title", "title_th", "reports",
      "row", "label", "label_th", "column", "value");

  private StatisticsDownloads() {
  }

  /** One line per figure: table, its reports, row, column and value; from and to first. */
  static String csv(Statistics statistics) {
    StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(CSV_HEADER));
    for (Table table : statistics.tables()) {
      for (Table.Row row : table.rows()) {
        // A row may fill fewer columns than its table has (a count without a value).
        for (int column = 0; column < row.values().size(); column++) {
          csv.append(Csv.line(List.of(table.id(), table.title(), table.titleTh(),
              String.join("; ", table.reports()), row.key(), row.label(), row.labelTh(),
              table.columns().get(column), cellOf(row.values().get(column)))));
        }
      }
    }
    return csv.toString();
  }

  static void xlsx(Statistics statistics, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Prasan", "1.0");
      Worksheet about = workbook.newWorksheet("about");
      about.value(0, 0, "ประสาน / Prasan: สถิติการค้ามนุษย์ / Trafficking in persons statistics");
      about.value(1, 0, "from");
      about.value(1, 1, statistics.from().toString());
      about.value(2, 0, "to");
      about.value(2, 1, statistics.to().toString());
      about.value(3, 0, "zone");
      about.value(3, 1, statistics.zone());
      for (Table table : statistics.tables()) {
        Worksheet sheet = workbook.newWorksheet(table.id());
        sheet.value(0, 0, table.titleTh() + " / " + table.title());
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, "รายงานที่ใช้ / Reports: " + String.join("; ", table.reports()));
        sheet.value(2, 0, "ภาษาไทย / Thai");
        sheet.value(2, 1, "English");
        for (int column = 0; column < table.columns().size(); column++) {
          sheet.value(2, 2 + column, table.columns().get(column));
        }
        sheet.style(2, 0).bold().set();
        int line = 3;
        for (Table.Row row : table.rows()) {
          sheet.value(line, 0, row.labelTh());
          sheet.value(line, 1, row.label());
          for (int column = 0; column < row.values().size(); column++) {
            Number value = row.values().get(column);
            if (value != null) {
              sheet.value(line, 2 + column, value);
            }
          }
          line++;
        }
        sheet.width(0, 40);
        sheet.width(1, 40);
      }
      workbook.finish();
    } catch (IOException cannotWrite) {
      throw new UncheckedIOException(cannotWrite);
    }
  }

  private static Object cellOf(Number value) {
    return value instanceof BigDecimal amount ? amount.toPlainString() : value;
  }
}
