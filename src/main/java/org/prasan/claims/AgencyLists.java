package org.prasan.claims;

import java.util.Arrays;
import java.util.List;

/** Comma-separated agency ids, as {@code case_file.supporting_agencies} and forms hold them. */
public final class AgencyLists {

  private AgencyLists() {
  }

  public static List<String> parse(String agencyList) {
    if (agencyList == null || agencyList.isBlank()) {
      return List.of();
    }
    return Arrays.stream(agencyList.split(","))
        .map(String::strip)
        .filter(agency -> !agency.isEmpty())
        .distinct()
        .toList();
  }
}
