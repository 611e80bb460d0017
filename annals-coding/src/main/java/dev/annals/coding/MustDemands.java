package dev.annals.coding;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Russia said Sudan must return the helicopter": saying that another actor must act is a
 * demand on that actor (CAMEO 10), not a plain statement; "a Commission spokeswoman said the two
 * neighbours should settle the dispute through talks": saying that others should act is an
 * appeal to each of them (CAMEO 02).
 */
final class MustDemands {
  private static final String DEMAND = "100";
  private static final String APPEAL = "020";
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  private final CameoCodebook codebook;
  /** Knows which groups a country belongs to: a call on one's own side is no demand. */
  private final ActorDictionary dictionary;

  MustDemands(CameoCodebook codebook, ActorDictionary dictionary) {
    this.codebook = codebook;
    this.dictionary = dictionary;
  }

  /** The mentions with each targetless statement that another actor must act read as a demand on that actor. */
  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (m.speech() && m.target().isEmpty()) {
        for (var complement : index.children(m.trigger(), Set.of("ccomp"))) {
          boolean must = hasAuxiliary(index, complement, "must");
          // Not "should have been consulted", a reproach of what was not done, nor "should not
          // expect the review to leave the agreement unchanged", a warning.
          boolean should = hasAuxiliary(index, complement, "should") && !hasAuxiliary(index, complement, "have")
              && index.children(complement).stream().noneMatch(d -> d.relation().equals("advmod") && NEGATIONS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)));
          if (should) {
            List<ActorMention> addressees = addressees(index, actors, m, complement);
            if (!addressees.isEmpty()) {
              for (ActorMention addressee : addressees) {
                result.add(new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), Optional.of(addressee), codebook.require(APPEAL, "should-appeals"),
                    m.modality(), m.negated(), false, m.tense(), m.pattern()));
              }
              changed = null;
              break;
            }
          }
          if (!must) {
            continue;
          }
          // "“Europe must be able to defend itself,” Macron said": a call on a group the speaker's
          // country belongs to is said of one's own side, no demand of another.
          Optional<String> speakerCountry = m.source().actor().country();
          Optional<ActorMention> addressee = index.children(complement, Set.of("nsubj")).stream()
              .flatMap(t -> actors.at(t).stream())
              .filter(a -> !a.actor().equals(m.source().actor()))
              .filter(a -> speakerCountry.isEmpty() || !dictionary.hasMember(a.actor().code(), speakerCountry.get()))
              .findFirst();
          if (addressee.isPresent()) {
            changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), addressee, codebook.require(DEMAND, "must-demands"),
                m.modality(), m.negated(), false, m.tense(), m.pattern());
            break;
          }
        }
      }
      if (changed != null) {
        result.add(changed);
      }
    }
    return result;
  }

  private static boolean hasAuxiliary(DependencyIndex index, int verb, String auxiliary) {
    return index.children(verb).stream().anyMatch(d -> d.relation().equals("aux") && index.token(d.dependent()).lemma().equalsIgnoreCase(auxiliary));
  }

  /** The other actors the complement's subject names, not of a group the speaker's country belongs to. */
  private List<ActorMention> addressees(DependencyIndex index, ArticleActors actors, CodedMention m, int complement) {
    Optional<String> speakerCountry = m.source().actor().country();
    List<Integer> subjects = new ArrayList<>(index.children(complement, Set.of("nsubj")));
    for (int subject : List.copyOf(subjects)) {
      subjects.addAll(index.children(subject, Set.of("conj:and")));
    }
    return subjects.stream().flatMap(t -> actors.at(t).stream())
        .filter(a -> !a.actor().equals(m.source().actor()))
        .filter(a -> speakerCountry.isEmpty() || !dictionary.hasMember(a.actor().code(), speakerCountry.get()))
        .distinct().toList();
  }
}
