package org.deptbot.bot.reports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.FlowDraft;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.SocialPlatform;

/**
 * A report being put together, kept in the conversation so it survives a restart. Stored as the
 * conversation's typed {@code draft} ({@code v: 1, kind: "report"}), inside its seal: an anonymous
 * reporter's draft names the intake and the receipt key, so it must never be stored outside it. A
 * conversation stored before drafts were typed is read from its string map ({@link #of}).
 *
 * @param intakeKey the intake its files are filed under, made with the draft
 * @param receiptKey the receipt key an anonymous reporter is given, made with the draft so a Submit
 *     handled again after a crash gives the same one
 * @param links the links to the postings, in the order given
 * @param platform where the postings are; null until known
 * @param clause the provision broken; null until picked
 * @param subjectId the colleague reported, when picked from the staff; else null
 * @param subjectText who posted it, as typed, when not picked from the staff; else null
 * @param description what happened ("" until given)
 * @param confidentiality named, confidential (until picked) or anonymous
 */
record ReportDraft(
    String intakeKey,
    String receiptKey,
    List<String> links,
    SocialPlatform platform,
    PolicyClause clause,
    String subjectId,
    String subjectText,
    String description,
    Confidentiality confidentiality)
    implements FlowDraft {

  static final String KIND = "report";
  static final int VERSION = 1;

  ReportDraft {
    links = List.copyOf(links);
    description = description == null ? "" : description;
    confidentiality = confidentiality == null ? Confidentiality.CONFIDENTIAL : confidentiality;
  }

  /**
   * A new draft with its intake key and the receipt key an anonymous reporter will be given: made
   * now, so a Submit handled again after a crash gives the same one.
   */
  static ReportDraft start() {
    return new ReportDraft(
        UUID.randomUUID().toString(),
        ReceiptKeys.newKey(),
        List.of(),
        null,
        null,
        null,
        null,
        "",
        null);
  }

  ReportDraft withLinks(List<String> links) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        confidentiality);
  }

  ReportDraft withPlatform(SocialPlatform platform) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        confidentiality);
  }

  ReportDraft withClause(PolicyClause clause) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        confidentiality);
  }

  /** The colleague picked from the staff; a name typed before is dropped. */
  ReportDraft withSubjectId(String subjectId) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        null,
        description,
        confidentiality);
  }

  ReportDraft withSubjectText(String subjectText) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        confidentiality);
  }

  ReportDraft withDescription(String description) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        confidentiality);
  }

  ReportDraft withConfidentiality(Confidentiality confidentiality) {
    return new ReportDraft(
        intakeKey,
        receiptKey,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        confidentiality);
  }

  /** The intake, so its files are kept while the draft lasts. */
  @Override
  public Map<String, String> held() {
    Map<String, String> held = new LinkedHashMap<>();
    held.put("intake", intakeKey);
    return held;
  }

  @Override
  public Document toDocument() {
    return new Document("v", VERSION)
        .append("kind", KIND)
        .append("intake", intakeKey)
        .append("receipt", receiptKey)
        .append("links", links)
        .append("platform", platform == null ? null : platform.name())
        .append("clause", clause == null ? null : clause.name())
        .append("subjectId", subjectId)
        .append("subjectText", subjectText)
        .append("description", description.isEmpty() ? null : description)
        .append("confidentiality", confidentiality.name());
  }

  /**
   * The draft a report conversation holds: its typed {@code draft}, or, for one stored before
   * drafts were typed, the string map it kept then.
   *
   * @throws IllegalArgumentException when the stored draft is not a report draft this bot can read
   *     (a later version, another kind); the message says which, never what it held
   */
  static ReportDraft of(Conversation conversation) {
    Document stored = conversation.draft();
    return stored == null ? fromStringMap(conversation.data()) : fromDocument(stored);
  }

  static ReportDraft fromDocument(Document d) {
    Object version = d.get("v");
    if (!(version instanceof Number n) || n.intValue() != VERSION || !KIND.equals(d.get("kind"))) {
      throw new IllegalArgumentException(
          "not a report draft of version " + VERSION + ": " + d.get("kind") + " v" + version);
    }
    String platform = d.getString("platform");
    String clause = d.getString("clause");
    String confidentiality = d.getString("confidentiality");
    return new ReportDraft(
        d.getString("intake"),
        d.getString("receipt"),
        d.getList("links", String.class, List.of()),
        platform == null ? null : SocialPlatform.valueOf(platform),
        clause == null ? null : PolicyClause.valueOf(clause),
        d.getString("subjectId"),
        d.getString("subjectText"),
        d.getString("description"),
        confidentiality == null ? null : Confidentiality.valueOf(confidentiality));
  }

  /** A draft as stored before drafts were typed: every field a string in the conversation's map. */
  static ReportDraft fromStringMap(Map<String, String> data) {
    String links = data.getOrDefault("links", "");
    String platform = data.get("platform");
    String clause = data.get("clause");
    String confidentiality = data.get("confidentiality");
    return new ReportDraft(
        data.get("intake"),
        data.get("receipt"),
        links.isEmpty() ? List.of() : Arrays.asList(links.split(" ")),
        platform == null ? null : SocialPlatform.valueOf(platform),
        clause == null ? null : PolicyClause.valueOf(clause),
        data.get("subjectId"),
        data.get("subjectText"),
        data.get("description"),
        confidentiality == null ? null : Confidentiality.valueOf(confidentiality));
  }
}
