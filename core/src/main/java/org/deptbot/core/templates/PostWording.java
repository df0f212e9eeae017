package org.deptbot.core.templates;

/**
 * Where the lines around a notice's own text come from (the EXERCISE and UPDATED banners, the
 * footer, the disclaimer): each runnable's message bundle, so a department can adjust them.
 */
@FunctionalInterface
public interface PostWording {

  /** The wording under {@code key}, with {@code arguments} filled in. */
  String word(String key, Object... arguments);
}
