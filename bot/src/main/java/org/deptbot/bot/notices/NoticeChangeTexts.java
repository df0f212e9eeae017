package org.deptbot.bot.notices;

import java.util.List;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeTransitionRefused;

/** What the issuer is told once a change is stored, and when one is refused. */
class NoticeChangeTexts {

  private final NoticeProblemTexts words;

  NoticeChangeTexts(NoticeProblemTexts words) {
    this.words = words;
  }

  List<Outgoing> stored(ChatContext context, Notice notice) {
    String id = notice.id();
    return switch (notice.latest().kind()) {
      case ISSUE ->
          notice.scheduled()
              ? context.replyWith(
                  notice.mode() == NoticeMode.LIVE
                      ? "notice.scheduled"
                      : "notice.scheduled-exercise",
                  id,
                  words.stamp(notice.scheduledFor()),
                  words.countdown(notice.scheduledFor()),
                  notice.targets().size())
              : context.replyWith(
                  notice.mode() == NoticeMode.LIVE ? "notice.issued" : "notice.issued-exercise",
                  id,
                  notice.targets().size());
      case UPDATE -> context.replyWith("notice.updated", id, notice.latest().number());
      case CANCEL ->
          context.replyWith(
              neverWentOut(notice) ? "notice.cancelled-scheduled" : "notice.cancelled", id);
      case FOUND -> context.replyWith("notice.found", id);
      case EXPIRE -> context.replyWith("notice.expired", id);
    };
  }

  /**
   * Cancelled while it waited for its time: released, its first revision would carry the moment it
   * went out, which is never before its scheduled time.
   */
  static boolean neverWentOut(Notice notice) {
    return notice.scheduledFor() != null
        && notice.revisions().get(0).at().isBefore(notice.scheduledFor());
  }

  /**
   * A change meant for a scheduled notice that went out before it was stored: nothing was changed,
   * and it can be changed as posted now.
   */
  List<Outgoing> wentOut(ChatContext context, Notice notice) {
    return context.replyWith(
        "notice.went-out-meanwhile", notice.id(), words.stamp(notice.revisions().get(0).at()));
  }

  List<Outgoing> refused(ChatContext context, NoticeTransitionRefused refused) {
    return context.reply(RichText.plain(words.refused(refused)));
  }
}
