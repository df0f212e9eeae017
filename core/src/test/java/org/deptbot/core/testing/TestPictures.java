package org.deptbot.core.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures as phones and hostile senders make them, for the tests of cleaning and refusing. */
public final class TestPictures {

  /** The camera owner written into {@link #jpegWithGps}'s EXIF, to look for in cleaned copies. */
  public static final String OWNER = "Officer Quinn Private";

  private TestPictures() {}

  /**
   * A real JPEG with an EXIF block (APP1) naming the camera's owner and holding a GPS position, as
   * a phone writes it.
   */
  public static byte[] jpegWithGps(int width, int height) {
    byte[] plain = encode(width, height, "jpg");
    byte[] exif = exif();
    ByteBuffer out = ByteBuffer.allocate(plain.length + exif.length + 4);
    out.put(plain, 0, 2); // SOI
    out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
    out.put(plain, 2, plain.length - 2);
    return out.array();
  }

  /** A plain PNG of the given size. */
  public static byte[] png(int width, int height) {
    return encode(width, height, "png");
  }

  /**
   * The start of a PNG whose header declares {@code width} × {@code height} pixels: decoding it in
   * full would need gigabytes, reading its header needs nothing.
   */
  public static byte[] pngDeclaring(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** Whether {@code bytes} still hold any of what {@link #jpegWithGps} wrote about its sender. */
  public static boolean identifiesTheSender(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.contains("Exif\0\0") || text.contains(OWNER);
  }

  private static byte[] encode(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 7 + y * 3) << 8);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** EXIF: IFD0 with Artist and a GPS pointer; a GPS IFD with latitude reference and latitude. */
  private static byte[] exif() {
    byte[] artist = (OWNER + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tiff = ByteBuffer.allocate(160);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    int gpsAt = 8 + 2 + 2 * 12 + 4; // 38
    int artistAt = gpsAt + 2 + 2 * 12 + 4; // 68
    int latitudeAt = artistAt + artist.length;
    tiff.putShort((short) 2);
    entry(tiff, 0x013B, 2, artist.length, artistAt);
    entry(tiff, 0x8825, 4, 1, gpsAt);
    tiff.putInt(0);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
    entry(tiff, 0x0002, 5, 3, latitudeAt);
    tiff.putInt(0);
    tiff.put(artist);
    tiff.putInt(40).putInt(1).putInt(42).putInt(1).putInt(4_128).putInt(100);
    byte[] body = new byte[tiff.position()];
    tiff.flip().get(body);
    ByteBuffer app1 = ByteBuffer.allocate(6 + body.length);
    app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
    return app1.array();
  }

  private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
    tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
