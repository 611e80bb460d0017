package dev.annals.coding.knowledge;

/** A knowledge file is missing or has a line Annals cannot read; the message says which and why. */
public final class KnowledgeFileException extends RuntimeException {
  public KnowledgeFileException(String message) {
    super(message);
  }
}
