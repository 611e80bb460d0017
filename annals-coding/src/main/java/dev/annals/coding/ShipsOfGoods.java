package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Mexico sent two tankers of crude oil and a ship carrying food and medicine to Cuba": ships sent
 * laden with goods are a shipment, aid (070) to whom they go, not a show of force (150) by the
 * sender's navy. A ship is laden when the text says what it carries ("carrying food") or what it
 * is of ("tankers of crude oil").
 */
final class ShipsOfGoods {
  /** Demonstrate military power. */
  private static final String SHOW_OF_FORCE = "150";
  /** Verbs of carrying, by which a ship is told laden. */
  private static final Set<String> CARRYING = Set.of("carry", "transport", "bring", "laden", "load");
  /** Goods a shipment carries. */
  private static final Set<String> GOODS = Set.of("food", "medicine", "aid", "fuel", "oil", "crude", "grain", "wheat", "rice", "supply", "diesel", "gas",
      "water", "cargo", "relief", "equipment");

  private final EventType aid;

  ShipsOfGoods(CameoCodebook codebook) {
    this.aid = codebook.require("070", "ships of goods");
  }

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!m.type().code().equals(SHOW_OF_FORCE) || !laden(index, m.trigger())) {
        result.add(m);
        continue;
      }
      // "to Cuba" on the verb, or on the ship's carrying ("a ship carrying food and medicine to Cuba").
      List<Integer> to = new ArrayList<>(index.children(m.trigger(), Set.of("obl:to")));
      ships(index, m.trigger()).forEach(ship -> index.children(ship, Set.of("acl")).forEach(c -> to.addAll(index.children(c, Set.of("obl:to")))));
      List<ActorMention> receivers = to.stream().flatMap(t -> actors.at(t).stream()).toList();
      CodedMention shipment = m.withType(aid);
      result.add(receivers.isEmpty() ? shipment : shipment.withTarget(receivers.get(0)));
    }
    return result;
  }

  /** What the verb sends: its objects and the objects joined to them. */
  private static List<Integer> ships(DependencyIndex index, int verb) {
    List<Integer> ships = new ArrayList<>(index.children(verb, Set.of("obj")));
    ships.addAll(ships.stream().flatMap(s -> index.children(s).stream().filter(d -> d.relation().startsWith("conj")).map(d -> d.dependent())).toList());
    return ships;
  }

  /** Whether a ship the verb sends is told laden with goods. */
  private static boolean laden(DependencyIndex index, int verb) {
    for (int ship : ships(index, verb)) {
      boolean ofGoods = index.children(ship, Set.of("nmod:of")).stream().anyMatch(g -> isGoods(index, g));
      boolean carrying = index.children(ship, Set.of("acl")).stream().filter(c -> CARRYING.contains(lemma(index, c)))
          .anyMatch(c -> index.children(c, Set.of("obj", "obl:with")).stream().anyMatch(g -> isGoods(index, g)));
      if (ofGoods || carrying) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGoods(DependencyIndex index, int word) {
    return GOODS.contains(lemma(index, word)) || index.children(word, Set.of("compound", "amod")).stream().anyMatch(c -> GOODS.contains(lemma(index, c)));
  }

  private static String lemma(DependencyIndex index, int word) {
    return index.lemma(word).toLowerCase(Locale.ROOT);
  }
}
