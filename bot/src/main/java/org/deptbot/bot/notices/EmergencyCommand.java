package org.deptbot.bot.notices;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;

/**
 * {@code /emergency}: a notice in free text, posted at once when no approved template fits, for
 * members with EMERGENCY_ISSUE (the dispatch supervisors); see {@link EmergencyFlow}.
 */
class EmergencyCommand implements ChatCommand {

  private final EmergencyFlow flow;

  EmergencyCommand(EmergencyFlow flow) {
    this.flow = flow;
  }

  @Override
  public String name() {
    return "emergency";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.EMERGENCY_ISSUE);
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("notice.private-only");
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    return flow.begin(context);
  }
}
