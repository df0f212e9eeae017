package org.deptbot.bot.tips;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.FlowDraft;
import org.deptbot.core.reports.ReceiptKeys;

/**
 * A tip being put together, kept in the conversation so it survives a restart. Stored as the
 * conversation's typed {@code draft} ({@code v: 1, kind: "tip"}), inside its seal: the draft ties
 * the tipster's account to the tip, so it must never be stored outside it. A conversation stored
 * before drafts were typed is read from its string map ({@link #of}).
 *
 * @param intakeKey the tip's intake, made with the draft so a Send handled again gives one tip
 * @param receiptKey the receipt key the tipster is given at Send, made with the draft so a resend
 *     gives it again
 * @param noticeId the notice the tip answers; null for none
 * @param text what the tipster knows ("" until given)
 * @param photoId the photo sent with it; null for none
 * @param contact a way to reach them they chose to give; null for none
 */
record TipDraft(
    String intakeKey,
    String receiptKey,
    String noticeId,
    String text,
    String photoId,
    String contact)
    implements FlowDraft {

  static final String KIND = "tip";
  static final int VERSION = 1;

  TipDraft {
    text = text == null ? "" : text;
  }

  static TipDraft start(String noticeId) {
    return new TipDraft(
        UUID.randomUUID().toString(), ReceiptKeys.newKey(), noticeId, "", null, null);
  }

  TipDraft withText(String text) {
    return new TipDraft(intakeKey, receiptKey, noticeId, text, photoId, contact);
  }

  /** The photo sent with it; null: none. */
  TipDraft withPhoto(String photoId) {
    return new TipDraft(intakeKey, receiptKey, noticeId, text, photoId, contact);
  }

  /** A way to reach the tipster; null: they stay anonymous. */
  TipDraft withContact(String contact) {
    return new TipDraft(intakeKey, receiptKey, noticeId, text, photoId, contact);
  }

  /** The intake and the photo, so the photo is kept while the draft lasts. */
  @Override
  public Map<String, String> held() {
    Map<String, String> held = new LinkedHashMap<>();
    held.put("intake", intakeKey);
    if (photoId != null) {
      held.put("photo", photoId);
    }
    return held;
  }

  @Override
  public Document toDocument() {
    return new Document("v", VERSION)
        .append("kind", KIND)
        .append("intake", intakeKey)
        .append("receipt", receiptKey)
        .append("notice", noticeId)
        .append("text", text.isEmpty() ? null : text)
        .append("photo", photoId)
        .append("contact", contact);
  }

  /**
   * The draft a tip conversation holds: its typed {@code draft}, or, for one stored before drafts
   * were typed, the string map it kept then.
   *
   * @throws IllegalArgumentException when the stored draft is not a tip draft this bot can read (a
   *     later version, another kind); the message says which, never what it held
   */
  static TipDraft of(Conversation conversation) {
    Document stored = conversation.draft();
    return stored == null ? fromStringMap(conversation.data()) : fromDocument(stored);
  }

  static TipDraft fromDocument(Document d) {
    Object version = d.get("v");
    if (!(version instanceof Number n) || n.intValue() != VERSION || !KIND.equals(d.get("kind"))) {
      throw new IllegalArgumentException(
          "not a tip draft of version " + VERSION + ": " + d.get("kind") + " v" + version);
    }
    return new TipDraft(
        d.getString("intake"),
        d.getString("receipt"),
        d.getString("notice"),
        d.getString("text"),
        d.getString("photo"),
        d.getString("contact"));
  }

  /** A draft as stored before drafts were typed: every field a string in the conversation's map. */
  static TipDraft fromStringMap(Map<String, String> data) {
    return new TipDraft(
        data.get("intake"),
        data.get("receipt"),
        data.get("notice"),
        data.get("text"),
        data.get("photo"),
        data.get("contact"));
  }
}
