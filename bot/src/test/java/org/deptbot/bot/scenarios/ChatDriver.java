package org.deptbot.bot.scenarios;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One person's side of a private chat with the bot on one platform, in the platform's own terms (a
 * Telegram update, a Discord DM or button interaction, a training page request), so a scenario is
 * written once and runs on every adapter.
 */
interface ChatDriver {

  Duration WAIT = Duration.ofSeconds(15);

  /** Someone talking to the bot; {@code id} is the platform's user id, or a training persona. */
  record Person(String id, String name) {}

  /**
   * A bot message as the person sees it now.
   *
   * @param id the platform's message id
   * @param text the text without markup (and an embed's title and description on Discord)
   * @param buttons the button labels, row after row
   */
  record Reply(String id, String text, List<String> buttons) {

    boolean hasButton(String labelStart) {
      return buttons.stream().anyMatch(b -> b.startsWith(labelStart));
    }
  }

  /** A member of the public new to the bot, a different one on each call where the platform can. */
  Person newMemberOfThePublic();

  /** The dispatcher of the example seed, s-050, as linked on this platform. */
  Person dispatcher();

  /** An officer of the example seed, as linked on this platform. */
  Person officer();

  /** That officer's sergeant, as linked on this platform. */
  Person sergeant();

  /** Sends {@code text} in the person's private chat with the bot. */
  void say(Person who, String text);

  /** Whether people can reply to a particular message here (Telegram and Discord; not the page). */
  default boolean canReply() {
    return false;
  }

  /** Sends {@code text} as a reply to the bot's message {@code to}, where {@link #canReply}. */
  default void replyTo(Person who, Reply to, String text) {
    throw new UnsupportedOperationException(this + " has no replies to a message");
  }

  /**
   * Waits for a message the bot sent the person since their last {@link #say} or {@link #press}
   * that matches, and returns the newest such one; fails listing what the bot did send.
   */
  default Reply awaitReply(Person who, Predicate<Reply> wanted) {
    List<Reply> replies =
        await(
            () -> repliesSinceLastTurn(who),
            l -> l.stream().anyMatch(wanted),
            "no matching reply to " + who);
    return replies.stream().filter(wanted).reduce((a, b) -> b).orElseThrow();
  }

  /** The bot's messages to the person since their last turn, oldest first, as they are now. */
  List<Reply> repliesSinceLastTurn(Person who);

  /** The bot's message {@code messageId} in the person's chat as it is now, or null. */
  Reply current(Person who, String messageId);

  /**
   * Presses the first button whose label starts with {@code labelStart}, and waits for the
   * platform's acknowledgement of the press (a Telegram callback answer, a deferred Discord
   * interaction, the page's 202).
   *
   * @return whether the press was acknowledged within {@link #WAIT}
   */
  boolean press(Person who, Reply on, String labelStart);

  /** Waits until the message {@code reply}, as edited in place since, matches. */
  default Reply awaitEdited(Person who, Reply reply, Predicate<Reply> wanted) {
    return await(
        () -> current(who, reply.id()),
        r -> r != null && wanted.test(r),
        "message " + reply.id() + " was not edited as expected");
  }

  /** Calls the platform would have refused or could not serve; a scenario expects none. */
  List<String> refusedCalls();

  /** Polls {@code read} until it gives a value {@code done} accepts, or fails with the last one. */
  static <T> T await(Supplier<T> read, Predicate<T> done, String what) {
    try {
      return Awaitility.await(what)
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(40))
          .until(read::get, done);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(what + " within " + WAIT + "; last seen: " + read.get(), e);
    }
  }
}
