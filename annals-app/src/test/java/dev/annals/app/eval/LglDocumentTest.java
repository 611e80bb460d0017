package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LGL reader and the 161 km scorer, on a made-up two-article file. */
class LglDocumentTest {
  private static final String TEXT = "Dalton man held. A Dalton, Ga., man was held in Whitfield County & Chattanooga.";

  private static final String XML = """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="1">
          <domain>daily-example.com</domain>
          <url>http://www.daily-example.com/news/1</url>
          <dltime>2009-03-20 12:24:52.002364-05</dltime>
          <text><![CDATA[%s]]></text>
          <toponyms>
            <toponym><start>0</start><end>6</end><phrase>Dalton</phrase>
              <gaztag geonameid="4191124"><name>Dalton</name><fcode>PPLA2</fcode><lat>34.7698</lat><lon>-84.9702</lon>
                <country geonameid="6252001">United States</country><admin1 geonameid="4197000">Georgia</admin1></gaztag></toponym>
            <toponym><start>19</start><end>25</end><phrase>Dalton</phrase>
              <gaztag geonameid="4191124"><name>Dalton</name><fcode>PPLA2</fcode><lat>34.7698</lat><lon>-84.9702</lon></gaztag></toponym>
            <toponym><start>27</start><end>30</end><phrase>Ga.</phrase>
              <gaztag geonameid="4197000"><name>Georgia</name><fcode>ADM1</fcode><lat>32.75</lat><lon>-83.5</lon></gaztag></toponym>
            <toponym><start>48</start><end>63</end><phrase>Whitfield County</phrase></toponym>
            <toponym><start>999</start><end>1010</end><phrase>Chattanooga</phrase>
              <gaztag geonameid="4612862"><name>Chattanooga</name><fcode>PPL</fcode><lat>35.0456</lat><lon>-85.3097</lon></gaztag></toponym>
          </toponyms>
        </article>
        <article docid="2"><domain>example.co.uk</domain><text>No places here.</text><toponyms count="0"/></article>
      </articles>
      """.formatted(TEXT);

  @TempDir Path folder;

  private List<LglDocument> read(String xml, List<String> problems) throws IOException {
    Path file = folder.resolve("gold.xml");
    Files.writeString(file, xml);
    return LglDocument.read(file, problems::add);
  }

  @Test
  void readsArticlesToponymsAndCoordinates() throws IOException {
    List<String> problems = new ArrayList<>();
    List<LglDocument> documents = read(XML, problems);
    assertThat(documents).extracting(LglDocument::id).containsExactly("1", "2");
    LglDocument first = documents.get(0);
    assertThat(first.text()).isEqualTo(TEXT);
    assertThat(first.date()).hasToString("Optional[2009-03-20]");
    assertThat(first.url()).contains("http://www.daily-example.com/news/1");
    assertThat(documents.get(1).url()).contains("example.co.uk"); // no <url>: the <domain>
    assertThat(first.toponyms()).extracting(LglDocument.Toponym::phrase).containsExactly("Dalton", "Dalton", "Ga.", "Whitfield County", "Chattanooga");
    assertThat(first.toponyms().get(0).place()).get().satisfies(p -> {
      assertThat(p.latitude()).isCloseTo(34.7698, within(1e-6));
      assertThat(p.admin1()).isEqualTo("Georgia");
    });
    assertThat(first.toponyms().get(3).place()).isEmpty();
    // Offsets that do not fit the text are mended by finding the phrase.
    LglDocument.Toponym chattanooga = first.toponyms().get(4);
    assertThat(TEXT.substring(chattanooga.start(), chattanooga.end())).isEqualTo("Chattanooga");
    assertThat(problems).isEmpty();
    assertThat(documents.get(1).toponyms()).isEmpty();
  }

  @Test
  void badInputNamesTheFile() {
    assertThatThrownBy(() -> read("<articles><article>", new ArrayList<>())).isInstanceOf(IOException.class).hasMessageContaining("gold.xml");
    assertThatThrownBy(() -> read("<corpus/>", new ArrayList<>())).isInstanceOf(IOException.class).hasMessageContaining("no <article>");
  }

  @Test
  void aToponymWhosePhraseIsNotInTheTextIsSkippedAndReported() throws IOException {
    List<String> problems = new ArrayList<>();
    List<LglDocument> documents = read(XML.replace("<phrase>Ga.</phrase>", "<phrase>Tenn.</phrase>"), problems);
    assertThat(documents.get(0).toponyms()).hasSize(4);
    assertThat(problems).singleElement().asString().contains("Tenn.", "article 1");
  }

  @Test
  void scoresWithin161KilometresAndCountsMissesAsWrong() throws IOException {
    LglDocument document = read(XML, new ArrayList<>()).get(0);
    Place dalton = new Place("Dalton", Optional.of("USA"), 34.77, -84.97, PlaceKind.CITY, 33_000);
    Place daltonEngland = new Place("Dalton-in-Furness", Optional.of("GBR"), 54.15, -3.18, PlaceKind.CITY, 8_000);
    Place georgia = new Place("Georgia", Optional.of("USA"), 32.7, -83.4, PlaceKind.ADMINISTRATIVE_REGION, 0);
    Place whitfield = new Place("Whitfield County", Optional.of("USA"), 34.8, -84.97, PlaceKind.ADMINISTRATIVE_REGION, 0);
    GeoScore score = new GeoScore();
    score.add(document, List.of(
        new GeoScore.Predicted(0, 6, "Dalton", dalton),
        new GeoScore.Predicted(19, 25, "Dalton", daltonEngland),
        new GeoScore.Predicted(27, 30, "Ga.", georgia),
        new GeoScore.Predicted(48, 63, "Whitfield County", whitfield),
        new GeoScore.Predicted(7, 10, "man", dalton)));
    // Gold with coordinates: Dalton (right), Dalton (wrong), Ga. (right), Chattanooga (missed).
    assertThat(score.accuracy161()).isCloseTo(0.5, within(1e-9));
    assertThat(score.accuracy161Recognised()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.recall()).isCloseTo(4.0 / 5, within(1e-9));
    assertThat(score.precision()).isCloseTo(4.0 / 5, within(1e-9));
    assertThat(score.medianErrorKm()).isLessThan(20);
    assertThat(score.meanErrorKm()).isGreaterThan(2000);
    assertThat(score.errors()).hasSize(3);
    assertThat(score.errors().get(0)).contains("\"Dalton\"", "Dalton-in-Furness", "km");
    assertThat(score.errors().get(1)).startsWith("missed").contains("Chattanooga").contains("[[Chattanooga]]");
    assertThat(score.errors().get(2)).startsWith("spurious").contains("\"man\"");
  }
}
