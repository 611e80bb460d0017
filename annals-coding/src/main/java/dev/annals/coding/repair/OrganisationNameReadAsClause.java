package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The Committee to Protect Journalists condemned the arrests": the parser reads the verb inside
 * the body's name as the sentence's verb ({@code root(Protect)}, {@code nsubj(Protect,
 * Committee)}, {@code obj(Protect, Journalists)}) and hangs the real verb on the name's last word
 * ({@code acl(Journalists, condemned)}). When the tagger for names marks the verb as part of an
 * organisation's name, the name is one phrase headed by its first noun, and the verb right after
 * it, which the parser hung inside the name, is the clause's verb with the name as its subject;
 * what hung on the misread verb ("and urged") hangs on it.
 */
public final class OrganisationNameReadAsClause implements ParseRepair {
  private static final String ORGANISATION = "ORGANIZATION";

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int misread = subject.governor();
      int noun = subject.dependent();
      if (misread < 0 || !subject.relation().equals("nsubj") || !isNameWord(tokens, misread) || !tokens.get(misread).tag().startsWith("VB")
          || !isNameWord(tokens, noun) || noun > misread) {
        continue;
      }
      int first = noun;
      while (first > 0 && isNameWord(tokens, first - 1)) {
        first--;
      }
      int last = misread;
      while (last + 1 < tokens.size() && isNameWord(tokens, last + 1)) {
        last++;
      }
      int verb = last + 1;
      int start = first;
      int end = last;
      Optional<Dependency> hungInside = sentence.stream()
          .filter(d -> d.dependent() == verb && d.governor() >= start && d.governor() <= end && (d.relation().startsWith("acl") || d.relation().equals("dep")))
          .findFirst();
      if (verb >= tokens.size() || !tokens.get(verb).isVerb() || hungInside.isEmpty()) {
        continue;
      }
      // The edges inside the name go; the misread verb's place in the sentence (its root) and
      // what hung on it are the real verb's.
      Dependency[] insideName = sentence.stream().filter(d -> d == hungInside.get()
          || (d.governor() >= start && d.governor() <= end && d.dependent() >= start && d.dependent() <= end)).toArray(Dependency[]::new);
      List<Dependency> mended = DependencyEdits.movedOnto(DependencyEdits.without(sentence, insideName), misread, verb);
      for (int t = start; t <= end; t++) {
        if (t != noun) {
          mended.add(new Dependency(noun, t, t < noun ? "compound" : "flat"));
        }
      }
      mended.add(new Dependency(verb, noun, "nsubj"));
      return mended;
    }
    return sentence;
  }

  private static boolean isNameWord(List<Token> tokens, int token) {
    return token >= 0 && token < tokens.size() && tokens.get(token).entity().equals(ORGANISATION);
  }
}
