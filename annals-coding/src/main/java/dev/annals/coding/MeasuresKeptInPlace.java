package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Botswana's agriculture ministry said on Wednesday that the ban protected local farmers and would
 * stay in place until the end of the harvest": a side that says a measure (a ban, sanctions, an
 * embargo) will stay or remain in place or in force, after another side asked it to yield or took
 * it to task, refuses to yield (124) to that side. With no one who asked, the words stay a
 * statement, which SanctionsKeptInPlace, later, may still aim at whom the side's measure was laid
 * on; what "staying in place" is, is its. A measure kept "until" another side acts ("said the
 * border would stay shut until Kabul acted against militants") refuses to yield to that side,
 * whoever asked.
 */
final class MeasuresKeptInPlace {
  private final EventType refusal;

  /** Threaten with political dissent or protest (133): a protest kept up until another side gives way. */
  private final EventType protestThreatened;

  MeasuresKeptInPlace(CameoCodebook codebook) {
    this.refusal = codebook.require("124", "measures kept in place");
    this.protestThreatened = codebook.require("133", "a protest kept up until another side gives way");
  }

  /** Protests one keeps up, as a measure: "the blockade would stay until Kiribati agreed to pay". */
  private static final Set<String> PROTESTS = Set.of("blockade", "strike", "protest", "sit-in", "boycott", "occupation", "vigil", "camp");

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      List<Integer> keptClauses = m.type().code().equals("010") && m.speech() ? SanctionsKeptInPlace.keptClauses(index, m.trigger()) : List.of();
      if (keptClauses.isEmpty()) {
        result.add(m);
        continue;
      }
      // A protest that people who are no state's keep up until another side acts is a threat of
      // more protest, not a state's refusal to ease a measure.
      boolean protest = !Sides.ofState(m.source().actor()) && keptClauses.stream()
          .flatMap(c -> index.children(c, Set.of("nsubj")).stream()).anyMatch(subject -> PROTESTS.contains(index.lemma(subject)));
      CodedMention kept = m.withType(protest ? protestThreatened : refusal);
      result.add(untilItActs(index, actors, keptClauses, m).map(kept::withTarget)
          .or(() -> EarlierEvents.saidToSourceSide(result, m).map(asker -> kept.withTarget(ActorMention.at(index.token(m.trigger()), asker)))).orElse(m));
    }
    return result;
  }

  /** The side whose act the measure is kept until: "until Kabul acted", "until the travel agencies were punished". */
  private static Optional<ActorMention> untilItActs(DependencyIndex index, ArticleActors actors, List<Integer> keptClauses, CodedMention m) {
    for (int clause : keptClauses) {
      for (int condition : index.children(clause, Set.of("advcl:until"))) {
        for (int subject : index.children(condition, Set.of("nsubj", "nsubj:pass"))) {
          // (A group of no country, "until the travel agencies were punished", is placed only later.)
          Optional<ActorMention> other = actors.at(subject).stream()
              .filter(a -> (a.actor().country().isPresent() || a.actor().kind() == ActorKind.ORGANISATION) && Sides.different(a.actor(), m.source().actor()))
              .findFirst();
          if (other.isPresent()) {
            return other;
          }
        }
      }
    }
    return Optional.empty();
  }
}
