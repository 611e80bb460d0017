package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlDocumentTest {
  /** A made-up document in TimeBank's layout: the creation time, events, instances and links after the text. */
  private static final String DOCUMENT = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>TEST1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" temporalFunction="false" functionInDocument="CREATION_TIME">2001-05-04</TIMEX3></DCT>
      <TEXT>
      Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-02">Wednesday</TIMEX3> &amp; officials <EVENT eid="e2" class="REPORTING">said</EVENT> talks would <EVENT eid="e3" class="OCCURRENCE">resume</EVENT>.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" aspect="NONE" polarity="POS" pos="VERB"/>
      <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
      <TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2"/>
      <TLINK lid="l3" relType="AFTER" eventInstanceID="ei3" relatedToTime="t0"/>
      </TimeML>
      """;

  @Test
  void readsEventsAndTheLinksThatPutThemInsideATime(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("TEST1.tml");
    Files.writeString(file, DOCUMENT);

    TimemlDocument document = TimemlDocument.read(file);

    assertThat(document.creationDate()).isEqualTo(LocalDate.of(2001, 5, 4));
    assertThat(document.events()).extracting(TimemlDocument.GoldEvent::text).containsExactly("met", "said", "resume");
    TimemlDocument.GoldEvent said = document.events().get(1);
    assertThat(document.text().substring(said.start(), said.end())).isEqualTo("said");
    // "AFTER" places nothing inside a time; the other two do, one of them in the document's own date.
    assertThat(document.links()).containsExactly(
        new TimemlDocument.TimeLink("e1", "IS_INCLUDED", "2001-05-02", "DATE", false),
        new TimemlDocument.TimeLink("e2", "INCLUDES", "2001-05-04", "DATE", true));
    assertThat(document.timexes()).extracting(TimemlDocument.GoldTimex::value).containsExactly("2001-05-02");
  }
}
