package org.deptbot.admin.notices;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.deptbot.admin.console.Confirmation;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.templates.Template;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.ZoneMap;
import org.deptbot.core.zones.Zones;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notices/{id}}: one notice as posted, where each revision has got to on each channel, its
 * CAP documents, and updating or cancelling it while it is active.
 */
@Controller
@Requires(Permission.ISSUE_NOTICE)
class NoticePage {

  /** How often a notice's page reloads while its delivery is in progress. */
  static final int REFRESH_SECONDS = 4;

  private final NoticeForms desk;
  private final NoticeTexts texts;
  private final DeliveryStatus status;
  private final NoticeCheckTexts wording;
  private final CapDocuments cap;
  private final Zones zones;

  NoticePage(
      NoticeForms desk,
      NoticeTexts texts,
      DeliveryStatus status,
      NoticeCheckTexts wording,
      CapDocuments cap,
      Zones zones) {
    this.zones = zones;
    this.desk = desk;
    this.texts = texts;
    this.status = status;
    this.wording = wording;
    this.cap = cap;
  }

  @GetMapping("/notices/{id}")
  String show(@PathVariable String id, Model model) {
    Notice notice = desk.byId(id);
    model.addAttribute("notice", notice);
    model.addAttribute("post", texts.of(notice));
    model.addAttribute("zoneMap", map(notice));
    List<DeliveryStatus.Revision> revisions = status.of(notice);
    model.addAttribute("revisions", revisions);
    if (DeliveryStatus.stillGoing(revisions)) {
      // a meta refresh, not a script: the console's CSP allows no inline code, and the page holds
      // no form to lose (cancelling and closing are confirmed on pages of their own)
      model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    }
    return "notices/show";
  }

  /**
   * The department's zones drawn on the server, the notice's own filled (as they were when it was
   * issued); null when the department has no bounds.
   */
  private String map(Notice notice) {
    Bounds bounds = zones.bounds().orElse(null);
    if (bounds == null) {
      return null;
    }
    Map<String, Zone> drawn = new LinkedHashMap<>();
    zones.all().forEach(zone -> drawn.put(zone.id(), zone));
    notice.zones().forEach(zone -> drawn.put(zone.id(), zone));
    String title =
        notice.zones().isEmpty()
            ? "Zones of the department; " + notice.id() + " is about the whole area"
            : "Zones of " + notice.id() + ": " + String.join(", ", zoneNames(notice));
    return ZoneMap.svg(bounds, drawn.values(), Set.copyOf(notice.zoneIds()), title);
  }

  private static List<String> zoneNames(Notice notice) {
    return notice.zones().stream().map(Zone::name).toList();
  }

  @GetMapping("/notices/{id}/update")
  String updateForm(@PathVariable String id, Model model) {
    Notice notice = desk.byId(id);
    model.addAttribute("basedOn", notice.latest().number());
    return form(model, notice, notice.latest().values(), "", null, null);
  }

