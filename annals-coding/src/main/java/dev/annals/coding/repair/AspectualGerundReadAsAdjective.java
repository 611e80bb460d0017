package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Azerbaijan began exporting fuel to Armenia": the parser makes "exporting" an adjective of
 * "fuel" and "fuel" the object of "began" ({@code amod(fuel, exporting)}, {@code obj(began,
 * fuel)}), so the act is lost. A gerund right after an aspectual verb is the verb it governs:
 * "exporting" becomes the complement of "began" ({@code xcomp(began, exporting)}) and takes the
 * object ({@code obj(exporting, fuel)}), the prepositional phrases of "began" ({@code
 * obl:to(exporting, Armenia)}) and its subject as the controlled one ({@code
 * nsubj:xsubj(exporting, Azerbaijan)}). So too after a phrasal verb that takes a gerund, past its
 * particle: "Hungary ruled out sending troops".
 */
public final class AspectualGerundReadAsAdjective implements ParseRepair {
  private static final Set<String> ASPECTUAL = Set.of("begin", "start", "resume", "continue", "stop", "halt", "cease", "keep", "finish");
  /** Phrasal verbs that take a gerund, by their particle: "ruled out sending troops". */
  private static final java.util.Map<String, String> PHRASAL = java.util.Map.of("rule", "out");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int verb = obj.governor();
      int noun = obj.dependent();
      if (verb < 0 || !obj.relation().equals("obj")) {
        continue;
      }
      String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
      String particle = PHRASAL.get(lemma);
      boolean afterParticle = particle != null && verb + 1 < tokens.size() && tokens.get(verb + 1).text().equalsIgnoreCase(particle)
          && sentence.stream().anyMatch(d -> d.governor() == verb && d.dependent() == verb + 1 && d.relation().equals("compound:prt"));
      if (!ASPECTUAL.contains(lemma) && !afterParticle) {
        continue;
      }
      int gerund = afterParticle ? verb + 2 : verb + 1;
      boolean misread = gerund < noun && tokens.get(gerund).tag().equals("VBG")
          && sentence.stream().anyMatch(d -> d.governor() == noun && d.dependent() == gerund && d.relation().equals("amod"));
      if (!misread) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == obj || (d.governor() == noun && d.dependent() == gerund)) {
          continue;
        }
        if (d.governor() == verb && d.baseRelation().equals("obl")) {
          out.add(new Dependency(gerund, d.dependent(), d.relation()));
          continue;
        }
        out.add(d);
      }
      out.add(new Dependency(verb, gerund, "xcomp"));
      out.add(new Dependency(gerund, noun, "obj"));
      sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj"))
          .forEach(d -> out.add(new Dependency(gerund, d.dependent(), "nsubj:xsubj")));
      return out;
    }
    return sentence;
  }
}
