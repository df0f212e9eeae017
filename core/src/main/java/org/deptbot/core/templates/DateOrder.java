package org.deptbot.core.templates;

/**
 * How the department writes a date in digits ({@code deptbot.date-order}): month first ({@code
 * 12/5/2026}), day first ({@code 5/12/2026}) or year first ({@code 2026/12/5}). Dates written
 * {@code 2026-12-05} are read in every order.
 */
public enum DateOrder {
  MDY,
  DMY,
  YMD
}
