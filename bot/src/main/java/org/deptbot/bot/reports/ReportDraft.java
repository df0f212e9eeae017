package org.deptbot.bot.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.SocialPlatform;

/** A report being put together, kept in the conversation so it survives a restart. */
record ReportDraft(Map<String, String> data) {

  ReportDraft {
    data = Map.copyOf(data);
  }

  /**
   * A new draft with its intake key and the receipt key an anonymous reporter will be given: made
   * now, so a Submit handled again after a crash gives the same one.
   */
  static ReportDraft start() {
    return new ReportDraft(
        Map.of("intake", UUID.randomUUID().toString(), "receipt", ReceiptKeys.newKey()));
  }

  String receiptKey() {
    return data.get("receipt");
  }

  String intakeKey() {
    return data.get("intake");
  }

  List<String> links() {
    String joined = data.getOrDefault("links", "");
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
  }

  SocialPlatform platform() {
    return SocialPlatform.valueOf(data.get("platform"));
  }

  PolicyClause clause() {
    return PolicyClause.valueOf(data.get("clause"));
  }

  String subjectId() {
    return data.get("subjectId");
  }

  String subjectText() {
    return data.get("subjectText");
  }

  String description() {
    return data.getOrDefault("description", "");
  }

  Confidentiality confidentiality() {
    return Confidentiality.valueOf(data.getOrDefault("confidentiality", "CONFIDENTIAL"));
  }

  ReportDraft with(String key, String value) {
    Map<String, String> next = new HashMap<>(data);
    if (value == null) {
      next.remove(key);
    } else {
      next.put(key, value);
    }
    return new ReportDraft(next);
  }
}
