package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "NATO troops have arrived in Bosnia, Defense Secretary William Perry said": the parser may hang
 * the speaker on the noun before it as an apposition ({@code appos(Bosnia, Perry)}) and leave
 * "said" with no subject, so that Bosnia is read as the secretary. A name right before a
 * subjectless verb of saying is its speaker, not an apposition: {@code nsubj(said, Perry)}.
 */
public final class SpeakerReadAsApposition implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency appos : sentence) {
      int speaker = appos.dependent();
      int verb = speaker + 1;
      if (!appos.relation().equals("appos") || appos.governor() < 0 || appos.governor() >= speaker || verb >= tokens.size()
          || !tokens.get(speaker).tag().startsWith("NNP") || !RepairWords.isSaying(tokens.get(verb))
          || sentence.stream().noneMatch(d -> d.dependent() == verb)
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      return DependencyEdits.replaced(sentence, appos, new Dependency(verb, speaker, "nsubj"));
    }
    for (Dependency appos : sentence) {
      List<Dependency> mended = speakerTakenFromFarSubject(tokens, sentence, appos);
      if (mended != sentence) {
        return mended;
      }
    }
    return sentence;
  }

  /**
   * "Forces freed 14 hostages, among them two priests, who had been held by rebels, the defence
   * ministry said": the parser makes the priests the subject of "said" and the ministry their
   * apposition. A noun phrase right before a verb of saying, with no comma between, whose
   * "apposition" governor lies beyond a clause of its own (a verb between them), is the speaker;
   * the far noun keeps only a loose link to the verb.
   */
  private static List<Dependency> speakerTakenFromFarSubject(List<Token> tokens, List<Dependency> sentence, Dependency appos) {
    int speaker = appos.dependent();
    int verb = speaker + 1;
    int far = appos.governor();
    if (!appos.relation().equals("appos") || far < 0 || far >= speaker || verb >= tokens.size() || !tokens.get(speaker).isNoun()
        || !RepairWords.isSaying(tokens.get(verb))) {
      return sentence;
    }
    Dependency farSubject = sentence.stream().filter(d -> d.governor() == verb && d.dependent() == far && d.relation().equals("nsubj")).findFirst().orElse(null);
    boolean clauseBetween = false;
    for (int t = far + 1; t < speaker; t++) {
      clauseBetween |= tokens.get(t).tag().startsWith("VB");
    }
    // ("… 17 North Koreans …, among them four children, at a bus station in Shenyang on Friday, a
    // South Korean aid group said": "among them" marks the far noun as an aside, clause or not.)
    boolean aside = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obl:among") && d.dependent() < far);
    if (farSubject == null || !(clauseBetween || aside)) {
      return sentence;
    }
    return DependencyEdits.replaced(DependencyEdits.replaced(sentence, appos, new Dependency(verb, speaker, "nsubj")), farSubject, new Dependency(verb, far, "dep"));
  }
}
