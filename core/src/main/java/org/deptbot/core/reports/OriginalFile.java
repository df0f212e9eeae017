package org.deptbot.core.reports;

/**
 * A file as its sender sent it, name and metadata included: opened from its seal only for a
 * custodian who stated why ({@link OriginalFiles}).
 */
public record OriginalFile(String fileName, String mediaType, byte[] bytes) {}
