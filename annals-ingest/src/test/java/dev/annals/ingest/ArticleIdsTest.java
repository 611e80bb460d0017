package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://www.Example.com/a/b/                         | https://example.com/a/b",
      "http://example.com:80/a?utm_source=x&b=2&a=1#frag    | https://example.com/a?a=1&b=2",
      "https://example.com/a?fbclid=123                     | https://example.com/a",
      "HTTPS://EXAMPLE.COM                                  | https://example.com/",
      "https://example.com:8443/a                           | https://example.com:8443/a",
      "not a url                                            | not a url"})
  void urlsOfTheSamePageHaveOneForm(String url, String normal) {
    assertThat(ArticleIds.normalizeUrl(url)).isEqualTo(normal);
  }

  @Test
  void idsDependOnContentOnly() {
    assertThat(ArticleIds.fromUrl("http://www.example.com/a/?utm_medium=rss"))
        .isEqualTo(ArticleIds.fromUrl("https://example.com/a"))
        .matches("url-[0-9a-f]{16}");
    assertThat(ArticleIds.fromText("The  minister\nresigned.")).isEqualTo(ArticleIds.fromText("the minister resigned."))
        .isNotEqualTo(ArticleIds.fromText("The minister stayed."))
        .matches("text-[0-9a-f]{16}");
    assertThat(ArticleIds.fromUrlOrText(Optional.empty(), "x")).isEqualTo(ArticleIds.fromText("x"));
  }
}
