package org.deptbot.admin.staff;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the pages about one member share: their wording, and how a change ends, back on the member's
 * page with a line saying what was done or why nothing was.
 */
abstract class MemberPages {

  final MessageSource messages;

  MemberPages(MessageSource messages) {
    this.messages = messages;
  }

  String say(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  /** Back to the member's page, saying what was done. */
  String done(String id, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("done", messages.getMessage(key, null, locale));
    return "redirect:/staff/" + id;
  }

  /** Back to the member's page, saying why nothing was done. */
  String problem(String id, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("problem", messages.getMessage(key, null, locale));
    return "redirect:/staff/" + id;
  }
}
