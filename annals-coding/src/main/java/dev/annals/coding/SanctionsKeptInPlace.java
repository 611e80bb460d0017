package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Malaysia's human resources minister said the freeze would stay in place until a new vetting
 * system was ready", "The Saudi hajj ministry said the cut would stand": a side that says its own
 * ban, freeze, cut or sanctions will stay in force refuses to ease them (1244), towards whoever they
 * were laid on. The statement, coded as a bare 010 with
 * no one to aim at, becomes that refusal, aimed at the target of the side's latest measure.
 */
final class SanctionsKeptInPlace {
  /** Nouns for a measure one side lays on another (also read by AntecedentTargets). */
  static final Set<String> MEASURES = Set.of("ban", "freeze", "sanction", "embargo", "restriction", "suspension", "tariff", "boycott", "curb",
      "blockade", "measure", "cut", "closure", "moratorium", "quota", "duty", "levy");
  /** Verbs of staying as it is. */
  private static final Set<String> STAYING = Set.of("stay", "remain");
  /** How a thing stays when a measure keeps it so: "would stay closed", "remain suspended". */
  private static final Set<String> SHUT = Set.of("closed", "close", "shut", "suspended", "suspend", "frozen", "freeze", "banned", "ban");
  /** Verbs of staying in force by themselves: "said the cut would stand". */
  private static final Set<String> STANDING = Set.of("stand");
  /** What "in" a measure stays: "in place", "in force", "in effect". */
  private static final Set<String> IN_FORCE = Set.of("place", "force", "effect");
  /** Roots of the measures one side lays on another: reduced relations and sanctions (16). */
  private static final String REDUCED_RELATIONS = "16";
  /** Administrative sanctions (172): "cut Indonesia's hajj quota". */
  private static final String ADMINISTRATIVE_SANCTIONS = "172";
  /** Make a statement (01). */
  private static final String STATEMENT = "01";

  private final EventType refusalToEase;

  SanctionsKeptInPlace(CameoCodebook codebook) {
    this.refusalToEase = codebook.require("1244", "a measure said to stay in place");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> refusal(index, coded, m).orElse(m)).toList();
  }

  private Optional<CodedMention> refusal(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    if (!m.type().rootCode().equals(STATEMENT) || m.target().isPresent() || m.negated() || !keptInPlace(index, m.trigger())) {
      return Optional.empty();
    }
    // The side's own latest measure, told before, names whom it was laid on.
    CodedMention latest = null;
    for (CodedMention earlier : coded) {
      if (earlier.trigger() >= m.trigger()) {
        break;
      }
      boolean measure = earlier.type().rootCode().equals(REDUCED_RELATIONS) || earlier.type().code().startsWith(ADMINISTRATIVE_SANCTIONS);
      if (measure && !earlier.negated() && earlier.target().isPresent()
          && Sides.same(earlier.source().actor(), m.source().actor()) && Sides.different(earlier.target().get().actor(), m.source().actor())) {
        latest = earlier;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    return Optional.of(new CodedMention(m.sentence(), m.trigger(), m.anchors(), m.source(), latest.target(), refusalToEase, m.modality(), false, m.speech(),
        m.tense(), m.pattern() + " (kept in place)"));
  }

  /**
   * Whether the saying reports, in what it says or a clause joined to that ("said the ban protected
   * local farmers and would stay in place"), that a measure will stay "in place", or a thing stay
   * closed or suspended (and not that it will not).
   */
  static boolean keptInPlace(DependencyIndex index, int saying) {
    return !keptClauses(index, saying).isEmpty();
  }

  /**
   * The clauses of what the saying reports that tell a measure staying in place: "would stay in
   * place". Also read by MeasuresKeptInPlace and ConditionsOfLifting.
   */
  static List<Integer> keptClauses(DependencyIndex index, int saying) {
    List<Integer> kept = new java.util.ArrayList<>();
    List<Integer> clauses = new java.util.ArrayList<>();
    for (int said : index.children(saying, Set.of("ccomp"))) {
      clauses.add(said);
      index.children(said).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> clauses.add(d.dependent()));
    }
    for (int clause : clauses) {
      boolean standing = STANDING.contains(index.lemma(clause)) || goesAheadAsPlanned(index, clause);
      boolean staying = (STAYING.contains(index.lemma(clause)) || standing) && index.children(clause, Set.of("advmod")).stream().noneMatch(a -> Negations.WORDS.contains(index.lemma(a)));
      boolean inForce = standing || index.children(clause).stream().anyMatch(d -> d.relation().equals("obl:in") && IN_FORCE.contains(index.lemma(d.dependent())));
      boolean measure = index.children(clause, Set.of("nsubj")).stream().anyMatch(s -> MEASURES.contains(index.lemma(s)));
      // "said the programme would stay closed until the travel agencies were punished": what stays
      // shut is a closure kept, whatever was shut.
      boolean keptShut = staying && index.children(clause, Set.of("xcomp")).stream().anyMatch(x -> SHUT.contains(index.lemma(x)));
      // "said the blockade would stay until Kiribati agreed to pay": a measure staying until
      // another side acts stays in force as surely.
      boolean keptUntil = staying && measure && index.children(clause).stream()
          .anyMatch(d -> d.relation().startsWith("advcl") && index.hasChildLemma(d.dependent(), "mark", Set.of("until", "till")));
      // "said the tariffs would stay": a measure that stays, with nothing said of how, stays in force.
      boolean keptAsItIs = staying && measure && index.children(clause, Set.of("xcomp", "obj", "obl:as")).isEmpty();
      if ((staying && inForce && measure) || keptShut || keptUntil || keptAsItIs) {
        kept.add(clause);
      }
    }
    return kept;
  }

  /** What was planned or scheduled: "as planned", "as scheduled". */
  private static final Set<String> PLANNED = Set.of("plan", "schedule");

  /**
   * "A German government spokesman said the ban would take effect as planned" (after a request to
   * delay it), "the tariffs will go ahead as scheduled": a measure that starts as planned stands.
   */
  private static boolean goesAheadAsPlanned(DependencyIndex index, int clause) {
    String lemma = index.lemma(clause);
    boolean starting = (lemma.equals("take") && index.hasChildLemma(clause, "obj", Set.of("effect")))
        || (lemma.equals("go") && index.hasChildLemma(clause, "advmod", Set.of("ahead"))) || lemma.equals("proceed");
    // (The parser makes "as planned" a clause or, with "as" its case, a phrase.)
    return starting && index.children(clause).stream()
        .anyMatch(d -> (d.relation().startsWith("advcl") || d.relation().equals("obl:as")) && PLANNED.contains(index.lemma(d.dependent()))
            && (index.hasChildLemma(d.dependent(), "mark", Set.of("as")) || index.hasChildLemma(d.dependent(), "case", Set.of("as"))));
  }
}
