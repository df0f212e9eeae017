package org.deptbot.core.zones;

/**
 * A code naming a place in a list a receiver knows, such as {@code SAME 017031} or {@code ZIP
 * 60601} (CAP {@code <geocode>}).
 *
 * @param valueName which list, such as SAME, FIPS6, UGC or ZIP
 * @param value the code in that list
 */
public record Geocode(String valueName, String value) {}
