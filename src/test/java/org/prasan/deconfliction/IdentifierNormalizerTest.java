package org.prasan.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierNormalizerTest {

  private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      PHONE        | 081-234-5678                         | +66812345678
      PHONE        | +66812345678                         | +66812345678
      PHONE        | +66 81 234 5678                      | +66812345678
      PHONE        | (081) 234 5678                       | +66812345678
      PHONE        | 001 66 81 234 5678                   | +66812345678
      PHONE        | ๐๘๑๒๓๔๕๖๗๘                           | +66812345678
      PHONE        | 02-123-4567                          | +6621234567
      PHONE        | +95 9 123 456 789                    | +959123456789
      PHONE        | call me                              | call me
      EMAIL        | ' Recruiter.Jobs@Example.COM '       | recruiter.jobs@example.com
      URL          | https://www.Facebook.com/jobs.thai/  | facebook.com/jobs.thai
      URL          | facebook.com/jobs.thai               | facebook.com/jobs.thai
      URL          | http://facebook.com:80/jobs.thai#top | facebook.com/jobs.thai
      URL          | https://t.me/jobs?utm_source=x&b=2&a=1 | t.me/jobs?a=1&b=2
      HANDLE       | @Jobs_Thai                           | jobs_thai
      HANDLE       | jobs_thai                            | jobs_thai
      PASSPORT     | aa 123-4567                          | AA1234567
      BANK_ACCOUNT | 123-4-56789-0                        | 1234567890
      """)
  void writesEveryIdentifierTheOneWayAllSpellingsAgreeOn(IdentifierType type, String raw,
                                                          String normalized) {
    assertThat(normalizer.normalize(type, raw)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      PHONE | 081-234-5678   | +66812345678
      PHONE | 0812345678     | +66-81-234-5678
      EMAIL | a.b@x.co.th    | A.B@X.CO.TH
      """)
  void matchesTheSameIdentifierWrittenDifferently(IdentifierType type, String one,
                                                  String other) {
    assertThat(normalizer.normalize(type, one)).isEqualTo(normalizer.normalize(type, other));
  }
}
