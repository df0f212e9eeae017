package org.deptbot.bot.audit;

import java.time.Duration;
import org.deptbot.core.audit.AuditAnchor;
import org.deptbot.core.leases.RoundLeases;
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
    private final RoundLeases leases;

    Anchoring(AuditAnchor anchor, RoundLeases leases) {
      this.anchor = anchor;
      this.leases = leases;
    }

    @Scheduled(
        initialDelayString = "${deptbot.audit.anchor-first:30s}",
        fixedDelayString = "${deptbot.audit.anchor-every:1h}")
    void anchor() {
      leases.tryRun("audit.anchor", Duration.ofHours(3), anchor::anchor);
    }
  }
}
