package org.deptbot.bot.chat;

import java.util.Map;
import org.bson.Document;

/**
 * What a guided flow has put together so far (a notice, a report, a tip), with typed fields. It is
 * stored as one sub-document ({@code draft}) inside the conversation's seal; each draft writes its
 * own version and kind into it and reads them back, so a later layout can still read an older one.
 */
public interface FlowDraft {

  /** The draft as a sub-document: {@code v}, {@code kind} and its fields, typed. */
  Document toDocument();

  /**
   * The uploads the draft holds on to, by what they are ({@code intake}, {@code photo}): the purge
   * of unsent uploads keeps those while the conversation lasts ({@link Conversations#holds}).
   */
  default Map<String, String> held() {
    return Map.of();
  }
}
