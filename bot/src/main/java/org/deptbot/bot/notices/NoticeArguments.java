package org.deptbot.bot.notices;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;

/** Reading a notice number from a command, with an answer that helps when it is wrong. */
final class NoticeArguments {

  private NoticeArguments() {}

  static Optional<Notice> activeNotice(ChatContext context, NoticeDesk desk, String raw) {
    String id = raw.strip().toUpperCase(Locale.ROOT);
    return id.isEmpty() ? Optional.empty() : desk.byId(id).filter(n -> n.status().open());
  }

  static List<Outgoing> explainMissing(
      ChatContext context, NoticeDesk desk, String raw, String command) {
    String id = raw.strip().toUpperCase(Locale.ROOT);
    if (id.isEmpty()) {
      return context.replyWith("notice.needs-number", command);
    }
    return desk.byId(id)
        .map(
            n ->
                context.replyWith(
                    "notice.not-active", n.id(), n.status().name().toLowerCase(Locale.ROOT)))
        .orElseGet(() -> context.replyWith("notice.unknown", id));
  }
}
