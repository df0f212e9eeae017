package org.deptbot.bot.tips;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipTransitionRefused;
import org.deptbot.core.tips.Tips;

/**
 * Stores tips with the tipster's chat sealed, finds a tipster's own tips by their tag, and applies
 * the desk's actions as conditional writes. Only the bot opens the seal, to relay messages; nothing
 * here hands the desk a way to tell who the tipster is.
 */
class TipDesk {

  private final Tips tips;
  private final StaffMembers staff;
  private final ReporterSeal seal;
  private final TipProperties properties;
  private final Clock clock;

  TipDesk(Tips tips, StaffMembers staff, ReporterSeal seal, TipProperties properties, Clock clock) {
    this.tips = tips;
    this.staff = staff;
    this.seal = seal;
    this.properties = properties;
    this.clock = clock;
  }

  /** Where the bot reaches a tipster, and whose buttons they press there. */
  record Tipster(ChatTarget chat, ChatIdentity identity) {}

  /** The tipster's tag: finds their own tips without naming them. */
  String tagOf(ChatIdentity tipster) {
    return seal.tag("tipster:" + tipster.key());
  }

  boolean withinLimit(ChatIdentity tipster) {
    return tips.countByTipsterSince(tagOf(tipster), clock.instant().minus(Duration.ofHours(1)))
        < properties.perHour();
  }

  /** Stores the tip once per intake; the receipt is given only with what this returns. */
  Tip submit(ChatIdentity tipster, ChatTarget chat, TipDraft draft) {
    var existing = tips.byIntakeKey(draft.intakeKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    String where = chat.platform().name() + ":" + chat.chatId() + ":" + tipster.userId();
    return tips.submit(
        Tip.submitted(
            tips.nextNumber(),
            draft.intakeKey(),
            draft.noticeId(),
            draft.text(),
            draft.photoId(),
            tagOf(tipster),
            seal.seal(where),
            draft.contact(),
            clock.instant()));
  }

  /** Opens the seal, for the bot alone, to relay a message to the tipster. */
  Tipster tipster(Tip tip) {
    String[] parts = seal.open(tip.tipsterChat()).split(":", 3);
    ChatPlatform platform = ChatPlatform.valueOf(parts[0]);
    return new Tipster(
        new ChatTarget(platform, parts[1], true), new ChatIdentity(platform, parts[2]));
  }

  /** The tipster's own tip, if {@code id} is one of theirs. */
  Optional<Tip> mine(ChatIdentity tipster, String id) {
    String tag = tagOf(tipster);
    return tips.byId(id.strip().toUpperCase(Locale.ROOT)).filter(t -> tag.equals(t.tipsterTag()));
  }

  List<Tip> mine(ChatIdentity tipster) {
    return tips.ofTipster(tagOf(tipster));
  }

  /** Whether the actor works the tips desk: active, with the configured role. */
  boolean onDesk(Actor actor) {
    return actor.activeMember().filter(m -> m.acts(properties.deskRole())).isPresent();
  }

  List<StaffMember> deskMembers() {
    return staff.all().stream().filter(m -> m.acts(properties.deskRole())).toList();
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
    return actor.activeMember().orElseThrow().id();
  }
}
