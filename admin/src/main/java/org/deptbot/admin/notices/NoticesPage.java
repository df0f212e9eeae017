package org.deptbot.admin.notices;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.zones.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notices}: the history, picking a template, and the issue form with its preview. A notice
 * is stored only from a preview with nothing blocking it, and once per form (its draft id).
 */
@Controller
@Requires(Permission.ISSUE_NOTICE)
class NoticesPage {

  static final int PAGE_SIZE = 25;
  static final String VALUE = "v.";
  private final Notices notices;
  private final Templates templates;
  private final NoticeForms desk;
  private final NoticeChecks checks;
  private final NoticeCheckTexts wording;

  private final AttachedPhotos attached;
  private final Zones zones;
  private final TestMessages tests;
  private final TimeShown time;
  private final Clock clock;

  NoticesPage(
      Notices notices,
      Templates templates,
      NoticeForms desk,
      NoticeChecks checks,
      NoticeCheckTexts wording,
      AttachedPhotos attached,
      Zones zones,
      TestMessages tests,
      TimeShown time,
      Clock clock) {
    this.tests = tests;
    this.time = time;
    this.clock = clock;
    this.zones = zones;
    this.attached = attached;
    this.notices = notices;
    this.templates = templates;
    this.desk = desk;
    this.checks = checks;
    this.wording = wording;
  }

  @GetMapping("/notices")
  String history(@RequestParam(defaultValue = "0") int page, Model model) {
    int shown = Math.max(page, 0);
    model.addAttribute("notices", notices.page(shown, PAGE_SIZE));
    model.addAttribute("page", shown);
    model.addAttribute("more", notices.count() > (long) (shown + 1) * PAGE_SIZE);
    // when the department's scheduled test message next goes out, with the zone
    tests
        .next(clock.instant().atZone(time.zone()))
        .ifPresent(
            next -> {
              model.addAttribute("nextTest", time.stamp(next.at().toInstant()));
              model.addAttribute("nextTestChannels", String.join(", ", next.message().channels()));
            });
    return "notices/list";
  }

  @GetMapping("/notices/new")
  String pick(Model model) {
    model.addAttribute("templates", templates.allUsable());
    return "notices/pick";
  }

  @GetMapping("/notices/new/{key}")
  String blank(@PathVariable String key, Model model) {
    Template template = desk.usable(key);
    var issue =
        new NoticeForms.Issue(
            UUID.randomUUID().toString(),
            Map.of(),
            checks.defaultTargets(template),
            NoticeMode.LIVE,
            false,
            zones.defaultsFor(template.key()));
    return form(model, template, issue, null, null);
  }

  /** Previews, or with {@code issue} stores the notice if its check lets it go. */
  @PostMapping("/notices/new/{key}")
  String issue(
      @PathVariable String key,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) List<String> targets,
      @RequestParam(name = "zones", required = false) List<String> zoneIds,
      @RequestParam(required = false) String issue,
      @RequestParam(required = false)
          org.springframework.util.MultiValueMap<String, MultipartFile> files,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Template template = desk.usable(key);
    Map<String, String> values = values(params);
    boolean photoRefused = !attached.take(template, files, values);
    var asked =
        new NoticeForms.Issue(
            params.get("draftId"),
            values,
            targets == null ? List.of() : targets,
            "EXERCISE".equals(params.get("mode")) ? NoticeMode.EXERCISE : NoticeMode.LIVE,
            params.containsKey("checked"),
            zoneIds);
    if (issue == null || photoRefused) {
      if (photoRefused) {
        model.addAttribute("problem", wording.say(locale, "notices.photo-refused"));
      }
      return form(model, template, asked, desk.preview(template, asked), locale);
    }
    try {
      Notice notice = desk.issue(actor, template, asked);
      redirect.addFlashAttribute("done", wording.say(locale, "notices.issued", notice.id()));
      return "redirect:/notices/" + notice.id();
    } catch (NoticeBlocked blocked) {
      model.addAttribute("problem", wording.say(locale, "notices.not-issued"));
      return form(model, template, asked, blocked.check, locale);
    }
  }

  private String form(
      Model model, Template template, NoticeForms.Issue issue, NoticeCheck check, Locale locale) {
    model.addAttribute("template", template);
    model.addAttribute("issue", issue);
    model.addAttribute("channels", checks.candidates(template));
    model.addAttribute("zones", zones.all());
    model.addAttribute("check", check);
    model.addAttribute("problems", check == null ? List.of() : wording.problems(check, locale));
    Map<String, String> values = check == null ? issue.values() : check.values();
    model.addAttribute("values", values);
    model.addAttribute("ownAnswers", OwnAnswers.of(template, values, check));
    model.addAttribute("asTyped", wording.asTyped(template, check, locale));
    return "notices/form";
  }

  /** The blanks from a form: parameters named {@code v.<name>}. */
  static Map<String, String> values(Map<String, String> params) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach(
        (name, value) -> {
          if (name.startsWith(VALUE)) {
            values.put(name.substring(VALUE.length()), value);
          }
        });
    return values;
  }
}
