package org.deptbot.core.records;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;

/**
 * {@code index.html} of a bundle: the manifest for a person to read in any browser, offline. It
 * lists who made the export, when and why, the records, every file with its size and SHA-256, and
 * what was redacted or withheld and why. Every value is escaped; the page loads nothing from
 * anywhere (no script, no link, no image) and is itself listed and hashed in {@code manifest.json}.
 */
final class BundleIndex {

  static final String PATH = "index.html";

  private BundleIndex() {}

  /** The page for {@code manifest} (before its file list is added) and the files written so far. */
  static byte[] of(Document manifest, List<Document> files, ExportCollector.Selected selected) {
    var html = new StringBuilder();
    String title = "Records export " + manifest.getString("exportId");
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<dl>\n");
    fact(html, "Made", manifest.getString("generatedAt") + " (UTC)");
    fact(html, "By", manifest.getString("generatedBy"));
    fact(
        html,
        "Kind",
        "E_DISCOVERY".equals(manifest.getString("mode"))
            ? "E-discovery (complete)"
            : "Public records (redacted)");
    fact(html, "Purpose", manifest.getString("purpose"));
    fact(html, "Asked for", String.join("; ", manifest.getList("selection", String.class)));
    html.append("</dl>\n");

    html.append("<h2>Records</h2>\n<ul>\n");
    selected.notices().forEach(n -> item(html, "Notice " + n.id()));
    selected.reports().forEach(r -> item(html, "Case " + r.id()));
    selected.tips().forEach(t -> item(html, "Tip " + t.id()));
    selected.templates().forEach(t -> item(html, "Template version " + t.id()));
    item(html, selected.audit().size() + " audit entries (audit/entries.jsonl)");
    html.append("</ul>\n");
    List<String> notFound = selected.notFound();
    if (!notFound.isEmpty()) {
      html.append("<p>Asked for but not stored: ")
          .append(escape(String.join(", ", notFound)))
          .append("</p>\n");
    }
    long leftOut = selected.leftOut().total();
    if (leftOut > 0) {
      html.append("<p>")
          .append(leftOut)
          .append(" case(s) or tip(s) left out: the person who exported may not read them.</p>\n");
    }

    html.append("<h2>Files</h2>\n<table>\n<tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr>\n");
    for (Document file : files) {
      html.append("<tr><td>")
          .append(escape(file.getString("path")))
          .append("</td><td>")
          .append(file.get("size"))
          .append("</td><td><code>")
          .append(escape(file.getString("sha256")))
          .append("</code></td></tr>\n");
    }
    html.append("</table>\n<p>")
        .append(escape(BundleWriter.MANIFEST))
        .append(" lists every file of the bundle, this page included, with its SHA-256.</p>\n");

    section(html, "Redactions", manifest.getList("redactions", Document.class), "field");
    section(html, "Withheld files", manifest.getList("withheld", Document.class), "item");

    html.append("<h2>Notes</h2>\n");
    for (String note : manifest.getList("notes", String.class)) {
      html.append("<p>").append(escape(note)).append("</p>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void section(StringBuilder html, String title, List<Document> rows, String what) {
    html.append("<h2>").append(escape(title)).append("</h2>\n");
    if (rows.isEmpty()) {
      html.append("<p>None.</p>\n");
      return;
    }
    html.append("<table>\n<tr><th>Record</th><th>What</th><th>Why</th></tr>\n");
    for (Document row : rows) {
      html.append("<tr><td>")
          .append(escape(row.getString("record")))
          .append("</td><td>")
          .append(escape(row.getString(what)))
          .append("</td><td>")
          .append(escape(row.getString("reason")))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void fact(StringBuilder html, String term, String value) {
    html.append("<dt>")
        .append(escape(term))
        .append("</dt><dd>")
        .append(escape(value))
        .append("</dd>\n");
  }

  private static void item(StringBuilder html, String text) {
    html.append("<li>").append(escape(text)).append("</li>\n");
  }

  /** The text with every character that means something in HTML written as an entity. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    var out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
