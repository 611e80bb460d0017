package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Romania called his remarks unacceptable": the parser may make the thing named the subject of
 * the naming word ({@code nsubj(unacceptable, remarks)}, {@code xcomp(called, unacceptable)}) and
 * leave "called" with no object, so the one condemned is not found. (Or it reads the two as a
 * clause of their own: "called the move 'piracy on behalf of Washington'", {@code ccomp(called,
 * piracy)}; the naming word is then the verb's xcomp as well.) A noun between a verb with no
 * object and the adjective or noun its xcomp names is the verb's object, which the naming word
 * says something of: {@code obj(called, remarks)}, {@code nsubj:xsubj(unacceptable, remarks)}.
 * Only after a verb of naming or judging ("should not expect the review to leave the agreement
 * unchanged" leaves no agreement); not an infinitive ("asked Peru to act") nor a clause with a
 * verb of its own.
 */
public final class ObjectReadAsSubjectOfSmallClause implements ParseRepair {

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency small : sentence) {
      int verb = small.governor();
      int predicate = small.dependent();
      String tag = tokens.get(predicate).tag();
      if (verb < 0 || !(small.relation().equals("xcomp") || small.relation().equals("ccomp")) || predicate < verb || !tokens.get(verb).isVerb() || !(tag.startsWith("JJ") || tag.startsWith("NN"))
          || !RepairWords.isNamingOrJudging(tokens.get(verb))
          || sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")))
          || sentence.stream().anyMatch(d -> d.governor() == predicate && (d.relation().equals("cop") || d.relation().startsWith("aux") || d.relation().equals("mark")))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == predicate && d.relation().equals("nsubj") && d.dependent() > verb && d.dependent() < predicate)
          .findFirst();
      if (subject.isEmpty() || !tokens.get(subject.get().dependent()).isNoun()) {
        continue;
      }
      int noun = subject.get().dependent();
      Dependency named = subject.get();
      // What follows the quotation the naming word closes is the verb's: "called the move
      // 'piracy on behalf of Washington' on Saturday" was called so on the Saturday.
      int closingQuote = sentence.stream().filter(d -> d.governor() == predicate && d.relation().equals("punct") && d.dependent() > predicate
          && RepairWords.isQuotationMark(tokens.get(d.dependent()))).mapToInt(Dependency::dependent).min().orElse(Integer.MAX_VALUE);
      List<Dependency> repaired = DependencyEdits.mapped(sentence, d -> d == named ? new Dependency(verb, noun, "obj")
          : d == small ? new Dependency(verb, predicate, "xcomp")
          : d.governor() == predicate && d.relation().startsWith("obl") && d.dependent() > closingQuote ? new Dependency(verb, d.dependent(), d.relation()) : d);
      repaired.add(new Dependency(predicate, noun, "nsubj:xsubj"));
      return repaired;
    }
    return sentence;
  }
}
