package org.deptbot.bot.approvals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Template approval settings ({@code deptbot.approvals.*}).
 *
 * @param remindAfter a template waiting for approval this long reminds its approvers by direct
 *     message; each further period, one level further up the chain, to the top (the author's
 *     supervisors when nobody else may approve it), and the administrators once when nobody could
 *     be reached ({@code DEPTBOT_APPROVALS_REMIND_AFTER}; formerly {@code APPROVAL_REMIND_AFTER})
 */
@ConfigurationProperties("deptbot.approvals")
record ApprovalProperties(@DefaultValue("4h") Duration remindAfter) {}
