package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.Dependency;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The earlier events a description in a later sentence may stand for, searched latest first:
 * the last deed or statement of another side, the court that ruled, the side that detained
 * someone, the event whose own words hold the noun, the act aimed at this side.
 */
final class EarlierEvents {
  /** How many sentences back an antecedent may be. */
  static final int REACH = 3;
  private static final String GOVERNMENT = "GOV";
  /** How many sentences on a judgment may still be of the deed the story led with. */
  private static final int LEAD_REACH = 6;
  /** Roots of deeds, not words: meetings, cooperation, aid, yielding, investigation, and every kind of force and pressure. */
  static final Set<String> DEED_ROOTS = Set.of("04", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20");
  /** Diplomatic cooperation that is done, not said: recognition granted (054), an agreement signed (057). */
  static final Set<String> DIPLOMATIC_DEEDS = Set.of("054", "057");
  /** An official complaint and a lawsuit: a case brought before a body. */
  static final Set<String> CASE_CODES = Set.of("114", "115");
  /** Bring a lawsuit (115): a case brought against someone, an appeal against a ruling among them. */
  static final String LAWSUIT = "115";

  private EarlierEvents() {}

  /**
   * The source of the latest earlier deed (not words: no statement, appeal, praise, demand,
   * criticism, rejection or threat) of another side. A deed of two sides together ("agreed to a
   * ceasefire") has no one doer to aim a judgment at.
   */
  static Optional<Actor> latestDeed(List<CodedMention> coded, CodedMention m) {
    return latestDeed(coded, m, false);
  }

  /**
   * As {@link #latestDeed(List, CodedMention)}; with {@code leadBeforeUndone}, for a word for
   * conduct of no kind of its own, the deed the story led with comes before a deed only
   * threatened since: "New Zealand imposed travel bans … Iran … said Tehran could restrict imports
   * of New Zealand dairy products … Amnesty International welcomed the measures".
   */
  static Optional<Actor> latestDeed(List<CodedMention> coded, CodedMention m, boolean leadBeforeUndone) {
    // "praised the operation" after "boarded a tanker ... Moscow warned that its warships would
    // escort its tankers": a deed done before one only threatened or planned.
    // Not one only possible: "invited French companies to invest … Opposition parties welcomed
    // the withdrawal" welcomes no investment.
    Optional<CodedMention> done = latestOfAnotherSide(coded, m, earlier -> isDeed(earlier) && isDone(earlier));
    return done.or(() -> leadBeforeUndone && m.sentence() <= LEAD_REACH ? doneLeadDeed(coded, m) : Optional.empty())
        .or(() -> latestOfAnotherSide(coded, m, earlier -> isDeed(earlier) && earlier.modality() != Modality.HYPOTHETICAL))
        .flatMap(deed -> doerUnlessMutual(coded, deed));
  }

  /**
   * A deed, not words: of the deed roots, or recognition granted ("opened its embassy in
   * Jerusalem", 054), one side's act (an agreement signed is most often both sides', none's to judge).
   */
  private static boolean isDeed(CodedMention c) {
    return DEED_ROOTS.contains(c.type().rootCode()) || c.type().code().equals(RECOGNITION);
  }

  private static final String RECOGNITION = "054";

  /**
   * The doer of the deed the story leads with, when a judgment comes too far after it for {@link
   * #latestDeed} ("South Korea imposed sanctions on Russian ships … [Moscow's answer, its
   * spokeswoman's words] … Ukraine's foreign ministry welcomed the move"): a wire story tells its
   * main act first, and the reactions it gathers after all judge that act. Only a deed done in
   * the first sentence, by another side, and not mutual; and only when no deed of another side
   * was told near the judgment ("welcomed the agreement" after "Kinshasa and the M23 agreed" is
   * of that agreement, mutual and no one side's, not of the lead's "Qatar hosted talks").
   */
  static Optional<Actor> leadDeed(List<CodedMention> coded, CodedMention m) {
    if (latestOfAnotherSide(coded, m, EarlierEvents::isDeed).isPresent()) {
      return Optional.empty();
    }
    return doneLeadDeed(coded, m).flatMap(deed -> doerUnlessMutual(coded, deed));
  }

  /** The first deed done in the story's first sentence by another side than the event's source. */
  private static Optional<CodedMention> doneLeadDeed(List<CodedMention> coded, CodedMention m) {
    return coded.stream().filter(c -> c.sentence() == 0 && m.sentence() > 0 && isDeed(c) && isDone(c)
        && Sides.different(c.source().actor(), m.source().actor())).findFirst();
  }

  /**
   * The doer of the deed the story leads with, done to the source's side, when the source answers
   * within {@link #LEAD_REACH} sentences of it ("Italy has refused visas to Belarus's sports
   * minister … [Minsk's protest, Rome's reply, the IOC's regret] … Belarus said it would respond in
   * kind"): the reactions a wire story gathers answer its main act.
   */
  static Optional<Actor> leadDeedOnSourceSide(List<CodedMention> coded, CodedMention m) {
    return m.sentence() > LEAD_REACH ? Optional.empty() : doneLeadDeed(coded, m)
        .filter(lead -> lead.target().filter(t -> Sides.same(t.actor(), m.source().actor())).isPresent())
        .flatMap(lead -> doerUnlessMutual(coded, lead));
  }

  /** The deed's doer, none when the same act is coded the other way round too (no one side's). */
  private static Optional<Actor> doerUnlessMutual(List<CodedMention> coded, CodedMention deed) {
    return mutual(coded, deed) ? Optional.empty() : Optional.of(deed.source().actor());
  }

  /**
   * Told as done, asserted or reported, not only planned or supposed, nor said not to have been
   * done ("denied that Beijing had ever supplied weapons").
   */
  static boolean isDone(CodedMention m) {
    return (m.modality() == Modality.ASSERTED || m.modality() == Modality.REPORTED) && !m.negated();
  }

  /** Whether the same act is coded the other way round too: "Kinshasa and the M23 agreed". */
  static boolean mutual(List<CodedMention> coded, CodedMention act) {
    return act.target().isPresent() && coded.stream().anyMatch(c -> c.trigger() == act.trigger() && c.type().equals(act.type())
        && c.target().isPresent() && c.source().actor().equals(act.target().get().actor()) && c.target().get().actor().equals(act.source().actor()));
  }

  /**
   * The source of the latest earlier words of another side: a statement or announcement, or an
   * appeal, demand, criticism, rejection or threat, which "the remarks" may as well stand for
   * ("Jaiswal urged Dhaka to hold an inclusive vote … told him the remarks amounted to
   * interference").
   */
  static Optional<Actor> latestStatement(List<CodedMention> coded, CodedMention m) {
    return latestOfAnotherSide(coded, m, earlier -> VERBAL_ROOTS.contains(earlier.type().rootCode())).map(statement -> statement.source().actor());
  }

  /** Roots of acts done in words: statements, appeals, demands, disapproval, rejection, threats. */
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "10", "11", "12", "13");

