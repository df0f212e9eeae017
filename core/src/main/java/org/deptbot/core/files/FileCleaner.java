package org.deptbot.core.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes the copy of a file that staff, the console, the API and exports may see. A picture is
 * redrawn from its pixels onto a fresh canvas and written as PNG, which leaves behind every
 * metadata block of the original. Its size is read from the header first, without decoding, and a
 * picture declaring more than the pixel limit is refused: a small file can claim 30,000 × 30,000
 * pixels and take gigabytes to decode. Anything that is not a picture ImageIO can read (a PDF, a
 * video, WebP) is withheld: there is no safe way to clean it here.
 */
public final class FileCleaner {

  /** 40 megapixels: more than any phone camera, far less than what would exhaust memory. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  private static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/gif");

  private final long maxPixels;

  public FileCleaner() {
    this(DEFAULT_MAX_PIXELS);
  }

  public FileCleaner(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  public CleanedCopy clean(String mediaType, byte[] original) {
    if (mediaType == null || !PICTURES.contains(mediaType)) {
      return CleanedCopy.withheld();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return CleanedCopy.withheld();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || width * height > maxPixels) {
          return CleanedCopy.tooManyPixels();
        }
        return redraw(reader.read(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return CleanedCopy.withheld(); // kept sealed; what cannot be read cannot be cleaned
    }
  }

  private static CleanedCopy redraw(BufferedImage picture) throws IOException {
    boolean alpha = picture.getColorModel().hasAlpha();
    BufferedImage canvas =
        new BufferedImage(
            picture.getWidth(),
            picture.getHeight(),
            alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    var graphics = canvas.createGraphics();
    try {
      graphics.drawImage(picture, 0, 0, null);
    } finally {
      graphics.dispose();
    }
    var out = new ByteArrayOutputStream();
    if (!ImageIO.write(canvas, "png", out)) {
      return CleanedCopy.withheld();
    }
    return new CleanedCopy(CleanedCopy.Outcome.CLEANED, out.toByteArray(), "image/png");
  }
}
