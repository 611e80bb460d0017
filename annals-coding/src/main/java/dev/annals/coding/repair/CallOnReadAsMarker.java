package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Zelensky called on Western allies to send more air defence systems": the parser sometimes reads
 * "on" as the marker of "send" and the allies as its subject ({@code mark(send, on)}, {@code
 * nsubj(send, allies)}, {@code advcl(called, send)}), so the appeal loses its addressee. It is
 * mended to the parse CoreNLP gives the same phrase elsewhere: "on" a particle of "called" ({@code
 * compound:prt(called, on)}), the allies its object ({@code obj(called, allies)}) and the
 * controller of "send" ({@code xcomp(called, send)}, {@code nsubj:xsubj(send, allies)}). Where the
 * act was hung on a clause the parser made the complement of "called", that clause is left hung
 * loosely ({@code dep}) for the later repairs.
 */
public final class CallOnReadAsMarker implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency advcl : sentence) {
      int act = advcl.dependent();
      if (advcl.governor() < 0 || !advcl.baseRelation().equals("advcl")) {
        continue;
      }
      // "called on Israel to withdraw from positions it has held": the act may be hung on a
      // clause the parser made the complement of "called" ({@code ccomp(called, held)}, {@code
      // advcl(held, withdraw)}).
      Dependency between = advcl.governor() > 0 && !isCall(tokens, advcl.governor())
          ? sentence.stream().filter(d -> d.dependent() == advcl.governor() && d.governor() >= 0 && isCall(tokens, d.governor())
              && d.governor() < act && (d.relation().equals("ccomp") || d.baseRelation().equals("advcl"))).findFirst().orElse(null)
          : null;
      int verb = between != null ? between.governor() : advcl.governor();
      if (!isCall(tokens, verb)) {
        // "offered to mediate and called on both governments to settle the matter": the act may
        // be hung on another verb altogether; the call is then the word just before its "on".
        verb = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("on"))
            .map(d -> d.dependent() - 1).filter(c -> isCall(tokens, c) && c < act).findFirst().orElse(-1);
        if (verb < 0) {
          continue;
        }
      }
      // "called Thursday on Arabs to unite": a day word may stand between the verb and "on".
      int onAt = verb + 1 < tokens.size() && RepairWords.isDay(tokens.get(verb + 1)) ? verb + 2 : verb + 1;
      Dependency on = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("on") && d.dependent() == onAt)
          .findFirst().orElse(null);
      Dependency addressee = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("nsubj") && d.dependent() < act).findFirst().orElse(null);
      if (on == null || addressee == null) {
        continue;
      }
      List<Dependency> out = DependencyEdits.without(sentence, advcl, on, addressee, between);
      if (between != null) {
        // What it was hung on is left loose for the repairs after this one to place.
        out.add(new Dependency(verb, between.dependent(), "dep"));
      }
      out.add(new Dependency(verb, on.dependent(), "compound:prt"));
      out.add(new Dependency(verb, addressee.dependent(), "obj"));
      out.add(new Dependency(verb, act, "xcomp"));
      out.add(new Dependency(act, addressee.dependent(), "nsubj:xsubj"));
      return out;
    }
    return sentence;
  }

  private static boolean isCall(List<Token> tokens, int token) {
    return token >= 0 && tokens.get(token).lemma().equalsIgnoreCase("call");
  }
}
