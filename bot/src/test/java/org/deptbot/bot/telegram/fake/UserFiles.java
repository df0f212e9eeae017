package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files users sent, as Telegram keeps them for bots: {@code getFile} answers a {@code
 * file_path} for a {@code file_id} (400 {@code invalid file_id} for an unknown one, 400 {@code file
 * is too big} over 20 MB), and {@code GET /file/bot<token>/<file_path>} answers the bytes. A file
 * can be declared bigger than its bytes, to stand in for one too big to download.
 */
final class UserFiles {

  /** The largest file Telegram lets a bot download. */
  static final long MAX_DOWNLOAD = 20L * 1024 * 1024;

  /** One stored file; {@code size} is what updates and getFile declare. */
  record StoredFile(String fileId, String uniqueId, String path, long size, byte[] bytes) {}

  private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
  private final Map<String, StoredFile> byPath = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();
  private final AtomicInteger getFileCalls = new AtomicInteger();
  private final AtomicInteger downloads = new AtomicInteger();

  /** Stores the bytes under a new file_id, in a folder such as {@code photos}. */
  StoredFile add(String folder, String extension, byte[] bytes, long declaredSize) {
    long n = next.incrementAndGet();
    String fileId = "AgAC-" + folder + "-" + n;
    String path = folder + "/file_" + n + "." + extension;
    StoredFile file =
        new StoredFile(fileId, "AQAD" + Long.toHexString(n * 7919), path, declaredSize, bytes);
    byId.put(fileId, file);
    byPath.put(path, file);
    return file;
  }

  JsonNode getFile(ApiRequest request) {
    getFileCalls.incrementAndGet();
    String fileId = request.string("file_id");
    if (fileId == null || fileId.isEmpty()) {
      throw ApiError.badRequest("file_id is empty");
    }
    StoredFile file = byId.get(fileId);
    if (file == null) {
      throw ApiError.badRequest("invalid file_id");
    }
    if (file.size() > MAX_DOWNLOAD) {
      throw ApiError.badRequest("file is too big");
    }
    return TelegramJson.object()
        .put("file_id", file.fileId())
        .put("file_unique_id", file.uniqueId())
        .put("file_size", file.size())
        .put("file_path", file.path());
  }

  /** The bytes at a file_path, or null (404). */
  byte[] download(String path) {
    StoredFile file = byPath.get(path);
    if (file == null || file.size() > MAX_DOWNLOAD) {
      return null;
    }
    downloads.incrementAndGet();
    return file.bytes();
  }

  int getFileCalls() {
    return getFileCalls.get();
  }

  int downloads() {
    return downloads.get();
  }
}
