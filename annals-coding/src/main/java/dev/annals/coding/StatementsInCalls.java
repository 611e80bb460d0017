package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "President Emmanuel Macron told Spain's prime minister in a telephone call on Tuesday that such
 * violence had no place in Europe": what one side tells another in a telephone call is said in
 * talks by telephone (CAMEO 041), not a statement made to the public. Only a plain statement to
 * someone: an appeal or demand coded by its own verb ("urged Madrid in a call to ...") keeps its
 * code. A statement that something must be done, told in a call, is the call too: MustDemands,
 * which runs after this pass, reads plain statements only.
 */
final class StatementsInCalls {
  private static final String STATEMENT = "010";
  /** Words for a call: "in a telephone call", "during a phone call", "by phone", "over the telephone". */
  private static final Set<String> CALL_WORDS = Set.of("call", "phone", "telephone", "videoconference", "teleconference");
  /** Prepositions that put words inside a call. */
  private static final Set<String> CALL_RELATIONS = Set.of("obl:in", "obl:during", "obl:by", "obl:over");

  private final EventType telephoneTalks;

  /**
   * Roots of what one offers the other side in a call: intents and promises (03), regret and
   * praise (05). (Not a plain statement beside the call: "raised the matter with Sweden's minister
   * in a telephone call and said the gangs …" is said to the public too.)
   */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("03", "05");

  /** The call words the verb, or the verb it is joined to, is told in: "In a call …, X apologised and promised". */
  private static List<Integer> callsAround(DependencyIndex index, int verb) {
    List<Integer> verbs = new ArrayList<>(List.of(verb));
    index.parents(verb).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0).forEach(d -> verbs.add(d.governor()));
    return verbs.stream().flatMap(v -> index.children(v, CALL_RELATIONS).stream()).filter(call -> CALL_WORDS.contains(index.lemma(call).toLowerCase(Locale.ROOT))).toList();
  }

  StatementsInCalls(CameoCodebook codebook) {
    this.telephoneTalks = codebook.require("041", "statements in calls");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean inACall = m.speech() && m.target().isPresent() && m.type().code().equals(STATEMENT)
          && index.children(m.trigger(), CALL_RELATIONS).stream().anyMatch(call -> CALL_WORDS.contains(index.lemma(call).toLowerCase(Locale.ROOT)));
      // "Aoun thanked Sheikh Mohamed in a telephone call": the call, told with no one named, is
      // with whom the act told in it is aimed at.
      Optional<CodedMention> toldInIt = m.target().isEmpty() && m.type().rootCode().equals(EarlierEvents.CONSULT_ROOT)
          && CALL_WORDS.contains(index.lemma(m.trigger()).toLowerCase(Locale.ROOT))
          ? coded.stream().filter(o -> o != m && o.target().isPresent() && o.source().actor().equals(m.source().actor())
              && index.children(o.trigger(), CALL_RELATIONS).contains(m.trigger())).findFirst()
          : Optional.empty();
      // "In a telephone call with Nigeria's foreign minister on Tuesday, Ireland's foreign minister
      // apologised and promised that the police watchdog would investigate": a promise or stance
      // told in a call, naming no one, is made to the one the call was with.
      Optional<CodedMention> callWith = m.target().isEmpty() && !toldInIt.isPresent() && ADDRESSED_ROOTS.contains(m.type().rootCode())
          ? callsAround(index, m.trigger()).stream().flatMap(call -> coded.stream().filter(o -> o != m && o.trigger() == call && o.target().isPresent()
              && o.source().actor().equals(m.source().actor()))).findFirst()
          : Optional.empty();
      result.add(inACall ? m.withType(telephoneTalks) : toldInIt.map(o -> m.withTarget(o.target().get()))
          .or(() -> callWith.map(o -> m.withTarget(o.target().get()))).orElse(m));
    }
    return result;
  }
}
