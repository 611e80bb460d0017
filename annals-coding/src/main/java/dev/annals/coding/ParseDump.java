package dev.annals.coding;

import dev.annals.model.Dependency;
import dev.annals.model.Sentence;
import dev.annals.model.Token;

/**
 * The analysis the coder reads, as text for a person debugging a coding: each sentence's tokens
 * (index, word, tag, named-entity class) and its dependencies after {@link ParseRepairs}, in the
 * form "relation(governor-index word, dependent-index word)". Printed by {@code ANNALS_DEBUG=parse};
 * {@code ANNALS_DEBUG=hand} prints the parser's own graph in the notation of the coder's hand-built
 * test texts instead, so that a test can be written from a real parse without copying it by hand.
 */
public final class ParseDump {
  private ParseDump() {}

  public static String of(DependencyIndex index) {
    StringBuilder out = new StringBuilder();
    for (Sentence sentence : index.text().sentences()) {
      out.append("parse s").append(sentence.index()).append(':');
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        out.append(' ').append(t).append(':').append(token.text()).append('/').append(token.tag());
        if (!token.entity().isEmpty() && !token.entity().equals("O")) {
          out.append('/').append(token.entity());
        }
      }
      out.append('\n');
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        for (Dependency d : index.parents(t)) {
          out.append("  ").append(d.relation()).append('(')
              .append(d.governor() < 0 ? "ROOT" : d.governor() + " " + index.token(d.governor()).text())
              .append(", ").append(t).append(' ').append(index.token(t).text()).append(")\n");
        }
      }
    }
    return out.toString();
  }

  /**
   * Each sentence as the hand-built test notation: tokens {@code word/lemma/TAG[/ENTITY]} and
   * dependencies {@code rel(governor,dependent)}, both counted from 1 within the sentence, 0 the
   * root.
   */
  public static String handBuilt(DependencyIndex index) {
    StringBuilder out = new StringBuilder();
    for (Sentence sentence : index.text().sentences()) {
      int first = sentence.firstToken();
      out.append("hand s").append(sentence.index()).append(":\n  \"");
      for (int t = first; t < sentence.endToken(); t++) {
        Token token = index.token(t);
        out.append(t == first ? "" : " ").append(token.text().replace(' ', '_')).append('/').append(token.lemma().replace(' ', '_'))
            .append('/').append(token.tag());
        if (!token.entity().isEmpty() && !token.entity().equals("O")) {
          out.append('/').append(token.entity());
        }
      }
      out.append("\",\n  \"");
      StringBuilder edges = new StringBuilder();
      for (Dependency d : sentence.dependencies()) {
        edges.append(edges.length() == 0 ? "" : " ").append(d.relation()).append('(')
            .append(d.governor() < 0 ? 0 : d.governor() - first + 1).append(',').append(d.dependent() - first + 1).append(')');
      }
      out.append(edges).append("\"\n");
    }
    return out.toString();
  }
}
