package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Lavrov said Russia's and China's views coincide": a speaker who reports an accord between
 * their own country and another expresses it themselves, so the speaker is the source.
 */
final class AccordsBySpeakers {
  /** What a verb of saying reports: "Lavrov said [views coincide]". */
  private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp");

  private AccordsBySpeakers() {}

  /** The mentions with each reported accord of the speaker's own country given to the speaker; a mention that becomes a copy of another is dropped. */
  static List<CodedMention> attribute(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (!m.speech() && (m.type().code().startsWith("01") || m.type().code().startsWith("05"))) {
        for (CodedMention speech : coded) {
          if (speech.speech() && speech.sentence() == m.sentence() && index.inComplementOf(speech.trigger(), m.trigger(), REPORTED_CLAUSE)) {
            ActorMention speaker = speech.source();
            boolean ownCountry = speaker.actor().country().isPresent()
                && m.source().actor().code().equals(speaker.actor().country().get());
            if (ownCountry) {
              changed = m.withSource(speaker);
            }
          }
        }
      }
      if (!result.contains(changed)) {
        result.add(changed);
      }
    }
    return result;
  }
}
