package org.deptbot.admin.channels;

import java.util.Locale;
import java.util.Set;
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
  String channels(@RequestParam(required = false) String edit, Model model) {
    model.addAttribute("channels", overview.channels());
    model.addAttribute("reach", overview.reach());
    model.addAttribute("totals", overview.totals());
    model.addAttribute("platforms", ChannelOverview.PLATFORMS);
    model.addAttribute("categories", NoticeCategory.values());
    model.addAttribute(
        "editing",
        edit == null
            ? new Channel("", ChatPlatform.TELEGRAM, "", "", Set.of())
            : channels.byId(edit).orElse(null));
    return "channels/channels";
  }

  @PostMapping("/channels")
  String save(
      Actor actor,
      @RequestParam String id,
      @RequestParam ChatPlatform platform,
      @RequestParam String chatId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) Set<NoticeCategory> categories,
      RedirectAttributes redirect,
      Locale locale) {
    ChannelChange change;
    try {
      change = new ChannelChange(id, platform, chatId, name, categories);
    } catch (IllegalArgumentException bad) {
      redirect.addFlashAttribute("problem", bad.getMessage());
      return "redirect:/channels";
    }
    Channel saved = edits.save(actor, change);
    redirect.addFlashAttribute(
        "done", messages.getMessage("channels.saved", new Object[] {saved.name()}, locale));
    return "redirect:/channels";
  }
}
