package org.deptbot.bot.approvals;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ButtonCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateTransitionRefused;

/** {@code /approve ID}, behind the Approve button of {@code /approvals}. */
class ApproveCommand implements ButtonCommand {

  private final AuditTrail audit;

  private final TemplateApprovals approvals;

  ApproveCommand(TemplateApprovals approvals, AuditTrail audit) {
    this.audit = audit;
    this.approvals = approvals;
  }

  @Override
  public String name() {
    return "approve";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.APPROVE_TEMPLATE);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    try {
      Template approved = approvals.approve(context.actor(), arguments.strip(), null);
      audit.record(
          context.actor(),
          "template.approved",
          "template:" + approved.id(),
          "version",
          String.valueOf(approved.version()));
      return context.replyWith("approvals.approved", approved.key(), approved.version());
    } catch (TemplateTransitionRefused refused) {
      return TemplateRefusalTexts.answer(context, refused);
    }
  }
}
