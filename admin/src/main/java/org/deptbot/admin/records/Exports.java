package org.deptbot.admin.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deptbot.core.access.Actor;
import org.deptbot.core.records.ExportReceipt;
import org.deptbot.core.records.ExportRequest;
import org.deptbot.core.records.RecordsExport;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes an export bundle to a temporary file first, so a refusal or a failure answers with a
 * message instead of half a ZIP, then hands the file over and deletes it once sent. The export's
 * number and manifest hash travel in headers, to be noted with the request it answers.
 */
@Component
class Exports {

  private final RecordsExport export;

  Exports(RecordsExport export) {
    this.export = export;
  }

  ResponseEntity<FileSystemResource> bundle(Actor actor, ExportRequest request) {
    Path file;
    ExportReceipt receipt;
    try {
      file = Files.createTempFile("deptbot-export-", ".zip");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      receipt = export.write(actor, request, out);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(file);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException((IOException) e);
    }
    file.toFile().deleteOnExit();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(receipt.exportId() + ".zip")
                .build()
                .toString())
        .header("X-Export-Id", receipt.exportId())
        .header("X-Manifest-SHA256", receipt.manifestSha256())
        // cases and tips the exporter may not read: counted here and in the manifest, never named
        .header("X-Records-Left-Out", String.valueOf(receipt.leftOut()))
        .body(new DeletedAfterReading(file));
  }

  /** Checks a bundle; one that cannot be read at all is reported as a problem, not an error. */
  static org.deptbot.core.records.BundleVerification check(java.io.InputStream bundle) {
    try {
      return new org.deptbot.core.records.BundleVerifier().verify(bundle);
    } catch (org.deptbot.core.records.BundleVerifier.Refused refused) {
      return new org.deptbot.core.records.BundleVerification(
          null,
          0,
          null,
          java.util.List.of("The bundle was refused unchecked: " + refused.getMessage() + "."));
    } catch (IOException | RuntimeException unreadable) {
      return new org.deptbot.core.records.BundleVerification(
          null,
          0,
          null,
          java.util.List.of(
              "The file could not be read as a ZIP bundle (" + unreadable.getMessage() + ")."));
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temporary file; deleteOnExit is not needed for one that failed to be written
    }
  }

  /** The bundle, removed from disk when the response has read it to the end. */
  static final class DeletedAfterReading extends FileSystemResource {
    DeletedAfterReading(Path file) {
      super(file);
    }

    @Override
    public java.io.InputStream getInputStream() throws IOException {
      Path path = getFile().toPath();
      return new java.io.FilterInputStream(super.getInputStream()) {
        @Override
        public void close() throws IOException {
          super.close();
          deleteQuietly(path);
        }
      };
    }
  }
}
