package org.deptbot.admin.records;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.deptbot.core.records.BundleVerification;
import org.deptbot.core.records.BundleVerifier;

/**
 * {@code java -jar deptbot-admin.jar --verify-bundle export.zip}: checks an export bundle against
 * its manifest, says in plain words whether it is intact, and exits: 0 intact, 1 not intact, 2
 * could not check (no file named, file unreadable, or refused: more files or more bytes unpacked
 * than any export holds, as a ZIP bomb would).
 *
 * <p>A bundle is checked on its own, wherever it was carried to, so this starts no Spring context
 * and needs no database.
 */
public final class VerifyBundleCommand {

  public static final String OPTION = "--verify-bundle";

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int NOT_CHECKED = 2;

  private VerifyBundleCommand() {}

  /** Whether the command line asks for the check. */
  public static boolean requested(String... args) {
    return Arrays.asList(args).contains(OPTION);
  }

  /** Checks the bundle named after the option, prints the result and returns the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    List<String> all = Arrays.asList(args);
    int at = all.indexOf(OPTION);
    if (at < 0 || at + 1 >= all.size() || all.get(at + 1).startsWith("--")) {
      err.println("Bundle NOT VERIFIED: name the bundle, as in " + OPTION + " export.zip");
      return NOT_CHECKED;
    }
    Path bundle = Path.of(all.get(at + 1));
    BundleVerification result;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(bundle))) {
      result = new BundleVerifier().verify(in);
    } catch (BundleVerifier.Refused e) {
      err.println(
          "Bundle NOT VERIFIED: " + bundle.getFileName() + " was refused: " + e.getMessage());
      return NOT_CHECKED;
    } catch (NoSuchFileException e) {
      err.println("Bundle NOT VERIFIED: there is no file " + bundle);
      return NOT_CHECKED;
    } catch (IOException e) {
      err.println("Bundle NOT VERIFIED: could not read " + bundle + ": " + e.getMessage());
      return NOT_CHECKED;
    }
    out.println(describe(bundle, result));
    return result.intact() ? INTACT : BROKEN;
  }

  static String describe(Path bundle, BundleVerification result) {
    String manifest =
        result.manifestSha256() == null
            ? ""
            : "%nmanifest.json sha256 %s".formatted(result.manifestSha256());
    if (result.intact()) {
      return ("Bundle intact: %s holds the %d files its manifest lists, each with the listed"
              + " SHA-256, and nothing else.%s%nCompare the manifest's SHA-256 with the"
              + " records.exported entry of %s in the audit log: that shows the manifest is"
              + " the one the department wrote.")
          .formatted(
              bundle.getFileName(),
              result.files(),
              manifest,
              result.exportId() == null ? "the export" : result.exportId());
    }
    var text = new StringBuilder("Bundle BROKEN: ").append(bundle.getFileName());
    result.problems().forEach(p -> text.append(System.lineSeparator()).append("  - ").append(p));
    return text.append(manifest).toString();
  }
}
