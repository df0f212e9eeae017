package org.deptbot.core.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Writes a bundle: ZIP entries one after another, each hashed as it is written, then {@code
 * manifest.json} listing every one with its size and SHA-256. The caller's stream is finished but
 * left open.
 */
class BundleWriter {

  static final String MANIFEST = "manifest.json";
  static final String FORMAT = "deptbot-records-bundle/1";

  static final JsonWriterSettings PRETTY =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build();
  static final JsonWriterSettings ONE_LINE =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

  private final ZipOutputStream zip;
  private final FileTime time;
  private final List<Document> files = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();

  BundleWriter(OutputStream out, Instant at) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.time = FileTime.from(at);
  }

  /** A JSON document, pretty-printed. */
  void json(String path, Document document) {
    bytes(path, (document.toJson(PRETTY) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** One JSON document per line. */
  void jsonLines(String path, List<Document> lines) {
    var text = new StringBuilder();
    lines.forEach(line -> text.append(line.toJson(ONE_LINE)).append('\n'));
    bytes(path, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  void bytes(String path, byte[] content) {
    if (!paths.add(path)) {
      return; // the same photo shown by several records of one folder
    }
    write(path, content);
    files.add(
        new Document("path", path)
            .append("size", (long) content.length)
            .append("sha256", sha256(content)));
  }

  /** The files written so far, each with its path, size and SHA-256. */
  List<Document> files() {
    return List.copyOf(files);
  }

  int fileCount() {
    return files.size();
  }

  /** Adds the file list to {@code manifest}, writes it last, finishes the ZIP; its SHA-256. */
  String finish(Document manifest) {
    manifest.append("files", files);
    byte[] bytes = (manifest.toJson(PRETTY) + "\n").getBytes(StandardCharsets.UTF_8);
    write(MANIFEST, bytes);
    try {
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish the bundle", e);
    }
    return sha256(bytes);
  }

  private void write(String path, byte[] content) {
    try {
      var entry = new ZipEntry(path);
      entry.setLastModifiedTime(time);
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + path + " to the bundle", e);
    }
  }

  /** A record id or file name as a safe path segment. */
  static String segment(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
