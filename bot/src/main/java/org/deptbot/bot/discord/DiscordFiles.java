package org.deptbot.bot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.utils.AttachmentProxy;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.tips.TipPhotos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the files people send the bot in a DM, through the signed CDN link the message carried
 * (stored with the update as the file's reference). Discord's links expire, so this runs when the
 * update is handled, right after it was stored, on the handling thread rather than the gateway's.
 *
 * <p>A file over {@link #MAX_BYTES}, the most any flow keeps, is not downloaded at all; a link that
 * no longer works (expired, deleted) or a download that fails comes back unavailable, and the flow
 * says so: the person sends it again, and nothing was kept. Retrying later would not help, as the
 * link only gets closer to expiring.
 */
final class DiscordFiles {

  /** The largest file any flow keeps: evidence, a tip's photo, a notice's photo. */
  static final long MAX_BYTES =
      Math.max(EvidenceStore.MAX_FILE, Math.max(TipPhotos.MAX_BYTES, NoticePhotos.MAX_BYTES));

  private static final Logger log = LoggerFactory.getLogger(DiscordFiles.class);

  private final DiscordClient client;
  private final Duration timeout;

  DiscordFiles(DiscordClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** The attachment with its bytes, or unavailable with the size Discord declared. */
  Incoming.Attachment fetch(Incoming.Attachment attachment) {
    if (attachment.fetched() || attachment.fileId() == null) {
      return attachment;
    }
    if (attachment.size() > MAX_BYTES) {
      log.info("Discord: not downloading a file of {} bytes (over the limit)", attachment.size());
      return attachment.unavailable(attachment.size());
    }
    var link = new AttachmentProxy(attachment.fileId()).withClient(client.jda().getHttpClient());
    try (InputStream body = link.download().get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return attachment.unavailable(Math.max(attachment.size(), bytes.length));
      }
      return attachment.withBytes(bytes);
    } catch (ExecutionException | TimeoutException | IOException e) {
      // the link expired or the file is gone (404), or the CDN failed: the person is asked again
      log.warn("Discord: a file could not be downloaded: {}", cause(e));
      return attachment.unavailable(attachment.size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while downloading a Discord file", e);
    }
  }

  private static String cause(Exception e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    return cause.toString();
  }
}
