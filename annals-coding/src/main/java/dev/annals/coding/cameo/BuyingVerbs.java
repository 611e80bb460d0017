package dev.annals.coding.cameo;

import java.util.Set;

/** Verbs of buying, whose object is the goods bought: "would buy a third drone". */
public final class BuyingVerbs {
  private BuyingVerbs() {}

  /** Their lemmas. */
  public static final Set<String> LEMMAS = Set.of("buy", "purchase", "acquire", "order");
}
