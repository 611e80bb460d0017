package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "Jaishankar said India would support the bid", "Kellogg said Washington was ready to ease
 * sanctions": the parser may read the reported clause's subject as the object of "said" and
 * "said" as the clausal subject of the reported predicate ({@code obj(said, India)}, {@code
 * csubj(support, said)}, "support" the root), so that "said" does the supporting. "Say" takes no
 * proper name or pronoun as its object, so the name becomes the predicate's subject ({@code
 * nsubj(support, India)}), the predicate the complement of "said" ({@code ccomp(said,
 * support)}), and the verbs that were its clausal subjects take its place in the tree.
 *
 * <p>The parser may instead hang the reported predicate on "said" as an unlabelled dependent
 * ("Dobrindt called the move regrettable but said Germany would keep turning migrants away":
 * {@code obj(said, Germany)}, {@code dep(said, keep)}); then the name becomes the subject and the
 * predicate the complement in the same way, and nothing else moves. So too when a modal predicate
 * with no subject hangs on the verb of an earlier clause ("The CSTO said it would send drones, and
 * Russia said its troops there would hold exercises": {@code obj(said, troops)}, {@code dep(send,
 * hold)}), the object a name, a pronoun or a thing owned ("its troops"); or a predicate with a
 * tense of its own ("rejected the remark and said Moscow's war against Ukraine had forced its
 * neighbours to rearm": {@code obj(said, war)}, {@code dep(rejected, forced)}).
 */
public final class ReportedSubjectReadAsObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency dep : sentence) {
      int verb = dep.governor();
      int predicate = dep.dependent();
      if (dep.relation().equals("dep") && verb >= 0 && RepairWords.isSaying(tokens.get(verb)) && predicate > verb && tokens.get(predicate).isVerb()) {
        for (Dependency obj : sentence) {
          // ("said small boat crossings had fallen by a third", "said the drills were meant to
          // train peacekeepers": a common noun too, when the predicate has a tense of its own, an
          // auxiliary, and no subject.)
          boolean subjectOfItsTense = isNameOrPronoun(tokens, obj.dependent()) || (tokens.get(obj.dependent()).isNoun() && auxiliaryAndNoSubject(sentence, predicate));
          if (obj.governor() == verb && obj.relation().equals("obj") && subjectOfItsTense && obj.dependent() > verb && obj.dependent() < predicate) {
            return subjectOfHungPredicate(sentence, dep, obj);
          }
        }
      }
    }
    for (Dependency dep : sentence) {
      int predicate = dep.dependent();
      if (!dep.relation().equals("dep") || dep.governor() < 0 || !tokens.get(predicate).isVerb() || !auxiliaryAndNoSubject(sentence, predicate)) {
        continue;
      }
      for (Dependency obj : sentence) {
        int verb = obj.governor();
        int subject = obj.dependent();
        // ("its troops", "Moscow's war": a thing its own pronoun or name owns.)
        boolean ownedThing = tokens.get(subject).isNoun() && sentence.stream()
            .anyMatch(d -> d.governor() == subject && d.relation().equals("nmod:poss") && (tokens.get(d.dependent()).tag().equals("PRP$") || isNameOrPronoun(tokens, d.dependent())));
        // ("rejected the criticism and said the Chinese researchers working at the site must
        // leave": a common noun too, when the predicate is modal, whatever its own participle says.)
        boolean modalThing = tokens.get(subject).isNoun() && modal(tokens, sentence, predicate);
        if (obj.relation().equals("obj") && verb >= 0 && verb != dep.governor() && RepairWords.isSaying(tokens.get(verb)) && verb < subject && subject < predicate
            && (((isNameOrPronoun(tokens, subject) || ownedThing) && noVerbBetween(tokens, sentence, subject, predicate, false))
                || (modalThing && noVerbBetween(tokens, sentence, subject, predicate, true)))) {
          // "… and Russia said its troops there would hold exercises": the modal predicate hung
          // on the first clause's verb is what the second saying reports.
          return subjectOfHungPredicate(sentence, dep, obj);
        }
      }
    }
    for (Dependency csubj : sentence) {
      if (!isClausalSubject(tokens, csubj)) {
        continue;
      }
      int verb = csubj.dependent();
      int predicate = csubj.governor();
      if (!RepairWords.isSaying(tokens.get(verb)) || predicate <= verb) {
        continue;
      }
      for (Dependency obj : sentence) {
        int subject = obj.dependent();
        if (obj.governor() == verb && obj.relation().equals("obj") && isNameOrPronoun(tokens, subject) && subject > verb && subject < predicate) {
          return rebuilt(tokens, sentence, verb, predicate, subject);
        }
      }
    }
    return sentence;
  }

  /**
   * No verb between the object and the predicate but the predicate's own auxiliaries: not "what
   * Trump says his tax plan would do and how experts say it would shape tax law has endured". With
   * {@code butItsOwnPhrase}, the participles inside the object's own phrase are let pass too:
   * "the Chinese researchers working at the site must leave".
   */
  private static boolean noVerbBetween(List<Token> tokens, List<Dependency> sentence, int subject, int predicate, boolean butItsOwnPhrase) {
    for (int token = subject + 1; token < predicate; token++) {
      int word = token;
      boolean ownAuxiliary = sentence.stream().anyMatch(d -> d.governor() == predicate && d.dependent() == word && d.relation().startsWith("aux"));
      if (tokens.get(token).isVerb() && !ownAuxiliary && !(butItsOwnPhrase && insidePhraseOf(sentence, subject, token))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the predicate has a modal auxiliary: "must leave", "would hold". */
  private static boolean modal(List<Token> tokens, List<Dependency> sentence, int predicate) {
    return sentence.stream().anyMatch(d -> d.governor() == predicate && d.relation().equals("aux") && tokens.get(d.dependent()).tag().equals("MD"));
  }

  /** Whether a token hangs, through its heads, on the given noun. */
  private static boolean insidePhraseOf(List<Dependency> sentence, int noun, int token) {
    int current = token;
    for (int steps = 0; steps < sentence.size() && current >= 0; steps++) {
      if (current == noun) {
        return true;
      }
      current = DependencyEdits.headEdge(sentence, current).map(Dependency::governor).orElse(-1);
    }
    return false;
  }

  /** The relation of a predicate's subject: passive when the predicate has a passive auxiliary. */
  private static String subjectRelation(List<Dependency> sentence, int predicate) {
    return DependencyEdits.hasChild(sentence, predicate, "aux:pass") ? "nsubj:pass" : "nsubj";
  }

  private static boolean auxiliaryAndNoSubject(List<Dependency> sentence, int predicate) {
    return sentence.stream().anyMatch(d -> d.governor() == predicate && d.relation().startsWith("aux"))
        && sentence.stream().noneMatch(d -> d.governor() == predicate && d.relation().startsWith("nsubj"));
  }

  private static boolean isNameOrPronoun(List<Token> tokens, int token) {
    return tokens.get(token).tag().startsWith("NNP") || tokens.get(token).tag().equals("PRP");
  }

  private static List<Dependency> subjectOfHungPredicate(List<Dependency> sentence, Dependency dep, Dependency obj) {
    List<Dependency> out = DependencyEdits.without(sentence, dep, obj);
    // ("said men with jobs would be allowed to stay": a passive predicate's subject is passive.)
    out.add(new Dependency(dep.dependent(), obj.dependent(), subjectRelation(sentence, dep.dependent())));
    // The saying is the object's verb: the predicate may hang on another verb.
    out.add(new Dependency(obj.governor(), dep.dependent(), "ccomp"));
    return out;
  }

  /**
   * A clause as a subject: {@code csubj}, or {@code nsubj} with a verb as its subject, which the
   * parser gives as well ("Araghchi telephoned Dar and said Tehran would act again":
   * {@code nsubj(act, telephoned)}, {@code nsubj(act, said)}).
   */
  private static boolean isClausalSubject(List<Token> tokens, Dependency d) {
    return d.relation().equals("csubj") || (d.relation().equals("nsubj") && d.dependent() >= 0 && tokens.get(d.dependent()).isVerb());
  }

  private static List<Dependency> rebuilt(List<Token> tokens, List<Dependency> sentence, int verb, int predicate, int subject) {
    List<Dependency> out = new ArrayList<>();
    // The first verb that was a clausal subject of the predicate heads the sentence now: with
    // "Kellogg thanked X and said Washington was ready", "thanked".
    int newHead = sentence.stream().filter(d -> d.governor() == predicate && isClausalSubject(tokens, d))
        .mapToInt(Dependency::dependent).min().orElse(verb);
    for (Dependency d : sentence) {
      if (d.governor() == verb && d.dependent() == subject && d.relation().equals("obj")) {
        continue;
      }
      if (d.governor() == predicate && isClausalSubject(tokens, d)) {
        continue;
      }
      if (d.dependent() == predicate && !d.relation().equals("ccomp")) {
        // The predicate's own attachment (root, or whatever held it) passes to the new head.
        out.add(new Dependency(d.governor(), newHead, d.relation()));
        continue;
      }
      if (d.governor() == predicate && d.relation().equals("punct") && d.dependent() > predicate) {
        out.add(new Dependency(newHead, d.dependent(), d.relation()));
        continue;
      }
      out.add(d);
    }
    out.add(new Dependency(predicate, subject, subjectRelation(sentence, predicate)));
    out.add(new Dependency(verb, predicate, "ccomp"));
    return out;
  }
}
