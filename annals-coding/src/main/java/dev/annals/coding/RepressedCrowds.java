package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Opponents of Eritrea's government stormed a festival … Police fired rubber bullets and tear gas
 * and detained 31 people": violent repression (175) aimed at no one named is aimed at the crowd
 * whose protest or riot the story told just before, in the same sentence or the two before it.
 */
final class RepressedCrowds {
  private static final String REPRESSION = "175";
  private static final String PROTEST = "14";
  /** How many sentences back the crowd's protest may be told. */
  private static final int REACH = 2;

  private RepressedCrowds() {}

  static List<CodedMention> read(List<CodedMention> coded) {
    return coded.stream().map(m -> isRepressionOfNoOne(m) ? lastCrowd(coded, m).map(m::withTarget).orElse(m) : m).toList();
  }

  private static boolean isRepressionOfNoOne(CodedMention m) {
    return m.type().code().startsWith(REPRESSION) && m.target().isEmpty() && !m.negated();
  }

  /** Sectors of people who protest as a crowd: civilians, opponents, workers, students, farmers, refugees, believers, party members. */
  private static final Set<String> CROWD_SECTORS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "REF", "REL", "PTY");

  private static boolean isCrowd(ActorMention side) {
    return side.actor().kind() != ActorKind.PERSON && side.actor().kind() != ActorKind.ORGANISATION && side.actor().sector().filter(CROWD_SECTORS::contains).isPresent();
  }

  private static Optional<ActorMention> lastCrowd(List<CodedMention> coded, CodedMention repression) {
    return EarlierEvents.thisSentenceThenEarlier(coded, repression, REACH).stream()
        .filter(c -> c.type().rootCode().equals(PROTEST) && !c.negated() && isCrowd(c.source()) && Sides.different(c.source().actor(), repression.source().actor()))
        .map(CodedMention::source).findFirst();
  }
}
