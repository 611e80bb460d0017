package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import java.util.Locale;
import java.util.Optional;
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
      "shop", "store", "supermarket", "project", "venture");
  /** Sites that are undertakings rather than places: what is done to them is done to their owners. */
  private static final Set<String> UNDERTAKINGS = Set.of("project", "venture");
  /** Participles of owning or running a thing, written apart: "Canadian - owned". */
  private static final Set<String> OWNING = Set.of("own", "run", "operate");
  /** The same participles joined to the owner's word: "Canadian-owned". */
  private static final Pattern OWNING_SUFFIX = Pattern.compile("-(owned|run|operated)$");

  private OwnedSites() {}

  /**
   * Whether the noun is a word for an undertaking, not a place: "a French-run uranium project".
   * (A mine or a plant stays the place where things happen, as the article's places read it.)
   */
  public static boolean isUndertaking(DependencyIndex index, int noun) {
    return UNDERTAKINGS.contains(index.lemma(noun));
  }

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

  /**
   * The word for who owns or runs the site, when its words say so: "Canadian" of "a
   * Canadian-owned gold mine", and of "a French - run uranium project" with "run" read as a noun
   * that the owner's word describes.
   */
  public static Optional<String> ownersWord(DependencyIndex index, int site) {
    for (var d : index.children(site)) {
      String word = index.token(d.dependent()).text();
      if (d.relation().equals("amod") && OWNING_SUFFIX.matcher(word.toLowerCase(Locale.ROOT)).find()) {
        return Optional.of(ownerWord(word));
      }
      if ((d.relation().equals("compound") || d.relation().equals("amod")) && OWNING.contains(index.lemma(d.dependent()))) {
        Optional<String> owner = index.children(d.dependent(), Set.of("amod", "compound")).stream().map(o -> index.token(o).text()).findFirst();
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    return Optional.empty();
  }

  /** The owner's word without the participle joined to it: "Canadian-owned" is "Canadian". */
  public static String ownerWord(String word) {
    return OWNING_SUFFIX.matcher(word).replaceFirst("");
  }
}
