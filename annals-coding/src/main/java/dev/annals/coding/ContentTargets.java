package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * "Azerbaijan threatened to break relations with Russia", "Britain promised to continue aid to
 * Mozambique": a threat or promise that names no target of its own is aimed at whom the act it
 * announces is aimed at (the source's own act, in its complement clause).
 */
final class ContentTargets {
  /** Roots whose events are about an act of their own source: intents, rejections, threats, protests. */
  private static final Set<String> CONTENT_ROOTS = Set.of("03", "12", "13", "14");
  /** CAMEO's root of threats. */
  private static final String THREAT = "13";
  /** CAMEO's root of disapproval: criticism, accusations, complaints. */
  private static final String DISAPPROVAL = "11";
  /** Criticism, accusations and complaints, not verdicts (116) or lawsuits (115). */
  private static final Set<String> COMPLAINTS = Set.of("111", "112", "114");
  /** What an intent promises or a threat announces: "promised [to continue aid]", "threatened [to break relations]". */
  private static final Set<String> CLAUSAL_COMPLEMENTS = Set.of("ccomp", "xcomp");


  private ContentTargets() {}

  /** The mentions with each targetless intent, rejection, threat or protest aimed as its content is; one mention a target. */
  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors, Function<Token, Optional<Actor>> modifierActor, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      // A warning is a verb of saying and a threat: "warned that it would respond to X" aims at X.
      // "offered to mediate between Pakistan and Afghanistan": the offer is made to both.
      List<ActorMention> targets = new ArrayList<>();
      if (m.target().isEmpty() && (!m.speech() || m.type().rootCode().equals("13")) && CONTENT_ROOTS.contains(m.type().rootCode())) {
        for (CodedMention content : coded) {
          boolean protestPurpose = m.type().rootCode().equals("14") && content.type().rootCode().equals("10")
              && m.anchors().stream().anyMatch(anchor -> index.inComplementOf(anchor, content.trigger(), ConventionalTargets.PURPOSE_CLAUSES));
          // "threatened to take the dispute to the ECOWAS court": a complaint threatened before a
          // body is a threat to the side the dispute is with, not to the body (AntecedentTargets).
          boolean complaintToABody = m.type().rootCode().equals("13") && EarlierEvents.CASE_CODES.stream().anyMatch(c -> content.type().code().startsWith(c))
              && content.target().filter(t -> t.actor().country().isEmpty()).isPresent();
          // "warned that Taiwanese travellers could shun South Korea": a state's warning of what
          // its own people would do to another side is aimed at that side too.
          boolean ownPeoplesAct = m.type().rootCode().equals("13") && content.target().isPresent()
              && ofOnesOwn(content.source().actor(), m.source().actor()) && !ofOnesOwn(content.target().get().actor(), m.source().actor());
          if (content != m && !complaintToABody && content.sentence() == m.sentence() && content.target().isPresent()
              && (content.source().actor().equals(m.source().actor()) || ownPeoplesAct)
              && (protestPurpose || index.inComplementOf(m.trigger(), content.trigger(), CLAUSAL_COMPLEMENTS))
              && (targets.isEmpty() || content.trigger() == targetsFrom(coded, m, targets))
              && targets.stream().noneMatch(t -> t.actor().equals(content.target().get().actor()))) {
            targets.add(content.target().get());
          }
        }
      }
      if (targets.isEmpty() && m.target().isEmpty() && m.type().rootCode().equals(DISAPPROVAL)) {
        // "Ecuadorian migrants' groups complained that police had detained dozens of their
        // compatriots": a complaint of what another side did to one's own is aimed at the doer.
        coded.stream().filter(content -> content != m && content.sentence() == m.sentence() && content.target().isPresent()
                && index.inComplementOf(m.trigger(), content.trigger(), Set.of("ccomp"))
                && ofOnesOwn(content.target().get().actor(), m.source().actor()) && !ofOnesOwn(content.source().actor(), m.source().actor()))
            .findFirst().ifPresent(content -> targets.add(ActorMention.at(index.token(m.trigger()), content.source().actor())));
      }
      if (targets.isEmpty() && m.target().isEmpty() && COMPLAINTS.stream().anyMatch(m.type().code()::startsWith) && m.source().actor().country().isPresent()) {
        // "Bangladeshi exporters complained that Indian customs still held their lorries": a
        // complaint of what another country's state body does, told by no event, is aimed at it.
        // (A body named there, not a pronoun: "they complain that they cannot get their claims
        // addressed" names the complainers themselves.)
        index.children(m.trigger(), Set.of("ccomp")).stream().flatMap(clause -> index.children(clause, Set.of("nsubj")).stream())
            .filter(subject -> !index.token(subject).isPronoun())
            .flatMap(subject -> actors.at(subject).stream())
            .filter(a -> Sides.ofState(a.actor()) && a.actor().country().isPresent() && !a.actor().country().equals(m.source().actor().country()))
            .findFirst().ifPresent(targets::add);
      }
      if (targets.isEmpty() && m.target().isEmpty() && m.type().rootCode().equals(THREAT)) {
        // "A coalition of armed gangs warned that foreign police would be treated as enemy
        // combatants": a warning of what would be done to others, told in the passive, is aimed
        // at them, or at whom a participle of theirs says they deal with ("warned that ships
        // trading with Israel would still be attacked"), or at whom it says own them ("warned that
        // ships owned by Greek companies would be targeted").
        index.children(m.trigger(), Set.of("ccomp")).stream().flatMap(clause -> index.children(clause, Set.of("nsubj:pass")).stream())
            .filter(subject -> !index.token(subject).isPronoun())
            .flatMap(subject -> java.util.stream.Stream.concat(java.util.stream.Stream.of(subject), index.children(subject, Set.of("acl")).stream()
                .flatMap(participle -> index.children(participle, ActorResolver.OWNING_PARTICIPLES.contains(index.lemma(participle).toLowerCase(java.util.Locale.ROOT))
                    ? Set.of("obl:with", "obl:to", "obl:by", "obl:agent") : Set.of("obl:with", "obl:to")).stream())))
            .flatMap(subject -> actors.at(subject).isEmpty() ? statesOwning(index, subject, modifierActor).stream() : actors.at(subject).stream())
            .filter(a -> !a.actor().equals(m.source().actor()) && a.actor().country().isPresent())
            .findFirst().ifPresent(targets::add);
      }
      if (targets.isEmpty()) {
        result.add(m);
      } else {
        targets.forEach(target -> result.add(m.withTarget(target)));
      }
    }
    return result;
  }

  /**
   * The state a thing's adjective says it belongs to: "any Russian facility would be treated as a
   * legitimate target" threatens Russia.
   */
  private static List<ActorMention> statesOwning(DependencyIndex index, int thing, Function<Token, Optional<Actor>> modifierActor) {
    List<ActorMention> owners = new ArrayList<>();
    for (int adjective : index.children(thing, Set.of("amod"))) {
      Token word = index.token(adjective);
      modifierActor.apply(word).filter(a -> a.kind() == ActorKind.STATE && a.country().isPresent() && a.sector().isEmpty())
          .ifPresent(a -> owners.add(new ActorMention(word.span(), word.text(), a)));
    }
    return owners;
  }

  /** The same side, or people of the same country ("Ecuador" and its civilians). */
  private static boolean ofOnesOwn(dev.annals.model.Actor people, dev.annals.model.Actor side) {
    return Sides.same(people, side) || (people.country().isPresent() && people.country().equals(side.country()));
  }

  /** The trigger of the content act the first target was taken from: further targets come from that act alone. */
  private static int targetsFrom(List<CodedMention> coded, CodedMention m, List<ActorMention> targets) {
    return coded.stream().filter(c -> c != m && c.sentence() == m.sentence() && c.target().isPresent() && c.target().get().equals(targets.get(0)))
        .mapToInt(CodedMention::trigger).findFirst().orElse(-1);
  }
}
