package dev.annals.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stable ids and the normal forms they are computed from. An id depends only on the article's
 * content or address, never on when or in which order it was read, so a resumed ingest computes
 * the same id again and recognises what it already stored.
 */
public final class ArticleIds {
  /** Query parameters that track a visit and never change which page is shown. */
  private static final Set<String> TRACKING_PARAMETERS = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref", "ref_src", "smid",
      "cid", "igshid", "_ga");

  private ArticleIds() {}

  /** An id for an article that has a URL: "url-" and 16 hex digits of the normalised URL's SHA-256. */
  public static String fromUrl(String url) {
    return "url-" + sha256Hex(normalizeUrl(url)).substring(0, 16);
  }

  /** An id for an article known only by its text: "text-" and 16 hex digits of the normalised text's SHA-256. */
  public static String fromText(String text) {
    return "text-" + sha256Hex(normalizeText(text)).substring(0, 16);
  }

  /** The URL's id when there is a URL, else the text's. */
  public static String fromUrlOrText(Optional<String> url, String text) {
    return url.map(ArticleIds::fromUrl).orElseGet(() -> fromText(text));
  }

  /**
   * The form two addresses of the same page share: scheme and host in lower case, no default
   * port, no fragment, no {@code utm_*} or other tracking parameters, the remaining parameters
   * sorted, no trailing slash, "www." dropped, http and https alike. A string that is not a URL is
   * only trimmed.
   */
  public static String normalizeUrl(String url) {
    String trimmed = url.strip();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      return trimmed;
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return trimmed;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      scheme = "https";
    }
    String host = uri.getHost() == null ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
        : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int port = uri.getPort();
    String authority = port < 0 || port == 80 || port == 443 ? host : host + ":" + port;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder out = new StringBuilder(scheme).append("://").append(authority).append(path);
    if (uri.getRawQuery() != null) {
      List<String> kept = new ArrayList<>();
      for (String parameter : uri.getRawQuery().split("&")) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
          kept.add(parameter);
        }
      }
      kept.sort(null);
      if (!kept.isEmpty()) {
        out.append('?').append(String.join("&", kept));
      }
    }
    return out.toString();
  }

  /**
   * The form two copies of the same text share: Unicode NFKC, lower case, curly quotes and dashes
   * made plain, every run of white space one space.
   */
  public static String normalizeText(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    normal = normal.replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
        .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
        .replaceAll("[\u2010-\u2015\u2212]", "-");
    return normal.replaceAll("\\s+", " ").strip();
  }

  static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
