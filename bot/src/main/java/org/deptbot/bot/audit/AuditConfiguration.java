package org.deptbot.bot.audit;

import org.deptbot.core.audit.AuditAnchor;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The periodic anchor of the audit log's head in the log output. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  /**
   * Writes the chain head to the logs at start and then every hour (DEPTBOT_AUDIT_ANCHOR_EVERY).
   */
  @Configuration(proxyBeanMethods = false)
  static class Anchoring {

    private final AuditAnchor anchor;

    Anchoring(AuditAnchor anchor) {
      this.anchor = anchor;
    }

    @Scheduled(
        initialDelayString = "${deptbot.audit.anchor-first:30s}",
        fixedDelayString = "${deptbot.audit.anchor-every:1h}")
    void anchor() {
      anchor.anchor();
    }
  }
}
