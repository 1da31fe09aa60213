package org.prasan.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.prasan.casefile.CaseId;
import org.prasan.casefile.CaseResources;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * The case an exhibit belongs to and the agency holding it (the last entry of its custody
 * chain): what the access rules of {@code /api/evidence/{exhibitId}} decide on.
 */
@Component
public class ExhibitOwners implements CaseResources {

  static final String EXHIBIT_ID = "exhibitId";
  private static final Pattern SHAPE = Pattern.compile("EXH-\\d{6,}");

  private final ExhibitRepository exhibits;

  public ExhibitOwners(ExhibitRepository exhibits) {
    this.exhibits = exhibits;
  }

  @Override
  public String pathVariable() {
    return EXHIBIT_ID;
  }

  /** A malformed id is refused (400 naming {@code exhibitId}) before anything is looked up. */
  @Override
  public Optional<Owner> ownerOf(String exhibitId) {
    if (!SHAPE.matcher(exhibitId).matches()) {
      throw new InvalidFieldException(EXHIBIT_ID, Bilingual.of("ต้องมีรูปแบบเช่น EXH-000123",
          "must look like EXH-000123"));
    }
    return exhibits.find(exhibitId).map(exhibit -> new Owner(CaseId.of(exhibit.caseId()),
        Optional.ofNullable(holderOf(exhibits, exhibit)).map(Set::of).orElse(Set.of())));
  }

  @Override
  public Bilingual notFound(String exhibitId) {
    return noExhibit(exhibitId);
  }

  static Bilingual noExhibit(String exhibitId) {
    return Bilingual.of("ไม่พบวัตถุพยาน " + exhibitId, "No exhibit " + exhibitId);
  }

  /** The agency the exhibit's custody chain ends with, or null before its first entry. */
  static String holderOf(ExhibitRepository exhibits, Exhibit exhibit) {
    List<CustodyEntry> entries = exhibits.custodyOf(exhibit.exhibitId());
    return entries.isEmpty() ? null : entries.get(entries.size() - 1).toAgency();
  }
}
