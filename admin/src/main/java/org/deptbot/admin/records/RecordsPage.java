package org.deptbot.admin.records;

import static org.deptbot.core.access.Permission.EXPORT_RECORDS;
import static org.deptbot.core.access.Permission.PLACE_LEGAL_HOLD;

import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import org.deptbot.admin.console.RefusalTexts;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.TransitionRefused;
import org.deptbot.core.access.Actor;
import org.deptbot.core.records.HoldRequest;
import org.deptbot.core.records.LegalHold;
import org.deptbot.core.records.LegalHolds;
import org.deptbot.core.records.RecordScope;
import org.deptbot.core.records.RecordType;
import org.deptbot.core.records.RetentionProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records for the custodian: the retention schedule, legal holds (place and lift, with a reason),
 * the export form, and a check of a bundle someone hands back.
 */
@Controller
@Requires({PLACE_LEGAL_HOLD, EXPORT_RECORDS})
class RecordsPage {

  private final LegalHolds holds;
  private final RetentionProperties retention;
  private final RefusalTexts refusals;
  private final MessageSource messages;
  private final RecordsZone zone;

  RecordsPage(
      LegalHolds holds,
      RetentionProperties retention,
      RefusalTexts refusals,
      MessageSource messages,
      RecordsZone zone) {
    this.holds = holds;
    this.retention = retention;
    this.refusals = refusals;
    this.messages = messages;
    this.zone = zone;
  }

  @GetMapping("/records")
  String records(Model model) {
    model.addAttribute(
        "holds",
        holds.all().stream().sorted(Comparator.comparing(LegalHold::placedAt).reversed()).toList());
    model.addAttribute("retention", retention);
    model.addAttribute("types", RecordType.values());
    model.addAttribute("kinds", RecordScope.Kind.values());
    return "records";
  }

  @PostMapping("/records/holds")
  @Requires(PLACE_LEGAL_HOLD)
  String place(
      Actor actor,
      @RequestParam RecordScope.Kind kind,
      @RequestParam(defaultValue = "") String target,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash,
      Locale locale) {
    try {
      RecordScope scope = RecordScopes.one(kind, target, from, to, zone.zone());
      LegalHold hold = holds.place(actor, new HoldRequest(scope, reason));
      flash.addFlashAttribute(
          "done", messages.getMessage("records.hold-placed", new Object[] {hold.id()}, locale));
    } catch (org.deptbot.admin.console.BadInput bad) {
      flash.addFlashAttribute("problem", refusals.explain(bad, locale));
    } catch (TransitionRefused refused) {
      flash.addFlashAttribute("problem", refusals.explain(refused, locale));
    }
    return "redirect:/records";
  }

  @PostMapping("/records/holds/{id}/lift")
  @Requires(PLACE_LEGAL_HOLD)
  String lift(
      Actor actor,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash,
      Locale locale) {
    try {
      holds.lift(actor, id, reason);
      flash.addFlashAttribute(
          "done", messages.getMessage("records.hold-lifted", new Object[] {id}, locale));
    } catch (TransitionRefused refused) {
      flash.addFlashAttribute("problem", refusals.explain(refused, locale));
    }
    return "redirect:/records";
  }

  @PostMapping("/records/verify")
  @Requires(EXPORT_RECORDS)
  String verify(@RequestParam("bundle") MultipartFile bundle, Model model, Locale locale)
      throws IOException {
    try (var in = bundle.getInputStream()) {
      model.addAttribute("verification", Exports.check(in));
    }
    model.addAttribute("bundleName", bundle.getOriginalFilename());
    return "records-verified";
  }
}
