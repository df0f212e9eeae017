package org.deptbot.core.notices;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A notice typed in one line: the template to fill and the values given for it.
 *
 * @param templateKey the template's key, lower case
 * @param values lower-case names to values, in the order the dispatcher typed them; unmodifiable
 */
public record QuickForm(String templateKey, Map<String, String> values) {

  /** Copies {@code values} so the form cannot change after it is parsed. */
  public QuickForm {
    Objects.requireNonNull(templateKey, "templateKey");
    // Map.copyOf would lose the typing order, which previews and error messages follow.
    values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values)));
  }
}
