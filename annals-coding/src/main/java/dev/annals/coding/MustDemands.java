package dev.annals.coding;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Russia said Sudan must return the helicopter": saying that another actor must act is a
 * demand on that actor (CAMEO 10), not a plain statement; "a Commission spokeswoman said the two
 * neighbours should settle the dispute through talks": saying that others should act is an
 * appeal to each of them (CAMEO 02).
 */
final class MustDemands {
  private static final String DEMAND = "100";
  private static final String APPEAL = "020";
  /** Expel or deport individuals. */
  private static final String EXPULSION = "174";

  private final CameoCodebook codebook;
  /** Knows which groups a country belongs to: a call on one's own side is no demand. */
  private final ActorDictionary dictionary;
  /** The actor of a country's state sector: "PHL", GOV is the Philippines' government. */
  private final BiFunction<String, Optional<String>, Actor> states;

  MustDemands(CameoCodebook codebook, ActorDictionary dictionary, BiFunction<String, Optional<String>, Actor> states) {
    this.codebook = codebook;
    this.dictionary = dictionary;
    this.states = states;
  }

  /**
   * The mentions with each targetless statement that others should act read as appeals to them,
   * and one that another actor must act as a demand on that actor.
   */
  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (m.speech() && m.target().isEmpty()) {
        result.addAll(asAppealsOrDemand(index, actors, coded, m));
      } else {
        result.add(m.speech() && isForeignAddressee(m) && toldWhatMustBeDone(index, actors, m) ? saidTo(m, m.target().get(), DEMAND, "must-demands") : m);
      }
    }
    return result;
  }

  /** The statement as appeals or a demand, if its complement says others should or must act; else itself. */
  private List<CodedMention> asAppealsOrDemand(DependencyIndex index, ArticleActors actors, List<CodedMention> coded, CodedMention m) {
    for (var complement : index.children(m.trigger(), Set.of("ccomp"))) {
      // Not "should have been consulted", a reproach of what was not done, nor "should not
      // expect the review to leave the agreement unchanged", a warning, nor "the soldiers should
      // be on the ground in ten days", what is expected of a state of things.
      boolean should = hasAuxiliary(index, complement, "should") && !hasAuxiliary(index, complement, "have")
          && index.children(complement).stream().noneMatch(d -> d.relation().equals("advmod") && Negations.WORDS.contains(index.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)))
          && !index.lemma(complement).equalsIgnoreCase("be") && index.children(complement, Set.of("cop", "aux:pass")).isEmpty();
      // "“Europe must be able to defend itself,” Macron said": a call on a group the speaker's
      // country belongs to is said of one's own side, no demand of another.
      List<ActorMention> addressees = addressees(index, actors, m, complement);
      if (should && !addressees.isEmpty()) {
        return addressees.stream().map(addressee -> saidTo(m, addressee, APPEAL, "should-appeals")).toList();
      }
      if (hasAuxiliary(index, complement, "must") && !addressees.isEmpty()) {
        return List.of(orderToLeave(index, m, complement, addressees.get(0)) ? saidTo(m, addressees.get(0), EXPULSION, "orders-to-leave")
            : saidTo(m, addressees.get(0), DEMAND, "must-demands"));
      }
      // "said the three were tourists and should be released": an act to be done to others,
      // told with no doer, that should or must be done by another country's side it was coded
      // with is asked of that country's government.
      boolean passive = !index.children(complement, Set.of("aux:pass")).isEmpty() && !hasAuxiliary(index, complement, "have")
          && !Negations.negated(index, complement);
      Optional<String> asked = passive && hasAuxiliary(index, complement, "should") ? Optional.of(APPEAL)
          : passive && hasAuxiliary(index, complement, "must") ? Optional.of(DEMAND) : Optional.empty();
      Optional<ActorMention> doer = asked.isEmpty() ? Optional.empty() : doerOfTheAct(coded, m, complement);
      if (doer.isPresent()) {
        CodedMention appeal = saidTo(m, doer.get(), asked.get(), asked.get().equals(APPEAL) ? "should-appeals" : "must-demands");
        // "said the three were tourists and should be released" says something else besides.
        return index.children(m.trigger(), Set.of("ccomp")).size() > 1 ? List.of(m, appeal) : List.of(appeal);
      }
    }
    return List.of(m);
  }

  /**
   * "Turkey's foreign ministry told Bulgaria's ambassador that the contract must be honoured":
   * telling a foreign side that something must be done, with no actor named to do it, demands it
   * of the side told. A minister telling his own parliament so is not a demand of a foreign side.
   */
  private boolean toldWhatMustBeDone(DependencyIndex index, ArticleActors actors, CodedMention m) {
    return m.type().code().equals("010") && index.children(m.trigger(), Set.of("ccomp")).stream()
        .anyMatch(complement -> hasAuxiliary(index, complement, "must")
            && index.children(complement, Set.of("nsubj", "nsubj:pass")).stream().allMatch(subject -> actors.at(subject).isEmpty()));
  }

  /** The government of the other country whose side the act the complement tells, only supposed, was coded with. */
  private Optional<ActorMention> doerOfTheAct(List<CodedMention> coded, CodedMention m, int complement) {
    Optional<String> speakerCountry = m.source().actor().country();
    return coded.stream().filter(act -> act.trigger() == complement && act.sentence() == m.sentence() && !act.speech()
            && act.modality() == Modality.HYPOTHETICAL && act.source().actor().country().isPresent()
            && !act.source().actor().country().equals(speakerCountry))
        .findFirst()
        .map(act -> new ActorMention(act.source().span(), act.source().surface(), states.apply(act.source().actor().country().get(), Optional.of("GOV"))));
  }

  /**
   * "Iceland's foreign minister … said the Chinese researchers working at the site must leave by
   * the end of the month": a government saying that another country's people (not its forces or
   * its state, of whom leaving is asked) must leave orders them out, an expulsion.
   */
  private static boolean orderToLeave(DependencyIndex index, CodedMention m, int complement, ActorMention addressee) {
    Optional<String> speakerCountry = m.source().actor().country();
    Optional<String> sector = addressee.actor().sector();
    return LEAVING.contains(index.lemma(complement).toLowerCase(java.util.Locale.ROOT)) && m.source().actor().sector().filter("GOV"::equals).isPresent()
        && speakerCountry.isPresent() && addressee.actor().country().filter(c -> !c.equals(speakerCountry.get())).isPresent()
        && sector.isPresent() && !NOT_EXPELLED_BUT_ASKED.contains(sector.get()) && !Negations.negated(index, complement);
  }

  /** Verbs of leaving a place. */
  private static final Set<String> LEAVING = Set.of("leave", "depart");
  /** Sectors whose leaving is asked of them, not ordered: a state's government and armed forces, armed groups. */
  private static final Set<String> NOT_EXPELLED_BUT_ASKED = Set.of("GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF");

  private static boolean isForeignAddressee(CodedMention m) {
    Optional<String> speakerCountry = m.source().actor().country();
    Optional<String> addresseeCountry = m.target().get().actor().country();
    return speakerCountry.isPresent() && addresseeCountry.isPresent() && !speakerCountry.equals(addresseeCountry);
  }

  private CodedMention saidTo(CodedMention m, ActorMention addressee, String code, String origin) {
    return new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), Optional.of(addressee), codebook.require(code, origin),
        m.modality(), m.negated(), false, m.tense(), m.pattern());
  }

  private static boolean hasAuxiliary(DependencyIndex index, int verb, String auxiliary) {
    return index.children(verb).stream().anyMatch(d -> d.relation().equals("aux") && index.token(d.dependent()).lemma().equalsIgnoreCase(auxiliary));
  }

  /** The other actors the complement's subject names, not of a group the speaker's country belongs to. */
  private List<ActorMention> addressees(DependencyIndex index, ArticleActors actors, CodedMention m, int complement) {
    Optional<String> speakerCountry = m.source().actor().country();
    List<Integer> subjects = new ArrayList<>(index.children(complement, Set.of("nsubj")));
    for (int subject : List.copyOf(subjects)) {
      subjects.addAll(index.children(subject, Set.of("conj:and")));
    }
    return subjects.stream().flatMap(t -> actors.at(t).stream())
        .filter(a -> !a.actor().code().equals(m.source().actor().code()))
        .filter(a -> speakerCountry.isEmpty() || !dictionary.hasMember(a.actor().code(), speakerCountry.get()))
        .distinct().toList();
  }
}
