package org.deptbot.admin.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
 */
public record Confirmation(
    String title,
    List<String> consequences,
    String action,
    String button,
    String back,
    String noteLabel) {

  /** The view that shows a confirmation. */
  public static final String VIEW = "confirm";

  /** The longest reason taken, as the form's field allows. */
  public static final int MAX_REASON = 300;

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

  /** Shows this confirmation, with what was typed so far. */
  public String show(Model model, String reason, String note) {
    model.addAttribute("confirm", this);
    model.addAttribute("reason", reason == null ? "" : reason);
    model.addAttribute("note", note == null ? "" : note);
    return VIEW;
  }

  /** Shows it again because the reason was left blank: 400, with {@code problem} said above. */
  public String refuse(HttpServletResponse response, Model model, String problem, String note) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("problem", problem);
    return show(model, "", note);
  }
}
