package org.deptbot.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.HotPathIndexes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The table "Queries on a hot path" in {@code docs/data-model.md} against the indexes that exist
 * once the bot has started: every index it names exists on every collection it names, with the keys
 * in that order. A query added to the table without its index, or an index dropped from the code,
 * fails here.
 */
@BotIntegrationTest
class HotPathIndexesIT {

  private static final Path DATA_MODEL = Path.of("../docs/data-model.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @Autowired MongoTemplate mongo;

  /** One row of the table: the collections and the indexes (their keys, in order). */
  record Row(String query, List<String> collections, List<List<String>> indexes) {}

  @Test
  void everyIndexTheDocsListExistsAfterStartUp() throws IOException {
    List<Row> rows = hotPathRows();
    assertThat(rows).as("rows of the table in %s", DATA_MODEL).hasSizeGreaterThan(25);

    List<String> missing = new ArrayList<>();
    for (Row row : rows) {
      for (String collection : row.collections()) {
        for (List<String> keys : row.indexes()) {
          // every collection has _id's index once it exists; some exist only once used
          if (keys.equals(List.of("_id"))) {
            continue;
          }
          List<List<String>> present = indexKeys(collection);
          if (!present.contains(keys)) {
            missing.add("%s: %s on %s (has %s)".formatted(row.query(), keys, collection, present));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theTableNamesTheIndexesHotPathIndexesCreates() throws IOException {
    List<String> listed = new ArrayList<>();
    for (Row row : hotPathRows()) {
      for (String collection : row.collections()) {
        row.indexes().forEach(keys -> listed.add(collection + " " + keys));
      }
    }
    for (HotPathIndexes.Keys index : HotPathIndexes.INDEXES) {
      assertThat(listed).contains(index.collection() + " " + index.fields());
    }
  }

  private List<List<String>> indexKeys(String collection) {
    List<List<String>> keys = new ArrayList<>();
    for (Document index : mongo.getCollection(collection).listIndexes()) {
      keys.add(new ArrayList<>(index.get("key", Document.class).keySet()));
    }
    return keys;
  }

  static List<Row> hotPathRows() throws IOException {
    List<String> lines = Files.readAllLines(DATA_MODEL);
    int start = lines.indexOf("## Queries on a hot path");
    assertThat(start).as("section in %s", DATA_MODEL).isNotNegative();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| ") || line.startsWith("| query") || line.startsWith("| ---")) {
        continue;
      }
      String[] cells = line.split(" \\| ");
      rows.add(new Row(cells[0].substring(2), codes(cells[1]), indexes(cells[2])));
    }
    return rows;
  }

  private static List<String> codes(String cell) {
    List<String> found = new ArrayList<>();
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** {@code `_id`} or {@code `{a: 1, b.c: 1}`}, each as its list of keys. */
  private static List<List<String>> indexes(String cell) {
    List<List<String>> found = new ArrayList<>();
    for (String code : codes(cell)) {
      if (code.equals("_id")) {
        found.add(List.of("_id"));
        continue;
      }
      List<String> keys = new ArrayList<>();
      for (String part : code.replaceAll("[{}]", "").split(",")) {
        keys.add(part.strip().replaceAll(": *-?1$", ""));
      }
      found.add(keys);
    }
    return found;
  }
}
