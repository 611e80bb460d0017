package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Presidents Museveni and Samia met in Tanga on Thursday and signed an agreement to share the
 * cost of a terminal at the end of the East African Crude Oil Pipeline, Tanzania's state house
 * said": the parser hangs the speaker on the last noun before the comma as an apposition ({@code
 * appos(Pipeline, house)}), leaves "said", the root, with no subject, and hangs the acts it
 * reports on it as {@code dep}. A verb of saying that closes the sentence with no subject speaks
 * through the noun right before it: {@code nsubj(said, house)}, and the acts it hangs as {@code
 * dep} are what it reports ({@code ccomp}), so that the acts keep their own times. So when it
 * hangs the act as the saying's clausal subject: "Colombia's government and the Clan del Golfo
 * resumed talks in Doha under Qatari mediation, Qatar's foreign ministry said" ({@code
 * csubj(said, resumed)}, {@code appos(mediation, ministry)}).
 */
public final class ClosingSpeakerReadAsApposition implements ParseRepair {
  private static final java.util.Set<String> REPORTED_AS = java.util.Set.of("dep", "csubj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int verb = DependencyEdits.root(sentence);
    if (verb < 2 || !RepairWords.isSaying(tokens.get(verb)) || !tokens.get(verb).tag().equals("VBD")
        || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
      return sentence;
    }
    int speaker = verb - 1;
    Optional<Dependency> appos = sentence.stream().filter(d -> d.dependent() == speaker && d.relation().equals("appos") && d.governor() < speaker).findFirst();
    boolean closing = sentence.stream().noneMatch(d -> d.governor() == verb && d.dependent() > verb && !d.relation().equals("punct"));
    List<Dependency> reported = sentence.stream().filter(d -> d.governor() == verb && REPORTED_AS.contains(d.relation()) && d.dependent() < speaker
        && tokens.get(d.dependent()).tag().startsWith("VB")).toList();
    if (appos.isEmpty() || !closing || reported.isEmpty() || !tokens.get(speaker).tag().startsWith("NN")) {
      return sentence;
    }
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      if (d == appos.get()) {
        mended.add(new Dependency(verb, speaker, "nsubj"));
      } else if (reported.contains(d)) {
        mended.add(new Dependency(verb, d.dependent(), "ccomp"));
      } else {
        mended.add(d);
      }
    }
    return mended;
  }
}
