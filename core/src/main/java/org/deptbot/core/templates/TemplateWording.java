package org.deptbot.core.templates;

import java.util.Objects;

/**
 * A template's title and body in one language other than the department's default, with the same
 * {@code {{name}}} blanks as the default wording.
 */
public record TemplateWording(String title, String body) {

  public TemplateWording {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
