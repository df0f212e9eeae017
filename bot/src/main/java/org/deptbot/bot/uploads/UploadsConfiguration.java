package org.deptbot.bot.uploads;

import java.time.Clock;
import java.time.Duration;
import org.deptbot.bot.chat.ChatProperties;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Sweeps unclaimed uploads every 15 minutes, past the same idle limit as the chat flows. */
@Configuration(proxyBeanMethods = false)
class UploadsConfiguration {

  @Bean
  UnclaimedUploads unclaimedUploads(
      EvidenceStore evidence,
      TipPhotos photos,
      Reports reports,
      Tips tips,
      Conversations conversations,
      AuditTrail audit,
      Clock clock,
      ChatProperties chat) {
    return new UnclaimedUploads(
        evidence, photos, reports, tips, conversations, audit, clock, chat.flowTimeout());
  }

  /**
   * Files and tip photos kept by a version that did not seal them are sealed once at start, with
   * the department's lasting key only: sealed under a key of the moment they would be lost.
   */
  @Bean
  ApplicationRunner sealLegacyFiles(EvidenceStore evidence, TipPhotos photos, ReporterSeal seal) {
    return args -> {
      var log = LoggerFactory.getLogger(UploadsConfiguration.class);
      if (!seal.lasting()) {
        log.info(
            "Files kept before files were sealed stay withheld: DEPTBOT_REPORTS_SEAL_KEY is not set");
        return;
      }
      int files = evidence.sealLegacy();
      int tipPhotos = photos.sealLegacy();
      if (files + tipPhotos > 0) {
        log.info(
            "Sealed {} file(s) and {} tip photo(s) kept before files were sealed",
            files,
            tipPhotos);
      }
    };
  }

  @Bean
  UploadsSweep uploadsSweep(UnclaimedUploads uploads, RoundLeases leases) {
    return new UploadsSweep(uploads, leases);
  }

  /** Runs the sweep on a schedule. */
  static class UploadsSweep {
    private final UnclaimedUploads uploads;
    private final RoundLeases leases;

    UploadsSweep(UnclaimedUploads uploads, RoundLeases leases) {
      this.uploads = uploads;
      this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT5M")
    void sweep() {
      leases.tryRun("uploads.sweep", Duration.ofMinutes(45), uploads::sweep);
    }
  }
}
