package org.prasan.statistics;

import java.util.ArrayList;
import java.util.List;
import org.prasan.statistics.ReportingRows.VictimRow;
import org.springframework.stereotype.Service;

/**
 * Victims identified in a period in IOM's Human Trafficking Case Data Standard (HTCDS v2.0)
 * field names, one line per person: full records (refs, codes, dates, province; never a name
 * or document number) or the anonymised release ({@link KAnonymity}).
 */
@Service
public class HtcdsExport {

  static final List<String> FULL_HEADER = List.of("cas_CaseRef", "prs_PersonRef",
      "vic_TraffickingStatus", "vic_StatusDecidedBy", "vic_IdentificationDate", "hte_Country",
      "hte_State", "prs_Gender", "vic_AgeBand", "prs_Nationality", "vic_TypeOfExploitation",
      "vic_TypeOfLabourExploitation", "vic_LabourIndustry", "prasan_Exploitation",
      "prasan_Sector");
  static final List<String> ANONYMISED_HEADER = List.of("yearOfRegistration", "gender",
      "ageBroad", "citizenship", "typeOfExploitation");

  private final ReportingRows rows;

  public HtcdsExport(ReportingRows rows) {
    this.rows = rows;
  }

  public List<PersonRecord> people(Period period) {
    return people(rows.victims(period));
  }

  /** Each group split into its people: women, girls, men, boys, in that order. */
  static List<PersonRecord> people(List<VictimRow> groups) {
    List<PersonRecord> people = new ArrayList<>();
    for (VictimRow group : groups) {
      String childBand = switch (StatisticsFigures.childBand(group.ageBand())) {
        case "UNDER_15" -> "0-14";
        case "15_TO_17" -> "15-17";
        default -> "0-17";
      };
      int n = 0;
      String groupRef = group.caseId() + "-G" + Integer.toHexString(
          group.taskId().hashCode() & 0xfffff);
      for (String[] kind : new String[][] {{"Female", "18+"}, {"Female", childBand},
          {"Male", "18+"}, {"Male", childBand}}) {
        int count = switch (n++) {
          case 0 -> group.women();
          case 1 -> group.girls();
          case 2 -> group.men();
          default -> group.boys();
        };
        for (int i = 0; i < count; i++) {
          people.add(new PersonRecord(group.caseId(), groupRef + "-" + (people.size() + 1),
              group.identifiedAt().atZone(Period.ZONE).toLocalDate(), group.province(),
              kind[0], kind[1], group.nationality(),
              Exploitation.valueOf(group.exploitation()), Sector.valueOf(group.sector())));
        }
      }
    }
    return people;
  }

  static String fullCsv(List<PersonRecord> people) {
    StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(FULL_HEADER));
    for (PersonRecord person : people) {
      String labourType = !person.exploitation().htcdsLabourType().isEmpty()
          ? person.exploitation().htcdsLabourType()
          : person.exploitation() == Exploitation.LABOUR ? person.sector().htcdsLabourType() : "";
      csv.append(Csv.line(List.of(person.caseRef(), person.personRef(), "IdentifiedVictim",
          "MultidisciplinaryTeam", person.identified(), "TH",
          person.province() == null ? "" : person.province(), person.gender(),
          person.ageBand(), person.citizenship(), person.exploitation().htcdsType(),
          labourType, person.sector().isic(), person.exploitation().name(),
          person.sector().name())));
    }
    return csv.toString();
  }

  static String anonymisedCsv(KAnonymity.Result result) {
    StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(ANONYMISED_HEADER));
    result.released().stream()
        .sorted(java.util.Comparator.comparing(KAnonymity.Release::toString))
        .forEach(r -> csv.append(Csv.line(List.of(r.year(), r.gender(), r.ageBand(),
            r.citizenship(), r.exploitation()))));
    return csv.toString();
  }
}
