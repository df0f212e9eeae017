package org.deptbot.core.notices;

import java.util.List;

/**
 * A test message the department sends by itself on a schedule (the seed file's {@code
 * test_messages}): the approved template {@code templateKey}, posted to {@code channels} at each
 * occurrence of {@code rule}, marked as a test on every post ({@link NoticeMode#TEST}).
 *
 * @param id the test message's name in the seed file ({@code monthly})
 * @param templateKey the key of the template it posts; its approved version at the time is used,
 *     and it needs no blank filled in
 * @param rule when it goes out
 * @param channels the channel ids it is posted to
 */
public record TestMessage(
    String id, String templateKey, TestMessageRule rule, List<String> channels) {

  public TestMessage {
    channels = List.copyOf(channels);
  }

  /**
   * The key one occurrence is issued under: the same for every round, restart and bot that handles
   * that occurrence, so it is issued once.
   */
  public String occurrenceKey(java.time.LocalDate day) {
    return "test:" + id + ":" + day;
  }
}
