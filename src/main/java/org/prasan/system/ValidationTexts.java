package org.prasan.system;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation message in Thai and English, whatever language the caller's browser asks
 * for: the constraint's template ({@code {jakarta.validation.constraints.Size.message}},
 * {@code {prasan.agencyId}}) looked up in {@code ValidationMessages_th.properties} and in the
 * English bundles (ours, then Hibernate Validator's), with the constraint's attributes
 * ({@code {min}}, {@code {max}}) filled in. A message without a Thai text keeps its English
 * one in both places rather than none.
 */
final class ValidationTexts {

  private static final String OURS = "ValidationMessages";
  private static final String HIBERNATE = "org.hibernate.validator.ValidationMessages";
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final Pattern TOKEN = Pattern.compile("\\{([^{}$]+)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ValidationTexts() {
  }

  static Bilingual of(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    Map<String, Object> attributes = violation.getConstraintDescriptor() == null ? Map.of()
        : violation.getConstraintDescriptor().getAttributes();
    String en = interpolate(template, attributes, List.of(bundle(OURS, Locale.ROOT),
        bundle(HIBERNATE, Locale.ROOT)));
    if (en == null) {
      en = violation.getMessage();
    }
    String th = interpolate(template, attributes, List.of(bundle(OURS, THAI)));
    return Bilingual.of(th == null || th.equals(en) ? en : th, en);
  }

  /** The template with every key and attribute filled in, or null when one is left. */
  private static String interpolate(String template, Map<String, Object> attributes,
                                    List<ResourceBundle> bundles) {
    String text = template;
    for (int round = 0; round < 3; round++) {
      Matcher token = TOKEN.matcher(text);
      StringBuilder resolved = new StringBuilder();
      boolean changed = false;
      while (token.find()) {
        String key = token.group(1);
        String value = attributes.containsKey(key) ? String.valueOf(attributes.get(key))
            : lookup(bundles, key);
        changed |= value != null;
        token.appendReplacement(resolved, Matcher.quoteReplacement(
            value == null ? token.group() : value));
      }
      token.appendTail(resolved);
      text = resolved.toString();
      if (!changed) {
        break;
      }
    }
    return text.contains("${") || TOKEN.matcher(text).find() ? null : text;
  }

  private static String lookup(List<ResourceBundle> bundles, String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle != null && bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }

  private static ResourceBundle bundle(String name, Locale locale) {
    try {
      return ResourceBundle.getBundle(name, locale, ValidationTexts.class.getClassLoader(),
          NO_FALLBACK);
    } catch (MissingResourceException absent) {
      return null;
    }
  }
}
