package org.prasan.statistics;

import java.util.List;

/**
 * One table of the statistics, as the page, the CSV and the workbook show it: its rows are a
 * label (Thai and English) and a value per column, and it names the reports that ask for it.
 *
 * @param columns the value columns' headings, each "ไทย / English"
 */
public record Table(String id, String title, String titleTh, List<String> reports,
                    List<String> columns, List<Row> rows) {

  public record Row(String key, String label, String labelTh, List<Number> values) {
  }
}
