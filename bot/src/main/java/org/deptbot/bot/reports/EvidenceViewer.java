package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.List;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.reports.Evidence;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Report;

/**
 * Shows a case's files to its handler: pictures as pictures, other files as a line with their hash
 * (to download from the console). Whatever the report's confidentiality, only the cleaned copy is
 * shown, under its neutral name: a picture was redrawn when it was kept, which dropped its metadata
 * (camera, place, the phone's owner); a file that could not be cleaned is listed as withheld.
 */
class EvidenceViewer {

  private final EvidenceStore store;

  EvidenceViewer(EvidenceStore store) {
    this.store = store;
  }

  int count(Report r) {
    return store.of(r.intakeKey()).size();
  }

  List<Outgoing> show(ChatContext context, Report r) {
    List<Evidence> files = store.of(r.intakeKey());
    if (files.isEmpty()) {
      return context.replyWith("case.evidence.none", r.id());
    }
    List<Outgoing> out = new ArrayList<>();
    for (Evidence e : files) {
      String name = e.name(r.id());
      if (e.withheld()) {
        out.addAll(
            context.replyWith("case.evidence.withheld", e.number(), name, e.size(), e.sha256()));
      } else if (e.mediaType().equals("image/png")) {
        out.add(
            new Outgoing.Send(
                context.incoming().chat(),
                RichText.plain(
                    context.text("case.evidence.photo", e.number(), r.id(), shortHash(e))),
                List.of(),
                new Image(name, e.mediaType(), store.bytes(e))));
      } else {
        out.addAll(
            context.replyWith("case.evidence.other", e.number(), name, e.size(), e.sha256()));
      }
    }
    return out;
  }

  private static String shortHash(Evidence e) {
    return e.sha256().substring(0, 12) + "…";
  }
}
