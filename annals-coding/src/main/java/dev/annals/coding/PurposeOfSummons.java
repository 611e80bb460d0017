package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "summoned Iran's ambassador to deliver a strong protest over the violation of its airspace": the
 * purpose of a summons is the summoner's, though the parse gives it the envoy as its subject; what
 * it tells with the envoy as doer (the protest, the violation it is about) is the summons itself,
 * the one complaint a CAMEO coder codes. Acts of others named in it stay ("summoned the French
 * ambassador to protest against a French naval exercise").
 */
final class PurposeOfSummons {
  private PurposeOfSummons() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !inPurposeOfSummons(index, m, coded)).toList();
  }

  private static boolean inPurposeOfSummons(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    for (CodedMention summons : coded) {
      if (summons == m || summons.sentence() != m.sentence() || !index.lemma(summons.trigger()).equals("summon")) {
        continue;
      }
      // Only what the parse makes the envoy do: "a French naval exercise" named in the purpose is
      // France's all the same.
      boolean envoysDeed = summons.target().map(t -> t.actor().code().equals(m.source().actor().code())).orElse(false);
      if (!envoysDeed) {
        continue;
      }
      for (int purpose : index.children(summons.trigger()).stream()
          .filter(d -> d.relation().equals("xcomp") || d.relation().equals("advcl:to") || d.relation().equals("advcl")).map(d -> d.dependent()).toList()) {
        if (index.token(purpose).isVerb() && index.subtree(purpose, Set.of()).contains(m.trigger())) {
          return true;
        }
      }
    }
    return false;
  }
}
