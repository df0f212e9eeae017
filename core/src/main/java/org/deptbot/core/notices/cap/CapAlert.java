package org.deptbot.core.notices.cap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a public notice as a CAP 1.2 {@code alert}. The constructor refuses what CAP
 * forbids, so every instance renders to a document a CAP consumer will accept.
 *
 * @param identifier this revision's id, unique for the sender; no spaces, commas, {@code <} or
 *     {@code &}
 * @param sender who issues it, e.g. {@code notices@police.example.gov}; same character rules
 * @param sent when this revision is issued
 * @param status real, exercise, test and so on
 * @param msgType Alert for the first revision, Update or Cancel for later ones
 * @param references the earlier revisions an Update or Cancel replaces; must be empty for an Alert.
 *     Null means none
 * @param info what the notice says, in the department's default language
 * @param otherLanguages what it says in each further language, one {@code info} each, in the order
 *     written (CAP 1.2: several {@code info} blocks of one alert differ by {@code language}); empty
 *     when the notice speaks one language
 */
public record CapAlert(
    String identifier,
    String sender,
    OffsetDateTime sent,
    CapStatus status,
    CapMsgType msgType,
    List<CapReference> references,
    CapInfo info,
    List<CapInfo> otherLanguages) {

  public CapAlert {
    CapText.requireToken(identifier, "identifier");
    CapText.requireToken(sender, "sender");
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(msgType, "msgType");
    Objects.requireNonNull(info, "info");
    references = references == null ? List.of() : List.copyOf(references);
    otherLanguages = otherLanguages == null ? List.of() : List.copyOf(otherLanguages);
    java.util.Set<String> languages = new java.util.HashSet<>();
    languages.add(info.language());
    for (CapInfo other : otherLanguages) {
      if (!languages.add(other.language())) {
        throw new IllegalArgumentException(
            "two info blocks in one language (" + other.language() + ") say different things");
      }
    }
    if (msgType == CapMsgType.ALERT && !references.isEmpty()) {
      throw new IllegalArgumentException("an Alert is a first revision and references nothing");
    }
    if (msgType != CapMsgType.ALERT && references.isEmpty()) {
      throw new IllegalArgumentException(
          "an " + msgType.capValue() + " must reference the revisions it replaces");
    }
    for (CapReference reference : references) {
      if (reference.sender().equals(sender) && reference.identifier().equals(identifier)) {
        throw new IllegalArgumentException("a revision cannot reference itself: " + identifier);
      }
    }
  }

  /** An alert in one language. */
  public CapAlert(
      String identifier,
      String sender,
      OffsetDateTime sent,
      CapStatus status,
      CapMsgType msgType,
      List<CapReference> references,
      CapInfo info) {
    this(identifier, sender, sent, status, msgType, references, info, List.of());
  }

  /** Every {@code info} block, the default language's first. */
  public List<CapInfo> infos() {
    List<CapInfo> all = new java.util.ArrayList<>();
    all.add(info);
    all.addAll(otherLanguages);
    return all;
  }
}
