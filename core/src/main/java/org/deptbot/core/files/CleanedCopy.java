package org.deptbot.core.files;

/**
 * What {@link FileCleaner} made of a file.
 *
 * @param outcome cleaned, withheld (cannot be cleaned safely), or refused (too many pixels)
 * @param bytes the cleaned copy; null unless cleaned
 * @param mediaType the cleaned copy's type ({@code image/png}); null unless cleaned
 */
public record CleanedCopy(Outcome outcome, byte[] bytes, String mediaType) {

  /** What became of a file. */
  public enum Outcome {
    /** Redrawn from its pixels: safe to hand out. */
    CLEANED,
    /**
     * Not a picture that can be redrawn (a PDF, a video, WebP): only its sealed original is kept.
     */
    WITHHELD,
    /** Its header declares more pixels than may be decoded: not kept at all. */
    TOO_MANY_PIXELS
  }

  static CleanedCopy withheld() {
    return new CleanedCopy(Outcome.WITHHELD, null, null);
  }

  static CleanedCopy tooManyPixels() {
    return new CleanedCopy(Outcome.TOO_MANY_PIXELS, null, null);
  }

  public boolean cleaned() {
    return outcome == Outcome.CLEANED;
  }
}
