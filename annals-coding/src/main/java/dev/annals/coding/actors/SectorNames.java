package dev.annals.coding.actors;

import java.util.Map;

/** Words for CAMEO sector codes, for canonical names such as "Russia government". */
public final class SectorNames {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("COP", "police"),
      Map.entry("JUD", "judiciary"), Map.entry("LEG", "legislature"), Map.entry("OPP", "opposition"),
      Map.entry("REB", "rebels"), Map.entry("INS", "insurgents"), Map.entry("SPY", "intelligence"),
      Map.entry("BUS", "business"), Map.entry("MED", "media"), Map.entry("CVL", "civilians"),
      Map.entry("EDU", "education"), Map.entry("HLH", "health"), Map.entry("HRI", "human rights"),
      Map.entry("LAB", "labour"), Map.entry("REF", "refugees"), Map.entry("REL", "religion"),
      Map.entry("ELI", "elites"), Map.entry("AGR", "agriculture"), Map.entry("PTY", "political party"), Map.entry("CRM", "criminals"),
      Map.entry("UAF", "armed group"), Map.entry("IGO", "organisation"), Map.entry("NGO", "non-governmental organisation"));

  private SectorNames() {}

  public static String of(String sector) {
    return NAMES.getOrDefault(sector, sector.toLowerCase(java.util.Locale.ROOT));
  }
}
