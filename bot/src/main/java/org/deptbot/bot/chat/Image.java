package org.deptbot.bot.chat;

import java.util.Set;

/**
 * A picture sent with a message, such as a missing person's photo. Only common photo types are
 * accepted, so nothing else can pass for an image on any platform.
 */
public record Image(String fileName, String mediaType, byte[] bytes) {

  private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

  public Image {
    if (!PHOTO_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException("not a photo type: " + mediaType);
    }
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("an image needs its bytes");
    }
  }
}
