package org.deptbot.admin.reports;

import org.deptbot.core.config.DeptbotProperties;
import org.deptbot.core.reports.ReporterSeal;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seal key that opens the originals of sent files ({@code deptbot.reports.seal-key}). */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

  @Bean
  ReporterSeal reporterSeal(DeptbotProperties settings) {
    String key = settings.reports().sealKey();
    if (key.isBlank()) {
      LoggerFactory.getLogger(CasesConfiguration.class)
          .warn(
              "DEPTBOT_REPORTS_SEAL_KEY is not set: the originals of files sent to the bot cannot be"
                  + " revealed from the console. Set it to the bot's key.");
      return ReporterSeal.ephemeral();
    }
    return ReporterSeal.fromBase64(key);
  }
}
