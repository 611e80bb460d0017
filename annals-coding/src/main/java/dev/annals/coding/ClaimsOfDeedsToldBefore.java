package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Gunmen kidnapped three Chinese engineers ... The Islamic State's Khorasan branch said in a
 * statement that its fighters had carried out the abduction": a side's saying that its own people
 * did a deed the story told before ("the abduction", with "the") claims responsibility for it
 * (015), and the deed it names is that earlier one told again, not a second abduction. {@link
 * ClaimedDeeds}, after this, gives the claimant the nameless doers of the earlier deed.
 */
final class ClaimsOfDeedsToldBefore {
  private static final String STATEMENT = "010";

  private final EventType claim;

  ClaimsOfDeedsToldBefore(CameoCodebook codebook) {
    this.claim = codebook.require("015", "a claim of a deed told before");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>(coded);
    for (CodedMention saying : coded) {
      if (!saying.type().code().equals(STATEMENT) || saying.target().isPresent() || saying.negated()) {
        continue;
      }
      for (CodedMention deed : coded) {
        if (deed == saying || deed.sentence() != saying.sentence() || !ClaimedDeeds.CLAIMED_ROOTS.contains(deed.type().rootCode()) || deed.negated()
            || !deed.source().actor().equals(saying.source().actor()) || !index.inComplementOf(saying.trigger(), deed.trigger(), Set.of("ccomp"))
            || !index.token(deed.trigger()).isNoun() || !index.hasChildLemma(deed.trigger(), "det", Set.of("the"))
            || coded.stream().noneMatch(earlier -> earlier.sentence() < deed.sentence() && earlier.type().rootCode().equals(deed.type().rootCode()))) {
          continue;
        }
        result.replaceAll(m -> m == saying ? saying.withType(claim) : m);
        result.remove(deed);
        break;
      }
    }
    return result;
  }
}
