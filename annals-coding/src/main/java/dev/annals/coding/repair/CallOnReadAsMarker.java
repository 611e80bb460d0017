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
 * controller of "send" ({@code xcomp(called, send)}, {@code nsubj:xsubj(send, allies)}).
 */
public final class CallOnReadAsMarker implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency advcl : sentence) {
      int verb = advcl.governor();
      int act = advcl.dependent();
      if (verb < 0 || !advcl.baseRelation().equals("advcl") || !tokens.get(verb).lemma().equalsIgnoreCase("call")) {
        continue;
      }
      // "called Thursday on Arabs to unite": a day word may stand between the verb and "on".
      int onAt = verb + 1 < tokens.size() && RepairWords.isDay(tokens.get(verb + 1)) ? verb + 2 : verb + 1;
      Dependency on = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("on") && d.dependent() == onAt)
          .findFirst().orElse(null);
      Dependency addressee = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("nsubj") && d.dependent() < act).findFirst().orElse(null);
      if (on == null || addressee == null) {
        continue;
      }
      List<Dependency> out = DependencyEdits.without(sentence, advcl, on, addressee);
      out.add(new Dependency(verb, on.dependent(), "compound:prt"));
      out.add(new Dependency(verb, addressee.dependent(), "obj"));
      out.add(new Dependency(verb, act, "xcomp"));
      out.add(new Dependency(act, addressee.dependent(), "nsubj:xsubj"));
      return out;
    }
    return sentence;
  }
}
