package org.deptbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the notice number ("N-2026-000003") a message or a post names. */
public final class NoticeNumbers {

  private static final Pattern NUMBER = Pattern.compile("N-\\d{4}-\\d{6}");

  private NoticeNumbers() {}

  /** The first notice number in {@code text}; fails the test, showing the text, when none is. */
  public static String in(String text) {
    Matcher m = NUMBER.matcher(text);
    assertThat(m.find()).as("a notice number in: %s", text).isTrue();
    return m.group();
  }
}
