package org.deptbot.core.delivery;

import java.time.Instant;

/**
 * Sharing a post with the servers that follow its channel (publishing from a Discord announcement
 * channel): a step of its own after the post, kept in the delivery so a restart resumes it. The
 * platform limits it separately from posting (about ten an hour per channel), so it can wait long
 * after the post is up.
 *
 * @param state where the step is
 * @param notBefore not tried before this (the platform's retry_after, or backoff)
 * @param attempts tries that counted; a rate-limit wait is not counted
 * @param leaseUntil while PUBLISHING, when another worker may take it over
 * @param note why it waits or failed, worded for people; null when nothing went wrong
 * @param rateLimited whether it waits because the platform said to (its limit), not for an error
 */
public record Publishing(
    State state,
    Instant notBefore,
    int attempts,
    Instant leaseUntil,
    String note,
    boolean rateLimited) {

  /** Where publishing is. PUBLISHED and FAILED are final. */
  public enum State {
    WAITING,
    PUBLISHING,
    PUBLISHED,
    FAILED
  }

  /** Owed from {@code at}: the post is up and waits to be shared. */
  public static Publishing owed(Instant at) {
    return new Publishing(State.WAITING, at, 0, null, null, false);
  }

  public boolean finished() {
    return state == State.PUBLISHED || state == State.FAILED;
  }
}
