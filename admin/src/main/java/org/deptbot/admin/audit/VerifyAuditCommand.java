package org.deptbot.admin.audit;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.deptbot.core.audit.AuditVerification;
import org.deptbot.core.audit.AuditVerification.Broken;
import org.deptbot.core.audit.AuditVerification.Intact;
import org.deptbot.core.audit.ChainProblem;
import org.deptbot.core.audit.ChainVerifier;
import org.springframework.beans.BeansException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar deptbot-admin.jar --verify-audit}: checks the audit chain in the configured
 * MongoDB, says in plain words whether it is intact, and exits: 0 intact, 1 broken, 2 could not
 * check (no database, bad settings).
 *
 * <p>It runs before the console starts, in a context of its own without a web server, because
 * whether there is a web server has to be decided before a Spring application starts; an {@code
 * ApplicationRunner} would come too late, after the port is bound. The check only reads: the seed
 * file is not imported.
 */
public final class VerifyAuditCommand {

  public static final String OPTION = "--verify-audit";

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int NOT_CHECKED = 2;

  private VerifyAuditCommand() {}

  /** Whether the command line asks for the check. */
  public static boolean requested(String... args) {
    return Arrays.asList(args).contains(OPTION);
  }

  /**
   * Starts {@code app} without a web server, verifies the chain, prints the result to {@code out}
   * (or why it could not check to {@code err}) and returns the exit code.
   */
  public static int run(SpringApplication app, PrintStream out, PrintStream err, String... args) {
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setLogStartupInfo(false);
    app.setDefaultProperties(Map.of("logging.level.root", "warn"));
    app.addInitializers(
        context ->
            context
                .getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(OPTION, Map.of("deptbot.seed-file", ""))));
    AuditVerification result;
    try (var context = app.run(args)) {
      result = context.getBean(ChainVerifier.class).verify();
    } catch (RuntimeException e) {
      // Spring Boot has already printed why the context did not start.
      err.println("Audit log NOT VERIFIED: " + reason(e));
      return NOT_CHECKED;
    }
    out.println(describe(result));
    return result.intact() ? INTACT : BROKEN;
  }

  /** The cause beneath Spring's bean-creation wrappers, which name classes, not problems. */
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t instanceof BeansException && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  static String describe(AuditVerification result) {
    if (result instanceof Broken broken) {
      return "Audit log BROKEN at entry %d: %s".formatted(broken.seq(), explain(broken.problem()));
    }
    Intact intact = (Intact) result;
    return "Audit log intact: %s entries, head sha256 %s%n"
            .formatted(
                NumberFormat.getIntegerInstance(Locale.ROOT).format(intact.count()),
                intact.headHash())
        + "Compare the head with the latest AUDIT ANCHOR line in the bot's log: entries cut off"
        + " the end show only there.";
  }

  private static String explain(ChainProblem problem) {
    return switch (problem) {
      case EDITED -> "the entry was changed after it was written";
      case MISSING -> "the entry is missing (deleted), though later entries exist";
      case REORDERED -> "the entry holds the contents of another entry (entries were moved)";
      case LINK_BROKEN ->
          "the entry does not follow the one before it (one of the two was replaced, its hash"
              + " recomputed)";
    };
  }
}
