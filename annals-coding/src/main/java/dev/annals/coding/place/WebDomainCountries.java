package dev.annals.coding.place;

import dev.annals.coding.actors.Country;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country a web domain names: every ISO-2 code of the actor dictionary's countries ("ca":
 * CAN), corrected by {@value #COUNTRY_DOMAINS_RESOURCE} ("uk": GBR; "tv" sold for any use names
 * none). A publisher's domain leans an article's names towards its country.
 *
 * @param countryByDomain the ISO-3 code each country-code domain names, by domain without the dot
 */
record WebDomainCountries(Map<String, String> countryByDomain) {
  /** Where the country-code web domains that are not ISO-2 codes are listed. */
  static final String COUNTRY_DOMAINS_RESOURCE = "dev/annals/coding/place/country-domains.tsv";

  WebDomainCountries {
    countryByDomain = Map.copyOf(countryByDomain);
  }

  /** @throws dev.annals.coding.knowledge.KnowledgeFileException when {@value #COUNTRY_DOMAINS_RESOURCE} has a bad row */
  static WebDomainCountries load(List<Country> countries) {
    Map<String, String> domains = new HashMap<>();
    for (Country country : countries) {
      domains.put(country.iso2().strip().toLowerCase(Locale.ROOT), country.iso3());
    }
    for (TsvFile.Row row : TsvFile.readResource(COUNTRY_DOMAINS_RESOURCE, 2)) {
      String domain = row.field(0).strip().toLowerCase(Locale.ROOT);
      if (!domain.matches("[a-z]{2,}")) {
        throw row.error("a domain is letters without the dot, was '" + row.field(0) + "'");
      }
      Optional<String> iso3 = row.optional(1);
      if (iso3.isPresent() && !iso3.get().matches("[A-Z]{3}")) {
        throw row.error("country must be an ISO-3 code in capitals or '-', was '" + iso3.get() + "'");
      }
      if (iso3.isPresent()) {
        domains.put(domain, iso3.get());
      } else {
        domains.remove(domain);
      }
    }
    return new WebDomainCountries(domains);
  }

  /**
   * The country whose web domain the article's address or publisher ends in
   * ("http://www.example.co.uk/news": GBR); empty for ".com" and other domains of no country.
   */
  Optional<String> publisherCountry(Article article) {
    Optional<String> address = article.url().or(article::publisher);
    if (address.isEmpty()) {
      return Optional.empty();
    }
    String host = address.get().strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    host = host.replaceFirst("[/?#:].*$", "");
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int dot = host.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(countryByDomain.get(host.substring(dot + 1)));
  }
}
