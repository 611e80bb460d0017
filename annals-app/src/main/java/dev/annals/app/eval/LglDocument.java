package dev.annals.app.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One article of a geoparsing corpus in the LGL format (Lieberman, Samet and Sankaranarayanan's
 * local-news corpus): {@code <article docid>} with {@code <text>} and {@code <toponyms>}, each
 * {@code <toponym>} with character offsets into the text, the phrase, and, when the annotators
 * found it in GeoNames, a {@code <gaztag geonameid>} with name, feature code, country, admin1,
 * {@code <lat>} and {@code <lon>}.
 *
 * @param date the download date ({@code <dltime>}), if given; the reference date for coding
 * @param url where the article was published ({@code <url>}, else {@code <domain>}), if given;
 *     Annals reads only what any web address says (its country's domain), nothing of a paper
 */
public record LglDocument(String id, Optional<LocalDate> date, Optional<String> url, String text, List<Toponym> toponyms) {
  public LglDocument {
    java.util.Objects.requireNonNull(url, "url");
    toponyms = List.copyOf(toponyms);
  }

  /** A gold toponym; {@code place} is empty when the annotators gave no coordinates. */
  public record Toponym(int start, int end, String phrase, Optional<GoldPlace> place) {}

  /** Where the annotators put a toponym. */
  public record GoldPlace(String geonameId, String name, String featureCode, String country, String admin1, double latitude, double longitude) {
    public String describe() {
      return String.format(java.util.Locale.ROOT, "%s%s%s (%.2f, %.2f)", name, admin1.isEmpty() ? "" : ", " + admin1,
          country.isEmpty() ? "" : ", " + country, latitude, longitude);
    }
  }

  /**
   * Reads every article of an LGL file.
   *
   * @param problems receives one line per toponym or article that had to be skipped, naming it
   * @throws IOException naming the file when it is not XML or has no {@code <article>}
   */
  public static List<LglDocument> read(Path file, java.util.function.Consumer<String> problems) throws IOException {
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      xml = builder().parse(in);
    } catch (SAXException e) {
      throw new IOException(file + ": not well-formed XML: " + e.getMessage());
    }
    NodeList articles = xml.getElementsByTagName("article");
    if (articles.getLength() == 0) {
      throw new IOException(file + ": no <article> element (expected LGL geoparsing XML)");
    }
    List<LglDocument> documents = new ArrayList<>();
    for (int a = 0; a < articles.getLength(); a++) {
      Element article = (Element) articles.item(a);
      String id = article.getAttribute("docid").isEmpty() ? file.getFileName() + "#" + (a + 1) : article.getAttribute("docid");
      Optional<Element> textElement = child(article, "text");
      if (textElement.isEmpty()) {
        problems.accept(file + ": article " + id + " has no <text> (skipped)");
        continue;
      }
      String text = textElement.get().getTextContent();
      Optional<LocalDate> date = child(article, "dltime").map(Element::getTextContent).map(String::strip)
          .filter(s -> s.length() >= 10 && s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")).map(s -> LocalDate.parse(s.substring(0, 10)));
      Optional<String> url = child(article, "url").map(Element::getTextContent).map(String::strip).filter(s -> !s.isEmpty())
          .or(() -> child(article, "domain").map(Element::getTextContent).map(String::strip).filter(s -> !s.isEmpty()));
      List<Toponym> toponyms = new ArrayList<>();
      Optional<Element> list = child(article, "toponyms");
      for (Element toponym : list.map(l -> children(l, "toponym")).orElse(List.of())) {
        try {
          toponyms.add(toponym(toponym, text));
        } catch (IllegalArgumentException e) {
          problems.accept(file + ": article " + id + ": " + e.getMessage() + " (toponym skipped)");
        }
      }
      documents.add(new LglDocument(id, date, url, text, toponyms));
    }
    return documents;
  }

  private static Toponym toponym(Element toponym, String text) {
    String phrase = child(toponym, "phrase").map(Element::getTextContent).orElse("");
    int start;
    int end;
    try {
      start = Integer.parseInt(child(toponym, "start").map(Element::getTextContent).orElse("").strip());
      end = Integer.parseInt(child(toponym, "end").map(Element::getTextContent).orElse("").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("toponym '" + phrase + "' has no numeric <start>/<end>");
    }
    if (start < 0 || end > text.length() || end <= start || !text.substring(start, end).equals(phrase)) {
      // Offsets counted another way (code points, a trimmed text): find the phrase nearby.
      int found = phrase.isEmpty() ? -1 : nearest(text, phrase, Math.max(0, Math.min(start, text.length())));
      if (found < 0) {
        throw new IllegalArgumentException("toponym '" + phrase + "' at " + start + "-" + end + " is not in the text");
      }
      start = found;
      end = found + phrase.length();
    }
    Optional<GoldPlace> place = child(toponym, "gaztag").flatMap(gaztag -> {
      Optional<String> lat = child(gaztag, "lat").map(Element::getTextContent).map(String::strip);
      Optional<String> lon = child(gaztag, "lon").map(Element::getTextContent).map(String::strip);
      if (lat.isEmpty() || lon.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new GoldPlace(gaztag.getAttribute("geonameid"), child(gaztag, "name").map(Element::getTextContent).orElse(phrase),
            child(gaztag, "fcode").map(Element::getTextContent).orElse(""), child(gaztag, "country").map(Element::getTextContent).orElse(""),
            child(gaztag, "admin1").map(Element::getTextContent).orElse(""), Double.parseDouble(lat.get()), Double.parseDouble(lon.get())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("toponym '" + phrase + "' has coordinates that are not numbers: " + lat.get() + ", " + lon.get());
      }
    });
    return new Toponym(start, end, phrase, place);
  }

  private static int nearest(String text, String phrase, int around) {
    int after = text.indexOf(phrase, around);
    int before = text.lastIndexOf(phrase, around);
    if (after < 0) {
      return before;
    }
    if (before < 0) {
      return after;
    }
    return after - around <= around - before ? after : before;
  }

  private static DocumentBuilder builder() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setCoalescing(true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML parser: " + e.getMessage(), e);
    }
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
