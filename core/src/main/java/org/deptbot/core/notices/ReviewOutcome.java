package org.deptbot.core.notices;

import org.deptbot.core.templates.Template;

/**
 * What became of a review asked of {@link NoticeDesk} for an emergency issue: the chat and the
 * console each word it. The first review counts; a later one changes nothing.
 */
public sealed interface ReviewOutcome {

  /** This review was the first: stored and audited. */
  record Reviewed(Notice notice) implements ReviewOutcome {}

  /** Someone reviewed it first ({@code notice.emergency().reviewedBy()}); nothing changed. */
  record AlreadyReviewed(Notice notice) implements ReviewOutcome {}

  /**
   * A template draft with the notice's wording was made and sent for approval (or had been made
   * before: the same one).
   */
  record TemplateMade(Notice notice, Template template) implements ReviewOutcome {}

  /** It cannot be reviewed (it is not an emergency issue). */
  record Refused(NoticeTransitionRefused refusal) implements ReviewOutcome {}

  /** No notice has this number. */
  record Unknown(String noticeId) implements ReviewOutcome {}
}
