package org.deptbot.bot.tips;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notices;

/**
 * {@code /tip [N-…]}: a member of the public answers a tip solicitation, anonymously unless they
 * choose otherwise, through a short intake in a private chat. {@code /tip} followed by anything
 * else takes that as the start of what they know.
 */
class TipCommand implements ChatCommand {

  private static final String NOTICE_NUMBER = "(?i)N-\\d{4}-\\d{1,9}";

  private final TipFlow flow;
  private final TipDesk desk;
  private final Notices notices;

  TipCommand(TipFlow flow, TipDesk desk, Notices notices) {
    this.flow = flow;
    this.desk = desk;
    this.notices = notices;
  }

  @Override
  public String name() {
    return "tip";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("tip.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SEND_TIP);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    if (!desk.withinLimit(context.identity())) {
      List<Outgoing> out = new ArrayList<>(DangerPrompt.first(context, arguments));
      out.addAll(context.replyWith("tip.limit"));
      return out;
    }
    String[] parts = arguments.strip().split("\\s+", 2);
    if (parts[0].matches(NOTICE_NUMBER)) {
      String noticeId = parts[0].toUpperCase(Locale.ROOT);
      if (notices.byId(noticeId).isEmpty()) {
        return context.replyWith("tip.unknown-notice", noticeId);
      }
      return flow.start(context, noticeId, parts.length > 1 ? parts[1] : "");
    }
    return flow.start(context, null, arguments.strip());
  }
}
