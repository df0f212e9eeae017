package org.deptbot.admin;

import org.deptbot.admin.audit.VerifyAuditCommand;
import org.deptbot.admin.records.VerifyBundleCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The admin console: the department's web console and REST API for staff, on the internal network.
 * It shares MongoDB with the bot and never holds a chat platform token.
 */
@SpringBootApplication
public class AdminApplication {

  /**
   * Starts the console, or with {@code --verify-audit} checks the audit log, or with {@code
   * --verify-bundle FILE} an export bundle, and exits.
   */
  public static void main(String[] args) {
    if (VerifyBundleCommand.requested(args)) {
      System.exit(VerifyBundleCommand.run(System.out, System.err, args));
    }
    if (VerifyAuditCommand.requested(args)) {
      System.exit(
          VerifyAuditCommand.run(
              new SpringApplication(AdminApplication.class), System.out, System.err, args));
    }
    SpringApplication.run(AdminApplication.class, args);
  }
}
