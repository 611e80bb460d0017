package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "agreed to free 40 truck drivers held at their checkpoints": the parser reads "drivers held" as
 * a clause ({@code nsubj(held, drivers)}, {@code dep(free, held)}) and leaves "free" without an
 * object. A past participle whose subject stands right after a verb that has no object, hung on
 * that verb as a loose dependent, is a reduced relative on the verb's object:
 * {@code obj(free, drivers)}, {@code acl(drivers, held)}. So is a participle (or a past tense the
 * tagger chose) with no object of its own, hung as the complement of a verb that takes a thing and
 * never a clause: "postponed a visit planned for next week", "seized eleven lorries loaded with
 * cocoa" (whose joined "and arrested 14 drivers" is then the seizing side's second deed), "rescued 31
 * migrants stranded on a cay … and took them to Nassau".
 */
public final class ObjectReadAsSubjectOfParticiple implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int participle = loose.dependent();
      int verb = loose.governor();
      // Only the loose dependent: a clausal complement ("said its net loss narrowed", with
      // "narrowed" tagged VBN) is a clause indeed, unless the verb never takes a clause:
      // "postponed a visit to Budapest planned for next week" ({@code ccomp(postponed, planned)},
      // "planned" tagged VBD) has its object's reduced relative for a complement.
      boolean thingTaker = loose.relation().equals("ccomp") && verb >= 0 && THING_TAKERS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          && (tokens.get(participle).tag().equals("VBN") || tokens.get(participle).tag().equals("VBD"))
          && sentence.stream().noneMatch(d -> d.governor() == participle && d.relation().equals("obj"));
      if (!(loose.relation().equals("dep") && tokens.get(participle).tag().equals("VBN")) && !thingTaker) {
        continue;
      }
      if (verb < 0 || verb > participle
          || !tokens.get(verb).isVerb() || sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")))
          || sentence.stream().anyMatch(d -> d.governor() == participle && (d.relation().startsWith("aux") || d.relation().equals("mark")))) {
        continue;
      }
      // (A participle's subject is passive when the parser saw it so: "lorries loaded with beans".)
      Optional<Dependency> subject = sentence.stream()
          .filter(d -> d.governor() == participle && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && d.dependent() > verb
              && d.dependent() < participle).findFirst();
      // "handed over 260 citizens freed from ...": the verb's own particle stands before its object.
      int objectStart = verb + 1 < tokens.size() && tokens.get(verb + 1).tag().equals("RP") ? verb + 1 : verb;
      if (subject.isEmpty() || !tokens.get(subject.get().dependent()).isNoun() || !nothingButItsPhraseBetween(tokens, objectStart, subject.get().dependent())) {
        continue;
      }
      int noun = subject.get().dependent();
      Dependency ownSubject = subject.get();
      Optional<Integer> joined = joinedDeed(tokens, sentence, participle);
      Optional<Integer> doer = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      java.util.OptionalInt handedTo = HANDING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("obl:to"))
          ? sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("obl:to")).mapToInt(Dependency::dependent).min()
          : java.util.OptionalInt.empty();
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> {
        if (d == ownSubject) {
          return new Dependency(verb, noun, "obj");
        }
        if (d == loose) {
          return new Dependency(noun, participle, "acl");
        }
        // "seized eleven lorries loaded with beans … and arrested 14 drivers": the deed joined to
        // the participle is the verb's own second deed, done by the verb's subject.
        // "handed over 260 citizens freed from scam compounds in Myanmar to Vietnamese officials
        // on Tuesday": whom a thing is handed to, and what is told after it, is the handing's.
        if (handedTo.isPresent() && d.governor() == participle && d.relation().startsWith("obl") && d.dependent() >= handedTo.getAsInt()) {
          return new Dependency(verb, d.dependent(), d.relation());
        }
        if (joined.isPresent() && d.dependent() == joined.get() && d.governor() == participle && d.relation().startsWith("conj")) {
          return new Dependency(verb, joined.get(), d.relation());
        }
        if (joined.isPresent() && d.governor() == joined.get() && d.dependent() == noun && d.relation().startsWith("nsubj")) {
          return doer.map(who -> new Dependency(joined.get(), who, "nsubj")).orElse(null);
        }
        if (joined.isPresent() && d.governor() == verb && d.dependent() == joined.get() && d.relation().equals("ccomp")) {
          return null;
        }
        return d;
      });
      mended.removeIf(java.util.Objects::isNull);
      return mended;
    }
    return sentence;
  }

  /**
   * A verb joined to the participle that has an object of its own, in the past: "lorries loaded
   * with beans … and arrested 14 drivers". (A participle joined with no object of its own is still
   * the noun's: "lorries loaded and sealed".)
   */
  private static Optional<Integer> joinedDeed(List<Token> tokens, List<Dependency> sentence, int participle) {
    return sentence.stream().filter(d -> d.governor() == participle && d.relation().startsWith("conj")).map(Dependency::dependent)
        .filter(v -> tokens.get(v).tag().equals("VBD") || tokens.get(v).tag().equals("VBN"))
        .filter(v -> sentence.stream().anyMatch(d -> d.governor() == v && d.relation().equals("obj"))).findFirst();
  }

  /** Verbs that take a thing done or planned, never a clause: "postponed a visit", "cancelled talks". */
  private static final Set<String> THING_TAKERS = Set.of("postpone", "cancel", "delay", "suspend", "host", "attend", "approve",
      "welcome", "condemn", "boycott", "block", "halt", "resume", "seize", "confiscate", "impound", "intercept", "capture", "detain", "arrest",
      "hand", "deport", "repatriate", "extradite", "transfer", "rescue", "evacuate", "kidnap", "abduct", "expel");

  /** Verbs of handing someone or something over to another: their "to" names the receiver. */
  private static final Set<String> HANDING = Set.of("hand", "deport", "repatriate", "extradite", "transfer", "return");

  /** Only determiners, numbers, adjectives and nouns between the verb and the noun: its object's own words. */
  static boolean nothingButItsPhraseBetween(List<Token> tokens, int verb, int noun) {
    for (int t = verb + 1; t < noun; t++) {
      String tag = tokens.get(t).tag();
      if (!(tag.startsWith("DT") || tag.equals("CD") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("PRP$") || tag.equals("HYPH"))) {
        return false;
      }
    }
    return true;
  }
}
