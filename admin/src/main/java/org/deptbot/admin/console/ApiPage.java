package org.deptbot.admin.console;

import java.util.List;

/**
 * One page of a list in the REST API.
 *
 * @param items this page's items
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param total how many items there are in all
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

  /** The page and size asked for, kept within 0.. and 1..100. */
  public static int[] bounded(int page, int size) {
    return new int[] {Math.max(page, 0), Math.min(Math.max(size, 1), 100)};
  }
}
