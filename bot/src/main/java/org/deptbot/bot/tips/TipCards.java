package org.deptbot.bot.tips;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.Danger;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipEvent;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.TipStatus;

/**
 * A tip as the desk sees it: what the tipster knows, the photo, the contact they chose to give (or
 * that they stayed anonymous), its history and the actions; never who sent it. Also the short
 * updates the tipster gets.
 */
class TipCards {

  private final StaffMembers staff;
  private final Notices notices;
  private final TipPhotos photos;
  private final Messages messages;
  private final Clock clock;

  TipCards(StaffMembers staff, Notices notices, TipPhotos photos, Messages messages, Clock clock) {
    this.staff = staff;
    this.notices = notices;
    this.photos = photos;
    this.messages = messages;
    this.clock = clock;
  }

  RichText card(Tip t) {
    RichText.Builder text = RichText.builder();
    if (t.urgent()) {
      text.bold(
              messages.get(
                  t.danger() == Danger.SELF_HARM ? "tip.card.self-harm" : "tip.card.urgent"))
          .newline();
    }
    text.bold(messages.get("tip.card.heading", t.id(), status(t), age(t)));
    if (t.noticeId() != null) {
      String category =
          notices
              .byId(t.noticeId())
              .map(n -> messages.get("notice.category." + n.category()))
              .orElse("");
      text.newline().plain(messages.get("tip.card.notice", t.noticeId(), category));
    }
    text.newline().plain(messages.get("tip.card.text", t.text()));
    if (t.photoId() != null) {
      boolean shown = photos.byId(t.photoId()).filter(p -> !p.withheld()).isPresent();
      text.newline().plain(messages.get(shown ? "tip.card.photo" : "tip.card.photo-withheld"));
    }
    text.newline()
        .italic(
            t.anonymous()
                ? messages.get("tip.card.anonymous")
                : messages.get("tip.card.contact", t.contact()));
    List<TipEvent> events = t.events();
    for (TipEvent e : events.subList(Math.max(1, events.size() - 5), events.size())) {
      text.newline().plain(messages.get("tip.event." + e.kind(), name(e.by()), e.note()));
    }
    return text.build();
  }

  /** The card again, for an urgent tip nobody has acknowledged yet. */
  RichText reminder(Tip t) {
    return RichText.builder()
        .bold(messages.get("tip.card.reminder", age(t)))
        .newline()
        .append(card(t))
        .build();
  }

  /**
   * The cleaned copy of the photo sent with the tip, under a neutral name, to show with the card;
   * null when there is none or it is withheld.
   */
  Image photo(Tip t) {
    return photos
        .byId(t.photoId())
        .filter(p -> !p.withheld())
        .map(p -> new Image(t.id() + "-photo.png", p.mediaType(), p.bytes()))
        .orElse(null);
  }

  /** The desk's actions, as buttons; a closed tip has none. */
  List<List<Button>> actions(Tip t, ButtonActions buttons, ChatIdentity member) {
    if (!t.status().open()) {
      return List.of();
    }
    List<Button> row = new ArrayList<>();
    if (t.status() == TipStatus.NEW) {
      row.add(
          button(
              buttons,
              member,
              "tip.button.ack",
              ButtonAction.command(TipActionCommand.NAME, t.id(), "ack")));
    }
    row.add(
        button(
            buttons,
            member,
            "tip.button.ask",
            ButtonAction.command(TipActionCommand.NAME, t.id(), "ask")));
    row.add(
        button(
            buttons,
            member,
            "tip.button.close",
            ButtonAction.command(TipActionCommand.NAME, t.id(), "close")));
    return List.of(row);
  }

  /** What the tipster is told of the latest change meant for them. */
  RichText forTipster(Tip t) {
    return forTipster(t, messages);
  }

  /** The same, in the tipster's language ({@code words}: the bundle in it). */
  RichText forTipster(Tip t, Messages words) {
    TipEvent last =
        t.events().stream().filter(TipEvent::forTipster).reduce((a, b) -> b).orElseThrow();
    return RichText.plain(words.get("tip.tipster." + last.kind(), t.id(), last.note()));
  }

  /** The bundle in {@code locale}, for what goes to a tipster. */
  Messages in(java.util.Locale locale) {
    return messages.in(locale);
  }

  /** The tipster's button under a question: it starts their answer. */
  List<List<Button>> tipsterActions(Tip t, ButtonActions buttons, ChatIdentity tipster) {
    return tipsterActions(t, buttons, tipster, messages);
  }

  /** The same, labelled in the tipster's language. */
  List<List<Button>> tipsterActions(
      Tip t, ButtonActions buttons, ChatIdentity tipster, Messages words) {
    if (t.status() != TipStatus.INFO_REQUESTED) {
      return List.of();
    }
    return List.of(
        List.of(
            buttons.create(
                tipster, words.get("tip.button.answer"), ButtonAction.command("mytip", t.id()))));
  }

  String status(Tip t) {
    return messages.get("tip.status." + t.status());
  }

  String age(Tip t) {
    Duration age = Duration.between(t.submittedAt(), clock.instant());
    return age.toHours() >= 24
        ? messages.get("case.age.days", age.toDays())
        : age.toMinutes() >= 60
            ? messages.get("case.age.hours", age.toHours())
            : messages.get("case.age.minutes", Math.max(0, age.toMinutes()));
  }

  private Button button(
      ButtonActions buttons, ChatIdentity member, String labelKey, ButtonAction action) {
    return buttons.create(member, messages.get(labelKey), action);
  }

  private String name(String by) {
    if ("tipster".equals(by)) {
      return messages.get("tip.the-tipster");
    }
    return staff.byId(by).map(StaffMember::name).orElse(by);
  }
}
