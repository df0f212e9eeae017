package org.deptbot.bot.notices;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;

/**
 * {@code /notice_cancel ID [reason]}: shows the line every post will carry and asks for one more
 * tap; then every post is edited to CANCELLED (or gets a short cancellation where it cannot be
 * edited).
 */
class NoticeCancelCommand implements ButtonCommand {

  static final String CONFIRMED = "--confirmed";

  private final NoticeDesk desk;
  private final NoticeConfirmations confirmations;
  private final NoticeProblemTexts words;

  NoticeCancelCommand(
      NoticeDesk desk, NoticeConfirmations confirmations, NoticeProblemTexts words) {
    this.desk = desk;
    this.confirmations = confirmations;
    this.words = words;
  }

  @Override
  public String name() {
    return "notice_cancel";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.ISSUE_NOTICE);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 2);
    Optional<Notice> notice = NoticeArguments.activeNotice(context, desk, parts[0]);
    if (notice.isEmpty()) {
      return NoticeArguments.explainMissing(context, desk, parts[0], name());
    }
    String rest = parts.length > 1 ? parts[1].strip() : "";
    if (rest.startsWith(CONFIRMED)) {
      String note = rest.substring(CONFIRMED.length()).strip();
      return confirmations.answer(
          context,
          desk.cancel(context.actor(), new NoticeDesk.Cancel(notice.get().id(), note, null)));
    }
    String id = notice.get().id();
    var text =
        RichText.builder()
            .bold(context.text("notice.cancel.ask", id, notice.get().latest().title()))
            .newline()
            .plain(
                notice.get().scheduled()
                    ? context.text(
                        "notice.cancel.scheduled", words.stamp(notice.get().scheduledFor()))
                    : rest.isEmpty()
                        ? context.text("notice.cancel.prepared")
                        : context.text("notice.cancel.with-reason", rest))
            .newline()
            .italic(context.text("notice.cancel.own-reason", id))
            .build();
    return context.reply(
        text,
        List.of(
            List.of(
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("notice.button.cancel-notice"),
                        rest.isEmpty()
                            ? ButtonAction.command(name(), id, CONFIRMED)
                            : ButtonAction.command(name(), id, CONFIRMED, rest)),
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("notice.button.keep-notice"),
                        ButtonAction.command("notices")))));
  }
}
