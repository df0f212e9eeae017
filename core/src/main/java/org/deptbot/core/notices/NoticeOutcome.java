package org.deptbot.core.notices;

import java.time.Instant;

/**
 * What became of an issue, update, cancellation or found asked of {@link NoticeDesk}: the chat and
 * the console each word it for their readers. Only {@link Stored} changed anything.
 */
public sealed interface NoticeOutcome {

  /** Stored now and audited; the revision waits to be delivered. */
  record Stored(Notice notice) implements NoticeOutcome {}

  /** The draft was issued before (a second press, two at once, a retry): nothing new stored. */
  record AlreadyIssued(Notice notice) implements NoticeOutcome {}

  /**
   * The notice moved on since it was read (someone else's change, or the same form sent twice), so
   * nothing was stored.
   */
  record ChangedMeanwhile(String noticeId) implements NoticeOutcome {

    /** As a refusal, for callers that word every refusal by its reason. */
    public NoticeTransitionRefused refusal() {
      return new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.CHANGED_MEANWHILE,
          "notice " + noticeId + " changed meanwhile",
          noticeId);
    }
  }

  /**
   * The time it was to go out has passed (while the preview was open, or it was never ahead), so
   * nothing was stored; another time, or at once, can still be chosen.
   */
  record ScheduledInThePast(Instant scheduledFor) implements NoticeOutcome {

    /** As a refusal, for callers that word every refusal by its reason. */
    public NoticeTransitionRefused refusal() {
      return new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.SCHEDULED_IN_THE_PAST,
          "a notice cannot be scheduled for " + scheduledFor + ", which has passed",
          scheduledFor);
    }
  }

  /**
   * The change was meant for a scheduled notice, but it went out (a release round issued it) before
   * the change was stored, so nothing was stored: {@code notice} is as it went out, and can be
   * changed as a posted notice now.
   */
  record AlreadyWentOut(Notice notice) implements NoticeOutcome {}

  /** The notice cannot make this change (ended, not about a person, template gone, no channel). */
  record Refused(NoticeTransitionRefused refusal) implements NoticeOutcome {}

  /** No notice has this number. */
  record Unknown(String noticeId) implements NoticeOutcome {}
}
