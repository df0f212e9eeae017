package org.deptbot.admin.staff;

import java.util.Locale;
import org.deptbot.admin.console.Requires;
import org.deptbot.admin.staff.RosterImport.Format;
import org.deptbot.admin.staff.RosterImport.Plan;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Roster import: paste a roster, see what it would change (nothing is written yet), then confirm.
 * The confirmed text is checked again, so a roster changed in between cannot slip through.
 */
@Controller
@Requires(Permission.MANAGE_STAFF)
class RosterImportPage {

  static final int MAX_LENGTH = 500_000;
  private final RosterImport rosterImport;
  private final MessageSource messages;

  RosterImportPage(RosterImport rosterImport, MessageSource messages) {
    this.rosterImport = rosterImport;
    this.messages = messages;
  }

  @GetMapping("/staff/import")
  String form(Model model) {
    model.addAttribute("format", Format.CSV);
    model.addAttribute("text", "");
    return "staff/import";
  }

  @PostMapping("/staff/import")
  String preview(Actor actor, @RequestParam Format format, @RequestParam String text, Model model) {
    model.addAttribute("format", format);
    model.addAttribute("text", text);
    if (text.length() > MAX_LENGTH) {
      model.addAttribute("tooLong", true);
      return "staff/import";
    }
    model.addAttribute("plan", rosterImport.preview(actor, format, text));
    return "staff/import";
  }

  @PostMapping("/staff/import/confirm")
  String confirm(
      Actor actor,
      @RequestParam Format format,
      @RequestParam String text,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = rosterImport.apply(actor, format, text);
    if (!plan.ok()) {
      return preview(actor, format, text, model);
    }
    redirect.addFlashAttribute(
        "done", messages.getMessage("import.done", new Object[] {plan.changes().size()}, locale));
    redirect.addFlashAttribute("importChanges", plan.changes());
    return "redirect:/staff";
  }
}
