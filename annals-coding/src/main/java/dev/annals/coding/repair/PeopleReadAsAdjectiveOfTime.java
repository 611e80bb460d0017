package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "delivered food aid to 1.5 million Sudanese last month": the parser may take the whole run for
 * one noun phrase headed by "month", with "Sudanese" an adjective of it ({@code obl:to(delivered,
 * month)}, {@code amod(month, Sudanese)}, {@code nummod(month, million)}), so the aid goes to a
 * month. A capitalised adjective with a number, before "last", "next" or "this" and a period, is a
 * group of people (the phrase's head, where the period was attached: {@code obl:to(delivered,
 * Sudanese)}) and the period is the time of the verb ({@code obl:tmod(delivered, month)}); the
 * number and the preposition go with the people.
 */
public final class PeopleReadAsAdjectiveOfTime implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency attachment : sentence) {
      int period = attachment.dependent();
      int people = period - 2;
      if (attachment.governor() < 0 || people < 0 || !RepairWords.isRelativePeriod(tokens, period)
          || !tokens.get(people).tag().equals("JJ") || !Character.isUpperCase(tokens.get(people).text().charAt(0))) {
        continue;
      }
      boolean adjectiveOfPeriod = sentence.stream().anyMatch(d -> d.governor() == period && d.dependent() == people && d.relation().equals("amod"));
      boolean counted = sentence.stream().anyMatch(d -> d.governor() == period && d.relation().equals("nummod") && d.dependent() < people);
      if (!adjectiveOfPeriod || !counted) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == attachment) {
          out.add(new Dependency(d.governor(), people, d.relation()));
          out.add(new Dependency(d.governor(), period, d.baseRelation().equals("nmod") ? "nmod:tmod" : "obl:tmod"));
        } else if (d.governor() == period && d.dependent() == people) {
          continue;
        } else if (d.governor() == period && d.dependent() < people) {
          // The number and the preposition go with the people.
          out.add(new Dependency(people, d.dependent(), d.relation()));
        } else {
          out.add(d);
        }
      }
      return out;
    }
    return sentence;
  }
}
