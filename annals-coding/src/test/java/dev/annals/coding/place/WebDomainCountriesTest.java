package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.model.Article;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The country a publisher's web domain names. */
class WebDomainCountriesTest {
  private static WebDomainCountries domains;

  @BeforeAll
  static void load() {
    domains = WebDomainCountries.load(ActorDictionary.load().countries());
  }

  private static Optional<String> country(String address) {
    return domains.publisherCountry(new Article("a", "text", Optional.empty(), Optional.empty(), Optional.of(address), Optional.empty()));
  }

  @Test
  void webDomainsNameCountriesOnlyWhenTheyAreCountryCodes() {
    assertThat(country("http://www.lfpress.example.ca/story?id=1")).contains("CAN");
    assertThat(country("news.example.co.uk")).contains("GBR");
    assertThat(country("https://example.com.lb:8080/x")).contains("LBN");
    assertThat(country("https://example.com/a.ru")).isEmpty(); // the path is no domain
    assertThat(country("https://example.tv")).isEmpty(); // sold for any use
    assertThat(country("localhost")).isEmpty();
  }

  @Test
  void thePublisherStandsInWhenTheArticleHasNoAddress() {
    Article article = new Article("a", "text", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("www.example.de"));
    assertThat(domains.publisherCountry(article)).contains("DEU");
    assertThat(domains.publisherCountry(new Article("a", "text", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
        .isEmpty();
  }
}
