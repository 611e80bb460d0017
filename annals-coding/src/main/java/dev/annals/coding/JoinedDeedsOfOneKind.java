package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The navy sent two patrol ships to the area and shadowed the Chinese vessel": a show of force,
 * coercion, assault or fighting told with no one it is aimed at, joined to a deed of the same
 * kind by the same side that names its target, is aimed at that target too: one operation told
 * by two verbs. Of the same kind: a yacht seized (171) and its crew arrested (173) are two deeds
 * against two owners.
 */
final class JoinedDeedsOfOneKind {
  /** Roots of deeds that stand without a target and are often told by several verbs at once. */
  private static final Set<String> FORCEFUL_ROOTS = Set.of("15", "17", "18", "19", "20");

  /** Investigate (09). */
  private static final String INVESTIGATION_ROOT = "09";
  /** Coerce (17). */
  private static final String COERCION_ROOT = "17";

  private JoinedDeedsOfOneKind() {}

  /** A violent protest (145): "stormed the embassy's grounds". */
  private static final String RIOT = "145";

  /**
   * "Hundreds of protesters stormed the grounds of Denmark's embassy and set fire to a guard post":
   * property a riot's crowd destroys (171x) is of whom the riot is aimed at.
   */
  private static boolean damageInARiot(CodedMention aimed, CodedMention unaimed) {
    return aimed.type().code().startsWith(RIOT) && unaimed.type().code().startsWith(EarlierEvents.SEIZURE_ROOT_CODE);
  }

  /**
   * "India's drug regulator said it had halted production at the company's factory and opened an
   * investigation": an investigation opened in the sentence of a coercive deed of the same side is
   * of whom the deed struck.
   */
  private static boolean investigationOfTheCoerced(CodedMention aimed, CodedMention unaimed) {
    return unaimed.type().rootCode().equals(INVESTIGATION_ROOT) && aimed.type().rootCode().equals(COERCION_ROOT);
  }

  /**
   * "detained 23 Nigerian fishermen and burned two of their boats": a deed of the same root on
   * what a possessive pronoun gives an owner is done to the owner, whom the joined deed names.
   */
  private static boolean ownedByThoseActedOn(DependencyIndex index, CodedMention aimed, CodedMention unaimed) {
    if (!aimed.type().rootCode().equals(unaimed.type().rootCode())) {
      return false;
    }
    for (int object : index.children(unaimed.trigger(), Set.of("obj", "nsubj:pass"))) {
      List<Integer> things = new ArrayList<>(List.of(object));
      things.addAll(index.children(object, Set.of("nmod:of")));
      if (things.stream().anyMatch(t -> index.children(t, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).tag().equals("PRP$")))) {
        return true;
      }
    }
    return false;
  }

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean unaimed = m.target().isEmpty() && (FORCEFUL_ROOTS.contains(m.type().rootCode()) || m.type().rootCode().equals(INVESTIGATION_ROOT));
      Optional<CodedMention> aimed = !unaimed ? Optional.empty()
          : coded.stream().filter(o -> o.sentence() == m.sentence() && o.target().isPresent()
              && o.source().actor().code().equals(m.source().actor().code())
              // (The investigation may be joined to the saying that tells the deed: "said it had
              // halted production … and opened an investigation".)
              && (((CameoCodebook.sameKind(o.type().code(), m.type().code()) || ownedByThoseActedOn(index, o, m) || damageInARiot(o, m))
                  && SharedAddressees.joined(index, o.trigger(), m.trigger()))
                  || investigationOfTheCoerced(o, m))).findFirst();
      result.add(aimed.map(o -> m.withTarget(o.target().get())).orElse(m));
    }
    return result;
  }
}
