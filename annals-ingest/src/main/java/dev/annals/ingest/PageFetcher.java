package dev.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches web pages and feeds over http(s): redirects followed (not from https down to http),
 * a connect timeout and a whole-request timeout, a User-Agent that names Annals, at most
 * {@value #MAX_BYTES} bytes of body. One instance is shared by every reader and thread
 * (HttpClient is thread-safe). No retries: a page that fails is reported and the run goes on.
 */
public final class PageFetcher {
  public static final String USER_AGENT = "Annals/0.1 (news event coder; Java HttpClient)";
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^;\"\\s]+)", Pattern.CASE_INSENSITIVE);

  private final HttpClient client;
  private final Duration requestTimeout;

  public PageFetcher() {
    this(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  public PageFetcher(Duration connectTimeout, Duration requestTimeout) {
    this.client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /**
   * A fetched page.
   *
   * @param url the address after redirects
   * @param contentType the Content-Type header, lower case, without parameters
   * @param charset the charset the Content-Type names
   * @param body the bytes, at most {@link #MAX_BYTES}
   */
  public record Page(String url, Optional<String> contentType, Optional<String> charset, byte[] body) {
    public Page {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(charset, "charset");
      Objects.requireNonNull(body, "body");
    }
  }

  /** A page that could not be fetched; the message says why ("HTTP 404", "timed out after 30 s"). */
  public static final class FetchException extends IOException {
    public FetchException(String url, String reason) {
      super(url + ": " + reason);
    }
  }

  public static boolean isWebAddress(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  public Page fetch(String url) throws FetchException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(url, "is not a valid URL (" + e.getMessage() + ")");
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new FetchException(url, "timed out after " + requestTimeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new FetchException(url, "could not be fetched (" + e + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, "fetch interrupted");
    }
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new FetchException(url, "broke off while reading (" + e + ")");
    }
    if (response.statusCode() < 200 || response.statusCode() > 299) {
      throw new FetchException(url, "HTTP " + response.statusCode());
    }
    if (body.length > MAX_BYTES) {
      body = Arrays.copyOf(body, MAX_BYTES);
    }
    Optional<String> header = response.headers().firstValue("Content-Type");
    Optional<String> contentType = header.map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    Optional<String> charset = header.flatMap(value -> {
      Matcher m = CHARSET.matcher(value);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    });
    return new Page(response.uri().toString(), contentType, charset, body);
  }
}
