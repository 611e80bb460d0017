package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Tonga's prime minister arrived in Apia on Monday for a three-day visit … Samoa's prime minister
 * hosted a dinner for the visitor on Tuesday": hosting that names no guest (a dinner, a banquet,
 * "the visitor") hosts whoever of another side the story last told visiting.
 */
final class HostedVisitors {
  private static final String HOSTING = "043";
  private static final String VISIT = "042";

  private HostedVisitors() {}

  /** What a host gives a guest: "hosted a dinner for the visitor". */
  private static final Set<String> OCCASIONS = Set.of("dinner", "banquet", "lunch", "luncheon", "breakfast", "reception", "ceremony", "gala");

  static List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> isHostingOfNoOne(index, m) ? lastVisitor(coded, m).map(m::withTarget).orElse(m) : m).toList();
  }

  /** Hosting of an occasion, or of nothing named; not of things ("will host sections of the line"). */
  private static boolean isHostingOfNoOne(DependencyIndex index, CodedMention m) {
    return m.type().code().equals(HOSTING) && m.target().isEmpty() && !m.negated()
        && index.children(m.trigger(), Set.of("obj")).stream().allMatch(o -> OCCASIONS.contains(index.lemma(o).toLowerCase(Locale.ROOT)));
  }

  /** The latest visitor of another side, placed in a country, before the hosting, however far back. */
  private static Optional<dev.annals.model.ActorMention> lastVisitor(List<CodedMention> coded, CodedMention host) {
    return EarlierEvents.thisSentenceThenEarlier(coded, host, host.sentence()).stream()
        .filter(c -> c.type().code().equals(VISIT) && !c.negated() && Sides.different(c.source().actor(), host.source().actor())
            && c.source().actor().country().isPresent())
        .map(CodedMention::source).findFirst();
  }
}
