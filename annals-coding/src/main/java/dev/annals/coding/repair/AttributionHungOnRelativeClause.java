package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Thailand has granted asylum to an activist who fled last month, the Thai foreign ministry
 * confirmed on Friday, rejecting a request from Phnom Penh": the parser hangs the closing
 * attribution on the relative clause before it ({@code ccomp(fled, confirmed)}) and the participle
 * after it on the same clause ({@code dep(fled, rejecting)}), so the activist does the rejecting.
 * An attribution after a comma closes the whole sentence: it hangs from the root ({@code
 * parataxis(granted, confirmed)}), and a participle after it goes on with the speaker's clause
 * ({@code advcl(confirmed, rejecting)}). So too one hung loosely on a noun of the clause: "South
 * Africa has suspended flights by Nigeria's largest airline, citing unpaid airport charges, its
 * civil aviation authority said" ({@code dep(charges, said)}).
 */
public final class AttributionHungOnRelativeClause implements ParseRepair {
  /** Verbs of telling that close a sentence, besides the sayings every repair knows. */
  private static final Set<String> ATTRIBUTING = Set.of("confirm", "report", "announce", "acknowledge");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    for (Dependency told : sentence) {
      int clause = told.governor();
      int saying = told.dependent();
      boolean hungOnNoun = told.relation().equals("dep") && tokens.get(clause).tag().startsWith("NN");
      if (root < 0 || clause < 0 || !(told.relation().equals("ccomp") || hungOnNoun) || saying < clause || !attributing(tokens.get(saying))) {
        continue;
      }
      boolean relative = hungOnNoun || sentence.stream().anyMatch(d -> d.dependent() == clause && d.relation().equals("acl:relcl") && d.governor() < clause);
      Optional<Integer> speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (!relative || root > clause || speaker.isEmpty() || speaker.get() > saying || !commaBefore(tokens, sentence, speaker.get(), clause)) {
        continue;
      }
      // Hung on a noun, it closes the clause that noun is told in ("…, and the two signed
      // agreements on electricity sales, the government said" closes the signing, not the first
      // clause): the nearest finite verb above the noun.
      int closed = hungOnNoun ? finiteVerbAbove(tokens, sentence, clause) : root;
      if (closed < 0) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == told ? new Dependency(closed, saying, "parataxis")
          : d.governor() == clause && d.dependent() > saying && isParticiple(tokens.get(d.dependent())) && (d.relation().equals("dep") || d.relation().startsWith("advcl"))
              ? new Dependency(saying, d.dependent(), "advcl") : d);
    }
    return sentence;
  }

  /** The nearest verb above the word that has a tense of its own (or a perfect's or a modal's auxiliary), else -1 (also when a loose edge is on the way). */
  static int finiteVerbAbove(List<Token> tokens, List<Dependency> sentence, int word) {
    int at = word;
    for (int step = 0; step < tokens.size(); step++) {
      int here = at;
      Optional<Dependency> head = sentence.stream().filter(d -> d.dependent() == here && d.governor() >= 0 && !d.relation().equals("punct")).findFirst();
      // A loose edge on the way ({@code dep}) is a misparse that hides which clause it is.
      if (head.isEmpty() || head.get().relation().equals("dep")) {
        return -1;
      }
      at = head.get().governor();
      int verb = at;
      String tag = tokens.get(verb).tag();
      boolean perfect = tag.equals("VBN") && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux"));
      // ("Norway will pay Indonesia a further 60 million dollars …, the ministry said": a modal's verb too.)
      boolean modal = tag.equals("VB") && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux") && tokens.get(d.dependent()).tag().equals("MD"));
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || perfect || modal) {
        return verb;
      }
    }
    return -1;
  }

  private static boolean attributing(Token token) {
    return RepairWords.isSaying(token) || ATTRIBUTING.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isParticiple(Token token) {
    return token.tag().equals("VBG");
  }

  /** A comma between the relative clause and the speaker's phrase, which begins before its head. */
  private static boolean commaBefore(List<Token> tokens, List<Dependency> sentence, int speaker, int clause) {
    // (The whole phrase: "Norway's climate and environment ministry", its possessive on a modifier.)
    int first = DependencyEdits.phraseStart(sentence, speaker);
    return first > clause && tokens.get(first - 1).text().equals(",");
  }
}
