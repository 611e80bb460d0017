package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Lula proposed a meeting of their foreign ministers … Sommerfeld rejected the proposal": a
 * rejection told by a plain word for what was put (cameo/proposal-nouns.txt) rejects what that
 * proposal asked for, so it takes the code cameo/rejections.tsv gives for it (a meeting
 * proposed, 036, is rejected by 125), when it is aimed at whoever made the proposal.
 */
final class RejectedProposals {
  static final String RESOURCE = "dev/annals/coding/cameo/rejections.tsv";
  /** Rejections a plain word gives: not specified, and "rejected the plan" (127), which the plan's own code refines. */
  private static final Set<String> PLAIN_REJECTIONS = Set.of("120", "127");

  private final Map<String, EventType> byPrefix;
  private final Set<String> proposalNouns = Set.copyOf(TsvFile.readWordList("dev/annals/coding/cameo/proposal-nouns.txt"));

  private RejectedProposals(Map<String, EventType> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  static RejectedProposals load(CameoCodebook codebook) {
    Map<String, EventType> byPrefix = new HashMap<>();
    for (Row row : TsvFile.readResource(RESOURCE, 2)) {
      String put = row.field(0).strip();
      String rejection = row.field(1).strip();
      if (!put.matches("(02|03|10)\\d{1,2}")) {
        throw row.error("what was put must be a 02, 03 or 10 code of 3 or 4 digits, was '" + put + "'");
      }
      if (!rejection.startsWith("12")) {
        throw row.error("rejection must be a 12 code, was '" + rejection + "'");
      }
      try {
        if (byPrefix.put(put, codebook.require(rejection, row.file() + " line " + row.lineNumber())) != null) {
          throw row.error("code " + put + " appears twice");
        }
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return new RejectedProposals(byPrefix);
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      CodedMention m = coded.get(i);
      CodedMention changed = m;
      if (PLAIN_REJECTIONS.contains(m.type().code()) && m.target().isPresent() && rejectsAProposalNoun(index, m)) {
        Optional<CodedMention> proposal = EarlierEvents.proposalTo(coded.subList(0, i), m)
            .filter(p -> p.source().actor().code().equals(m.target().get().actor().code()));
        Optional<EventType> specific = proposal.flatMap(p -> rejectionOf(p.type().code()));
        if (specific.isPresent()) {
          changed = m.withType(specific.get());
        }
      }
      result.add(changed);
    }
    return result;
  }

  private boolean rejectsAProposalNoun(DependencyIndex index, CodedMention m) {
    return index.children(m.trigger(), Set.of("obj", "nsubj:pass")).stream().anyMatch(o -> proposalNouns.contains(index.lemma(o)));
  }

  private Optional<EventType> rejectionOf(String code) {
    for (int length = code.length(); length >= 3; length--) {
      EventType type = byPrefix.get(code.substring(0, length));
      if (type != null) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
