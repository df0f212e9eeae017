package org.deptbot.bot.approvals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateTransitionRefused;

/**
 * {@code /reject ID}, behind the Reject button: asks why (the author sees the reason), then sends
 * the template back to its author as a draft.
 */
class RejectCommand implements ButtonCommand, ChatFlow {

  private final TemplateApprovals approvals;
  private final Conversations conversations;
  private final AuditTrail audit;

  RejectCommand(TemplateApprovals approvals, Conversations conversations, AuditTrail audit) {
    this.audit = audit;
    this.approvals = approvals;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "reject";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.APPROVE_TEMPLATE);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    conversations.begin(
        context.identity(), name(), "reason", Map.of("template", arguments.strip()));
    return context.replyWith("approvals.reject-why", arguments.strip());
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String reason) {
    String templateId = conversation.data().get("template");
    try {
      Template rejected = approvals.reject(context.actor(), templateId, reason);
      audit.record(
          context.actor(),
          "template.rejected",
          "template:" + rejected.id(),
          "version",
          String.valueOf(rejected.version()));
      conversations.end(context.identity());
      return context.replyWith("approvals.rejected", rejected.key(), rejected.version());
    } catch (TemplateTransitionRefused refused) {
      if (!reason.isBlank()) {
        conversations.end(context.identity()); // a blank reason gets another try
      }
      return TemplateRefusalTexts.answer(context, refused);
    }
  }
}
