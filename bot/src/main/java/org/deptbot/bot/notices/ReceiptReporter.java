package org.deptbot.bot.notices;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.staff.ChatPlatform;
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
  private final Map<ChatPlatform, ChatAdapter> adapters;

  ReceiptReporter(NoticeReceipts receipts, DeliveryReport report, List<ChatAdapter> adapters) {
    this.receipts = receipts;
    this.report = report;
    this.adapters =
        adapters.stream().collect(Collectors.toMap(ChatAdapter::platform, Function.identity()));
  }

  void reportFinished() {
    for (NoticeReceipts.Receipt receipt : receipts.waiting()) {
      try {
        if (report.channelsDone(receipt.noticeId(), receipt.revision())
            && receipts.claim(receipt)) {
          ChatAdapter adapter = adapters.get(receipt.platform());
          if (adapter != null) {
            adapter.deliver(
                null,
                List.of(
                    new Outgoing.Send(
                        receipt.chat(),
                        report.of(receipt.noticeId(), receipt.revision()),
                        List.of())));
          }
        }
      } catch (RuntimeException e) {
        log.warn("Could not report how {} went out", receipt.id(), e);
      }
    }
  }
}
