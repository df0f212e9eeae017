package org.deptbot.bot.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.Evidence;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Report;

/**
 * Shows a case's files to its handler: pictures as pictures, other files as a line with their hash
 * (to download from the console). For an anonymous report a picture is redrawn first, which drops
 * its metadata (camera, place, the phone's owner), and its file name is not shown.
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
    boolean anonymous = r.confidentiality() == Confidentiality.ANONYMOUS;
    List<Outgoing> out = new ArrayList<>();
    for (Evidence e : files) {
      byte[] picture = picture(e, anonymous);
      String shownName = anonymous ? "file-" + e.number() : e.fileName();
      if (picture != null) {
        String type = anonymous ? "image/png" : e.mediaType();
        out.add(
            new Outgoing.Send(
                context.incoming().chat(),
                RichText.plain(
                    context.text("case.evidence.photo", e.number(), r.id(), shortHash(e))),
                List.of(),
                new Image(shownName + (anonymous ? ".png" : ""), type, picture)));
      } else {
        out.addAll(
            context.replyWith("case.evidence.other", e.number(), shownName, e.size(), e.sha256()));
      }
    }
    return out;
  }

  /** The picture to show, or null when the file is not one that can be shown (or cleaned). */
  private byte[] picture(Evidence e, boolean anonymous) {
    boolean photoType =
        e.mediaType().equals("image/jpeg")
            || e.mediaType().equals("image/png")
            || e.mediaType().equals("image/webp");
    if (!photoType) {
      return null;
    }
    byte[] bytes = store.bytes(e);
    if (!anonymous) {
      return bytes;
    }
    try {
      var image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        return null; // a format ImageIO cannot redraw (WebP): listed, never sent with metadata
      }
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException unreadable) {
      return null;
    }
  }

  private static String shortHash(Evidence e) {
    return e.sha256().substring(0, 12) + "…";
  }
}
