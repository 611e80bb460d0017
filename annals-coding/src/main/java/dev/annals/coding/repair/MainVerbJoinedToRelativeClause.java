package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Putin arrived in Dushanbe, defying a warrant from the International Criminal Court, of which
 * Tajikistan is a member, and signed agreements with Rahmon": the parser may join the last verb
 * to the relative clause before it ({@code conj:and(member, signed)}, with the clause's subject
 * and head noun passed on: {@code nsubj(signed, Tajikistan)}, {@code acl:relcl(Court, signed)}),
 * so that Tajikistan signs. A comma closes a relative clause that a comma opened; a verb after
 * ", and" in the tense of the main verb, not the clause's, is the main verb's: {@code
 * conj:and(arrived, signed)}, with the main verb's subject. With no commas, a past verb after a
 * clause in the present is the main verb's too: "a spokesman said Beijing opposes any drills that
 * undermine peace and urged the two countries not to let outside powers stir up trouble".
 */
public final class MainVerbJoinedToRelativeClause implements ParseRepair {
  private static final java.util.Set<String> PRESENT = java.util.Set.of("VBP", "VBZ");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    if (root < 0 || !tokens.get(root).isVerb()) {
      return sentence;
    }
    for (Dependency joined : sentence) {
      int verb = joined.dependent();
      int predicate = joined.governor();
      // ("who are being held in Paramaribo, and called on Suriname": a past the tagger took for a
      // participle, with no auxiliary of its own, is in the main verb's past too.)
      boolean untaggedPast = tokens.get(root).tag().equals("VBD") && tokens.get(verb).tag().equals("VBN")
          && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
      if (!joined.relation().equals("conj:and") || predicate < 0 || !tokens.get(verb).isVerb() || !(tokens.get(verb).tag().equals(tokens.get(root).tag()) || untaggedPast)) {
        continue;
      }
      Optional<Dependency> relative = sentence.stream().filter(d -> d.dependent() == predicate && d.relation().equals("acl:relcl") && d.governor() > root).findFirst();
      if (relative.isEmpty() || tense(tokens, sentence, predicate).equals(tokens.get(verb).tag()) && !reportsAgain(tokens, sentence, root, relative.get().governor(), verb)) {
        continue;
      }
      // Without commas, only a past verb after a clause in the present: "said Beijing opposes any
      // drills that undermine peace and urged the two countries not to ...".
      boolean commas = opensWithComma(tokens, relative.get().governor()) && closedByComma(tokens, sentence, verb);
      boolean presentThenPast = PRESENT.contains(tense(tokens, sentence, predicate)) && (tokens.get(verb).tag().equals("VBD") || untaggedPast);
      if (!commas && !presentThenPast && !reportsAgain(tokens, sentence, root, relative.get().governor(), verb)) {
        continue;
      }
      int noun = relative.get().governor();
      List<Integer> clauseSubjects = sentence.stream().filter(d -> d.governor() == predicate && d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
      List<Integer> pronouns = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("ref")).map(Dependency::dependent).toList();
      Dependency[] passedOn = sentence.stream().filter(d -> (d.dependent() == verb && (d.governor() == predicate || d.governor() == noun))
          || (d.governor() == verb && d.relation().startsWith("nsubj") && (clauseSubjects.contains(d.dependent()) || pronouns.contains(d.dependent()))))
          .toArray(Dependency[]::new);
      List<Dependency> mended = DependencyEdits.without(sentence, passedOn);
      mended.add(new Dependency(root, verb, "conj:and"));
      return mended;
    }
    return sentence;
  }

  /**
   * "The army said its sailors had fired warning shots at a boat that ignored orders to stop, and
   * denied that anyone had been killed": after a report, a verb after ", and" that reports a clause
   * of its own reports again, for the teller, not for a thing a "that" or "which" clause described
   * (the boat denies nothing), whatever the two clauses' tenses.
   */
  private static boolean reportsAgain(List<Token> tokens, List<Dependency> sentence, int root, int noun, int verb) {
    return RepairWords.isSaying(tokens.get(root)) && closedByComma(tokens, sentence, verb)
        && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("ccomp"))
        && sentence.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("ref") && tokens.get(d.dependent()).tag().equals("WDT"));
  }

  /** "the Court, of which …", "Tajikistan, which …": a comma right after the described noun. */
  private static boolean opensWithComma(List<Token> tokens, int noun) {
    return noun + 1 < tokens.size() && tokens.get(noun + 1).text().equals(",");
  }

  /** ", and signed": the verb's "and" comes right after a comma. */
  private static boolean closedByComma(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("cc"))
        .anyMatch(cc -> cc.dependent() > 0 && tokens.get(cc.dependent() - 1).text().equals(","));
  }

  /** The tag of the relative clause's finite verb: the predicate's own, or its copula's or auxiliary's. */
  private static String tense(List<Token> tokens, List<Dependency> sentence, int predicate) {
    return sentence.stream().filter(d -> d.governor() == predicate && (d.relation().equals("cop") || d.relation().startsWith("aux")))
        .map(d -> tokens.get(d.dependent()).tag()).findFirst().orElse(tokens.get(predicate).tag());
  }
}
