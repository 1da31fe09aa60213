package org.prasan.deconfliction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes an identifier the one way every agency's spelling of it agrees on, so a match is an
 * equality lookup: {@code 081-234-5678} and {@code +66 81 234 5678} both become
 * {@code +66812345678}. Normalising is deliberately conservative: two values that normalise
 * alike name the same thing; a human decides everything else in the overlap review.
 */
@Component
public class IdentifierNormalizer {

  /** Numbers written without a country code are Thai. */
  static final String DEFAULT_REGION = "TH";
  static final int MAX_LENGTH = 320;

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  public String normalize(IdentifierType type, String raw) {
    String value = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    String normalized = switch (type) {
      case PHONE -> phone(value);
      case EMAIL -> value.toLowerCase(Locale.ROOT);
      case URL -> url(value);
      case HANDLE -> handle(value);
      case PASSPORT -> value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
      case BANK_ACCOUNT -> value.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    };
    return normalized.length() > MAX_LENGTH ? normalized.substring(0, MAX_LENGTH) : normalized;
  }

  private static String phone(String value) {
    try {
      PhoneNumber number = PHONES.parse(value, DEFAULT_REGION);
      if (PHONES.isPossibleNumber(number)) {
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      }
    } catch (NumberParseException notAPhoneNumber) {
      // Kept as digits below: still comparable with the same digits written elsewhere.
    }
    String digits = value.replaceAll("[^0-9+]", "");
    return digits.isEmpty() ? value : digits;
  }

  /**
   * Scheme, {@code www.}, default ports, fragments, trailing slashes and tracking parameters
   * do not change which page or profile a URL names; host names compare in ASCII, lower case.
   */
  private static String url(String value) {
    String withScheme = value.contains("://") ? value : "https://" + value;
    try {
      URI uri = new URI(withScheme);
      if (uri.getHost() == null) {
        return value.toLowerCase(Locale.ROOT);
      }
      String host = IDN.toASCII(uri.getHost()).toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String port = uri.getPort() == -1 || uri.getPort() == 80 || uri.getPort() == 443
          ? "" : ":" + uri.getPort();
      String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
      String query = query(uri.getRawQuery());
      return host + port + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException | IllegalArgumentException notAUrl) {
      return value.toLowerCase(Locale.ROOT);
    }
  }

  private static String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    return Arrays.stream(rawQuery.split("&"))
        .filter(parameter -> !parameter.isEmpty())
        .filter(parameter -> !isTracking(parameter.split("=", 2)[0].toLowerCase(Locale.ROOT)))
        .sorted()
        .collect(Collectors.joining("&"));
  }

  private static boolean isTracking(String name) {
    return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")
        || name.equals("igshid") || name.equals("si");
  }

  private static String handle(String value) {
    String handle = value;
    while (handle.startsWith("@")) {
      handle = handle.substring(1);
    }
    return handle.strip().toLowerCase(Locale.ROOT);
  }
}
