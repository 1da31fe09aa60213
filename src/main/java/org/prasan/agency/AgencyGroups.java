package org.prasan.agency;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups and agencies, in one place: an agency's officers are the group {@code <agency>}, its
 * supervisors also {@code <agency>-sup}; a case and a form hold agency lists as
 * comma-separated ids ({@code case_file.supporting_agencies}).
 */
public final class AgencyGroups {

  private AgencyGroups() {
  }

  /** The agency a group belongs to: {@code rtp-atpd} for {@code rtp-atpd-sup} too. */
  public static String agencyOf(String group) {
    return isSupervisorGroup(group)
        ? group.substring(0, group.length() - Agency.SUPERVISOR_SUFFIX.length()) : group;
  }

  public static boolean isSupervisorGroup(String group) {
    return group.endsWith(Agency.SUPERVISOR_SUFFIX);
  }

  /** The agencies of these groups, in their order, each once. */
  public static Set<String> agenciesOf(Collection<String> groups) {
    Set<String> agencies = new LinkedHashSet<>();
    groups.forEach(group -> agencies.add(agencyOf(group)));
    return agencies;
  }

  /** {@code "msdhs, mdt,,msdhs"} to {@code [msdhs, mdt]}; null or blank to none. */
  public static List<String> parseList(String agencyList) {
    if (agencyList == null || agencyList.isBlank()) {
      return List.of();
    }
    return Arrays.stream(agencyList.split(","))
        .map(String::strip)
        .filter(agency -> !agency.isEmpty())
        .distinct()
        .toList();
  }

  public static String joinList(Collection<String> agencies) {
    return String.join(",", agencies);
  }
}
