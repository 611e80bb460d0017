package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The Netherlands handed over 42 bronzes and ivory carvings looted from Benin City by British
 * troops in 1897 at a ceremony in Abuja on Thursday, Nigeria's culture ministry said": the parser
 * may read the things and their participle as a clause that "handed over" reports ({@code
 * ccomp(handed, looted)}, {@code nsubj(looted, bronzes)}), so the bronzes loot and nothing is
 * handed over, and hang the closing "said" on the participle with the handover's own place and
 * day. A past verb with a "by" agent and no auxiliary or object of its own, told right after a
 * verb that has no object, is the participle of that verb's object: {@code obj(handed, bronzes)},
 * {@code acl(bronzes, looted)}, the agent an agent. A verb of saying with its own subject hung on
 * the participle is the closing attribution of the whole sentence, and the times and places
 * before its comma are the main verb's. So is a past verb with a subject of its own read as the
 * open complement of a verb with no object ({@code xcomp(handed, taken)}, {@code nsubj(taken,
 * remains)}), which no open complement has.
 */
public final class ObjectWithReducedPassiveReadAsSmallClause implements ParseRepair {
  private static final Set<String> PAST = Set.of("VBD", "VBN");
  private static final Set<String> OWN_CLAUSE = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "expl", "mark");
  /** Occasions at which something is handed over: "at a ceremony" (AntecedentTargets reads them too). */
  public static final Set<String> OCCASIONS = Set.of("ceremony", "event", "reception", "service", "gathering", "meeting", "summit", "conference");
  /** Verbs whose object and participle make a small clause of a state: "left them wounded", "found him dead". */
  private static final Set<String> SMALL_CLAUSE_VERBS = Set.of("leave", "keep", "find", "make", "see", "want", "get", "have", "hold", "declare", "consider");
  private static final Set<String> SAYING = Set.of("say", "report", "announce", "confirm", "state", "add");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int main = reported.governor();
      int participle = reported.dependent();
      // (Not what a verb of saying reports: "said it stood by Prague" stands.)
      // A complement clause is one only without a "by" agent; an open complement ("xcomp") with a
      // subject of its own is no complement at all ("Germany handed back the remains of 22 people
      // taken from present-day Tanzania": xcomp(handed, taken), nsubj(taken, remains)).
      boolean clause = reported.relation().equals("ccomp")
          && sentence.stream().anyMatch(d -> d.governor() == participle && (d.relation().equals("obl:by") || d.relation().equals("obl:agent")));
      // (Not a verb of saying with a clause of its own: "ordered him held …, and Rwandan prosecutors
      // said they would file a request" joins a second clause.)
      // Nor a true small clause: "the attack left at least 119 people wounded", "kept them detained".
      boolean openComplement = reported.relation().equals("xcomp") && !SAYING.contains(tokens.get(participle).lemma().toLowerCase(java.util.Locale.ROOT))
          && !SMALL_CLAUSE_VERBS.contains(tokens.get(main).lemma().toLowerCase(java.util.Locale.ROOT))
          && !DependencyEdits.hasChild(sentence, participle, "ccomp");
      if (main < 0 || !(clause || openComplement) || !PAST.contains(tokens.get(participle).tag()) || participle < main
          || SAYING.contains(tokens.get(main).lemma().toLowerCase(java.util.Locale.ROOT)) || DependencyEdits.hasChild(sentence, main, "obj")
          || sentence.stream().anyMatch(d -> d.governor() == participle && OWN_CLAUSE.contains(d.relation()))) {
        continue;
      }
      List<Dependency> things = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() > main && d.dependent() < participle).toList();
      // Things named by common nouns: a pronoun or a name as subject makes a clause ("said it stood by").
      if (things.isEmpty() || things.stream().anyMatch(d -> !tokens.get(d.dependent()).tag().matches("NNS?"))) {
        continue;
      }
      int first = things.stream().mapToInt(Dependency::dependent).min().getAsInt();
      Optional<Dependency> closing = sentence.stream().filter(d -> d.governor() == participle && d.dependent() > participle
          && (d.relation().equals("obl") || d.relation().equals("dep") || d.relation().equals("parataxis"))
          && SAYING.contains(tokens.get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))
          && DependencyEdits.hasChild(sentence, d.dependent(), "nsubj")).findFirst();
      int saying = closing.map(Dependency::dependent).orElse(-1);
      int comma = -1;
      for (int t = saying - 1; t > participle && comma < 0; t--) {
        comma = tokens.get(t).text().equals(",") ? t : -1;
      }
      final int attributionStart = comma;
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> {
        if (d == reported) {
          return new Dependency(first, participle, "acl");
        }
        if (things.contains(d)) {
          return new Dependency(main, d.dependent(), "obj");
        }
        if (d.governor() == participle && d.relation().equals("obl:by")) {
          return new Dependency(participle, d.dependent(), "obl:agent");
        }
        // "… taken from present-day Tanzania during colonial rule at a ceremony in Dar es Salaam":
        // an occasion is where the main verb's act is done, not the participle's.
        if (d.governor() == participle && d.relation().equals("obl:at") && OCCASIONS.contains(tokens.get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
          return new Dependency(main, d.dependent(), d.relation());
        }
        if (closing.isPresent() && d == closing.get()) {
          return new Dependency(main, saying, "parataxis");
        }
        // "… in 1897 at a ceremony in Abuja on Thursday, Nigeria's culture ministry said": what
        // comes before the attribution's comma is told of the main verb.
        if (attributionStart > 0 && d.governor() == saying && d.relation().startsWith("obl") && d.dependent() < attributionStart) {
          return new Dependency(main, d.dependent(), d.relation());
        }
        return d;
      });
      return mended;
    }
    return sentence;
  }
}
