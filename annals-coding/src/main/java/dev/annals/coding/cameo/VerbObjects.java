package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a verb acts on, and whether its object words are the ones a verb pattern asks for. */
final class VerbObjects {
  /** Prepositions of an oblique that concedes something, never what the verb acts on. */
  private static final Set<String> CONCESSIVE = Set.of("despite", "in_spite_of", "notwithstanding");
  /**
   * Prepositions of an oblique that places the act after something else, never what it acts on:
   * "agreed to resume pumping after talks on Tuesday" agreed on no talks.
   */
  private static final Set<String> SEQUENCE = Set.of("after", "following");
  /**
   * Verbs that take their meaning from their object: "urged both sides to exercise restraint" asks
   * for restraint, not for (military) exercises.
   */
  private static final Set<String> LIGHT_COMPLEMENT_VERBS = Set.of("exercise", "show", "display", "exert", "maintain");

  /** Words for a body of people of any service: "police units", "army reinforcements". */
  private static final Set<String> GENERIC_BODIES = Set.of("unit", "reinforcement", "contingent", "detachment", "squad");

  /** Nouns for a share of something: "part of the aid", "half of its troops". */
  private static final Set<String> PARTITIVE_NOUNS = Set.of("part", "portion", "half", "bulk", "share", "rest", "remainder", "most", "some", "several", "many", "all");
  /** Nouns that carry what their "of" names: "a message of congratulations", "a letter of protest", "words of support". */
  private static final Set<String> CARRIER_NOUNS = Set.of("message", "letter", "note", "word", "expression");

  /**
   * "that the measure be lifted", "that Beijing stop", "that the two countries take": a clause
   * after "that" whose verb, or whose passive's auxiliary, is in the bare form, with no modal.
   */
  static boolean isSubjunctive(DependencyIndex index, int clause) {
    if (!index.hasChildLemma(clause, "mark", Set.of("that")) || !index.children(clause, Set.of("aux")).isEmpty()) {
      return false;
    }
    List<Integer> passive = index.children(clause, Set.of("aux:pass"));
    return passive.isEmpty() ? isBareForm(index, clause) : passive.stream().allMatch(a -> index.token(a).tag().equals("VB"));
  }

  /**
   * A verb in the bare form: tagged so, or a present after a plural subject that the tagger
   * cannot tell from it ("that the two countries take/VBP the dispute"; not "are").
   */
  static boolean isBareForm(DependencyIndex index, int verb) {
    String tag = index.token(verb).tag();
    return tag.equals("VB") || (tag.equals("VBP") && index.token(verb).text().equalsIgnoreCase(index.token(verb).lemma()));
  }

  /** The word that opens a "for … to" clause: "called for the sanctions to be lifted". */
  static final String FOR_CLAUSE_MARK = "for";

  /**
   * Whether the edge hangs a "for … to" clause whose act is done to something or by a name ("for
   * the embargo to be lifted", "for Israel to withdraw"), not one that tells what a thing asked
   * for is for ("appealed for funds to help returnees").
   */
  static boolean isForClause(DependencyIndex index, Dependency d) {
    int clause = d.dependent();
    return d.baseRelation().equals("advcl") && index.hasChildLemma(clause, "mark", Set.of(FOR_CLAUSE_MARK))
        && (!index.children(clause, Set.of("nsubj:pass")).isEmpty() || index.children(clause, Set.of("nsubj")).stream().anyMatch(t -> index.token(t).isProperNoun()));
  }

  private final DependencyIndex index;

  VerbObjects(DependencyIndex index) {
    this.index = index;
  }

  /**
   * "suspended part of a military aid programme for Bosnia": an object that names a share of
   * something stands for that thing, with what modifies it; so does one that carries it ("sent a
   * message of congratulations to both leaders" sends congratulations).
   */
  List<Integer> throughPartitives(List<Integer> objects) {
    List<Integer> found = new ArrayList<>();
    for (int object : objects) {
      // "froze three of his flats": a number of them is a share too.
      boolean share = PARTITIVE_NOUNS.contains(lemma(object)) || CARRIER_NOUNS.contains(lemma(object)) || index.token(object).tag().equals("CD");
      // ("accused the three of trying to encircle it" accuses the three: only a noun is a whole.)
      List<Integer> whole = share ? index.children(object, Set.of("nmod:of")).stream().filter(o -> index.token(o).isNoun()).toList() : List.of();
      found.addAll(whole.isEmpty() ? List.of(object) : whole);
    }
    return found;
  }

