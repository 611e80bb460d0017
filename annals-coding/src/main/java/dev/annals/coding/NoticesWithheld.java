package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Brazil's foreign ministry said on Friday that its consulate in Cayenne had not been told of the
 * arrests": a state that says it, or its own mission, was not told, informed or notified of what
 * another side did to its people complains of it (111), aimed at the doer, not a plain statement.
 */
final class NoticesWithheld {
  /** Verbs of letting someone know. */
  private static final Set<String> TELLING = Set.of("tell", "inform", "notify", "warn", "consult");

  private final EventType criticism;
  /** The actor of a country's state sector: "FRA", GOV is France's government. */
  private final java.util.function.BiFunction<String, java.util.Optional<String>, dev.annals.model.Actor> states;

  NoticesWithheld(CameoCodebook codebook, java.util.function.BiFunction<String, java.util.Optional<String>, dev.annals.model.Actor> states) {
    this.criticism = codebook.require("111", "notices withheld");
    this.states = states;
  }

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!m.type().code().equals("010") || !m.speech() || m.target().isPresent() || !Sides.ofState(m.source().actor())
          || !saysItWasNotTold(index, actors, m)) {
        result.add(m);
        continue;
      }
      CodedMention complaint = m.withType(criticism);
      result.add(EarlierEvents.actOnSourceNationals(result, m, EarlierEvents.DEED_ROOTS)
          .map(doer -> complaint.withTarget(ActorMention.at(index.token(m.trigger()), EarlierEvents.governmentFor(doer, states))))
          .orElse(m));
    }
    return result;
  }

  /** The saying tells, in a negated passive, that the speaker's side was not let know: "its consulate had not been told". */
  private static boolean saysItWasNotTold(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int said : index.children(m.trigger(), Set.of("ccomp"))) {
      boolean told = TELLING.contains(index.lemma(said).toLowerCase(Locale.ROOT)) && !index.children(said, Set.of("aux:pass")).isEmpty()
          && Negations.negated(index, said);
      boolean ownSide = index.children(said, Set.of("nsubj:pass")).stream().anyMatch(s -> index.token(s).tag().equals("PRP")
          || index.children(s, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).tag().equals("PRP$"))
          || actors.at(s).stream().anyMatch(a -> Sides.same(a.actor(), m.source().actor())));
      if (told && ownSide) {
        return true;
      }
    }
    return false;
  }
}
