package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * "McEntee spoke to her Lebanese counterpart and demanded that those responsible be brought to
 * justice": an appeal, proposal, demand, criticism, rejection or threat with no addressee of its
 * own ("telephoned Doumbouya and proposed that a joint committee meet"), joined to a talk with
 * someone by the same speaker, is said to whom the speaker was talking; so is one
 * joined to a summons ("summoned Brazil's ambassador and demanded a full explanation", "called in
 * South Africa's high commissioner and asked for the checks to be eased") or to
 * thanks ("thanked Hun Manet for the operation and asked that the men be sent home"); a demand
 * or a threat joined to an accusation is made of the accused, a promise joined to a gift to whom the gift
 * went, and a protest to whom the appeal or demand that tells it is made ("protested on Friday,
 * urging Tuvalu to end its contacts with Taiwan"); a demand a letter's participle tells is made of
 * whom the letter was written to ("wrote to the home secretary demanding that the flight be
 * cancelled"), and so is one a protest against someone tells ("protested outside their embassy,
 * demanding that the ban be delayed"). A demand or appeal with no addressee in the main clause of the sentence after a
 * summons, by the summoner, is made to the envoy summoned. Criticism beside an appeal or demand
 * ("called the animal's care unacceptable and urged the ministry to move it") is aimed at whom it
 * is made of.
 */
final class SharedAddressees {
  /** Protest: "China's foreign ministry protested on Friday, urging Tuvalu to end contacts with Taiwan" protests to Tuvalu. */
  private static final String PROTEST = "14";
  /** Roots of what is said to someone. */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "03", "10", "11", "12", "13", PROTEST);
  private static final String DISAPPROVE = "11";
  private static final String OFFER = "03";
  /**
   * Summoning someone's envoy: "summoned Brazil's ambassador and demanded an explanation". Not
   * every official complaint: one lodged with a third party ("lodged a complaint with the
   * Security Council") is about someone else.
   */
  private static final String OFFICIAL_COMPLAINT = "114";
  private static final String SUMMON = "summon";
  /** Phrasal verbs of summoning, by their particle: "called in South Africa's high commissioner", "hauled in the envoy". */
  private static final Set<String> SUMMONING_WITH_IN = Set.of("call", "haul");
  /**
   * Verbs that speak to someone, whatever their code: "thanked Hun Manet for the operation and
   * asked that the men be sent home" asks Hun Manet; "complained that Canberra had not been
   * consulted and reminded Nauru that a treaty …" complains to Nauru.
   */
  private static final Set<String> ADDRESSING_VERBS = Set.of("thank", "congratulate", "write", "remind");
  /** Verbs of writing to someone, whose participle tells what the letter said: "wrote to the home secretary demanding that …". */
  private static final Set<String> LETTER_VERBS = Set.of("write");

  /**
   * Words for a violent or hateful deed that name no act of their own: "condemned what he called a
   * cowardly crime", "telephoned Pakistan's foreign minister and condemned the burning" (of a
   * Koran, by people in Stockholm, not by the one on the telephone).
   */
  private static final Set<String> CRIME_WORDS = Set.of("crime", "atrocity", "terrorism", "burning", "desecration", "vandalism", "defacement");
  /** Verbs that name what is condemned in a free relative: "condemned what he called a crime". */
  private static final Set<String> NAMING = Set.of("call", "describe", "term", "brand");

  /** What the verb condemns: its objects, and what a free relative on it names ("what he called a cowardly crime"). */
  private static List<Integer> condemnedThings(DependencyIndex index, int verb) {
    List<Integer> things = new ArrayList<>(index.children(verb, Set.of("obj")));
    for (Dependency d : index.children(verb)) {
      if ((d.relation().equals("ccomp") || d.relation().equals("obj")) && NAMING.contains(index.lemma(d.dependent()))) {
        things.addAll(index.children(d.dependent(), Set.of("obj", "xcomp")));
      }
    }
    return things;
  }

  private SharedAddressees() {}

  /**
   * The events to aim, each given the addressee of a talk beside it; {@code isViolence} tells the
   * nouns of violence ("attack", "killing"), whose condemnation is aimed at their doers.
   */
  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded, Predicate<String> isViolence) {
    return aim(index, coded, isViolence, ADDRESSED_ROOTS, false);
  }

  /**
   * Protests aimed again, once the demands that tell them have found whom they are made of
   * ({@link AntecedentTargets}: "held a rally demanding the crew's release" demands it of the
   * crew's captors, whom the rally is against too).
   */
  static List<CodedMention> aimProtests(DependencyIndex index, List<CodedMention> coded) {
    return aim(index, coded, noun -> false, Set.of(PROTEST), false);
  }

  /** Words that name several sides at once: "both sides", "the two governments", "all parties". */
  private static final Set<String> SEVERAL = Set.of("both", "two", "all", "sides", "parties");

  private static boolean namesSeveral(String surface) {
    return java.util.Arrays.stream(surface.toLowerCase(java.util.Locale.ROOT).split("\\s+")).anyMatch(SEVERAL::contains);
  }

  /** Criticism and accusation, not a lawsuit or complaint lodged with a body (113 to 116). */
  private static final Set<String> CRITICISING = Set.of("110", "111", "112");

  /**
   * Criticism still aimed at no one once the deeds it names have found their doers ({@link
   * AntecedentTargets}), aimed at whom an appeal or demand beside it is made of; a promise or
   * gift aimed at no one, at whom the approval beside it is aimed ("welcomed the step and pledged 4
   * million euros for the memorial", the step Chile's).
   */
  static List<CodedMention> aimLate(DependencyIndex index, List<CodedMention> coded, Predicate<String> namesAnAct) {
    // ("condemned the use of force and called on both sides to return to talks": an act criticised
    // that found no doer is no thing of whom the appeal is made.)
    return aim(index, coded, namesAnAct, LATE, true);
  }

  /** Where an appeal's addressee stands: "appealed to other countries", "urged others". */
  private static final Set<String> ADDRESSEE_RELATIONS = Set.of("obl:to", "iobj", "obj");
  /** Words that set an addressee apart from whom the speaker just dealt with. */
  private static final Set<String> OTHERS = Set.of("other", "others", "another");

  /**
   * "thanked Ankara for standing by the people of Bangladesh and appealed to other countries for
   * help": an appeal the text addresses to others is not made to whom the speaker thanked.
   */
  private static boolean addressesOthers(DependencyIndex index, int trigger) {
    return index.children(trigger, ADDRESSEE_RELATIONS).stream().anyMatch(a -> OTHERS.contains(index.lemma(a).toLowerCase(java.util.Locale.ROOT))
        || index.children(a, Set.of("amod", "det")).stream().anyMatch(m -> OTHERS.contains(index.lemma(m).toLowerCase(java.util.Locale.ROOT))));
  }

  /**
   * The events of {@code addressedRoots} that name no addressee, each aimed at whom a talk, appeal
   * or act beside it addresses; {@code late} is the last pass's, after the antecedents ({@link #aimLate}).
   */
  private static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded, Predicate<String> isViolence, Set<String> addressedRoots, boolean late) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      List<CodedMention> addressing = new ArrayList<>();
      // "telephoned the crown prince, condemned the attack": an attack condemned is its doers'
      // deed, not the deed of whom the condemner talked to (often its victim).
      boolean condemnsViolence = m.type().rootCode().equals(DISAPPROVE)
          && condemnedThings(index, m.trigger()).stream().flatMap(o -> late ? Stream.concat(Stream.of(o), index.children(o, Set.of("nmod:of")).stream()) : Stream.of(o))
              .anyMatch(o -> isViolence.test(index.lemma(o)) || CRIME_WORDS.contains(index.lemma(o)));
      if (m.target().isEmpty() && (addressedRoots.contains(m.type().rootCode()) || isDefenceInATalk(index, m, addressedRoots)) && !condemnsViolence
          && !addressesOthers(index, m.trigger())) {
        for (CodedMention talk : coded) {
          if (talk.sentence() == m.sentence() && talk.target().isPresent() && isAddressing(index, talk, m, late)
              && talk.source().actor().code().equals(m.source().actor().code())
              && (joined(index, talk.trigger(), m.trigger()) || toldByParticiple(index, m.trigger(), talk.trigger())
                  || (LETTER_VERBS.contains(index.lemma(talk.trigger())) || talk.type().rootCode().equals(PROTEST)) && toldByParticiple(index, talk.trigger(), m.trigger()))
              && (addressing.isEmpty() || addressing.get(0).trigger() == talk.trigger())) {
            addressing.add(talk);
          }
        }
      }
      if (addressing.isEmpty() && m.target().isEmpty() && NEXT_SENTENCE_ROOTS.contains(m.type().rootCode()) && isMainClause(index, m.trigger())) {
        // "Poland's foreign ministry summoned Norway's ambassador on Friday ... The ministry
        // demanded that the children be returned": a demand or appeal with no addressee, by the
        // summoner, in the main clause of the next sentence, is made to the envoy summoned.
        coded.stream().filter(s -> s.sentence() == m.sentence() - 1 && s.target().isPresent() && s.type().code().equals(OFFICIAL_COMPLAINT)
            && summons(index, s.trigger()) && s.source().actor().code().equals(m.source().actor().code())).findFirst().ifPresent(addressing::add);
      }
      // ("condemned the use of force and called on both sides to return to talks": criticism
      // beside an appeal to several sides, or to sides called a pair, is aimed at none of them.)
      if (late && (addressing.size() > 1 || addressing.stream().anyMatch(talk -> namesSeveral(talk.target().get().surface())))) {
        addressing.clear();
      }
      if (addressing.isEmpty()) {
        result.add(m);
      }
      // Said to each side the talk or appeal was aimed at: "urged both governments to show
      // restraint and offered to help" offers the help to both.
      addressing.forEach(talk -> result.add(m.withTarget(talk.target().get())));
    }
    return result;
  }

  /** Verbs of a defence made in answer: "defended the reform as a fight against fraud". */
  private static final Set<String> DEFENDING = Set.of("defend", "justify");

  /**
   * "Portugal's foreign minister telephoned Timor-Leste's foreign minister, defended the reform
   * and promised …": a defence told beside a talk is made to whom the talk was with (other
   * statements beside a talk stay said to all).
   */
  private static boolean isDefenceInATalk(DependencyIndex index, CodedMention m, Set<String> addressedRoots) {
    return addressedRoots == ADDRESSED_ROOTS && m.type().code().equals("010") && DEFENDING.contains(index.lemma(m.trigger()).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A talk, summons or thanks addresses what is said beside it; an appeal addresses an offer
   * beside it ("urged both governments to show restraint and offered to help with an
   * investigation" offers the help to the governments urged).
   */
  private static boolean isAddressing(DependencyIndex index, CodedMention talk, CodedMention said, boolean late) {
    return talk.type().rootCode().equals(EarlierEvents.CONSULT_ROOT) || (talk.type().code().equals(OFFICIAL_COMPLAINT) && summons(index, talk.trigger()))
        || ADDRESSING_VERBS.contains(index.lemma(talk.trigger()))
        || talk.type().rootCode().equals(EarlierEvents.APPEAL_ROOT) && said.type().rootCode().equals(OFFER)
        // "protested on Friday, urging Tuvalu to end its contacts with Taiwan", "protested,
        // demanding that the government resign": a protest is made to whom it appeals.
        // (Not an appeal to a third side to step in: "staged a protest and urged the European
        // Commission to intervene" protests against whom the Commission is to act on.)
        || (talk.type().rootCode().equals(EarlierEvents.APPEAL_ROOT) || talk.type().rootCode().equals(DEMAND)) && said.type().rootCode().equals(PROTEST)
            && !asksToStepIn(index, talk.trigger())
        // "demanded reparations and accused Belgium of treating restitution as a gesture": a
        // demand beside an accusation or criticism is made of the one accused; so is a threat of a
        // thing ("blamed the government for the debt and threatened a general strike"), not one
        // told by a clause, which may aim elsewhere ("accused Bissau of betraying Casamance and
        // warned that it would end the ceasefire" threatens Senegal; "... and warned that Prague
        // would pay a heavy price").
        || talk.type().rootCode().equals(DISAPPROVE) && (said.type().rootCode().equals(DEMAND)
            || said.type().rootCode().equals(THREATEN) && index.children(said.trigger(), Set.of("ccomp", "xcomp")).isEmpty())
        // "called the animal's care unacceptable and urged the ministry to move it to a state
        // orphanage": criticism of a thing beside an appeal or demand is aimed at whom it is made
        // of, when that side is not asked to step in between others; only once what is criticised
        // has found no doer of its own ({@link #aimLate}: "called the verdict a farce and urged
        // New Delhi not to ..." criticises the court).
        || late && (talk.type().rootCode().equals(EarlierEvents.APPEAL_ROOT) || talk.type().rootCode().equals(DEMAND))
            && CRITICISING.contains(said.type().code()) && !asksToStepIn(index, talk.trigger())
        || late && APPROVAL.contains(talk.type().code()) && (said.type().rootCode().equals(OFFER) || said.type().rootCode().equals(AID))
        // "handed over a patrol boat to Cape Verde's coast guard and promised two more": a promise
        // beside a gift is made to whom the gift went.
        || talk.type().rootCode().equals(AID) && said.type().rootCode().equals(OFFER)
        // "Sweden froze a police training programme in Tanzania and called for an independent
        // investigation": an appeal beside a cut in relations is made to the side cut off.
        || talk.type().rootCode().equals(REDUCED_RELATIONS) && (said.type().rootCode().equals(EarlierEvents.APPEAL_ROOT) || said.type().rootCode().equals(DEMAND))
        // "protested outside their embassy in Amman, demanding that the ban be delayed": and what
        // a protest against a government demands is demanded of it. (Not of a country a protest
        // only points at: "blocked the road to the Brazilian border, demanding that the first
        // shipments go to transport firms" demands it of their own.)
        || talk.type().rootCode().equals(PROTEST) && said.type().rootCode().equals(DEMAND)
            && talk.target().flatMap(t -> t.actor().sector()).filter(GOVERNMENT::equals).isPresent();
  }

  private static final String AID = "07";
  /** Reduced relations: aid or cooperation frozen, cut or suspended. */
  private static final String REDUCED_RELATIONS = "16";
  /** What is aimed last, once earlier deeds have found their doers: criticism, promises and gifts (see {@link #aimLate}). */
  private static final Set<String> LATE = Set.of(DISAPPROVE, OFFER, AID);
  /** Approval and praise (050, 051): not an apology ("apologised to the people of Zambia and pledged that Beijing would send experts"). */
  private static final Set<String> APPROVAL = Set.of("050", "051");
  private static final String GOVERNMENT = "GOV";

  /** Verbs of a third side stepping in between others: "urged the Commission to intervene". */
  private static final Set<String> STEPPING_IN = Set.of("intervene", "mediate", "arbitrate");

  private static boolean asksToStepIn(DependencyIndex index, int appeal) {
    return index.children(appeal, Set.of("xcomp")).stream().anyMatch(x -> STEPPING_IN.contains(index.lemma(x).toLowerCase(java.util.Locale.ROOT)));
  }

  private static final String DEMAND = "10";
  private static final String THREATEN = "13";
  /** Roots of what a summoner says to the envoy in the sentence after the summons. */
  private static final Set<String> NEXT_SENTENCE_ROOTS = Set.of(EarlierEvents.APPEAL_ROOT, DEMAND);

  /** The sentence's main verb, or one joined to it: "The ministry demanded ... and asked ...". */
  private static boolean isMainClause(DependencyIndex index, int verb) {
    // (The index's head of a word is never the root edge: the main verb has none.)
    Optional<Dependency> head = index.head(verb);
    return head.isEmpty() || head.get().relation().startsWith("conj") && index.head(head.get().governor()).isEmpty();
  }

  private static boolean summons(DependencyIndex index, int verb) {
    String lemma = index.lemma(verb);
    // The parser reads "in" as the particle or as a preposition ("obl:in(called, commissioner)").
    return lemma.equals(SUMMON) || (SUMMONING_WITH_IN.contains(lemma)
        && (index.hasChildLemma(verb, "compound:prt", Set.of("in")) || !index.children(verb, Set.of("obl:in")).isEmpty()));
  }

  /**
   * Whether the second verb is a present participle hung on the first, which tells how the first
   * was done: "protested on Friday, urging Tuvalu to end its contacts".
   */
  private static boolean toldByParticiple(DependencyIndex index, int verb, int participle) {
    return index.token(participle).tag().equals("VBG")
        && index.children(verb).stream().anyMatch(d -> d.dependent() == participle && (d.relation().equals("dep") || d.relation().startsWith("advcl")));
  }

  /** Whether one of the two verbs is joined to the other by a conjunction: "sent ships and shadowed the vessel". */
  static boolean joined(DependencyIndex index, int a, int b) {
    for (Dependency d : index.children(a)) {
      if (d.relation().startsWith("conj") && d.dependent() == b) {
        return true;
      }
    }
    for (Dependency d : index.children(b)) {
      if (d.relation().startsWith("conj") && d.dependent() == a) {
        return true;
      }
    }
    // "visited the temple, called the animal's care unacceptable and urged the ministry to move
    // it": verbs of one series are joined to its first, and so to each other.
    Optional<Integer> seriesOfA = index.parents(a).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0).map(Dependency::governor).findFirst();
    return seriesOfA.isPresent() && index.parents(b).stream().anyMatch(d -> d.relation().startsWith("conj") && d.governor() == seriesOfA.get());
  }
}
