package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "hijacked a Maltese-flagged bulk carrier": the tokenizer splits the hyphened word, and the
 * parser hangs the country's adjective on the participle ({@code dep(flagged, Maltese)}, {@code
 * amod(carrier, flagged)}), out of the reach of the vessel's own phrase. The flag, registry, owner
 * or operator is the vessel's: the adjective goes on the vessel ({@code amod(carrier, Maltese)}),
 * as in "a Maltese bulk carrier".
 */
public final class FlagCountryHungOnParticiple implements ParseRepair {
  /** Participles that tell whose a vessel or aircraft is: "Maltese-flagged", "Greek-owned". */
  private static final Set<String> OWNING_PARTICIPLES = Set.of("flagged", "registered", "owned", "operated");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int participle = hung.governor();
      int country = hung.dependent();
      if (participle < 0 || country != participle - 2 || !(hung.relation().equals("dep") || hung.relation().equals("amod") || hung.relation().equals("compound"))
          || !tokens.get(participle - 1).text().equals("-") || !OWNING_PARTICIPLES.contains(tokens.get(participle).text().toLowerCase(Locale.ROOT))
          || !Character.isUpperCase(tokens.get(country).text().charAt(0))) {
        continue;
      }
      var vessel = sentence.stream().filter(d -> d.dependent() == participle && d.relation().equals("amod") && d.governor() > participle).findFirst();
      if (vessel.isEmpty()) {
        continue;
      }
      return DependencyEdits.replaced(sentence, hung, new Dependency(vessel.get().governor(), country, "amod"));
    }
    return sentence;
  }
}
