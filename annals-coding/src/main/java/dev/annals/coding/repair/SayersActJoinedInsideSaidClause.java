package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Papua New Guinea's foreign minister said that the office had no diplomatic status and rejected
 * what he called interference": the parser joins "rejected" to the said clause ({@code
 * conj:and(had, rejected)}) and gives it that clause's subject ({@code nsubj(rejected, office)}),
 * so the office rejects. A past verb joined so whose free relative names its namer by a person's
 * pronoun ("what he called") is the sayer's own act, joined to the saying: {@code conj:and(said,
 * rejected)}, {@code nsubj(rejected, minister)}. A subject that is a person or a name is left alone:
 * "said the president had … and rejected what he called" may be the president's.
 */
public final class SayersActJoinedInsideSaidClause implements ParseRepair {
  /** Verbs that name a thing in a free relative: "what he called", "what she described as". */
  private static final Set<String> NAMING = Set.of("call", "called", "describe", "described", "term", "termed", "brand", "branded", "dub", "dubbed");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  /** Verbs of addressing a side: only a speaker warns, urges or accuses one. */
  private static final Set<String> ADDRESSING = Set.of("warn", "urge", "accuse", "caution");
  /** Things that speak for their makers: "the report warned governments". */
  private static final Set<String> SPEAKING_THINGS = Set.of("report", "statement", "study", "letter", "note", "document", "resolution", "communique",
      "declaration", "survey", "review", "assessment", "memo", "message");
  private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");
  /** Verbs whose infinitive is their subject's own deed: "offered to revive a commission". */
  private static final Set<String> UNDERTAKINGS = Set.of("offer", "promise", "pledge", "vow");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int inner = joined.governor();
      int verb = joined.dependent();
      if (inner < 0 || !(joined.relation().equals("conj:and") || joined.relation().equals("conj:but")) || !isPastTense(tokens, sentence, verb)) {
        continue;
      }
      // (Only a saying told first: "Residents blocked the gate and accused Santiago of seizing
      // their homes, police said" tells both acts as the police's report of the residents'.)
      Optional<Dependency> said = sentence.stream().filter(d -> d.dependent() == inner && d.relation().equals("ccomp") && d.governor() >= 0 && d.governor() < inner
          && tokens.get(d.governor()).lemma().equalsIgnoreCase("say")).findFirst();
      Optional<Dependency> sharedSubject = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")
          && COMMON_NOUNS.contains(tokens.get(d.dependent()).tag())
          && sentence.stream().anyMatch(e -> e.governor() == inner && e.dependent() == d.dependent() && e.relation().equals("nsubj"))).findFirst();
      boolean namedByPerson = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("ccomp")
          && NAMING.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))
          && sentence.stream().anyMatch(e -> e.governor() == d.dependent() && e.relation().equals("nsubj")
              && PERSON_PRONOUNS.contains(tokens.get(e.dependent()).text().toLowerCase(Locale.ROOT))));
      // "China's foreign ministry said that the pact threatened regional stability and warned
      // Ottawa against stirring up trouble": a thing does not warn or urge a named side; the
      // sayer does. (A text that speaks, "the report warned governments", is left alone.)
      boolean addressesANamedSide = sharedSubject.isPresent() && ADDRESSING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          && !SPEAKING_THINGS.contains(tokens.get(sharedSubject.get().dependent()).lemma().toLowerCase(Locale.ROOT))
          && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj") && tokens.get(d.dependent()).tag().startsWith("NNP"));
      // "The Czech ministry said that Czech courts were independent, but offered to revive a joint
      // commission": an offer set off by a comma and "but" against a state the said clause judges
      // is the sayer's answer, not more of the judgment.
      boolean offerSetAgainstAJudgment = sharedSubject.isPresent() && joined.relation().equals("conj:but") && DependencyEdits.hasChild(sentence, inner, "cop")
          && UNDERTAKINGS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT)) && DependencyEdits.hasChild(sentence, verb, "xcomp")
          && verb >= 2 && tokens.get(verb - 2).text().equals(",");
      if (said.isEmpty() || sharedSubject.isEmpty() || !(namedByPerson || (addressesANamedSide && joined.relation().equals("conj:and")) || offerSetAgainstAJudgment)) {
        continue;
      }
      int saying = said.get().governor();
      Optional<Integer> sayer = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (sayer.isEmpty()) {
        continue;
      }
      int copied = sharedSubject.get().dependent();
      // The understood subject of the verb's infinitive goes with it: "offered to revive".
      List<Integer> infinitives = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("xcomp")).map(Dependency::dependent).toList();
      Dependency[] misread = sentence.stream().filter(d -> d == joined || d == sharedSubject.get()
          || (d.governor() == saying && d.dependent() == verb && d.relation().equals("ccomp"))
          || (d.dependent() == copied && d.relation().equals("nsubj:xsubj") && infinitives.contains(d.governor()))).toArray(Dependency[]::new);
      List<Dependency> mended = DependencyEdits.without(sentence, misread);
      mended.add(new Dependency(saying, verb, joined.relation()));
      mended.add(new Dependency(verb, sayer.get(), "nsubj"));
      infinitives.forEach(infinitive -> mended.add(new Dependency(infinitive, sayer.get(), "nsubj:xsubj")));
      return mended;
    }
    return sentence;
  }

  /**
   * A past verb, or one the tagger took for a participle although it has an object and no
   * auxiliary: "and accused/VBN Taipei of stirring up trouble".
   */
  private static boolean isPastTense(List<Token> tokens, List<Dependency> sentence, int verb) {
    String tag = tokens.get(verb).tag();
    return tag.equals("VBD") || (tag.equals("VBN") && DependencyEdits.hasChild(sentence, verb, "obj")
        && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("aux")));
  }
}
