package org.deptbot.core.notices.cap;

/**
 * A file that goes with the notice, such as a missing person's photo (CAP 1.2 {@code resource}).
 *
 * @param resourceDesc what the file is, e.g. "Photo"; required
 * @param mimeType its media type, e.g. {@code image/jpeg}; required
 * @param size its length in bytes, or null when unknown
 * @param uri where it can be fetched, or null
 * @param digest its SHA-1 hash in hex as CAP specifies, or null
 */
public record CapResource(
    String resourceDesc, String mimeType, Long size, String uri, String digest) {

  public CapResource {
    CapText.requireText(resourceDesc, "resourceDesc");
    CapText.requireText(mimeType, "mimeType");
    if (size != null && size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }
}
