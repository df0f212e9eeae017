package org.deptbot.bot.notices;

import java.util.List;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.delivery.DeliveryService;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeOutcome;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the chat does with the desk's answer to a confirmed change: for one stored now, notes the
 * issuer's receipt for this chat and plans delivery at once (a scheduled notice cancelled before
 * its time has nothing to report, so its receipt is dropped); then tells the issuer what became of
 * it.
 */
class NoticeConfirmations {

  private final NoticeReceipts receipts;
  private final ObjectProvider<DeliveryService> delivery;
  private final NoticeChangeTexts replies;

  NoticeConfirmations(
      NoticeReceipts receipts,
      ObjectProvider<DeliveryService> delivery,
      NoticeChangeTexts replies) {
    this.receipts = receipts;
    this.delivery = delivery;
    this.replies = replies;
  }

  List<Outgoing> answer(ChatContext context, NoticeOutcome outcome) {
    if (outcome instanceof NoticeOutcome.Stored stored) {
      Notice notice = stored.notice();
      if (NoticeChangeTexts.neverWentOut(notice)) { // cancelled before its time: nothing to report
        receipts.drop(notice.id(), 1);
        return replies.stored(context, notice);
      }
      receipts.expect(notice.id(), notice.latest().number(), context.incoming().chat());
      delivery.ifAvailable(DeliveryService::planNow);
      return replies.stored(context, notice);
    }
    if (outcome instanceof NoticeOutcome.AlreadyIssued issued) {
      return replies.stored(context, issued.notice()); // its receipt was noted the first time
    }
    if (outcome instanceof NoticeOutcome.ChangedMeanwhile changed) {
      return replies.refused(context, changed.refusal());
    }
    if (outcome instanceof NoticeOutcome.Refused refused) {
      return replies.refused(context, refused.refusal());
    }
    if (outcome instanceof NoticeOutcome.ScheduledInThePast passed) {
      return replies.refused(context, passed.refusal());
    }
    if (outcome instanceof NoticeOutcome.AlreadyWentOut wentOut) {
      return replies.wentOut(context, wentOut.notice());
    }
    return context.replyWith("notice.unknown", ((NoticeOutcome.Unknown) outcome).noticeId());
  }
}