  /**
   * The verb's own object or oblique ("attacked civilians with chlorine gas") is one of the
   * lemmas; not a concession ("declined to resign despite pressure" declines no pressure).
   */
  /** Modals of what is to come, which make a clause after a verb of undertaking its matter. */
  private static final Set<String> COMING_MODALS = Set.of("should", "will", "would", "shall");

  boolean hasOwnObjectLemma(int verb, List<Integer> objects, Set<String> lemmas) {
    return hasDirectObjectLemma(objects, lemmas)
        // (An oblique's word of two lemmas too: "took them to the detention centre".)
        || index.children(verb).stream().anyMatch(d -> d.baseRelation().equals("obl") && !CONCESSIVE.contains(d.suffix()) && !SEQUENCE.contains(d.suffix()) && !isPurpose(d)
            && (lemmas.contains(lemma(d.dependent())) || hasModifiedHead(d.dependent(), lemmas)) && !isTime(d.dependent()));
  }

  /**
   * "promised two more by the end of the year": a word of a time expression is no object word;
   * nor is the point of one the time expression leaves out ("asked for a meeting before the end
   * of June" asks for no end, 0256, when only "June" is the expression).
   */
  boolean isTime(int token) {
    return covered(token) || dev.annals.coding.time.EventDater.POINTS_IN_TIME.contains(lemma(token)) && index.children(token, Set.of("nmod:of")).stream().anyMatch(this::covered);
  }

  private boolean covered(int token) {
    return index.text().timexes().stream().anyMatch(t -> t.covers(token));
  }

  /** Nouns of an "in … of" that says what an act is for: "rallied in support of the groups", "marched in protest". */
  private static final Set<String> PURPOSE_NOUNS = Set.of("support", "protest", "solidarity", "defence", "defense", "memory", "honour", "honor");

  /** "rallied in support of the groups" rallies no support: the oblique says what the rally is for. */
  private boolean isPurpose(Dependency oblique) {
    return oblique.relation().equals("obl:in") && PURPOSE_NOUNS.contains(lemma(oblique.dependent()));
  }

