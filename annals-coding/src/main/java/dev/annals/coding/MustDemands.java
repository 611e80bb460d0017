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
 * demand on that actor (CAMEO 10), not a plain statement.
 */
final class MustDemands {
  private static final String DEMAND = "100";

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
          boolean must = index.children(complement).stream()
              .anyMatch(d -> d.relation().equals("aux") && index.token(d.dependent()).lemma().equalsIgnoreCase("must"));
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
      result.add(changed);
    }
    return result;
  }
}
