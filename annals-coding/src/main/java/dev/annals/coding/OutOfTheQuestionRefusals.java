package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "US officials said that lifting the sanctions on Burma is out of the question": saying that
 * a thing is out of the question is refusing it (CAMEO 12), aimed at whom the thing concerns,
 * the actors named in the subject of "out of the question".
 */
final class OutOfTheQuestionRefusals {
  private static final String REJECTION = "120";

  private final CameoCodebook codebook;

  OutOfTheQuestionRefusals(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** The mentions with each targetless statement that a thing is out of the question read as a rejection. */
  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (m.speech() && m.target().isEmpty()) {
        for (int complement : index.children(m.trigger(), Set.of("ccomp"))) {
          boolean outOfQuestion = index.lemma(complement).equals("question")
              && index.children(complement, Set.of("case")).stream().anyMatch(c -> index.lemma(c).equals("out"))
              && !index.children(complement, Set.of("cop")).isEmpty();
          if (!outOfQuestion) {
            continue;
          }
          Optional<ActorMention> concerned = index.children(complement, Set.of("nsubj", "csubj")).stream()
              .flatMap(s -> index.subtree(s, Set.of()).stream())
              .flatMap(t -> actors.at(t).stream())
              .filter(a -> !a.actor().equals(m.source().actor()))
              .findFirst();
          if (concerned.isPresent()) {
            changed = new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), concerned, codebook.require(REJECTION, "out-of-the-question"),
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
