package org.deptbot.bot.notices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.TimeShown;

/**
 * {@code /notices}: the scheduled notices, next first, with when each goes out and where; then the
 * active ones, newest first, each with Update, Cancel and Status; last, when the department has a
 * scheduled test message, when the next one goes out.
 */
class NoticesCommand implements ChatCommand {

  private static final int SHOWN = 10;

  private final Notices notices;
  private final TimeShown time;
  private final NoticeProblemTexts words;
  private final TestMessages tests;
  private final Clock clock;

  NoticesCommand(
      Notices notices, TimeShown time, NoticeProblemTexts words, TestMessages tests, Clock clock) {
    this.notices = notices;
    this.time = time;
    this.words = words;
    this.tests = tests;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "notices";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("notice.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.ISSUE_NOTICE);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    List<Notice> active = notices.active();
    List<Notice> scheduled = notices.scheduled();
    List<Outgoing> out = new ArrayList<>();
    if (active.isEmpty() && scheduled.isEmpty()) {
      out.addAll(context.replyWith("notices.none"));
      out.addAll(nextTest(context));
      return out;
    }
    if (!scheduled.isEmpty()) {
      out.addAll(context.replyWith("notices.scheduled-count", scheduled.size()));
      for (Notice notice : scheduled.subList(0, Math.min(SHOWN, scheduled.size()))) {
        out.addAll(scheduledEntry(context, notice));
      }
    }
    if (active.isEmpty()) {
      out.addAll(context.replyWith("notices.none"));
      out.addAll(nextTest(context));
      return out;
    }
    out.addAll(context.replyWith("notices.count", active.size()));
    for (Notice notice : active.subList(0, Math.min(SHOWN, active.size()))) {
      RichText text =
          RichText.builder()
              .bold(notice.id() + " · " + notice.latest().title())
              .newline()
              .plain(
                  context.text(
                      "notices.line",
                      notice.status().name().toLowerCase(Locale.ROOT),
                      time.stamp(notice.revisions().get(0).at()),
                      time.stamp(notice.expiresAt()),
                      notice.mode().name().toLowerCase(Locale.ROOT)))
              .newline()
              .plain(context.text("notice.where", NoticePreviews.where(context, notice)))
              .build();
      List<Button> row = new ArrayList<>();
      row.add(
          button(
              context, "notice.button.update", ButtonAction.command("notice_update", notice.id())));
      row.add(
          button(
              context, "notice.button.cancel", ButtonAction.command("notice_cancel", notice.id())));
      if (notice.category() == NoticeCategory.MISSING_PERSON
          || notice.category() == NoticeCategory.ENDANGERED_PERSON) {
        row.add(
            button(
                context, "notice.button.found", ButtonAction.command("notice_found", notice.id())));
      }
      row.add(
          button(
              context, "notice.button.status", ButtonAction.command("notice_status", notice.id())));
      out.addAll(context.reply(text, List.of(row)));
    }
    if (active.size() > SHOWN) {
      out.addAll(context.replyWith("notices.more", active.size() - SHOWN));
    }
    out.addAll(nextTest(context));
    return out;
  }

  /** When the next test message goes out, with the zone; nothing when the department has none. */
  private List<Outgoing> nextTest(ChatContext context) {
    return tests
        .next(clock.instant().atZone(time.zone()))
        .map(
            next ->
                context.replyWith(
                    "notices.next-test",
                    time.stamp(next.at().toInstant()),
                    String.join(", ", next.message().channels())))
        .orElse(List.of());
  }

  /** A notice waiting for its time: when it goes out, counted down, with Update and Cancel. */
  private List<Outgoing> scheduledEntry(ChatContext context, Notice notice) {
    String countdown = words.countdown(notice.scheduledFor());
    RichText text =
        RichText.builder()
            .bold(notice.id() + " · " + notice.latest().title())
            .newline()
            .plain(
                context.text(
                    "notices.scheduled-line",
                    countdown,
                    time.deadline(notice.scheduledFor()),
                    notice.mode().name().toLowerCase(Locale.ROOT)))
            .newline()
            .plain(context.text("notice.where", NoticePreviews.where(context, notice)))
            .build();
    return context.reply(
        text,
        List.of(
            List.of(
                button(
                    context,
                    "notice.button.update",
                    ButtonAction.command("notice_update", notice.id())),
                button(
                    context,
                    "notice.button.cancel",
                    ButtonAction.command("notice_cancel", notice.id())))));
  }

  private static Button button(ChatContext context, String labelKey, ButtonAction action) {
    return context.button(labelKey, action);
  }
}
