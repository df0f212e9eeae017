package org.deptbot.bot.tips;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.deptbot.core.reports.ReceiptKeys;

/** A tip being put together, kept in the conversation so it survives a restart. */
record TipDraft(Map<String, String> data) {

  TipDraft {
    data = Map.copyOf(data);
  }

  static TipDraft start(String noticeId) {
    TipDraft draft =
        new TipDraft(
            Map.of("intake", UUID.randomUUID().toString(), "receipt", ReceiptKeys.newKey()));
    return draft.with("notice", noticeId);
  }

  /**
   * The receipt key the tipster is given at Send, made with the draft so a resend gives it again.
   */
  String receiptKey() {
    return data.get("receipt");
  }

  String intakeKey() {
    return data.get("intake");
  }

  String noticeId() {
    return data.get("notice");
  }

  String text() {
    return data.getOrDefault("text", "");
  }

  String photoId() {
    return data.get("photo");
  }

  String contact() {
    return data.get("contact");
  }

  TipDraft with(String key, String value) {
    Map<String, String> next = new HashMap<>(data);
    if (value == null) {
      next.remove(key);
    } else {
      next.put(key, value);
    }
    return new TipDraft(next);
  }
}
