package org.deptbot.bot.notices;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;

/** {@code /notice_status ID}: how the notice's latest change went out, channel by channel. */
class NoticeStatusCommand implements ButtonCommand {

  private final NoticeDesk desk;
  private final DeliveryReport report;

  NoticeStatusCommand(NoticeDesk desk, DeliveryReport report) {
    this.desk = desk;
    this.report = report;
  }

  @Override
  public String name() {
    return "notice_status";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.ISSUE_NOTICE);
  }

  /**
   * Listed in {@code /help} and in the staff's command menus for whoever may use it, since it is
   * typed with a number as often as it is pressed under {@code /notices}.
   */
  @Override
  public boolean offeredTo(Actor actor, Authorization authorization) {
    return requires().map(p -> authorization.permits(actor, p)).orElse(false);
  }

  /** Typed as well as pressed, so registered in the platforms' menus like any staff command. */
  @Override
  public boolean internal() {
    return false;
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String id = arguments.strip().toUpperCase(java.util.Locale.ROOT);
    Optional<Notice> notice = id.isEmpty() ? Optional.empty() : desk.byId(id);
    if (notice.isEmpty()) {
      return NoticeArguments.explainMissing(context, desk, id, name());
    }
    int revision = notice.get().latest().number();
    return context.reply(
        report.of(id, revision),
        List.of(
            List.of(
                context.button(
                    "notice.button.refresh", ButtonAction.command("notice_status", id)))));
  }
}
