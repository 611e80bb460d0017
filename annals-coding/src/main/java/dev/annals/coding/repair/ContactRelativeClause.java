package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "a ceasefire the two sides had signed a week earlier", "an offer Dili accepted on Thursday": a
 * relative clause with no pronoun, whose object is the noun before it. The parser hangs its verb
 * elsewhere ({@code xcomp(breaking, signed)}, {@code acl(offer, accepted)}) and gives it no
 * object, so the signing or accepting loses what it signed or accepted. A finite verb with its own
 * subject right after a noun, and no object or complement of its own, is that noun's relative
 * clause, the noun its object: {@code acl:relcl(ceasefire, signed)}, {@code obj(signed, ceasefire)}.
 * The parser may also set such a clause beside the main one: "imposed sanctions on two ministers
 * it accused of helping Iran" ({@code parataxis(imposed, accused)}).
 */
public final class ContactRelativeClause implements ParseRepair {
  /** How the parser hangs such a clause: as a loose complement or modifier of something. */
  private static final Set<String> LOOSE = Set.of("acl", "xcomp", "dep");
  /** What a verb that already has its object or complement has. */
  static final Set<String> OWN_COMPLEMENTS = Set.of("obj", "ccomp", "xcomp", "iobj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int verb = hung.dependent();
      // "sanctions on two ministers it accused of helping Iran", hung on the main verb as a
      // parataxis; not a closing attribution ("..., officials said"), which says.
      boolean parataxis = hung.relation().equals("parataxis") && !RepairWords.isSaying(tokens.get(verb));
      if (!(LOOSE.contains(hung.relation()) || parataxis) || hung.governor() < 0 || !finite(tokens, sentence, verb)) {
        continue;
      }
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      // "the development aid it gives Nicaragua": a verb of giving whose one object is a name
      // gives the noun before to it, the name its indirect object.
      Optional<Dependency> recipient = GIVING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
          ? sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && tokens.get(d.dependent()).tag().startsWith("NNP")).findFirst()
          : Optional.empty();
      boolean ownComplement = sentence.stream().anyMatch(d -> d.governor() == verb && OWN_COMPLEMENTS.contains(d.relation())
          && !(recipient.isPresent() && d == recipient.get()));
      if (subject.isEmpty() || subject.get() > verb || ownComplement) {
        continue;
      }
      int start = DependencyEdits.phraseStart(sentence, subject.get());
      int noun = start - 1;
      if (noun < 0 || !(tokens.get(noun).tag().equals("NN") || tokens.get(noun).tag().equals("NNS"))) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(noun, verb, "acl:relcl")
          : recipient.isPresent() && d == recipient.get() ? new Dependency(verb, d.dependent(), "iobj") : d);
      mended.add(new Dependency(verb, noun, "obj"));
      return mended;
    }
    return sentence;
  }

  /** Verbs of giving, whose first object may be whom the thing is given to: "gives Nicaragua". */
  private static final Set<String> GIVING = Set.of("give", "send", "pay", "lend", "grant", "offer");

  /** A past or present verb, or a participle or base verb with an auxiliary: "signed", "gives", "had signed", "would accept". */
  private static boolean finite(List<Token> tokens, List<Dependency> sentence, int verb) {
    String tag = tokens.get(verb).tag();
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || ((tag.equals("VBN") || tag.equals("VB")) && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux")));
  }
}
