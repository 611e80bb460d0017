package dev.annals.coding.petrarch;

import java.util.List;

/**
 * An agent from a PETRARCH agent dictionary: words naming a kind of actor ("foreign minister",
 * "police") and the code it adds to the actor it belongs to, after it ({@code [~GOV]}: ARN →
 * ARNGOV) or before it ({@code [NGO~]}: ARN → NGOARN).
 *
 * @param names every form, singular and plural, each a list of lower-case words
 * @param code the agent code without the '~'
 * @param prefix true when the code goes before the actor's code
 */
public record PetrarchAgent(List<List<String>> names, String code, boolean prefix) {
  public PetrarchAgent {
    names = names.stream().map(List::copyOf).toList();
  }
}