  @PostMapping("/notices/{id}/update")
  String update(
      @PathVariable String id,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) String save,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Notice notice = desk.byId(id);
    Map<String, String> values = NoticesPage.values(params);
    String note = params.getOrDefault("note", "");
    Integer basedOn = revision(params.get("revision"));
    model.addAttribute("basedOn", basedOn == null ? notice.latest().number() : basedOn);
    if (save == null) {
      return form(model, notice, values, note, desk.previewUpdate(notice, values, note), locale);
    }
    try {
      Notice updated = desk.update(actor, id, basedOn, values, note, params.containsKey("checked"));
      return done(updated, "notices.updated", redirect, locale);
    } catch (NoticeBlocked blocked) {
      model.addAttribute("problem", wording.say(locale, "notices.not-updated"));
      return form(model, notice, values, note, blocked.check, locale);
    }
  }

  static Integer revision(String posted) {
    try {
      return posted == null ? null : Integer.valueOf(posted.strip());
    } catch (NumberFormatException garbled) {
      return -1; // matches no revision, so the update is refused as made on an older one
    }
  }

  @GetMapping("/notices/{id}/found")
  String confirmFound(@PathVariable String id, Model model, Locale locale) {
    return confirmWhileActive(id, notice -> foundStep(notice, locale), model);
  }

  @PostMapping("/notices/{id}/found")
  String found(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        null,
        () -> foundStep(desk.byId(id), locale),
        response,
        model,
        why ->
            done(
                desk.found(
                    actor,
                    id,
                    wording.say(locale, "notice.found.title"),
                    wording.say(locale, "notice.found.body"),
                    why),
                "notices.found",
                redirect,
                locale));
  }

  @GetMapping("/notices/{id}/cancel")
  String confirmCancel(@PathVariable String id, Model model, Locale locale) {
    return confirmWhileActive(id, notice -> cancelStep(notice, locale), model);
  }

  /**
   * The page that asks before a notice is closed (cancelled, or its person found); a notice already
   * closed has nothing to ask about, so it is its own page again.
   */
  private String confirmWhileActive(String id, Function<Notice, Confirmation> step, Model model) {
    Notice notice = desk.byId(id);
    if (!notice.status().active()) {
      return "redirect:/notices/" + id;
    }
    return step.apply(notice).show(model, "", "");
  }

  /** Back to the notice's page, saying what was done to it. */
  private String done(Notice notice, String key, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("done", wording.say(locale, key, notice.id()));
    return "redirect:/notices/" + notice.id();
  }

  @PostMapping("/notices/{id}/cancel")
  String cancel(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String reason,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      HttpServletResponse response) {
    return Confirmation.withReason(
        reason,
        note,
        () -> cancelStep(desk.byId(id), locale),
        response,
        model,
        why -> done(desk.cancel(actor, id, note, why), "notices.cancelled", redirect, locale));
  }

  private Confirmation cancelStep(Notice notice, Locale locale) {
    return new Confirmation(
        wording.say(locale, "notices.cancel-confirm.title", notice.id()),
        List.of(
            wording.say(locale, "notices.cancel-confirm.posts", notice.id()),
            wording.say(locale, "notices.cancel-confirm.final")),
        "/notices/" + notice.id() + "/cancel",
        wording.say(locale, "notices.cancel-confirm.button", notice.id()),
        "/notices/" + notice.id(),
        wording.say(locale, "notices.cancel-confirm.note"));
  }

  private Confirmation foundStep(Notice notice, Locale locale) {
    return new Confirmation(
        wording.say(locale, "notices.found-confirm.title", notice.id()),
        List.of(
            wording.say(locale, "notices.found-hint"),
            wording.say(locale, "notices.found-confirm.final")),
        "/notices/" + notice.id() + "/found",
        wording.say(locale, "notices.found-confirm.button"),
        "/notices/" + notice.id(),
        null);
  }

  /** The CAP 1.2 message of one revision, exercises included (the public feed leaves them out). */
  @GetMapping("/notices/{id}/{revision}.xml")
  ResponseEntity<String> capDocument(@PathVariable String id, @PathVariable int revision) {
    Notice notice = desk.byId(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/cap+xml"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + id + "-" + revision + ".xml\"")
        .body(cap.of(notice, revision));
  }

  private String form(
      Model model,
      Notice notice,
      Map<String, String> values,
      String note,
      NoticeCheck check,
      Locale locale) {
    return showUpdateForm(
        model, desk, wording, notice, values, note, check, locale, "/notices/" + notice.id());
  }

  /**
   * The update form of {@code notice}, posting to {@code base + "/update"} and going back to {@code
   * base}: the notice's own page, or the reviews page for an approver updating an emergency issue.
   */
  static String showUpdateForm(
      Model model,
      NoticeForms desk,
      NoticeCheckTexts wording,
      Notice notice,
      Map<String, String> values,
      String note,
      NoticeCheck check,
      Locale locale,
      String base) {
    model.addAttribute("notice", notice);
    Template template = desk.templateOf(notice);
    Map<String, String> shown = check == null ? values : check.values();
    model.addAttribute("template", template);
    model.addAttribute("values", shown);
    model.addAttribute("ownAnswers", OwnAnswers.of(template, shown, check));
    model.addAttribute("asTyped", wording.asTyped(template, check, locale));
    model.addAttribute("note", note);
    model.addAttribute("check", check);
    model.addAttribute(
        "problems", check == null ? java.util.List.of() : wording.problems(check, locale));
    model.addAttribute("updateAction", base + "/update");
    model.addAttribute("backTo", base);
    return "notices/update";
  }
}
