package org.deptbot.admin.notices;

/**
 * A notice was not stored because its check found something to fix, or a warning the issuer has not
 * confirmed; nothing was changed.
 */
class NoticeBlocked extends RuntimeException {

  final NoticeCheck check;

  NoticeBlocked(NoticeCheck check) {
    super("notice blocked by its check");
    this.check = check;
  }
}
