package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Business sites named with who owns them: "a Canadian-owned gold mine", "a Chinese-run cement
 * plant". Such a site stands for its owners' business, and "the company" told after it is that
 * business.
 */
public final class OwnedSites {
  /** Sites a business runs. */
  private static final Set<String> SITES = Set.of("mine", "plant", "factory", "company", "firm", "refinery", "smelter", "mill", "farm", "hotel",
      "shop", "store", "supermarket");
  /** Participles of owning or running a thing, written apart: "Canadian - owned". */
  private static final Set<String> OWNING = Set.of("own", "run", "operate");
  /** The same participles joined to the owner's word: "Canadian-owned". */
  private static final Pattern OWNING_SUFFIX = Pattern.compile("-(owned|run|operated)$");

  private OwnedSites() {}

  /** Whether the noun is a word for a site a business runs. */
  public static boolean isSite(DependencyIndex index, int noun) {
    return SITES.contains(index.lemma(noun));
  }

  /**
   * Whether the site's own adjectives say that someone owns or runs it. (Not a compound: "a
   * Chinese-run copper mine", with "run" read as a noun, is left to the owner's word alone.)
   */
  public static boolean isOwned(DependencyIndex index, int site) {
    return index.children(site).stream().filter(d -> d.relation().equals("amod"))
        .anyMatch(d -> OWNING.contains(index.lemma(d.dependent())) || OWNING_SUFFIX.matcher(index.token(d.dependent()).text().toLowerCase(Locale.ROOT)).find());
  }

  /** The owner's word without the participle joined to it: "Canadian-owned" is "Canadian". */
  public static String ownerWord(String word) {
    return OWNING_SUFFIX.matcher(word).replaceFirst("");
  }
}
