package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Lula offered to mediate between the two nations and proposed a meeting of their foreign
 * ministers": the parser joins "proposed" to the infinitive "mediate" ({@code conj(mediate,
 * proposed)}, and in the enhanced graph {@code xcomp(offered, proposed)}), so the proposal is only
 * offered. A verb in the simple past cannot share an infinitive's "to": it goes on with the verb
 * that governs the infinitive and has that verb's subject ({@code conj(offered, proposed)},
 * {@code nsubj(proposed, Lula)}), as {@link PastVerbJoinedToPluperfect} does for a "had". The
 * same holds for the bare verb of a demand's "that" clause: in "demanded that Beijing stop
 * harassing its citizens and sent two cutters", "sent" is Taipei's, not Beijing's
 * ({@code conj(stop, sent)} becomes {@code conj(demanded, sent)}). An infinitive of purpose is
 * the same: "defended the new tolls as necessary to maintain the bridge and accused Senegalese
 * unions" ({@code advcl(defended, maintain)}, "accused" tagged as a participle) has Barrow accuse.
 */
public final class PastVerbJoinedToInfinitive implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int infinitive = joined.governor();
      int past = joined.dependent();
      // "accused the president of signing the deal without consulting parliament and demanded that
      // its terms be made public": a gerund of an "of" clause is no tense for a past verb either.
      // The parser may also hang such a gerund as a bare "dep" with its "of" as case ("accused
      // Norway of breaking the agreement and asked for a meeting").
      // Or as an oblique ("accused Canada of exploiting the families' grief and summoned Sweden's
      // ambassador": {@code obl:of(accused, exploiting)}). A "for" clause of thanks or blame is the
      // same ("thanked Indonesia for letting the boat land and offered to help": the agency offers).
      boolean ofGerund = infinitive >= 0 && tokens.get(infinitive).tag().equals("VBG")
          && sentence.stream().anyMatch(d -> d.dependent() == infinitive && (d.relation().equals("advcl:of") || d.relation().equals("obl:of")
              || d.relation().equals("advcl:for") || d.relation().equals("dep") && hasOf(tokens, sentence, infinitive)));
      if (infinitive < 0 || !joined.relation().startsWith("conj") || past < infinitive || !isPast(tokens, sentence, past)
          || !(tokens.get(infinitive).tag().equals("VB") || ofGerund) || sentence.stream().anyMatch(d -> d.governor() == past && d.relation().startsWith("aux"))) {
        continue;
      }
      // "offered to mediate": the infinitive hangs by xcomp ("defended the tolls as necessary to
      // maintain the bridge": by advcl, a purpose); "demanded that Beijing stop": the bare verb of
      // a "that" clause with no auxiliary hangs by ccomp.
      boolean to = hasTo(tokens, sentence, infinitive);
      boolean subjunctive = !to && isSubjunctive(tokens, sentence, infinitive);
      Optional<Dependency> hanging = sentence.stream().filter(d -> d.dependent() == infinitive && d.governor() >= 0
          && (to || ofGerund ? d.relation().equals("xcomp") || d.relation().startsWith("advcl") || ofGerund && (d.relation().equals("dep") || d.relation().equals("obl:of"))
              : subjunctive && d.relation().equals("ccomp"))).findFirst();
      if (hanging.isEmpty()) {
        continue;
      }
      String hung = hanging.get().relation();
      // "headed for Luanda to join the heads of state, but Savimbi stayed away": a past verb with
      // a subject of its own (not the parser's copy of the infinitive's) is a clause of its own,
      // which keeps its subject and goes on with the governing verb all the same ("agreed to let
      // investigators inspect the vessel, and hundreds of fishermen blocked a highway": the
      // blockade happened, nobody agreed to it).
      // ("called on both countries to avoid escalation and offered to send a team": the parser
      // gives "offered" the controlled subject of "avoid", {@code nsubj:xsubj}, as its own.)
      List<Integer> infinitiveSubjects = sentence.stream().filter(d -> d.governor() == infinitive && (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")))
          .map(Dependency::dependent).toList();
      boolean ownSubject = sentence.stream().anyMatch(d -> d.governor() == past && d.relation().equals("nsubj") && !infinitiveSubjects.contains(d.dependent()));
      Optional<Integer> governor = hanging.map(Dependency::governor);
      if (governor.isEmpty() || !tokens.get(governor.get()).isVerb()) {
        continue;
      }
      int main = governor.get();
      Optional<Integer> subject = subjectOf(sentence, main);
      // "accused Beijing of using Moscow to gain a foothold and urged the administration to send
      // icebreakers": a gerund with no subject of its own passes the past verb on to the verb it
      // hangs on, whose subject urged.
      for (int steps = 0; subject.isEmpty() && steps < 3 && tokens.get(main).tag().equals("VBG"); steps++) {
        final int gerund = main;
        // The parser may hang the gerund on its "of" ({@code dep(accused, of)}, {@code acl(of, using)}).
        Optional<Integer> above = sentence.stream().filter(d -> d.dependent() == gerund && d.governor() >= 0 && d.governor() < gerund).map(Dependency::governor)
            .map(g -> tokens.get(g).isVerb() ? g : sentence.stream().filter(d -> d.dependent() == g && d.governor() >= 0 && d.governor() < g && tokens.get(d.governor()).isVerb())
                .map(Dependency::governor).findFirst().orElse(-1))
            .filter(g -> g >= 0).findFirst();
        if (above.isEmpty()) {
          break;
        }
        main = above.get();
        subject = subjectOf(sentence, main);
      }
      // "said that no one should be pressed to go home and asked both governments to let its
      // staff monitor": a verb with a modal is no simple past either; the past verb goes on with
      // the past verb that reports the modal's clause.
      for (int steps = 0; steps < 2 && hasModal(tokens, sentence, main); steps++) {
        final int modal = main;
        Optional<Integer> reporter = sentence.stream().filter(d -> d.dependent() == modal && d.relation().equals("ccomp") && d.governor() >= 0
            && d.governor() < modal && tokens.get(d.governor()).tag().equals("VBD")).map(Dependency::governor).findFirst();
        if (reporter.isEmpty()) {
          break;
        }
        main = reporter.get();
        subject = subjectOf(sentence, main);
      }
      // "Iran rejected the decision, accused Canada of exploiting ... and summoned": a verb in a
      // series has the subject of the series' first verb, on which the parser hangs it.
      for (int steps = 0; subject.isEmpty() && steps < 2; steps++) {
        final int inSeries = main;
        Optional<Integer> first = sentence.stream().filter(d -> d.dependent() == inSeries && d.governor() >= 0 && d.governor() < inSeries
            && (d.relation().equals("dep") || d.relation().startsWith("conj")) && tokens.get(d.governor()).isVerb()).map(Dependency::governor).findFirst();
        if (first.isEmpty()) {
          break;
        }
        subject = subjectOf(sentence, first.get());
        if (subject.isPresent()) {
          break;
        }
        main = first.get();
      }
      if (subject.isEmpty() && !ownSubject) {
        continue;
      }
      final int finalMain = main;
      // The enhanced graph's copies ("xcomp(offered, proposed)", the controlled subject; for a
      // "that" clause "ccomp(demanded, sent)" and the clause's own subject) go.
      List<Dependency> copied = sentence.stream().filter(d -> ((d.governor() == finalMain || d.governor() == governor.get()) && d.dependent() == past && d.relation().equals(hung))
          || (d.governor() == past && (d.relation().equals("nsubj:xsubj") || (d.relation().equals("nsubj") && infinitiveSubjects.contains(d.dependent()))))).toList();
      List<Dependency> kept = DependencyEdits.without(sentence, copied.toArray(Dependency[]::new));
      kept = DependencyEdits.mapped(kept, d -> d == joined ? new Dependency(finalMain, past, d.relation())
          : d.governor() == infinitive && d.relation().equals("cc") && d.dependent() == past - 1 ? new Dependency(past, d.dependent(), "cc") : d);
      if (!ownSubject) {
        kept.add(new Dependency(past, subject.get(), "nsubj"));
      }
      return kept;
    }
    return sentence;
  }

  private static Optional<Integer> subjectOf(List<Dependency> sentence, int verb) {
    return sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
  }

  /**
   * A verb in the simple past, or one tagged as a participle that has no auxiliary and an object
   * of its own ("and accused Senegalese transport unions of blocking it", "accused" tagged VBN)
   * or an infinitive of its own ("urged both governments to show restraint and offered to help",
   * "offered" tagged VBN): a passive participle with no auxiliary has neither.
   */
  private static boolean isPast(List<Token> tokens, List<Dependency> sentence, int verb) {
    String tag = tokens.get(verb).tag();
    return tag.equals("VBD") || (tag.equals("VBN") && sentence.stream().anyMatch(d -> d.governor() == verb
        && (d.relation().equals("obj") || d.relation().equals("xcomp") && hasTo(tokens, sentence, d.dependent()))));
  }

  /** A bare verb with its own subject after "that" and no auxiliary: "demanded that Beijing stop". */
  private static boolean isSubjunctive(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("that"))
        && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("nsubj"))
        && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
  }

  /** Whether the verb has a modal: "should be pressed", "would go". */
  private static boolean hasModal(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux") && tokens.get(d.dependent()).tag().equals("MD"));
  }

  /** Whether the gerund has an "of" before it as its case or marker: "of breaking the agreement". */
  private static boolean hasOf(List<Token> tokens, List<Dependency> sentence, int gerund) {
    return sentence.stream().anyMatch(d -> d.governor() == gerund && (d.relation().equals("case") || d.relation().equals("mark"))
        && tokens.get(d.dependent()).lemma().equalsIgnoreCase("of"));
  }

  private static boolean hasTo(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("to"));
  }
}
