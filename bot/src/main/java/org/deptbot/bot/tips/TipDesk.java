package org.deptbot.bot.tips;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.SubmissionLimits;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipAccess;
import org.deptbot.core.tips.TipTransitionRefused;
import org.deptbot.core.tips.Tips;

/**
 * Stores tips with the tipster's chat sealed and nothing else derived from the tipster, finds a
 * tipster's own tip by its receipt key (or its number, from the chat it was sent from), and applies
 * the desk's actions as conditional writes. Only the bot opens the seal, to relay messages; nothing
 * here hands the desk a way to tell who the tipster is.
 */
class TipDesk {

  private final Tips tips;
  private final StaffMembers staff;
  private final ReporterSeal seal;
  private final SubmissionLimits limits;
  private final TipAccess access;
  private final TipProperties properties;
  private final Clock clock;

  TipDesk(
      Tips tips,
      StaffMembers staff,
      ReporterSeal seal,
      SubmissionLimits limits,
      TipAccess access,
      TipProperties properties,
      Clock clock) {
    this.access = access;
    this.tips = tips;
    this.staff = staff;
    this.seal = seal;
    this.limits = limits;
    this.properties = properties;
    this.clock = clock;
  }

  /** Where the bot reaches a tipster, and whose buttons they press there. */
  record Tipster(ChatTarget chat, ChatIdentity identity) {}

  /** Whether the tipster may send another tip in this hour. */
  boolean withinLimit(ChatIdentity tipster) {
    return limits.within(limitOf(tipster), properties.perHour());
  }

  private static String limitOf(ChatIdentity tipster) {
    return "tip|" + tipster.key();
  }

  /** Stores the tip once per intake; the receipt is given only with what this returns. */
  Tip submit(ChatIdentity tipster, ChatTarget chat, TipDraft draft) {
    var existing = tips.byIntakeKey(draft.intakeKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    String where = chat.platform().name() + ":" + chat.chatId() + ":" + tipster.userId();
    Tip tip =
        Tip.submitted(
            tips.nextNumber(),
            draft.intakeKey(),
            draft.noticeId(),
            draft.text(),
            draft.photoId(),
            ReceiptKeys.hash(draft.receiptKey()),
            seal.seal(where),
            draft.contact(),
            clock.instant());
    Tip stored = tips.submit(tip);
    if (stored.id().equals(tip.id())) {
      limits.count(limitOf(tipster), draft.contact() == null);
    }
    return stored;
  }

  /** Opens the seal, for the bot alone, to relay a message to the tipster. */
  Tipster tipster(Tip tip) {
    String[] parts = seal.open(tip.tipsterChat()).split(":", 3);
    ChatPlatform platform = ChatPlatform.valueOf(parts[0]);
    return new Tipster(
        new ChatTarget(platform, parts[1], true), new ChatIdentity(platform, parts[2]));
  }

  /**
   * The tipster's own tip: by its receipt key from any account, or by its number from the account
   * it was sent from (the seal says which).
   */
  Optional<Tip> mine(ChatIdentity tipster, String numberOrKey) {
    Optional<String> receipt = ReceiptKeys.hashOf(numberOrKey);
    if (receipt.isPresent()) {
      return tips.byReceipt(receipt.get());
    }
    return tips.byId(numberOrKey.strip().toUpperCase(Locale.ROOT)).filter(t -> sentBy(t, tipster));
  }

  private boolean sentBy(Tip t, ChatIdentity who) {
    try {
      return tipster(t).identity().equals(who);
    } catch (ReporterSeal.SealUnreadable unreadable) {
      return false;
    }
  }

  Optional<Tip> byId(String id) {
    return id == null ? Optional.empty() : tips.byId(id);
  }

  /** Whether the actor works the tips desk: active, with the configured role. */
  boolean onDesk(Actor actor) {
    return access.onDesk(actor);
  }

  List<StaffMember> deskMembers() {
    return staff.all().stream().filter(m -> m.acts(access.deskRole())).toList();
  }

  /** The tip, for someone on the desk; empty for anyone else, saying nothing of it. */
  Optional<Tip> forDesk(Actor actor, String id) {
    return onDesk(actor) ? tips.byId(id.strip().toUpperCase(Locale.ROOT)) : Optional.empty();
  }

  Tip acknowledge(Actor actor, Tip tip) {
    return store(tip, t -> t.acknowledge(me(actor), clock.instant()));
  }

  Tip ask(Actor actor, Tip tip, String question) {
    return store(tip, t -> t.askTipster(me(actor), question, clock.instant()));
  }

  Tip close(Actor actor, Tip tip) {
    return store(tip, t -> t.close(me(actor), "", clock.instant()));
  }

  Tip tipsterAdds(Tip tip, String text) {
    return store(tip, t -> t.tipsterAdded(text, clock.instant()));
  }

  private Tip store(Tip read, UnaryOperator<Tip> change) {
    Tip changed = change.apply(read);
    if (!tips.replace(read, changed)) {
      throw new TipTransitionRefused(
          TipTransitionRefused.Reason.CHANGED_MEANWHILE,
          read.id() + " changed meanwhile",
          read.id());
    }
    return changed;
  }

  private static String me(Actor actor) {
    return actor.staffId();
  }
}
