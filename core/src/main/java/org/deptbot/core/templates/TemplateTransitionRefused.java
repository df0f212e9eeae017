package org.deptbot.core.templates;

/** A template cannot make the change asked for: wrong state, or the wrong person asking. */
public class TemplateTransitionRefused extends RuntimeException {

  public TemplateTransitionRefused(String message) {
    super(message);
  }
}