  boolean hasObjectLemma(int verb, List<Integer> objects, Set<String> lemmas) {
    if (hasOwnObjectLemma(verb, objects, lemmas)) {
      return true;
    }
    for (Dependency d : index.children(verb)) {
      // ('called his counterpart "a friend of drug traffickers"': one called the friend of others
      // is judged by their company, as a loose dependent is below.)
      if (d.baseRelation().equals("xcomp") && lemmas.contains(lemma(judgedWord(d.dependent()))) && !isLightWithObject(d.dependent())) {
        return true;
      }
      // "barred two Australian executives from leaving the country": a gerund after "from" names
      // what is barred, as a complement does.
      if ((d.relation().equals("obl:from") || d.relation().equals("advcl:from")) && index.token(d.dependent()).tag().equals("VBG") && lemmas.contains(lemma(d.dependent()))) {
        return true;
      }
      // "called the closure a hostile act": a noun complement judged by its adjective.
      if (d.baseRelation().equals("xcomp") && index.token(d.dependent()).isNoun() && hasAdjectiveLemma(d.dependent(), lemmas)) {
        return true;
      }
      // "called for the embargo to be lifted", "called for Israel to withdraw": a "for … to"
      // clause names the matter by its verb, when what it is about is done to something or by a
      // name ("appealed for funds to help returnees" asks for funds, whose purpose the clause tells).
      if (isForClause(index, d) && lemmas.contains(lemma(d.dependent()))) {
        return true;
      }
      // "agreed that their ministers would meet next week": a clause of what is to come names
      // the matter by its verb, as "agreed to meet" does. (Not one told before the verb, a report
      // of what is to come: "Estonia will stop extending protection …, the minister told
      // parliament" tells parliament of it and asks nothing.)
      if (d.relation().equals("ccomp") && d.dependent() > verb && lemmas.contains(lemma(d.dependent())) && index.hasChildLemma(d.dependent(), "aux", COMING_MODALS)) {
        return true;
      }
      // "demanded that the measure be lifted": a "that" clause in the bare form asks for its act.
      if (d.relation().equals("ccomp") && lemmas.contains(lemma(d.dependent())) && isSubjunctive(index, d.dependent())) {
        return true;
      }
      // "agreed to boost bilateral trade": the object of the complement names the matter; so
      // does a gerund's the parser hung loose ("will resume [issuing] work visas").
      if (d.baseRelation().equals("xcomp") || isLooseGerund(index, d)) {
        for (int inner : index.children(d.dependent(), Set.of("obj"))) {
          if (lemmas.contains(lemma(inner)) || index.children(inner).stream().anyMatch(c -> c.relation().equals("compound") && lemmas.contains(lemma(c.dependent())))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The verb's object, or a noun inside it ("pledged $30 million in aid", "a package of
   * sanctions"), is one of the lemmas.
   */
  boolean hasDirectObjectLemma(List<Integer> objects, Set<String> lemmas) {
    for (int object : objects) {
      if (lemmas.contains(lemma(object)) || hasModifiedHead(object, lemmas)) {
        return true;
      }
      // "handed over two men wanted in Belgium": people described as sought are suspects.
      if (lemmas.contains(SUSPECT) && dev.annals.coding.SoughtPeople.describe(index, object)) {
        return true;
      }
      // "sent two transport planes carrying tents, food and medicine": a craft sent is what it
      // carries.
      if (CARGO_CRAFT.contains(lemma(object)) && cargo(object).stream().anyMatch(c -> lemmas.contains(lemma(c)))) {
        return true;
      }
      for (Dependency d : index.children(object)) {
        // A word of a name is no object word: "the International Criminal Court" is no criminal.
        boolean nameWord = d.relation().equals("compound") && index.token(d.dependent()).isProperNoun();
        // "called the incursion 'a flagrant violation'": the parser may hang what the object is
        // called on the object as a loose dependent.
        // "called the suspension 'regrettable'": or what it is called, an adjective, so; or a
        // participle used as one ('called the sanctions "one-sided"', split into "one - sided").
        boolean calledAs = d.relation().equals("dep") && (index.token(d.dependent()).isNoun() || index.token(d.dependent()).tag().startsWith("JJ")
            || index.token(d.dependent()).tag().equals("VBN"));
        // (Not its owner: "order the ship's sale" orders no ship.)
        boolean owner = d.relation().equals("nmod:poss");
        if ((d.baseRelation().equals("nmod") || d.relation().equals("compound")) && !nameWord && !owner && lemmas.contains(lemma(d.dependent()))) {
          return true;
        }
        if (calledAs && lemmas.contains(lemma(judgedWord(d.dependent())))) {
          return true;
        }
        // (A participle by its own form: "sided" has the lemma "side", which any object has.)
        if (calledAs && index.token(d.dependent()).tag().equals("VBN") && lemmas.contains(index.token(d.dependent()).text().toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
        // "called the arrests 'an unfriendly act'": the judgment is in the word's adjective.
        if (calledAs && hasAdjectiveLemma(d.dependent(), lemmas)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String SUSPECT = "suspect";

  /** Craft that carry goods: the verb that sends one sends its cargo. */
  private static final Set<String> CARGO_CRAFT = Set.of("plane", "aircraft", "airplane", "flight", "ship", "vessel", "boat", "truck", "lorry",
      "convoy", "train", "freighter");
  /** Participles that tell a craft's cargo. */
  private static final Set<String> CARRYING = Set.of("carry", "load", "lade", "laden", "transport", "bring");

  /** Verbs of a craft coming in. */
  private static final Set<String> ARRIVING = Set.of("land", "arrive", "dock", "reach");

  /**
   * "Two Turkish cargo planes carrying tents, food and medicine landed in Chittagong": a craft
   * that comes in with its cargo stands for the cargo, as one sent does; its subject is then the
   * verb's object word. Empty for any other verb or subject.
   */
  List<Integer> arrivingCargoCraft(int verb) {
    if (!ARRIVING.contains(lemma(verb)) || !index.children(verb, Set.of("obj")).isEmpty()) {
      return List.of();
    }
    return index.children(verb, Set.of("nsubj")).stream().filter(s -> CARGO_CRAFT.contains(lemma(s)) && !cargo(s).isEmpty()).toList();
  }

  /** What the craft is told to carry: the objects of "carrying", "loaded with". */
  private List<Integer> cargo(int craft) {
    List<Integer> carried = new java.util.ArrayList<>();
    for (int participle : index.children(craft, Set.of("acl"))) {
      if (!CARRYING.contains(lemma(participle))) {
        continue;
      }
      carried.addAll(index.children(participle, Set.of("obj", "obl:with")));
    }
    return carried;
  }

  /** Words for a try at something, judged by what is tried: "an attempt to dictate". */
  private static final Set<String> ATTEMPT_NOUNS = Set.of("attempt", "effort", "bid", "ploy", "try");

  /** Words for one who keeps company with others, judged by whose company it is: "a friend of drug traffickers". */
  private static final Set<String> COMPANY_NOUNS = Set.of("friend", "ally", "partner", "servant", "accomplice", "agent", "protector");

  /**
   * The word a thing is called by: itself, or for one called the friend or ally of others, the
   * others ('called his counterpart "a friend of drug traffickers"' calls him one with traffickers,
   * no praise).
   */
  private int judgedWord(int noun) {
    // 'called the bans "an attempt to dictate to a sovereign state"': an attempt is judged by
    // what it attempts.
    if (ATTEMPT_NOUNS.contains(lemma(noun))) {
      return index.children(noun, Set.of("acl:to", "acl")).stream().filter(v -> index.token(v).isVerb()).findFirst().orElse(noun);
    }
    if (!COMPANY_NOUNS.contains(lemma(noun))) {
      return noun;
    }
    return index.children(noun, Set.of("nmod:of")).stream().filter(o -> index.token(o).isNoun() && !index.token(o).isProperNoun()).findFirst().orElse(noun);
  }

  /**
   * An object word of two lemmas, modifier and head ("arm delivery"), names the head with that
   * compound or adjective: "halted arms deliveries" is a halt of arms, where "halted electricity
   * sales" is not. A head written "*" is any common noun with that modifier: "injured *" is "an
   * injured scientist" as well as "the injured climber".
   */
  private boolean hasModifiedHead(int object, Set<String> lemmas) {
    for (String words : lemmas) {
      int space = words.indexOf(' ');
      if (space < 0) {
        continue;
      }
      String head = words.substring(space + 1);
      boolean anyNoun = head.equals("*") && index.token(object).isNoun() && !index.token(object).isProperNoun();
      if (!anyNoun && !head.equals(lemma(object))) {
        continue;
      }
      Set<String> modifier = Set.of(words.substring(0, space));
      if (index.hasChildLemma(object, "compound", modifier) || index.hasChildLemma(object, "amod", modifier)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasAdjectiveLemma(int noun, Set<String> lemmas) {
    return index.children(noun, Set.of("amod")).stream().anyMatch(a -> lemmas.contains(lemma(a)));
  }

  /** The lemmas name only a word compounded with the verb's object ("weapons inspectors"). */
  boolean onlyThroughCompound(int verb, List<Integer> objects, Set<String> lemmas) {
    if (lemmas.isEmpty()) {
      return false;
    }
    // "sent extra police units": a word for a body of people of any service takes its kind from
    // the word compounded with it, which is then as good as the object itself.
    boolean compound = objects.stream().anyMatch(o -> index.hasChildLemma(o, "compound", lemmas) && !GENERIC_BODIES.contains(lemma(o)));
    boolean otherwise = objects.stream().anyMatch(o -> lemmas.contains(lemma(o)) || hasModifiedHead(o, lemmas)
        || index.children(o).stream().anyMatch(d -> d.baseRelation().equals("nmod") && lemmas.contains(lemma(d.dependent()))))
        || index.children(verb).stream().anyMatch(d -> d.baseRelation().equals("obl") && lemmas.contains(lemma(d.dependent())));
    return compound && !otherwise;
  }

  /**
   * "will resume issuing work visas": the parser may hang a verb's gerund as a bare dependent;
   * only right after the verb, not a participle set off after its clause ("ordered the group to
   * leave, accusing it of spying").
   */
  static boolean isLooseGerund(DependencyIndex index, Dependency d) {
    return d.relation().equals("dep") && d.dependent() == d.governor() + 1 && index.token(d.dependent()).tag().equals("VBG");
  }

  private String lemma(int token) {
    return index.lemma(token);
  }

  private boolean isLightWithObject(int verb) {
    return index.token(verb).isVerb() && LIGHT_COMPLEMENT_VERBS.contains(lemma(verb)) && !index.children(verb, Set.of("obj")).isEmpty();
  }
}
