package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 'Taipei called the boarding "a dangerous act of intimidation," demanded that Beijing stop': the
 * parser takes the object of "called" for the subject of the next verb of the list ({@code
 * nsubj(demanded, boarding)}), hangs that verb on "called" as what was said ({@code
 * ccomp(called, demanded)}) and leaves the quoted judgment loose on the noun. A noun right after a
 * verb of calling, whose quoted judgment follows it, ends with the closing quotation mark: it is
 * the object of the calling ({@code obj(called, boarding)}), and the verb after it is the next of
 * the caller's acts ({@code conj(called, demanded)}, {@code nsubj(demanded, Taipei)}).
 * {@link QuotedJudgmentReadAsModifier} then makes the judgment the small clause.
 */
public final class NextVerbGivenTheObjectOfCalling implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int calling = clause.governor();
      int next = clause.dependent();
      if (calling < 0 || !clause.relation().equals("ccomp") || next < calling || !tokens.get(next).tag().equals("VBD")
          || !QuotedJudgmentReadAsModifier.CALLING.contains(tokens.get(calling).lemma().toLowerCase(Locale.ROOT))
          || sentence.stream().anyMatch(d -> d.governor() == calling && (d.relation().equals("obj") || d.relation().equals("xcomp")))) {
        continue;
      }
      Optional<Dependency> ownSubject = sentence.stream().filter(d -> d.governor() == next && d.relation().equals("nsubj") && d.dependent() > calling).findFirst();
      Optional<Integer> caller = sentence.stream().filter(d -> d.governor() == calling && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (ownSubject.isEmpty() || caller.isEmpty()) {
        continue;
      }
      int noun = ownSubject.get().dependent();
      boolean judged = sentence.stream().anyMatch(d -> d.governor() == noun && (d.relation().equals("dep") || d.relation().equals("amod"))
          && d.dependent() > noun && d.dependent() < next && QuotedJudgmentReadAsModifier.opensAfterQuotationMark(tokens, DependencyEdits.phraseStart(sentence, d.dependent())));
      if (!tokens.get(noun).isNoun() || !judged || !ObjectReadAsSubjectOfParticiple.nothingButItsPhraseBetween(tokens, calling, noun)) {
        continue;
      }
      Dependency subject = ownSubject.get();
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == subject ? new Dependency(calling, noun, "obj")
          : d == clause ? new Dependency(calling, next, "conj") : d);
      mended.add(new Dependency(next, caller.get(), "nsubj"));
      return mended;
    }
    return sentence;
  }
}
