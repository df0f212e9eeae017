package org.deptbot.admin.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * The step before an action that cannot be taken back: a page, rendered by the server, that says
 * what will happen and asks why. The reason is required and goes into the action's audit entry; a
 * blank one shows the page again with the problem, and nothing changes.
 *
 * @param title the question: "Cancel N-2026-000012?"
 * @param consequences what will happen, one plain sentence each
 * @param action where the form posts
 * @param button the words on the button that does it
 * @param back the page to go back to without doing it
 * @param noteLabel the label of a further, optional note field (named {@code note}); null for none
 * @param fields what the form carries along unchanged (a case's version, who it goes to), as hidden
 *     fields
 */
public record Confirmation(
    String title,
    List<String> consequences,
    String action,
    String button,
    String back,
    String noteLabel,
    Map<String, String> fields) {

  /** The view that shows a confirmation. */
  public static final String VIEW = "confirm";

  /** The longest reason taken, as the form's field allows. */
  public static final int MAX_REASON = 300;

  /** What the API document says of the reason an irreversible call must carry. */
  public static final String WHY =
      "Why, in a few words (required). It goes into the audit log with the caller's name; a call"
          + " without it is refused with 400 and changes nothing.";

  public Confirmation {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  /** A confirmation whose form carries nothing but the reason (and the note, if it has one). */
  public Confirmation(
      String title,
      List<String> consequences,
      String action,
      String button,
      String back,
      String noteLabel) {
    this(title, consequences, action, button, back, noteLabel, Map.of());
  }

  /**
   * What is wrong with the reason given, as a message key; null if nothing. Nothing but spaces
   * counts as no reason.
   */
  public static String problem(String reason) {
    if (reason == null || reason.isBlank()) {
      return "confirm.reason-needed";
    }
    return reason.strip().length() > MAX_REASON ? "confirm.reason-too-long" : null;
  }

  /**
   * The one way a confirmed action goes ahead. With a reason that will do, {@code action} is done
   * with it (stripped) and the view it names is returned. Otherwise nothing is done: the step is
   * shown again (400) with what is wrong with the reason and the note typed so far.
   *
   * @param reason the reason as posted
   * @param note the optional note as posted, kept on the page shown again; null for none
   * @param step the confirmation to show again, made only when needed
   * @param action the action, given the reason; returns the view to show after it
   */
  public static String withReason(
      String reason,
      String note,
      Supplier<Confirmation> step,
      HttpServletResponse response,
      Model model,
      Function<String, String> action) {
    String problem = problem(reason);
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("reasonProblem", problem);
      return step.get().show(model, "", note);
    }
    return action.apply(reason.strip());
  }

  /**
   * The reason an API call that cannot be undone carries, stripped; without one, or with one too
   * long, a {@link BadInput} (400, saying what to send) and nothing is done.
   */
  public static String requiredOf(String reason) {
    String problem = problem(reason);
    if (problem != null) {
      throw new BadInput(
          problem.equals("confirm.reason-needed") ? "api.reason-needed" : "api.reason-too-long");
    }
    return reason.strip();
  }

  /** Shows this confirmation, with what was typed so far. */
  public String show(Model model, String reason, String note) {
    model.addAttribute("confirm", this);
    model.addAttribute("reason", reason == null ? "" : reason);
    model.addAttribute("note", note == null ? "" : note);
    return VIEW;
  }
}