  /**
   * The source of the latest earlier disapproval (criticism, accusation) by another side, whomever
   * it was aimed at: "China's embassy criticised the deal … Manele rejected the criticism".
   */
  static Optional<Actor> latestDisapproval(List<CodedMention> coded, CodedMention m) {
    return latestOfAnotherSide(coded, m, earlier -> earlier.type().rootCode().equals(DISAPPROVAL_ROOT)).map(critic -> critic.source().actor());
  }

  /** CAMEO's root of disapproval: criticise, accuse, complain. */
  static final String DISAPPROVAL_ROOT = "11";
  /** Complain officially: a protest note, a summoned envoy. */
  static final String OFFICIAL_COMPLAINT = "114";

  /**
   * The source of the latest earlier appeal or demand, of another side, whose own words name one of
   * the words: "Four of the athletes asked Dominican authorities for asylum … would examine the
   * asylum requests".
   */
  static Optional<Actor> appealFor(DependencyIndex index, List<CodedMention> coded, CodedMention m, Set<String> words, int reach) {
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      if (AntecedentTargets.ASKING_ROOTS.contains(earlier.type().rootCode()) && Sides.different(earlier.source().actor(), m.source().actor())
          && words.stream().anyMatch(w -> nearTrigger(index, earlier.trigger(), w))) {
        return Optional.of(earlier.source().actor());
      }
    }
    return Optional.empty();
  }

  /** Nouns of a violent crime against people, which a charge may name. */
  private static final Set<String> VIOLENT_CRIMES = Set.of("killing", "murder", "stabbing", "shooting", "manslaughter", "assault", "attack", "homicide");

  /**
   * "Victoria Police charged a 24-year-old man with murder … India's high commission condemned
   * the killing": a violent crime no event tells the doer of is the deed of whom a charge or arrest
   * for such a crime was brought against, the latest within reach.
   */
  static Optional<Actor> chargedWithCrime(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach) {
    if (!VIOLENT_CRIMES.contains(noun)) {
      return Optional.empty();
    }
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      boolean charge = earlier.type().code().equals(LEGAL_ACTION) && earlier.target().isPresent();
      if (charge && index.children(earlier.trigger()).stream()
          .anyMatch(d -> (d.relation().equals("obl:with") || d.relation().equals("obl:for") || d.relation().equals("obl:over")) && VIOLENT_CRIMES.contains(index.lemma(d.dependent())))) {
        return Optional.of(earlier.target().get().actor());
      }
    }
    return Optional.empty();
  }

  /**
   * The source of the latest earlier event of one of these codes by another side, within {@code
   * reach} sentences; none when that event was mutual ("Kinshasa and the M23 agreed to a
   * ceasefire": the agreement is no one side's).
   */
  static Optional<Actor> latestOfCodes(List<CodedMention> coded, CodedMention m, Set<String> codes, int reach, boolean doneOnly) {
    return latestOf(coded, m, codes::contains, reach, doneOnly);
  }

  /** As {@link #latestOfCodes}, for any code that passes the test ({@code CameoCodebook::isAttack}). */
  static Optional<Actor> latestOf(List<CodedMention> coded, CodedMention m, Predicate<String> code, int reach, boolean doneOnly) {
    return latestOfAnotherSide(coded, m, earlier -> code.test(earlier.type().code()) && (!doneOnly || isDone(earlier)), reach)
        .filter(earlier -> !mutual(coded, earlier)).map(earlier -> earlier.source().actor());
  }

  /**
   * The doer of the latest rejection another side made of what someone asked or put ("rejecting
   * Italy's objection", "turned down the request"), done and aimed at someone: a decision may be
   * such a rejection. (Not an abstention or a refusal aimed at no one.)
   */
  static Optional<Actor> latestRejectionOfSomeone(List<CodedMention> coded, CodedMention m) {
    return latestOfAnotherSide(coded, m, earlier -> earlier.type().rootCode().equals("12") && earlier.target().isPresent() && isDone(earlier))
        .filter(earlier -> !mutual(coded, earlier)).map(earlier -> earlier.source().actor());
  }

  /** The latest earlier event of the kind by another side than the event's source. */
  private static Optional<CodedMention> latestOfAnotherSide(List<CodedMention> coded, CodedMention m, Predicate<CodedMention> kind) {
    return latestOfAnotherSide(coded, m, kind, REACH);
  }

  /** As above, within {@code reach} sentences. */
  private static Optional<CodedMention> latestOfAnotherSide(List<CodedMention> coded, CodedMention m, Predicate<CodedMention> kind, int reach) {
    return earlierFirst(coded, m, reach).stream().filter(earlier -> kind.test(earlier) && Sides.different(earlier.source().actor(), m.source().actor())).findFirst();
  }

  /**
   * Where the latest event of the same root code another side told was aimed, when not at the
   * doer itself: "also condemned the move" joins the last condemnation (a rival body of the same
   * country may be its aim: Libya's government condemning the Libyan National Army).
   */
  static Optional<Actor> targetOfLatestOfItsKind(List<CodedMention> coded, CodedMention m) {
    return latestOfAnotherSide(coded, m, earlier -> earlier.type().rootCode().equals(m.type().rootCode()) && !earlier.negated()
        && earlier.target().filter(t -> !t.actor().equals(m.source().actor())).isPresent()).map(earlier -> earlier.target().get().actor());
  }

  /** The court whose act was told last, in the sentences before or this one's start: it gave the ruling. */
  static Optional<Actor> court(List<CodedMention> coded, CodedMention m) {
    return court(coded, m, REACH);
  }

  /** As {@link #court(List, CodedMention)}, within {@code reach} sentences. */
  static Optional<Actor> court(List<CodedMention> coded, CodedMention m, int reach) {
    // "A court in Tallinn sentenced an Estonian researcher … Prosecutors said … China's embassy
    // rejected the verdict": the court that passed a sentence, before any judicial body that
    // spoke after it.
    List<CodedMention> before = earlierFirst(coded, m, reach);
    java.util.function.Predicate<Actor> otherCourt = actor -> isCourt(actor) && !actor.equals(m.source().actor());
    Optional<Actor> sentencing = before.stream().filter(e -> e.type().code().startsWith(GUILTY)).map(e -> e.source().actor()).filter(otherCourt).findFirst();
    // "A German court rejected Kyrgyzstan's request … Kyrgyzstan's prosecutor general's office
    // called the ruling 'a shelter for corruption' and said it would ask Berlin … Amnesty welcomed
    // the ruling": a ruling is a deed of the court, not the words of prosecutors who asked or
    // complained since.
    return sentencing.or(() -> before.stream().filter(e -> !WORDS_ONLY_ROOTS.contains(e.type().rootCode()) && !e.type().code().equals(PLAIN_STATEMENT)).map(e -> e.source().actor()).filter(otherCourt).findFirst());
  }

  /**
   * Roots of words alone, which rule nothing: appeals and disapproval. (Not every root of
   * statements nor demands: a court that "rejected most of Guatemala's claims" is read as denying
   * them, a judge's order that suspects stand trial as a demand.)
   */
  private static final Set<String> WORDS_ONLY_ROOTS = Set.of("02", "11");

  /** Find guilty or liable: a sentence passed. */
  private static final String GUILTY = "116";

  private static boolean isCourt(Actor actor) {
    return actor.sector().map(s -> s.equals("JUD")).orElse(false) || actor.name().contains("Court") || actor.name().contains("Tribunal");
  }

  /** Arrest, detention or charges before a court (173). */
  private static final String LEGAL_ACTION = "173";
  /**
   * Codes of holding someone or something: arrest or detention (173), abduction or hostage-taking
   * (181), seizure of property (1711: "seized a fishing boat and its seven crew"), and a sentence
   * passed by a court (116: "sentenced a Polish journalist to six years in prison").
   */
  private static final List<String> HOLDING_CODES = List.of(LEGAL_ACTION, "181", "1711", "116");

  /**
   * "Two Japanese were detained by Chinese officers … Tokyo demanded the immediate release of the
   * two men": a release is asked of the side that last arrested, detained or abducted someone.
   */
  static Optional<Actor> detainer(List<CodedMention> coded, CodedMention m, BiFunction<String, Optional<String>, Actor> states) {
    return detainer(coded, m, states, REACH);
  }

  /** As above, within {@code reach} sentences. */
  static Optional<Actor> detainer(List<CodedMention> coded, CodedMention m, BiFunction<String, Optional<String>, Actor> states, int reach) {
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      Actor holder = earlier.source().actor();
      if (HOLDING_CODES.stream().anyMatch(earlier.type().code()::startsWith) && Sides.different(holder, m.source().actor())) {
        // Police or security officers of a state hold them for it: the release is asked of its government.
        return Optional.of(governmentFor(holder, states));
      }
    }
    return Optional.empty();
  }

  /**
   * "accused Havana of blaming its own mismanagement on American sanctions. Cuba's foreign ministry
   * … called for the embargo to be lifted": the side that laid the latest measure (16x) told
   * before, other than the one asking, is whom an appeal to ease it is made of.
   */
  static Optional<Actor> imposer(List<CodedMention> coded, CodedMention m, int reach) {
    return latestOfAnotherSide(coded, m, earlier -> (earlier.type().rootCode().equals(MEASURES) || earlier.type().code().startsWith(BLOCKADE)) && !earlier.negated(), reach)
        .map(earlier -> earlier.source().actor());
  }

  /** Reduce relations: sanctions, embargoes, bans and the like (16). */
  private static final String MEASURES = "16";
  /** Impose a blockade, restrict movement (191): "barred Norwegian vessels from landing mackerel". */
  private static final String BLOCKADE = "191";

  /**
   * "seized a Taiwanese fishing boat and detained its captain … The captain was released": those
   * the latest earlier arrest, detention, abduction or sentence held, when held by the side that
   * now releases ({@link Sides#same}: a state's branch of no country yet counts as that state).
   */
  static Optional<dev.annals.model.ActorMention> held(List<CodedMention> coded, CodedMention m, int reach) {
    return latestHoldingBySameSide(coded, m, reach).flatMap(CodedMention::target);
  }

  /** The latest earlier act of holding people, with someone held, by the event's source's side. */
  private static Optional<CodedMention> latestHoldingBySameSide(List<CodedMention> coded, CodedMention m, int reach) {
    return earlierFirst(coded, m, reach).stream().filter(earlier -> HOLDING_CODES.stream().anyMatch(earlier.type().code()::startsWith)
        && earlier.target().isPresent() && !earlier.negated() && Sides.same(earlier.source().actor(), m.source().actor())).findFirst();
  }

  /** As {@link #held}, every group the latest holding act of the event's side held: "arrested three Brazilians and a Spaniard". */
  static List<dev.annals.model.ActorMention> allHeld(List<CodedMention> coded, CodedMention m, int reach) {
    return latestHoldingBySameSide(coded, m, reach).map(earlier -> {
      List<dev.annals.model.ActorMention> all = new ArrayList<>();
      coded.stream().filter(c -> c.trigger() == earlier.trigger() && c.type().equals(earlier.type()) && c.source().actor().equals(earlier.source().actor()))
          .flatMap(c -> c.target().stream()).filter(t -> all.stream().noneMatch(a -> a.actor().equals(t.actor()))).forEach(all::add);
      return all;
    }).orElse(List.of());
  }

  /** The side of another than the event's source that held these people within reach, if any. */
  static Optional<Actor> heldBy(List<CodedMention> coded, CodedMention m, Actor people, int reach) {
    return earlierFirst(coded, m, reach).stream()
        .filter(earlier -> HOLDING_CODES.stream().anyMatch(earlier.type().code()::startsWith) && !earlier.negated()
            && earlier.target().filter(t -> t.actor().equals(people)).isPresent() && Sides.different(earlier.source().actor(), m.source().actor()))
        .map(earlier -> earlier.source().actor()).findFirst();
  }

  /**
   * "Rwanda demanded consular access to six of its citizens arrested in Kampala": the holder told
   * in the asking sentence itself, after the asking, by an arrest, detention, abduction or sentence
   * of another side; its government, as for {@link #detainer}.
   */
  static Optional<Actor> detainerInSentence(List<CodedMention> coded, CodedMention m, BiFunction<String, Optional<String>, Actor> states) {
    return coded.stream().filter(c -> c.sentence() == m.sentence() && c.trigger() > m.trigger() && !c.negated()
            && HOLDING_CODES.stream().anyMatch(c.type().code()::startsWith) && Sides.different(c.source().actor(), m.source().actor()))
        .findFirst().map(c -> governmentFor(c.source().actor(), states));
  }

  /**
   * The government a state's branch acts for ("border guards" of Russia: Russia's government), to
   * whom what is asked or protested of the branch goes; any other actor itself.
   */
  static Actor governmentFor(Actor actor, BiFunction<String, Optional<String>, Actor> states) {
    boolean ofState = actor.country().isPresent() && actor.sector().map(ActorResolver.STATE_SECTORS::contains).orElse(false);
    return ofState ? states.apply(actor.country().get(), Optional.of(GOVERNMENT)) : actor;
  }

  /**
   * The source of the latest earlier event whose own words hold the noun ("adopted a new package"):
   * not a judgment of it (see {@link #judges}: "Russia vetoed the resolution … Lammy called the veto a disgrace …
   * Nebenzia defended the veto" defends Russia's own veto, not Lammy's words).
   */
  static Optional<Actor> repeatedNoun(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach) {
    return latestNamingEvent(index, coded, m, Set.of(noun), reach, earlier -> judges(index, earlier, noun))
        .map(earlier -> accusedOfMaking(index, earlier, noun) ? earlier.target().get().actor() : earlier.source().actor());
  }

  /**
   * "Albania accused Iran of a cyberattack … NATO condemned the attack": a deed an accusation lays
   * on the accused by its noun ("of a cyberattack", "for the bombing") is the accused's, when the
   * judge names it again by that noun or by its last word ("cyberattack", "the attack"), though
   * no event told the deed itself.
   */
  static Optional<Actor> accusedOfDeedNamed(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach) {
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      boolean accusation = earlier.type().code().startsWith("112") && earlier.target().isPresent();
      if (accusation && Sides.different(earlier.target().get().actor(), m.source().actor())
          && index.children(earlier.trigger(), Set.of("obl:of", "obl:for")).stream().map(index::lemma)
              .anyMatch(deed -> deed.equals(noun) || (deed.endsWith(noun) && deed.length() > noun.length() + 2))) {
        return Optional.of(earlier.target().get().actor());
      }
    }
    return Optional.empty();
  }

  /**
   * "Opposition leader Matthew Wale accused the prime minister of signing the agreement without
   * consulting parliament … Peters welcomed the agreement": a thing named in the deed an
   * accusation lays on the accused is the accused's, not the accuser's; so is what the accused
   * are blamed for ("blamed asylum seekers for the violence … condemned the violence").
   */
  private static boolean accusedOfMaking(DependencyIndex index, CodedMention accusation, String noun) {
    return accusation.type().code().startsWith("112") && accusation.target().isPresent()
        && (index.children(accusation.trigger()).stream().filter(d -> d.relation().equals("obl:of") || d.relation().equals("advcl:of"))
            .anyMatch(deed -> index.children(deed.dependent(), Set.of("obj")).stream().anyMatch(o -> index.lemma(o).equals(noun)))
            || index.children(accusation.trigger(), Set.of("obl:for")).stream().anyMatch(o -> index.lemma(o).equals(noun)));
  }

  /**
   * A criticism, accusation, praise or rejection whose object is the thing, which someone else made
   * ("called the veto a disgrace"); not a formal complaint (114) or lawsuit (115), which make the
   * note or the case they name ("sent a protest note … rejected the note"), nor one that names the
   * thing only in what it says ("rejected the criticism, saying the exercise was a humanitarian
   * drill" tells of Manila's own drill).
   */
  private static boolean judges(DependencyIndex index, CodedMention earlier, String noun) {
    String code = earlier.type().code();
    // (Praise judges too: "Associations of victims welcomed the warrants … a lawyer called the
    // warrants political theatre" judges the judge's warrants, not the victims'.)
    boolean judgment = code.startsWith("111") || code.startsWith("112") || code.startsWith("051") || earlier.type().rootCode().equals("12");
    return judgment && index.children(earlier.trigger(), Set.of("obj")).stream().anyMatch(o -> index.lemma(o).equals(noun));
  }

  /**
   * "signed a deal … called the accord an attack … Egypt condemned the agreement": the latest
   * earlier event of another side that names one of the words for the same thing and is no
   * judgment of it (criticism and rejection, roots 11 and 12, name no one who made it).
   */
  static Optional<Actor> madeUnderOtherName(DependencyIndex index, List<CodedMention> coded, CodedMention m, Set<String> nouns, int reach) {
    return latestNaming(index, coded, m, nouns, reach, EarlierEvents::judges);
  }

  /**
   * The latest earlier agreement of other sides (an event told by "agree" or by one of the nouns)
   * when two sides made it together: "The two ministers agreed to let engineers inspect both
   * stations … SADC welcomed the agreement" welcomes what both agreed.
   */
  static Optional<CodedMention> agreedTogether(DependencyIndex index, List<CodedMention> coded, CodedMention m, Set<String> nouns, int reach) {
    Set<String> words = new java.util.HashSet<>(nouns);
    words.add("agree");
    // (The latest that both made: "Italy agreed on Friday to convert Cuba's debt …, under a deal
    // signed by the two countries' foreign ministers" names Italy's own agreement first.)
    return latestNamingEvent(index, coded, m, words, reach, earlier -> judges(earlier) || !mutual(coded, earlier));
  }

  /**
   * The latest earlier act two other sides did to each other, of the roots of working together or
   * giving (intents, talks, cooperation, aid, yielding), when it was done: "Saudi Arabia and the
   * Houthis exchanged 168 prisoners ... The UN envoy welcomed the deal" welcomes the exchange.
   */
  static Optional<CodedMention> doneTogether(List<CodedMention> coded, CodedMention m, int reach) {
    return earlierFirst(coded, m, reach).stream()
        .filter(earlier -> PARTNER_ROOTS.contains(earlier.type().rootCode()) && isDone(earlier) && !earlier.negated() && mutual(coded, earlier)
            && Sides.different(earlier.source().actor(), m.source().actor()) && Sides.different(earlier.target().get().actor(), m.source().actor()))
        .findFirst();
  }

  /**
   * Roots of dealing with a side as a partner, what two sides do together or give each other:
   * intent to cooperate, consultation, support, cooperation, aid, yielding.
   */
  static final Set<String> PARTNER_ROOTS = Set.of("03", "04", "05", "06", "07", "08");

  /** Disapproval (11) and rejection (12): words about a thing, not the making of it. */
  private static final Set<String> JUDGMENT_ROOTS = Set.of("11", "12");

  /**
   * Words about a thing, not the making of it: disapproval, rejection, and approval other than
   * signing (057): "The IMF welcomed the deal ... Thailand welcomed the agreement" names the IMF
   * as no maker of it.
   */
  private static boolean judges(CodedMention earlier) {
    String root = earlier.type().rootCode();
    return JUDGMENT_ROOTS.contains(root) || (root.equals("05") && !earlier.type().code().startsWith("057"));
  }

  /** Whether the noun is the verb's gerund: "the killings" after "killed", "the shelling" after "shelled", "the jamming" after "jammed". */
  static boolean isGerundOf(String noun, String verbLemma) {
    if (!noun.endsWith("ing") || noun.length() < 6) {
      return false;
    }
    String stem = noun.substring(0, noun.length() - 3);
    boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
    return verbLemma.equals(stem) || verbLemma.equals(stem + "e") || (doubled && verbLemma.equals(stem.substring(0, stem.length() - 1)));
  }

  /** Endings that make a verb's act a noun: intercept-ion, deport-ation, deploy-ment, withdraw-al, seiz-ure. */
  private static final List<String> NOMINAL_ENDINGS = List.of("ion", "ation", "ment", "al", "ure");

  /**
   * Whether a noun is a verb's act made a noun by a regular ending: "condemned the interception"
   * after "intercepted a boat", "the deportation" after "deported". (Not an irregular stem:
   * "detention" is another word's noun in the lexicon.)
   */
  static boolean isNominalisationOf(String noun, String verbLemma) {
    String stem = verbLemma.endsWith("e") ? verbLemma.substring(0, verbLemma.length() - 1) : verbLemma;
    // (A short verb with "-ment" too: "welcomed the payment" after "will pay".)
    boolean shortWithMent = stem.length() == 3 && noun.equals(stem + "ment");
    // "suspended the export licence … welcomed the suspension", "invaded … the invasion": a verb in
    // "-d" or "-de" makes its noun in "-sion".
    String sionStem = verbLemma.endsWith("de") ? verbLemma.substring(0, verbLemma.length() - 2)
        : verbLemma.endsWith("d") ? verbLemma.substring(0, verbLemma.length() - 1) : "";
    boolean sion = sionStem.length() >= 3 && noun.equals(sionStem + "sion");
    return sion || ((stem.length() >= 4 || shortWithMent) && noun.startsWith(stem) && NOMINAL_ENDINGS.contains(noun.substring(stem.length())));
  }

  /**
   * The target of the latest earlier event of the same side, aimed at another side, whose own
   * words hold the noun: the one it dealt the thing out to.
   */
  static Optional<Actor> ownSideDealtTo(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach) {
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      Optional<Actor> target = earlier.target().map(dev.annals.model.ActorMention::actor);
      if (target.isEmpty() || Sides.different(earlier.source().actor(), m.source().actor()) || !Sides.different(target.get(), m.source().actor())) {
        continue;
      }
      if (nearTrigger(index, earlier.trigger(), noun)) {
        return target;
      }
    }
    return Optional.empty();
  }

  /**
   * The source of the latest earlier event of another side aimed at the event's source's side,
   * whose own words hold the noun: the one who gave or sold it the thing.
   */
  static Optional<Actor> gaveToSourceSide(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach) {
    for (CodedMention earlier : thisSentenceThenEarlier(coded, m, reach)) {
      boolean toSource = earlier.target().filter(t -> Sides.same(t.actor(), m.source().actor())).isPresent();
      if (toSource && Sides.different(earlier.source().actor(), m.source().actor()) && !earlier.negated() && nearTrigger(index, earlier.trigger(), noun)) {
        return Optional.of(earlier.source().actor());
      }
    }
    return Optional.empty();
  }

  /** The source of the latest earlier event of another side, not passed over, whose trigger or own words hold one of the nouns. */
  private static Optional<Actor> latestNaming(DependencyIndex index, List<CodedMention> coded, CodedMention m, Set<String> nouns, int reach,
      Predicate<CodedMention> passedOver) {
    return latestNamingEvent(index, coded, m, nouns, reach, passedOver).map(earlier -> earlier.source().actor());
  }

  /** A statement, not specified below. */
  private static final String PLAIN_STATEMENT = "010";

  /** The latest earlier event of another side, not passed over, whose trigger or own words hold one of the nouns. */
  private static Optional<CodedMention> latestNamingEvent(DependencyIndex index, List<CodedMention> coded, CodedMention m, Set<String> nouns, int reach,
      Predicate<CodedMention> passedOver) {
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      // Nor a plain statement, which names what it talks of: "the Holy See said …, calling the
      // ceremony a breach of its agreement" did not hold the ceremony.
      if (!Sides.different(earlier.source().actor(), m.source().actor()) || passedOver.test(earlier) || earlier.type().code().equals(PLAIN_STATEMENT)) {
        continue;
      }
      if (nouns.stream().anyMatch(noun -> names(index, coded, earlier, noun))) {
        return Optional.of(earlier);
      }
    }
    return Optional.empty();
  }

  /** Whether the noun names the earlier event: its verb, or the verb made a noun. */
  private static boolean names(DependencyIndex index, List<CodedMention> coded, CodedMention earlier, String noun) {
    String verb = index.lemma(earlier.trigger());
    // "criticised the handover" after "handed over": a verb and its particle written as one noun.
    String verbWithParticle = verb + index.children(earlier.trigger(), Set.of("compound:prt")).stream().map(index::lemma).findFirst().orElse("\u0000");
    // "condemned the killings" after "killed"; but "hosted the signing" of a deal two sides
    // signed together names no one signer.
    return verb.equals(noun) || verbWithParticle.equals(noun) || nearTrigger(index, earlier.trigger(), noun)
        || ((isGerundOf(noun, verb) || isNominalisationOf(noun, verb)) && !mutual(coded, earlier));
  }

  /**
   * "The Netherlands handed over 42 bronzes … Dutch opposition lawmakers criticised the
   * handover": a country's own people or lawmakers, anyone of it but its government, who judge
   * a deed of their own state, named again, judge their government.
   */
  static Optional<Actor> ownStatesDeedNamed(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach,
      BiFunction<String, Optional<String>, Actor> states) {
    Actor judge = m.source().actor();
    if (judge.country().isEmpty() || judge.sector().isEmpty() || judge.sector().get().equals(GOVERNMENT)) {
      return Optional.empty();
    }
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      Actor doer = earlier.source().actor();
      // Not its state's judgment of the thing: "Georgia's foreign ministry … called the ban a crude
      // interference … Georgian opposition parties welcomed the ban" judge Lithuania's ban, which
      // their government judged too, not a deed of their government's.
      if (doer.country().equals(judge.country()) && Sides.ofState(doer) && !earlier.type().code().equals(PLAIN_STATEMENT) && names(index, coded, earlier, noun)
          && !judges(index, earlier, noun)) {
        return Optional.of(states.apply(doer.country().get(), Optional.of(GOVERNMENT)));
      }
    }
    return Optional.empty();
  }

  /**
   * "Malaysia summoned the Philippine ambassador to protest against a new map ... Hasan called the
   * map a provocation": a thing the same side already took up with another, in an earlier
   * sentence, is that other side's.
   */
  static Optional<Actor> takenUpBefore(DependencyIndex index, List<CodedMention> coded, CodedMention m, String noun, int reach) {
    for (CodedMention earlier : earlierFirst(coded, m, reach)) {
      if (Sides.different(earlier.source().actor(), m.source().actor()) || earlier.target().isEmpty() || earlier.sentence() == m.sentence()) {
        continue;
      }
      boolean named = index.subtree(earlier.trigger(), Set.of()).stream().anyMatch(t -> index.token(t).isNoun() && index.lemma(t).equals(noun));
      if (named) {
        return Optional.of(earlier.target().get().actor());
      }
    }
    return Optional.empty();
  }

  /** The trigger's own dependents and their dependents: "adopted [a new package [of sanctions]]". */
  private static boolean nearTrigger(DependencyIndex index, int trigger, String noun) {
    for (Dependency d : index.children(trigger)) {
      // A noun of the trigger's own words; not a verb it reports ("the military said [gunmen attacked]"),
      // nor an accord it is done under ("a declaration under which the two navies will share
      // radar data" was made by its signers, not by the navies).
      if (index.lemma(d.dependent()).equals(noun) && index.token(d.dependent()).isNoun() && !d.relation().equals("obl:under")) {
        return true;
      }
      // Not a verb joined to it, an event of its own: "telephoned the crown prince and
      // condemned the attack" did not name the attack in the call.
      // Nor a clause it reports: "said it would take measures" names no measures of the saying.
      if (d.relation().startsWith("conj") || d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
        continue;
      }
      for (Dependency inner : index.children(d.dependent())) {
        if (inner.relation().equals("obj") && index.lemma(inner.dependent()).equals(noun)) {
          return true;
        }
      }
    }
    // "under a deal signed in Rome by the two foreign ministers": a participle of making names the
    // noun it describes.
    return index.token(trigger).tag().equals("VBN") && index.parents(trigger).stream()
        .anyMatch(p -> p.relation().equals("acl") && p.governor() >= 0 && index.lemma(p.governor()).equals(noun) && index.token(p.governor()).isNoun());
  }

  /**
   * As {@link #actOnSourceSide}, by country alone and among the events told up to the event's
   * sentence, latest first: the side of another country that last did an act of the roots to any
   * side of the source's country, whatever sectors the two are of ("a court suspended work on a
   * South Korean-backed plant … The Korean consortium said it would seek arbitration if the
   * suspension was not lifted": the court acted on Korea, the consortium answers it).
   */
  static Optional<Actor> actOnSourceCountry(List<CodedMention> earlier, CodedMention m, Set<String> roots) {
    Optional<String> country = m.source().actor().country();
    for (int i = earlier.size() - 1; i >= 0 && country.isPresent(); i--) {
      CodedMention c = earlier.get(i);
      boolean ofKind = roots.contains(c.type().rootCode()) && !c.negated() && c.sentence() <= m.sentence();
      // (A group of no country yet acting on it is another side too: "Workers at three
      // German-owned factories went on strike", before the article places them.)
      boolean otherSide = c.source().actor().country().filter(other -> !other.equals(country.get())).isPresent()
          || GroupCountries.isUnplacedGroup(c.source().actor());
      if (ofKind && c.target().flatMap(t -> t.actor().country()).equals(country) && otherSide) {
        return Optional.of(c.source().actor());
      }
    }
    return Optional.empty();
  }

  /**
   * The source of the latest earlier event of the given roots or codes (any when empty) aimed at this
   * event's source's side: the maker of the appeal, offer or demand, or the doer of the deed.
   */
  static Optional<Actor> actOnSourceSide(List<CodedMention> coded, CodedMention m, Set<String> roots) {
    for (CodedMention earlier : thisSentenceThenEarlier(coded, m)) {
      // Not an act not done: "said Kyrgyzstan would not stop trading with Russia … The Kremlin
      // condemned the move" condemns no Kyrgyz act on Russia.
      if (earlier.negated()) {
        continue;
      }
      // Nor an act only asked for, on someone of no country: "asked the CARICOM secretariat to
      // call a special meeting of trade ministers" is no act of CARICOM's on Trinidad's side.
      boolean askedOfNoOnePlaced = !isDone(earlier) && earlier.target().filter(t -> t.actor().country().isEmpty()).isPresent();
      boolean ofKind = roots.isEmpty() || roots.contains(earlier.type().rootCode()) || roots.contains(earlier.type().code());
      if (ofKind && earlier.target().isPresent() && !askedOfNoOnePlaced
          && Sides.same(earlier.target().get().actor(), m.source().actor()) && Sides.different(earlier.source().actor(), m.source().actor())) {
        return Optional.of(earlier.source().actor());
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #actOnSourceSide}, for a state that speaks for its country's people: the doer of
   * the last act done to anyone of the source's country, its firms and citizens too ("The
   * European Union kept all Nepali airlines on its air safety list … Nepal's civil aviation
   * ministry called the decision unfair").
   */
  static Optional<Actor> actOnSourcesCountry(List<CodedMention> coded, CodedMention m) {
    Actor source = m.source().actor();
    if (source.country().isEmpty() || !Sides.stateOrItsGovernment(source)) {
      return Optional.empty();
    }
    // (A doer of no country counts here: the European Union.)
    return doerOfLastDoneToCountry(coded, m, source.country().get(), earlier -> !earlier.negated() && isDone(earlier));
  }

  /**
   * The doer, not of the country, of the last event of the kind done to anyone of the country, in
   * this sentence or the ones before.
   */
  private static Optional<Actor> doerOfLastDoneToCountry(List<CodedMention> coded, CodedMention m, String country, Predicate<CodedMention> kind) {
    return thisSentenceThenEarlier(coded, m).stream()
        .filter(earlier -> earlier.target().flatMap(t -> t.actor().country()).filter(country::equals).isPresent()
            && earlier.source().actor().country().filter(country::equals).isEmpty() && kind.test(earlier))
        .map(earlier -> earlier.source().actor()).findFirst();
  }

  /**
   * The side that last hosted the event's source: the target of its latest visit (042), or the
   * source of the latest hosting (043) of it, told before the event anywhere in the article.
   */
  static Optional<Actor> hostOf(List<CodedMention> coded, CodedMention m) {
    // A visit frames the whole story: its host may be named "his host" many sentences on.
    for (CodedMention earlier : thisSentenceThenEarlier(coded, m, m.sentence())) {
      if (earlier.target().isEmpty()) {
        continue;
      }
      if (earlier.type().code().equals(VISIT) && Sides.same(earlier.source().actor(), m.source().actor())) {
        return Optional.of(earlier.target().get().actor());
      }
      if (earlier.type().code().equals(HOSTING) && Sides.same(earlier.target().get().actor(), m.source().actor())) {
        return Optional.of(earlier.source().actor());
      }
    }
    return Optional.empty();
  }

  /** Making a visit, and hosting one. */
  private static final String VISIT = "042";
  private static final String HOSTING = "043";

  /** Roots of what is said to a side: statements and appeals. */
  private static final Set<String> SAYING_ROOTS = Set.of("01", "02");

  /** Roots of conflict: demands, disapproval, rejection, threats, protests, cuts, coercion and force. */
  static final Set<String> CONFLICT_ROOTS = Set.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");

  /**
   * The target, of another side, of the latest earlier act of conflict by the event's own source
   * side, told in this sentence before it or in the ones before: the side it was last at odds
   * with. ("China praised France ... China warned that any country supporting the resolution
   * would harm its relations" warns no one it praised.)
   */
  static Optional<Actor> lastAtOddsWith(List<CodedMention> coded, CodedMention m) {
    if (m.source().actor().country().isEmpty()) {
      // A source of no country yet is "the same side" as any state: it has no dealings of its own.
      return Optional.empty();
    }
    return thisSentenceThenEarlier(coded, m).stream().filter(c -> c.target().isPresent() && CONFLICT_ROOTS.contains(c.type().rootCode()) && Sides.same(c.source().actor(), m.source().actor())
        && Sides.different(c.target().get().actor(), m.source().actor())).map(c -> c.target().get().actor()).findFirst();
  }

  /**
   * The source of the latest hostile words or deed aimed at the event's source side by another
   * side, told before it in this sentence or the ones before: what "the charge" or "the
   * accusation" denied was ("Damascus accused Hezbollah of arming smugglers, a charge the group
   * denied"), or a statement or appeal ("said it was concerned and urged Phnom Penh to be
   * transparent … rejected the criticism"). An agreement or a visit is no charge; nor is what an
   * appeal only asks for ("called on African states to cut ties with Kyiv"), which no one did.
   */
  static Optional<Actor> saidToSourceSide(List<CodedMention> coded, CodedMention m) {
    return thisSentenceThenEarlier(coded, m).stream().filter(c -> (CONFLICT_ROOTS.contains(c.type().rootCode()) || SAYING_ROOTS.contains(c.type().rootCode()))
        && c.target().isPresent() && c.modality() != Modality.HYPOTHETICAL
        && Sides.same(c.target().get().actor(), m.source().actor())
        && Sides.different(c.source().actor(), m.source().actor())).map(c -> c.source().actor()).findFirst();
  }

  /**
   * "Sikorski accused Moscow of waging a campaign of sabotage … The Russian embassy denied any
   * involvement": whoever last accused or criticised the denier's side, in its sentence or the
   * sentences before, is who a denial answers.
   */
  static Optional<Actor> accuserOf(List<CodedMention> coded, CodedMention m) {
    return answered(coded, m, DISAPPROVAL_ROOT);
  }

  /**
   * "Botswana summoned Britain's high commissioner … The British government defended the ban":
   * whoever last complained officially (114) to the side, as {@link #accuserOf} for a denial.
   */
  static Optional<Actor> complainantOf(List<CodedMention> coded, CodedMention m) {
    return answered(coded, m, OFFICIAL_COMPLAINT);
  }

  /** The source of the latest event of the code (or under it) of another side aimed at the source's side. */
  private static Optional<Actor> answered(List<CodedMention> coded, CodedMention m, String codePrefix) {
    return thisSentenceThenEarlier(coded, m).stream().filter(c -> c.type().code().startsWith(codePrefix) && c.target().isPresent()
        && Sides.same(c.target().get().actor(), m.source().actor()) && Sides.different(c.source().actor(), m.source().actor()))
        .map(c -> c.source().actor()).findFirst();
  }

  /**
   * The doer, of another country, of the latest deed done to people of the source's country:
   * "Azerbaijani police detained two Russian journalists … Moscow would respond in kind". A state
   * answers for its nationals as for itself; its own state bodies are found first by {@link
   * #actOnSourceSide}.
   */
  static Optional<Actor> actOnSourceNationals(List<CodedMention> coded, CodedMention m, Set<String> roots) {
    Optional<String> country = m.source().actor().country();
    if (country.isEmpty() || !Sides.ofState(m.source().actor())) {
      return Optional.empty();
    }
    return doerOfLastDoneToCountry(coded, m, country.get(), earlier -> roots.contains(earlier.type().rootCode()) && earlier.source().actor().country().isPresent());
  }

  /** Roots of the events that put something to someone: appeal, intent, demand. */
  static final Set<String> PROPOSING_ROOTS = Set.of("02", "03", "10");

  /**
   * The proposal, offer or demand a rejection answers, latest first, told before it in this
   * sentence or the ones before ("Hussein said the government would ask parliament to ratify
   * it, but lawmakers rejected the idea"): one aimed at the rejecting side by another, else one
   * of another side aimed at no one ("Saidov proposed a joint commission … the Taliban rejected
   * the idea"), else, for one who backs it, one another side put to a third ("asked the United
   * States to reopen talks ... Japan backed the request": Japan backs the Marshall Islands).
   */
  static Optional<CodedMention> proposalTo(List<CodedMention> coded, CodedMention m) {
    List<CodedMention> candidates = thisSentenceThenEarlier(coded, m).stream().filter(c -> PROPOSING_ROOTS.contains(c.type().rootCode())).toList();
    Optional<CodedMention> aimed = candidates.stream().filter(c -> c.target().isPresent() && Sides.same(c.target().get().actor(), m.source().actor())
        && Sides.different(c.source().actor(), m.source().actor())).findFirst();
    return aimed.or(() -> candidates.stream().filter(c -> c.target().isEmpty() && Sides.different(c.source().actor(), m.source().actor())).findFirst())
        .or(() -> candidates.stream().filter(c -> m.type().rootCode().equals(SUPPORT_ROOT) && Sides.different(c.source().actor(), m.source().actor())
            && c.target().filter(t -> Sides.same(t.actor(), m.source().actor())).isEmpty()).findFirst());
  }

  /** The mentions told before {@code m}: earlier in its own sentence, latest first, then those of the sentences before within reach. */
  static List<CodedMention> thisSentenceThenEarlier(List<CodedMention> coded, CodedMention m) {
    return thisSentenceThenEarlier(coded, m, REACH);
  }

  /** As {@link #thisSentenceThenEarlier(List, CodedMention)}, up to {@code reach} sentences back. */
  static List<CodedMention> thisSentenceThenEarlier(List<CodedMention> coded, CodedMention m, int reach) {
    List<CodedMention> candidates = new ArrayList<>();
    for (CodedMention c : coded) {
      if (c.sentence() == m.sentence() && c.trigger() < m.trigger()) {
        candidates.add(0, c);
      }
    }
    candidates.addAll(earlierFirst(coded, m, reach));
    return candidates;
  }

  /**
   * The side the event's source last met, talked with or signed an agreement with, in its sentence
   * or up to {@code reach} sentences before: "Dissanayake met Japan's prime minister in Tokyo …
   * the two governments signed a loan agreement" makes Japan Sri Lanka's partner, and Sri Lanka
   * Japan's. So does what the source itself gave back or gave ("Belgium handed back 84 statues
   * taken from Congo" makes Congo Belgium's partner).
   */
  static Optional<Actor> partnerOf(List<CodedMention> coded, CodedMention m, int reach) {
    for (CodedMention c : thisSentenceThenEarlier(coded, m, reach)) {
      if (c.negated() || c.target().isEmpty()) {
        continue;
      }
      boolean dealing = c.type().rootCode().equals(CONSULT_ROOT) || c.type().code().equals(SIGN_CODE);
      boolean giving = GIVING_ROOTS.contains(c.type().rootCode());
      // What the source did to another side in either way; only talks and signings go both ways.
      if ((dealing || giving) && Sides.same(c.source().actor(), m.source().actor()) && Sides.different(c.target().get().actor(), m.source().actor())) {
        return Optional.of(c.target().get().actor());
      }
      if (dealing && Sides.same(c.target().get().actor(), m.source().actor()) && Sides.different(c.source().actor(), m.source().actor())) {
        return Optional.of(c.source().actor());
      }
    }
    return Optional.empty();
  }

  /** Giving aid (07) and yielding (08): giving back what was taken, releasing, easing. */
  private static final Set<String> GIVING_ROOTS = Set.of("07", "08");
  /** CAMEO's root of consulting: talks, calls, meetings. */
  static final String CONSULT_ROOT = "04";
  /** CAMEO's root of appeals and requests. */
  static final String APPEAL_ROOT = "02";
  /** Sign a formal agreement. */
  static final String SIGN_CODE = "057";
  /** Seizing property (171, the codes under it too): "seized the boat", "seized 12 of the objects". */
  static final String SEIZURE_ROOT_CODE = "171";

  /** The root of approving, endorsing and backing. */
  private static final String SUPPORT_ROOT = "05";

  private static List<CodedMention> earlierFirst(List<CodedMention> coded, CodedMention m, int reach) {
    // Coded mentions come in text order, so the reversed filtered list is latest first.
    List<CodedMention> earlier = new ArrayList<>();
    for (CodedMention c : coded) {
      if (c.sentence() < m.sentence() && c.sentence() >= m.sentence() - reach) {
        earlier.add(0, c);
      }
    }
    return earlier;
  }
}
