package org.deptbot.bot.notices;

import java.util.List;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.StaffChats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each issuer how their notice went out, once every channel has it (or has failed). Runs on a
 * schedule, so a receipt owed before a restart is still sent after it.
 */
class ReceiptReporter {

  private static final Logger log = LoggerFactory.getLogger(ReceiptReporter.class);

  private final NoticeReceipts receipts;
  private final DeliveryReport report;
  private final StaffChats chats;

  ReceiptReporter(NoticeReceipts receipts, DeliveryReport report, StaffChats chats) {
    this.receipts = receipts;
    this.report = report;
    this.chats = chats;
  }

  void reportFinished() {
    for (NoticeReceipts.Receipt receipt : receipts.waiting()) {
      try {
        if (report.channelsDone(receipt.noticeId(), receipt.revision())
            && receipts.claim(receipt)) {
          chats.send(
              new Outgoing.Send(
                  receipt.chat(), report.of(receipt.noticeId(), receipt.revision()), List.of()));
        }
      } catch (RuntimeException e) {
        log.warn("Could not report how {} went out", receipt.id(), e);
      }
    }
  }
}
