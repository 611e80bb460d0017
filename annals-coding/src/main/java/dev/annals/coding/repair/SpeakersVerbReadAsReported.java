package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "An SDF spokesman said Damascus was still holding 300 fighters and demanded their release",
 * "Party leaders said they would challenge the ban and called on supporters to rally": the parser
 * joins the last verb to the reported clause ({@code conj(holding, demanded)}, with the reported
 * clause's subject), so the spokesman's demand becomes Damascus's. A finite past verb cannot share
 * the reported verb's auxiliary ("was demanded", "would called"), so a bare past-tense verb joined
 * to a reported verb that has one is joined to the verb of saying, with the speaker as subject.
 */
public final class SpeakersVerbReadAsReported implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency conj : sentence) {
      int reported = conj.governor();
      int joined = conj.dependent();
      if (!conj.relation().startsWith("conj") || reported < 0 || !tokens.get(joined).tag().equals("VBD")
          || sentence.stream().noneMatch(d -> d.governor() == reported && d.relation().equals("aux"))
          || sentence.stream().anyMatch(d -> d.governor() == joined && (d.relation().startsWith("aux") || (d.relation().startsWith("nsubj") && d.dependent() > reported)))) {
        continue;
      }
      Optional<Dependency> complement = sentence.stream()
          .filter(d -> d.dependent() == reported && d.relation().equals("ccomp") && d.governor() >= 0 && RepairWords.isSaying(tokens.get(d.governor())))
          .findFirst();
      if (complement.isEmpty()) {
        continue;
      }
      int saying = complement.get().governor();
      Optional<Integer> speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (speaker.isEmpty()) {
        continue;
      }
      int subject = speaker.get();
      return DependencyEdits.mapped(sentence, d -> d == conj ? new Dependency(saying, joined, conj.relation())
          : d.governor() == joined && d.relation().startsWith("nsubj") ? new Dependency(joined, subject, d.relation()) : d);
    }
    return sentence;
  }
}
