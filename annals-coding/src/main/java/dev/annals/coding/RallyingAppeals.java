package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The Arab League urged the EC to support the PLO", "a newspaper called on Arabs to mobilize
 * against Sharon": an appeal to others to back or to oppose a third party is, as CAMEO reads
 * it, the appealer rallying support for that party (053) or opposition against it (113). The
 * appeal to the addressee is kept beside it.
 */
final class RallyingAppeals {
  /** What an appeal asks its addressee to do: "urged [the EC to support]", "called on Arabs [to mobilize]". */
  private static final Set<String> APPEAL_CONTENT = Set.of("xcomp", "ccomp", "advcl:to");

  private final CameoCodebook codebook;

  RallyingAppeals(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** The mentions, followed by the rallying each appeal to back or oppose a third party amounts to. */
  List<CodedMention> add(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>(coded);
    for (CodedMention appeal : coded) {
      String root = appeal.type().rootCode();
      if (!(root.equals("02") || root.equals("10")) || appeal.target().isEmpty()) {
        continue;
      }
      var addressee = appeal.target().get().actor();
      for (CodedMention content : coded) {
        if (content == appeal || content.sentence() != appeal.sentence() || content.target().isEmpty() || !content.source().actor().equals(addressee)) {
          continue;
        }
        var third = content.target().get().actor();
        String code = content.type().rootCode().equals("05") ? "053" : content.type().code().equals("113") ? "113" : null;
        // By code: "IAEA chief Grossi urged Tehran to resume cooperation with the agency" rallies no one.
        boolean party = third.code().equals(addressee.code()) || third.code().equals(appeal.source().actor().code())
            // "urged the two countries to resolve the dispute": both are asked; neither is rallied against the other.
            || coded.stream().anyMatch(other -> other.trigger() == appeal.trigger() && other.target().map(t -> t.actor().code().equals(third.code())).orElse(false));
        if (code == null || party || !index.inComplementOf(appeal.trigger(), content.trigger(), APPEAL_CONTENT)) {
          continue;
        }
        result.add(new CodedMention(appeal.sentence(), appeal.trigger(), appeal.anchors(), appeal.source(), content.target(), codebook.require(code, "rallying"),
            appeal.modality(), appeal.negated(), false, appeal.tense(), appeal.pattern()));
      }
    }
    return result;
  }
}
