package org.deptbot.bot.reports;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;

/**
 * {@code /report}: tells a supervisor about a posting that breaks the social media policy (V.A.11),
 * through a guided intake in a private chat.
 */
class ReportCommand implements ChatCommand {

  private final Conversations conversations;
  private final ReportDesk desk;

  ReportCommand(Conversations conversations, ReportDesk desk) {
    this.conversations = conversations;
    this.desk = desk;
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("report.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SUBMIT_REPORT);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    if (!desk.withinLimit(context.actor())) {
      return context.replyWith("report.limit");
    }
    conversations.begin(context.identity(), ReportFlow.NAME, "links", ReportDraft.start());
    return context.reply(
        org.deptbot.bot.chat.RichText.builder()
            .bold(context.text("report.intro"))
            .newline()
            .plain(context.text("report.ask-links"))
            .build(),
        List.of(List.of(ReportFlow.button(context, "report.button.discard", "stop"))));
  }
}
