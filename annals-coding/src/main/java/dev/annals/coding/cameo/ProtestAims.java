package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom a protest opposes when it says so only through its purpose: "blocked roads [to press
 * their demands ... from President Bouteflika's government]", "blocked transport [as they
 * continued their effort to overthrow the government of President Gbagbo]", or through what its
 * marchers are told saying: "rallied outside the talks venue, [accusing Oslo of ...]".
 */
final class ProtestAims {
  private static final String OBJECT = "object";
  private static final String FROM = "from";
  /** Verbs of purpose and whether their object or their "from" phrase names the one opposed (cameo/protest-aims.tsv). */
  private static final Map<String, String> AIMS = TsvFile.readResource("dev/annals/coding/cameo/protest-aims.tsv", 2).stream()
      .collect(Collectors.toUnmodifiableMap(row -> row.field(0), row -> checkedAim(row)));
  /** The links from a protest down to the clauses that tell what it is for, and through their objects. */
  /** ("carrying banners that denounced the AU": what the marchers carry may say it, in a relative clause.) */
  private static final Set<String> PURPOSE_PATH = Set.of("advcl:to", "advcl:as", "advcl:in", "xcomp", "obj", "acl", "acl:to", "acl:in", "acl:relcl");
  /**
   * How a participle that tells what the protesters said hangs on the protest: "rallied outside
   * the talks venue, accusing Oslo of lending the Taliban legitimacy" (only right under it).
   */
  private static final Set<String> PARTICIPLE_PATH = Set.of("dep", "advcl", "xcomp");
  /** How many links down a purpose may lie: protest, clause, its object, the object's clause. */
  private static final int DEPTH = 4;

  private final DependencyIndex index;

  ProtestAims(DependencyIndex index) {
    this.index = index;
  }

  /** The nouns of the protest's purpose that name whom it opposes, nearest first. */
  List<Integer> opposedIn(int protest) {
    List<Integer> found = new ArrayList<>();
    List<Integer> frontier = List.of(protest);
    for (int depth = 0; depth < DEPTH && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Dependency d : index.children(node)) {
          boolean participle = depth == 0 && PARTICIPLE_PATH.contains(d.relation()) && index.token(d.dependent()).tag().equals("VBG");
          if (!PURPOSE_PATH.contains(d.relation()) && !participle) {
            continue;
          }
          int clause = d.dependent();
          next.add(clause);
          String aim = index.token(clause).isVerb() ? AIMS.get(index.lemma(clause)) : null;
          if (OBJECT.equals(aim)) {
            found.addAll(index.children(clause, Set.of("obj")));
          } else if (FROM.equals(aim)) {
            found.addAll(fromPhrases(clause));
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  /** "press [demands for greater freedom] from the government": "from" on the verb or up to three nouns inside its object. */
  private List<Integer> fromPhrases(int verb) {
    List<Integer> found = new ArrayList<>(index.children(verb, Set.of("obl:from")));
    List<Integer> frontier = index.children(verb, Set.of("obj"));
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int noun : frontier) {
        for (Dependency d : index.children(noun)) {
          if (d.relation().equals("nmod:from")) {
            found.add(d.dependent());
          } else if (d.baseRelation().equals("nmod") || d.baseRelation().equals("conj")) {
            next.add(d.dependent());
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  private static String checkedAim(TsvFile.Row row) {
    String aim = row.field(1);
    if (!aim.equals(OBJECT) && !aim.equals(FROM)) {
      throw row.error("aim must be 'object' or 'from', was '" + aim + "'");
    }
    return aim;
  }
}
