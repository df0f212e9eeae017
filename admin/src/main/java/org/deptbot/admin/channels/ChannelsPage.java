package org.deptbot.admin.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.deptbot.admin.console.BadInput;
import org.deptbot.admin.console.LanguageNames;
import org.deptbot.admin.console.Requires;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Permission;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Channels and subscribers: where each category of notice goes, and how many people it reaches. */
@Controller
@Requires(Permission.MANAGE_CHANNELS)
class ChannelsPage {

  private final ChannelOverview overview;
  private final ChannelEdits edits;
  private final Channels channels;
  private final MessageSource messages;

  ChannelsPage(
      ChannelOverview overview, ChannelEdits edits, Channels channels, MessageSource messages) {
    this.overview = overview;
    this.edits = edits;
    this.channels = channels;
    this.messages = messages;
  }

  @GetMapping("/channels")
  String channels(@RequestParam(required = false) String edit, Model model, Locale locale) {
    model.addAttribute("channels", overview.channels());
    model.addAttribute("reach", overview.reach());
    model.addAttribute("totals", overview.totals());
    model.addAttribute("platforms", ChannelOverview.PLATFORMS);
    model.addAttribute("categories", NoticeCategory.values());
    Channel editing =
        edit == null
            ? new Channel("", ChatPlatform.TELEGRAM, "", "", Set.of())
            : channels.byId(edit).orElse(null);
    model.addAttribute("editing", editing);
    List<String> spoken = edits.languages();
    // one language: nothing to pick, and no column saying the same thing on every row
    model.addAttribute("languages", spoken.size() > 1 ? spoken : List.of());
    model.addAttribute("languageNames", names(spoken, locale));
    model.addAttribute("editingLanguage", editing == null ? null : edits.languageOf(editing));
    model.addAttribute("defaultLanguage", spoken.get(0));
    return "channels/channels";
  }

  /** Each language by name, and {@code all} as "All languages in one post". */
  private Map<String, String> names(List<String> spoken, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    spoken.forEach(code -> names.put(code, LanguageNames.of(code)));
    names.put(Channel.ALL, messages.getMessage("channels.language.all", null, locale));
    return names;
  }

  @PostMapping("/channels")
  String save(
      Actor actor,
      @RequestParam String id,
      @RequestParam ChatPlatform platform,
      @RequestParam String chatId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) Set<NoticeCategory> categories,
      @RequestParam(required = false) String language,
      RedirectAttributes redirect,
      Locale locale) {
    Channel saved;
    try {
      saved =
          edits.save(actor, new ChannelChange(id, platform, chatId, name, categories, language));
    } catch (BadInput bad) {
      redirect.addFlashAttribute("problem", messages.getMessage(bad.key(), null, locale));
      return "redirect:/channels";
    } catch (IllegalArgumentException bad) {
      redirect.addFlashAttribute("problem", bad.getMessage());
      return "redirect:/channels";
    }
    redirect.addFlashAttribute(
        "done", messages.getMessage("channels.saved", new Object[] {saved.name()}, locale));
    return "redirect:/channels";
  }
}
