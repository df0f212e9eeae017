package org.deptbot.bot.notices;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;

/**
 * {@code /notice_found ID}: the missing or endangered person was found. After one more tap every
 * post is replaced by a short thank-you without the photo or any personal detail.
 */
class NoticeFoundCommand implements ButtonCommand {

  private final NoticeDesk desk;
  private final NoticeConfirmations confirmations;

  NoticeFoundCommand(NoticeDesk desk, NoticeConfirmations confirmations) {
    this.desk = desk;
    this.confirmations = confirmations;
  }

  @Override
  public String name() {
    return "notice_found";
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
    String id = notice.get().id();
    if (parts.length > 1 && parts[1].strip().equals(NoticeCancelCommand.CONFIRMED)) {
      return confirmations.answer(
          context,
          desk.found(
              context.actor(),
              new NoticeDesk.Found(
                  id,
                  context.text("notice.found.title"),
                  context.text("notice.found.body"),
                  null)));
    }
    return context.reply(
        context.messages().plain("notice.found.ask", id, context.text("notice.found.title")),
        List.of(
            List.of(
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("notice.button.found"),
                        ButtonAction.command(name(), id, NoticeCancelCommand.CONFIRMED)),
                context
                    .buttons()
                    .create(
                        context.identity(),
                        context.text("notice.button.keep-notice"),
                        ButtonAction.command("notices")))));
  }
}
