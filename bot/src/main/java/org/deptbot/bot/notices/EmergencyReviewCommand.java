package org.deptbot.bot.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.ReviewOutcome;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The buttons of an emergency issue's review card ({@code emergency_review N-… ok|update|cancel|
 * cancel-yes|template}), for members who approve templates: Looks right, Update (the notice update
 * flow), Cancel notice (after one more tap) and Make it a template. The first review closes the
 * request for everyone: the other cards are redrawn to say who reviewed it.
 */
class EmergencyReviewCommand implements ButtonCommand {

  private final NoticeDesk desk;
  private final ObjectProvider<EmergencyReviews> reviews; // late: it sends through the adapters
  private final NoticeUpdateCommand update;
  private final NoticeConfirmations confirmations;
  private final NoticeProblemTexts words;
  private final StaffMembers staff;

  EmergencyReviewCommand(
      NoticeDesk desk,
      ObjectProvider<EmergencyReviews> reviews,
      NoticeUpdateCommand update,
      NoticeConfirmations confirmations,
      NoticeProblemTexts words,
      StaffMembers staff) {
    this.desk = desk;
    this.reviews = reviews;
    this.update = update;
    this.confirmations = confirmations;
    this.words = words;
    this.staff = staff;
  }

  @Override
  public String name() {
    return EmergencyReviews.COMMAND;
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.APPROVE_TEMPLATE);
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("notice.private-only");
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String[] parts = arguments.strip().split("\\s+");
    if (parts.length < 2 || parts[0].isBlank()) {
      return context.replyWith("button.expired");
    }
    String id = parts[0].toUpperCase(Locale.ROOT);
    Optional<Notice> notice = desk.byId(id).filter(Notice::emergencyIssue);
    if (notice.isEmpty()) {
      return context.replyWith("notice.unknown", id);
    }
    return switch (parts[1]) {
      case "ok" -> reviewed(context, desk.review(context.actor(), id));
      case "template" -> reviewed(context, desk.makeTemplate(context.actor(), id));
      case "update" -> update.handle(context, id);
      case "cancel" -> askCancel(context, notice.get());
      case "cancel-yes" -> cancel(context, id);
      default -> context.replyWith("button.expired");
    };
  }

  private List<Outgoing> reviewed(ChatContext context, ReviewOutcome outcome) {
    reviews.ifAvailable(EmergencyReviews::redrawReviewed);
    if (outcome instanceof ReviewOutcome.Reviewed r) {
      return context.replyWith("emergency.reviewed", r.notice().id());
    }
    if (outcome instanceof ReviewOutcome.AlreadyReviewed a) {
      return context.replyWith(
          "emergency.already-reviewed",
          a.notice().id(),
          nameOf(a.notice().emergency().reviewedBy()),
          words.stamp(a.notice().emergency().reviewedAt()));
    }
    if (outcome instanceof ReviewOutcome.TemplateMade t) {
      return context.replyWith("emergency.templated", t.template().key(), t.notice().id());
    }
    if (outcome instanceof ReviewOutcome.Refused r) {
      return context.reply(RichText.plain(words.refused(r.refusal())));
    }
    return context.replyWith("notice.unknown", ((ReviewOutcome.Unknown) outcome).noticeId());
  }

  private List<Outgoing> askCancel(ChatContext context, Notice notice) {
    if (!notice.status().open()) {
      return context.replyWith("emergency.already-ended", notice.id());
    }
    return context.reply(
        RichText.builder()
            .bold(context.text("notice.cancel.ask", notice.id(), notice.latest().title()))
            .newline()
            .plain(context.text("notice.cancel.prepared"))
            .build(),
        List.of(
            List.of(
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("notice.button.cancel-notice"),
                        ButtonAction.command(name(), notice.id(), "cancel-yes")),
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("notice.button.keep-notice"),
                        ButtonAction.command(name(), notice.id(), "keep")))));
  }

  private List<Outgoing> cancel(ChatContext context, String id) {
    NoticeOutcome outcome =
        desk.cancel(
            context.actor(),
            new NoticeDesk.Cancel(id, "", "cancelled on review of an emergency issue"));
    List<Outgoing> out = new ArrayList<>(confirmations.answer(context, outcome));
    reviews.ifAvailable(EmergencyReviews::redrawReviewed);
    return out;
  }

  private String nameOf(String staffId) {
    return staff.byId(staffId).map(StaffMember::name).orElse(staffId == null ? "?" : staffId);
  }
}
