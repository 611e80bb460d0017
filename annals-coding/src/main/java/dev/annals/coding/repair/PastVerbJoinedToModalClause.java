package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Ukraine's ministry warned Minsk that any attack would meet a harsh response and urged it to pull
 * the forces back": the parser joins "urged" to the verb of the reported clause ({@code
 * conj:and(meet, urged)}), gives it that clause's subject ({@code nsubj(urged, attack)}) and may
 * also hang it on the main verb as more of what was said ({@code ccomp(warned, urged)}). A verb in
 * the main verb's own tense, with no auxiliary of its own, cannot continue a clause whose verb
 * hangs on "would" or "will": "would meet ... and urged" mixes two tenses, so the second verb is
 * the main verb's second act, with the main verb's subject. So after a clause of time in the
 * present: "accused the government of rushing through a purchase weeks before it leaves office and
 * demanded to see the terms" ({@code advcl:before(accused, leaves)}).
 */
public final class PastVerbJoinedToModalClause implements ParseRepair {
  /** The auxiliaries of a clause about what is to come or could be. */
  private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "might", "may", "should", "shall", "must");
  /** Finite verb tags that carry a tense of their own. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");
  /** Auxiliaries a participle joined by "and" may share: "would have marched and accused". */
  private static final Set<String> SHARED_AUXILIARIES = Set.of("have", "be");
  /**
   * Verbs whose infinitive is their subject's own deed and which are hardly ever passive before
   * one: "offered to share" is an offer made, never "be offered to share".
   */
  private static final Set<String> UNDERTAKINGS = Set.of("offer", "promise", "pledge", "vow", "agree", "refuse", "threaten");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int inner = joined.governor();
      int verb = joined.dependent();
      if (inner < 0 || !joined.relation().equals("conj:and") || verb < 1 || !tokens.get(verb - 1).text().equalsIgnoreCase("and")) {
        continue;
      }
      // "accused the outgoing government of rushing through a purchase weeks before it leaves
      // office and demanded to see the financing terms": an adverbial clause is such a frame too.
      Optional<Dependency> reported = sentence.stream().filter(d -> d.dependent() == inner && (d.relation().equals("ccomp") || d.relation().startsWith("advcl"))
          && d.governor() >= 0).findFirst();
      if (reported.isEmpty()) {
        continue;
      }
      int main = reported.get().governor();
      String tense = tokens.get(main).tag();
      // "said that part of the exercise area lies in waters Greece claims and asked Cairo for an
      // explanation": a reported clause in the present tense is no frame for a past verb either.
      boolean presentFrame = tense.equals("VBD") && PRESENT.contains(tokens.get(inner).tag());
      // "said they would march again in Ibiza next month and accused/VBN German investors": the
      // tagger may take the past tense for a participle; one with an object, after a clause with no
      // "have" or "be" for it to share, is the past tense still.
      boolean pastWithObjectReadAsParticiple = tense.equals("VBD") && tokens.get(verb).tag().equals("VBN") && DependencyEdits.hasChild(sentence, verb, "obj")
          && sentence.stream().noneMatch(d -> d.governor() == inner && d.relation().startsWith("aux") && SHARED_AUXILIARIES.contains(tokens.get(d.dependent()).lemma()));
      // "said the crew would be tried in Djibouti, and offered/VBN to share details with the UN":
      // an undertaking with its own infinitive is the past tense even after a passive's "be".
      boolean undertakingReadAsParticiple = tense.equals("VBD") && tokens.get(verb).tag().equals("VBN")
          && UNDERTAKINGS.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT)) && DependencyEdits.hasChild(sentence, verb, "xcomp");
      boolean pastReadAsParticiple = pastWithObjectReadAsParticiple || undertakingReadAsParticiple;
      if (main > inner || !FINITE.contains(tense) || !(tokens.get(verb).tag().equals(tense) || pastReadAsParticiple) || !(hasModal(tokens, sentence, inner) || presentFrame)
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"))) {
        continue;
      }
      Optional<Dependency> mainSubject = sentence.stream().filter(d -> d.governor() == main && d.relation().equals("nsubj")).findFirst();
      Optional<Dependency> innerSubject = sentence.stream().filter(d -> d.governor() == inner && d.relation().startsWith("nsubj")).findFirst();
      if (mainSubject.isEmpty() || innerSubject.isEmpty()) {
        continue;
      }
      // Only the subject copied from the reported clause goes; a subject of the verb's own ("and
      // Kyiv urged") would make it a clause of its own.
      int copied = innerSubject.get().dependent();
      if (sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() != copied)) {
        continue;
      }
      int doer = mainSubject.get().dependent();
      Dependency[] saidAsWell = sentence.stream().filter(d -> d.governor() == main && d.dependent() == verb && (d.relation().equals("ccomp") || d.relation().startsWith("advcl")))
          .toArray(Dependency[]::new);
      return DependencyEdits.mapped(DependencyEdits.without(sentence, saidAsWell),
          d -> d == joined ? new Dependency(main, verb, "conj:and")
              : d.governor() == verb && d.dependent() == copied && d.relation().startsWith("nsubj") ? new Dependency(verb, doer, "nsubj")
              // The infinitive's understood subject follows its verb's: "offered to share".
              : d.dependent() == copied && d.relation().equals("nsubj:xsubj") && isInfinitiveOf(sentence, d.governor(), verb) ? new Dependency(d.governor(), doer, "nsubj:xsubj")
              : d);
    }
    return sentence;
  }

  private static boolean isInfinitiveOf(List<Dependency> sentence, int infinitive, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.dependent() == infinitive && d.relation().equals("xcomp"));
  }

  private static boolean hasModal(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux")
        && MODALS.contains(tokens.get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
  }
}
