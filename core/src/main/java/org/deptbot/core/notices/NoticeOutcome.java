package org.deptbot.core.notices;

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

  /** The notice cannot make this change (ended, not about a person, template gone, no channel). */
  record Refused(NoticeTransitionRefused refusal) implements NoticeOutcome {}

  /** No notice has this number. */
  record Unknown(String noticeId) implements NoticeOutcome {}
}
