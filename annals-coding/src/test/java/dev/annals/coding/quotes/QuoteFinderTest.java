package dev.annals.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.ArticleCoder;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import dev.annals.model.Quote;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
  private static ArticleCoder coder;

  @BeforeAll
  static void load() {
    coder = ArticleCoder.loadDefault();
  }

  @Test
  void aQuoteFollowedByHeSaidGoesToTheLastSpeakerNotTheLastPersonNamed() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "Spokesman/spokesman/NN Dmitry/Dmitry/NNP/PERSON Peskov/Peskov/NNP/PERSON said/say/VBD Putin/Putin/NNP/PERSON would/would/MD travel/travel/VB ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) punct(4,8)")
        .sentence(
            "“/“/`` It/it/PRP is/be/VBZ very/very/RB important/important/JJ ,/,/, ”/”/'' he/he/PRP said/say/VBD ././.",
            "punct(5,1) nsubj(5,2) cop(5,3) advmod(5,4) ccomp(9,5) punct(9,6) punct(9,7) nsubj(9,8) root(0,9) punct(9,10)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(quote.text()).contains("It is very important");
    assertThat(quote.speaker()).isPresent();
    assertThat(quote.speaker().get().actor().name()).isEqualTo("Dmitry Peskov");
  }

  @Test
  void aScareQuoteHasNoSpeaker() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT two/two/CD countries/country/NNS agreed/agree/VBD to/to/IN a/a/DT “/“/`` no/no/DT limits/limit/NNS ”/”/'' partnership/partnership/NN ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) root(0,4) case(11,5) det(11,6) punct(9,7) det(9,8) compound(11,9) punct(9,10) obl:to(4,11) punct(4,12)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("no limits");
      assertThat(q.speaker()).isEmpty();
    });
  }

  @Test
  void quoteSpansPairCurlyAndStraightMarks() {
    assertThat(QuoteFinder.quoteSpans("He said “yes” and \"no\".")).hasSize(2);
    assertThat(QuoteFinder.quoteSpans("An “unclosed quote\n\nNext paragraph.")).hasSize(1);
    assertThat(QuoteFinder.quoteSpans("No quotes here.")).isEmpty();
  }
  private static String speakerWords(CodedArticle article, Quote quote) {
    return quote.speakerSpan().map(s -> s.of(article.article().text())).orElse("-");
  }

  @Test
  void aSpeakerWhoIsNoCodedActorStillGetsTheWordsThatNameThem() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "“/“/`` We/we/PRP need/need/VBP the/the/DT money/money/NN ,/,/, ”/”/'' a/a/DT neighbour/neighbour/NN said/say/VBD ././.",
            "punct(3,1) nsubj(3,2) ccomp(10,3) det(5,4) obj(3,5) punct(3,6) punct(3,7) det(9,8) nsubj(10,9) root(0,10) punct(10,11)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(quote.text()).startsWith("We need the money");
    assertThat(quote.speaker()).isEmpty();
    assertThat(speakerWords(article, quote)).isEqualTo("a neighbour");
  }

  @Test
  void saidWithTheNameAfterItTakesThatName() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "“/“/`` Schools/school/NNS need/need/VBP money/money/NN ,/,/, ”/”/'' said/say/VBD Amelize/Amelize/NNP/PERSON Joseph/Joseph/NNP/PERSON ././.",
            "punct(3,1) nsubj(3,2) ccomp(7,3) obj(3,4) punct(3,5) punct(3,6) root(0,7) compound(9,8) obj(7,9) punct(7,10)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speakerWords(article, quote)).isEqualTo("Amelize Joseph");
  }

  @Test
  void aNameAfterADashAttributesAQuoteWithoutAVerb() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "“/“/`` The/the/DT debate/debate/NN scared/scare/VBD me/I/PRP ././. ”/”/'' ―/―/: Karen/Karen/NNP/PERSON Bobadilla/Bobadilla/NNP/PERSON",
            "punct(4,1) det(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6) punct(4,7) punct(4,8) compound(10,9) dep(4,10)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speakerWords(article, quote)).isEqualTo("Karen Bobadilla");
  }

  @Test
  void aTranscriptTurnIsAttributedToTheNameInCapitalsThatOpensIt() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "“/“/`` WALLACE/WALLACE/NNP :/:/: Let/let/VB us/we/PRP start/start/VB with/with/IN the/the/DT news/news/NN ././. ”/”/''",
            "punct(4,1) dep(4,2) punct(4,3) root(0,4) obj(4,5) xcomp(4,6) case(9,7) det(9,8) obl:with(6,9) punct(4,10) punct(4,11)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speakerWords(article, quote)).isEqualTo("WALLACE");
  }

  @Test
  void aPronounSpeakerCarriesThePersonNamedLastBeforeIt() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "Senator/senator/NNP Lindsey/Lindsey/NNP/PERSON Graham/Graham/NNP/PERSON spoke/speak/VBD ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) punct(4,5)")
        .sentence(
            "“/“/`` The/the/DT deal/deal/NN is/be/VBZ over/over/RB ,/,/, ”/”/'' he/he/PRP said/say/VBD ././.",
            "punct(5,1) det(3,2) nsubj(5,3) cop(5,4) ccomp(9,5) punct(5,6) punct(5,7) nsubj(9,8) root(0,9) punct(9,10)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speakerWords(article, quote)).isEqualTo("he");
    assertThat(quote.speakerName()).hasValue("Lindsey Graham");
  }

  @Test
  void indirectSpeechIsTheComplementOfTheCueAndItsSubjectTheSource() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "A/a/DT campaign/campaign/NN operative/operative/NN said/say/VBD that/that/IN the/the/DT plan/plan/NN had/have/VBD failed/fail/VBN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) mark(9,5) det(7,6) nsubj(9,7) aux(9,8) ccomp(4,9) punct(4,10)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(q -> !q.direct()).findFirst().orElseThrow();
    assertThat(quote.text()).isEqualTo("that the plan had failed");
    assertThat(speakerWords(article, quote)).isEqualTo("A campaign operative");
  }

  @Test
  void aCueAfterTheClauseItReportsAttributesThatClause() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT convoy/convoy/NN turned/turn/VBD back/back/RB ,/,/, sources/source/NNS said/say/VBD ././.",
            "det(2,1) nsubj(3,2) root(0,3) advmod(3,4) punct(3,5) nsubj(7,6) parataxis(3,7) punct(3,8)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(q -> !q.direct()).findFirst().orElseThrow();
    assertThat(quote.text()).isEqualTo("The convoy turned back");
    assertThat(speakerWords(article, quote)).isEqualTo("sources");
  }

  @Test
  void aClosingCueTheParserJoinedAsAConjunctReportsWhatStandsBeforeItsSubject() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "Trump/Trump/NNP/PERSON could/could/MD embrace/embrace/VB the/the/DT plan/plan/NN ,/,/, but/but/CC only/only/RB if/if/IN it/it/PRP pays/pay/VBZ ,/,/, "
                + "Graham/Graham/NNP/PERSON told/tell/VBD reporters/reporter/NNS ././.",
            "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6) cc(14,7) advmod(11,8) mark(11,9) nsubj(11,10) advcl:if(14,11) punct(14,12) "
                + "nsubj(14,13) conj:but(3,14) obj(14,15) punct(3,16)")
        .build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("Trump could embrace the plan , but only if it pays");
    assertThat(speakerWords(article, quote)).isEqualTo("Graham");
  }

  @Test
  void aCueJoinedByItsOwnConjunctionReportsNothingBeforeIt() {
    // "The army withdrew, and officials told reporters.": two clauses, not a cue set off after the first.
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT army/army/NN withdrew/withdraw/VBD ,/,/, and/and/CC officials/official/NNS told/tell/VBD reporters/reporter/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) punct(3,4) cc(7,5) nsubj(7,6) conj:and(3,7) obj(7,8) punct(3,9)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).isEmpty();
  }

  @Test
  void aClosingCueTheParserHungOnANounReportsTheClauseBeforeItsSubject() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT remark/remark/NN is/be/VBZ an/a/DT insult/insult/NN ,/,/, lawmakers/lawmaker/NNS said/say/VBD ,/,/, as/as/IN they/they/PRP bristled/bristle/VBD ././.",
            "det(2,1) nsubj(5,2) cop(5,3) det(5,4) root(0,5) punct(5,6) nsubj(8,7) acl(5,8) punct(5,9) mark(12,10) nsubj(12,11) advcl:as(5,12) punct(5,13)")
        .build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("The remark is an insult");
    assertThat(speakerWords(article, quote)).isEqualTo("lawmakers");
  }

  @Test
  void ofTwoComplementsTheOneAfterTheCueIsWhatWasSaid() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "As/as/IN odd/odd/JJ as/as/IN it/it/PRP seems/seem/VBZ ,/,/, Clarke/Clarke/NNP/PERSON said/say/VBD the/the/DT deal/deal/NN had/have/VBD helped/help/VBN ././.",
            "dep(2,1) ccomp(8,2) mark(5,3) nsubj(5,4) dep(2,5) punct(8,6) nsubj(8,7) root(0,8) det(10,9) nsubj(12,10) aux(12,11) ccomp(8,12) punct(8,13)")
        .build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("the deal had helped");
    assertThat(speakerWords(article, quote)).isEqualTo("Clarke");
  }

  @Test
  void whatAnAppealCallsForIsWhatWasSaid() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT union/union/NN called/call/VBD for/for/IN a/a/DT moratorium/moratorium/NN on/on/IN charter/charter/NN schools/school/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:for(3,6) case(9,7) compound(9,8) nmod:on(6,9) punct(3,10)")
        .build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("a moratorium on charter schools");
    assertThat(speakerWords(article, quote)).isEqualTo("The union");
  }

  @Test
  void aForToClauseAnAppealCallsForIsWhatWasSaid() {
    // The parser labels the clause by its "to": advcl:to(called, released) with mark(released, for).
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "Protesters/protester/NNS called/call/VBD for/for/IN footage/footage/NN to/to/TO be/be/VB released/release/VBN ././.",
            "nsubj(2,1) root(0,2) mark(7,3) nsubj:pass(7,4) mark(7,5) aux:pass(7,6) advcl:to(2,7) punct(2,8)")
        .build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("footage to be released");
    assertThat(speakerWords(article, quote)).isEqualTo("Protesters");
  }

  @Test
  void aVerbOfAppealThatIsNoVerbOfSayingReportsOnlyWhatItAsksFor() {
    // "pressed for talks" asks for talks; "pressed the button" reports nothing.
    CodedArticle asking = coder.code(new HandBuiltText()
        .sentence("The/the/DT union/union/NN pressed/press/VBD for/for/IN talks/talk/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) case(5,4) obl:for(3,5) punct(3,6)")
        .build(DATE), DATE, "given");
    assertThat(onlyIndirect(asking).text()).isEqualTo("talks");
    CodedArticle pressing = coder.code(new HandBuiltText()
        .sentence("The/the/DT union/union/NN pressed/press/VBD the/the/DT button/button/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .build(DATE), DATE, "given");
    assertThat(pressing.quotes()).isEmpty();
  }

  @Test
  void accordingToNamesTheSourceOfItsWholeClause() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "The/the/DT blast/blast/NN came/come/VBD at/at/IN night/night/NN ,/,/, according/accord/VBG to/to/IN the/the/DT police/police/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) case(5,4) obl:at(3,5) punct(3,6) case(10,7) fixed(7,8) det(10,9) obl:according_to(3,10) punct(3,11)")
        .build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(q -> !q.direct()).findFirst().orElseThrow();
    assertThat(quote.text()).isEqualTo("The blast came at night");
    assertThat(speakerWords(article, quote)).isEqualTo("the police");
  }

  @Test
  void aShortQuoteThatIsASentenceOfItsOwnContinuesTheSpeaker() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "“/“/`` Here/here/RB he/he/PRP comes/come/VBZ ,/,/, ”/”/'' the/the/DT mayor/mayor/NN said/say/VBD ././.",
            "punct(4,1) advmod(4,2) nsubj(4,3) ccomp(9,4) punct(4,5) punct(4,6) det(8,7) nsubj(9,8) root(0,9) punct(9,10)")
        .sentence(
            "“/“/`` Big/big/JJ day/day/NN ././. ”/”/''",
            "punct(3,1) amod(3,2) root(0,3) punct(3,4) punct(3,5)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).filteredOn(q -> q.text().startsWith("Big day"))
        .singleElement().satisfies(q -> assertThat(speakerWords(article, q)).isEqualTo("the mayor"));
  }

  @Test
  void aQuoteLeftOpenAtItsParagraphEndKeepsItsLastWord() {
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "“/“/`` The/the/DT deal/deal/NN is/be/VBZ over/over/RB",
            "punct(5,1) det(3,2) nsubj(5,3) cop(5,4) root(0,5)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("The deal is over"));
  }

  @Test
  void cueWordsComeFromTheirDataFile() {
    QuoteCues cues = QuoteCues.loadDefault();
    assertThat(cues.isVerb("say")).isTrue();
    assertThat(cues.isVerb("tweet")).isTrue();
    assertThat(cues.isNoun("statement")).isTrue();
    assertThat(cues.isPreposition("according")).isTrue();
    assertThat(cues.isVerb("eat")).isFalse();
  }

  private static String directSpeakerWords(HandBuiltText text) {
    CodedArticle article = coder.code(text.build(DATE), DATE, "given");
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    return speakerWords(article, quote);
  }

  @Test
  void aVerbOfTypingIsACueLikeWriting() {
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "A/a/DT doctor/doctor/NN had/have/VBD typed/type/VBN “/“/`` homicidal/homicidal/JJ ideation/ideation/NN ././. ”/”/''",
        "det(2,1) nsubj(4,2) aux(4,3) root(0,4) punct(7,5) amod(7,6) obj(4,7) punct(4,8) punct(4,9)")))
        .isEqualTo("A doctor");
  }

  @Test
  void usingThePhraseAttributesTheQuotedPhraseToTheSubject() {
    // The parser took "the phrase" for an indirect object; the subject of "used" still speaks.
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "Trump/Trump/NNP/PERSON has/have/VBZ used/use/VBN the/the/DT phrase/phrase/NN “/“/`` Islamic/Islamic/JJ terrorism/terrorism/NN ”/”/'' often/often/RB ././.",
        "nsubj(3,1) aux(3,2) root(0,3) det(5,4) iobj(3,5) punct(8,6) amod(8,7) dep(5,8) punct(8,9) advmod(3,10) punct(3,11)")))
        .isEqualTo("Trump");
  }

  @Test
  void aQuoteThatIsTheWholePrepositionalArgumentOfACueVerbIsReportedByIt() {
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "Another/another/DT critic/critic/NN likened/liken/VBD the/the/DT rules/rule/NNS to/to/IN “/“/`` burning/burn/VBG the/the/DT Constitution/Constitution/NNP ”/”/'' ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) punct(8,7) obl:to(3,8) det(10,9) obj(8,10) punct(8,11) punct(3,12)")))
        .isEqualTo("Another critic");
  }

  @Test
  void asTheMagazinePutItNamesTheSourceOfTheQuoteThatFollows() {
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "He/he/PRP was/be/VBD seen/see/VBN ,/,/, as/as/IN The/the/DT New/New/NNP Yorker/Yorker/NNP put/put/VBD it/it/PRP ,/,/, “/“/`` the/the/DT operator/operator/NN ././. ”/”/''",
        "nsubj:pass(3,1) aux:pass(3,2) root(0,3) punct(3,4) mark(9,5) det(8,6) compound(8,7) nsubj(9,8) advcl:as(3,9) obj(9,10) punct(9,11) punct(9,12) det(14,13) obj(9,14) punct(3,15) punct(3,16)")))
        .isEqualTo("The New Yorker");
  }

  @Test
  void putWithoutItIsNoCue() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "They/they/PRP put/put/VBD the/the/DT “/“/`` best/best/JJ deal/deal/NN ”/”/'' on/on/IN hold/hold/NN ././.",
        "nsubj(2,1) root(0,2) det(6,3) punct(6,4) amod(6,5) obj(2,6) punct(6,7) case(9,8) obl:on(2,9) punct(2,10)").build(DATE), DATE, "given");
    assertThat(article.quotes()).singleElement().satisfies(q -> assertThat(q.speakerSpan()).isEmpty());
  }

  @Test
  void footageOfSomeoneSayingGivesTheQuoteToThePersonShownNotTheFootage() {
    // The parser hung the quote on "concludes" and "saying" on "footage".
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "The/the/DT spot/spot/NN concludes/conclude/VBZ with/with/IN footage/footage/NN of/of/IN Trump/Trump/NNP/PERSON saying/say/VBG during/during/IN the/the/DT debate/debate/NN ,/,/, “/“/`` That/that/DT makes/make/VBZ me/I/PRP smart/smart/JJ ,/,/, ”/”/'' ././.",
        "det(2,1) nsubj(3,2) root(0,3) case(5,4) obl:with(3,5) case(7,6) nmod:of(5,7) acl(5,8) case(11,9) det(11,10) obl:during(8,11) punct(3,12) punct(3,13) nsubj(15,14) ccomp(3,15) nsubj(17,16) xcomp(15,17) punct(15,18) punct(15,19) punct(3,20)")))
        .isEqualTo("Trump");
  }

  @Test
  void aPossessivePronounOnTheObjectGivesWayToTheSameSubject() {
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "I/I/PRP had/have/VBD to/to/TO change/change/VB my/my/PRP$ answer/answer/NN :/:/: “/“/`` Of_course/of_course/RB I/I/PRP believe/believe/VBP ././. ”/”/''",
        "nsubj(4,1) aux(4,2) mark(4,3) root(0,4) nmod:poss(6,5) obj(4,6) punct(6,7) punct(6,8) advmod(11,9) nsubj(11,10) dep(6,11) punct(4,12) punct(4,13)")))
        .isEqualTo("I");
  }

  @Test
  void aPossessivePronounAloneStaysTheSpeaker() {
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "Aides/aide/NNS circulated/circulate/VBD his/his/PRP$ statement/statement/NN :/:/: “/“/`` We/we/PRP will/will/MD rebuild/rebuild/VB ././. ”/”/''",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(4,5) punct(4,6) nsubj(9,7) aux(9,8) dep(4,9) punct(2,10) punct(2,11)")))
        .isEqualTo("his");
  }

  @Test
  void aQuoteIntroducedByOneCueIsNoIndirectSpeechOfTheVerbItHangsOn() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT spot/spot/NN concludes/conclude/VBZ with/with/IN footage/footage/NN of/of/IN Trump/Trump/NNP/PERSON saying/say/VBG during/during/IN the/the/DT debate/debate/NN ,/,/, “/“/`` That/that/DT makes/make/VBZ me/I/PRP smart/smart/JJ ,/,/, ”/”/'' ././.",
        "det(2,1) nsubj(3,2) root(0,3) case(5,4) obl:with(3,5) case(7,6) nmod:of(5,7) acl(5,8) case(11,9) det(11,10) obl:during(8,11) punct(3,12) punct(3,13) nsubj(15,14) ccomp(3,15) nsubj(17,16) xcomp(15,17) punct(15,18) punct(15,19) punct(3,20)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).singleElement().satisfies(q -> assertThat(q.direct()).isTrue());
  }

  private static Quote onlyIndirect(CodedArticle article) {
    return article.quotes().stream().filter(q -> !q.direct()).findFirst().orElseThrow();
  }

  @Test
  void aPersonCriticisedWithTheReasonIsWhatTheSourceSpokeOf() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Clinton/Clinton/NNP/PERSON blasted/blast/VBD him/he/PRP for/for/IN unpaid/unpaid/JJ taxes/tax/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:for(2,6) punct(2,7)").build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("him for unpaid taxes");
    assertThat(speakerWords(article, quote)).isEqualTo("Clinton");
  }

  @Test
  void aPersonEndorsedIsTheContent() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT union/union/NN endorses/endorse/VBZ Clinton/Clinton/NNP/PERSON ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)").build(DATE), DATE, "given");
    Quote quote = onlyIndirect(article);
    assertThat(quote.text()).isEqualTo("Clinton");
    assertThat(speakerWords(article, quote)).isEqualTo("The union");
  }

  @Test
  void thePersonToldIsTheOneSpokenToNotWhatWasSaid() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT mayor/mayor/NN told/tell/VBD reporters/reporter/NNS ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)").build(DATE), DATE, "given");
    assertThat(article.quotes()).extracting(Quote::text).doesNotContain("reporters");
  }

  @Test
  void anAdverbialPastTheDashThatClosesARelativeClauseBelongsToTheSentencesSubject() {
    // "Protesters marched past the stadium - where the Panthers played - while chanting, “…”",
    // with "chanting" hung on "played" as the parser does.
    assertThat(directSpeakerWords(new HandBuiltText().sentence(
        "Protesters/protester/NNS marched/march/VBD past/past/IN the/the/DT stadium/stadium/NN -/-/, where/where/WRB the/the/DT Panthers/Panthers/NNPS played/play/VBD -/-/: while/while/IN chanting/chant/VBG ,/,/, “/“/`` Hands/hand/NNS up/up/RB ”/”/'' ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:past(2,5) punct(5,6) advmod(10,7) det(9,8) nsubj(10,9) acl:relcl(5,10) punct(10,11) mark(13,12) advcl:while(10,13) punct(13,14) punct(13,15) ccomp(13,16) advmod(16,17) punct(13,18) punct(2,19)")))
        .isEqualTo("Protesters");
  }

  private static Quote indirectStartingWith(CodedArticle article, String start) {
    return article.quotes().stream().filter(q -> !q.direct() && q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no indirect quote starting with '" + start + "' in " + article.quotes()));
  }

  @Test
  void aReportedClauseWithAQuotedFragmentKeepsTheSpeakerOfItsOwnCue() {
    // The quotation is introduced by "expects" inside the clause "said" reports: the clause is
    // Ditto's, the quoted words the nested speaker's.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Ditto/Ditto/NNP/PERSON said/say/VBD she/she/PRP expects/expect/VBZ the/the/DT campaign/campaign/NN “/“/`` to/to/TO continue/continue/VB fighting/fight/VBG bias/bias/NN ././. ”/”/''",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) punct(9,7) mark(9,8) xcomp(4,9) xcomp(9,10) obj(10,11) punct(2,12) punct(2,13)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "she expects the campaign"))).isEqualTo("Ditto");
  }

  @Test
  void aClauseRunningIntoAQuotationWithItsOwnCueAfterItIsNotReportedTwice() {
    // "The statement cited the impact it said she would have: “…,” the union wrote.", parsed with
    // "wrote" inside the clause "said" reports: the quotation is the union's, not the clause's.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT statement/statement/NN cited/cite/VBD the/the/DT impact/impact/NN it/it/PRP said/say/VBD she/she/PRP would/would/MD have/have/VB :/:/: “/“/`` Her/she/PRP$ fight/fight/NN for/for/IN women/woman/NNS has/have/VBZ opened/open/VBN the/the/DT door/door/NN for/for/IN all/all/DT of/of/IN us/we/PRP ,/,/, ”/”/'' the/the/DT union/union/NN wrote/write/VBD ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) nsubj(7,6) parataxis(3,7) nsubj(10,8) aux(10,9) ccomp(7,10) punct(10,11) punct(18,12) nmod:poss(14,13) nsubj(18,14) case(16,15) nmod:for(14,16) aux(18,17) ccomp(29,18) det(20,19) obj(18,20) case(22,21) obl:for(18,22) case(24,23) nmod:of(22,24) punct(29,25) punct(29,26) det(28,27) nsubj(29,28) ccomp(10,29) punct(3,30)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).filteredOn(q -> !q.direct()).noneMatch(q -> q.text().contains("Her fight for women"));
    Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speakerWords(article, quote)).isEqualTo("the union");
  }

  @Test
  void aParticipleSetOffByACommaReportsForTheMainClausesSubjectNotTheNounItHangsOn() {
    // "arguing" hung on "death" as the parser does; the one arguing is Clinton.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Clinton/Clinton/NNP/PERSON spoke/speak/VBD about/about/IN the/the/DT death/death/NN of/of/IN Crutcher/Crutcher/NNP/PERSON ,/,/, arguing/argue/VBG that/that/IN the/the/DT killings/killing/NNS must/must/MD end/end/VB ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:about(2,5) case(7,6) nmod:of(5,7) punct(5,8) acl(5,9) mark(14,10) det(12,11) nsubj(14,12) aux(14,13) ccomp(9,14) punct(2,15)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "that the killings must end"))).isEqualTo("Clinton");
  }

  @Test
  void aParticipleAfterACoordinatedClauseReportsForThatClausesSubject() {
    // "The camera faces the ground, and she becomes upset, yelling that he is unarmed", with
    // "yelling" hung on the first clause's verb by dep.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT camera/camera/NN faces/face/VBZ the/the/DT ground/ground/NN ,/,/, and/and/CC she/she/PRP becomes/become/VBZ upset/upset/JJ ,/,/, yelling/yell/VBG that/that/IN he/he/PRP is/be/VBZ unarmed/unarmed/JJ ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(9,6) cc(9,7) nsubj(9,8) conj:and(3,9) xcomp(9,10) punct(3,11) dep(3,12) mark(16,13) nsubj(16,14) cop(16,15) ccomp(12,16) punct(3,17)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "that he is unarmed"))).isEqualTo("she");
  }

  @Test
  void aRelativePronounWhoseClauseHangsOnItsNounByDepStandsForThatNoun() {
    // "questioning" hung on "Stumpf" by dep, not acl:relcl, and no ref edge for "who".
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT senator/senator/NN forced/force/VBD Stumpf/Stumpf/NNP/PERSON ~,/,/, who/who/WP was/be/VBD under/under/IN questioning/questioning/VBG ,/,/, to/to/TO admit/admit/VB that/that/IN no/no/DT executives/executive/NNS were/be/VBD punished/punish/VBN ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(4,5) nsubj(9,6) cop(9,7) case(9,8) dep(4,9) punct(9,10) mark(12,11) advcl:to(9,12) mark(17,13) det(15,14) nsubj:pass(17,15) aux:pass(17,16) ccomp(12,17) punct(3,18)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "that no executives were punished"))).isEqualTo("Stumpf, who");
  }

  @Test
  void aRelativePronounWhoseClauseTheParserHungElsewhereStandsForTheNounBeforeIt() {
    // "suggested" parsed as the complement of "told", not a relative clause on "woman".
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Morial/Morial/NNP/PERSON told/tell/VBD a/a/DT young/young/JJ woman/woman/NN who/who/WP suggested/suggest/VBD that/that/IN people/people/NNS may/may/MD not/not/RB vote/vote/VB ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) nsubj(7,6) ccomp(2,7) mark(12,8) nsubj(12,9) aux(12,10) advmod(12,11) ccomp(7,12) punct(2,13)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "that people may not vote"))).isEqualTo("a young woman who");
  }

  @Test
  void aTimeWordTheParserMadeTheSubjectIsPassedOverForTheRealOne() {
    // "Friday" parsed as the object of "gathered" and so the controlled subject of "discuss".
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "European/European/NNP leaders/leader/NNS gathered/gather/VBD Friday/Friday/NNP/DATE to/to/TO discuss/discuss/VB the/the/DT crisis/crisis/NN ././.",
        "compound(2,1) nsubj(3,2) root(0,3) obj(3,4) nsubj:xsubj(6,4) mark(6,5) xcomp(3,6) det(8,7) obj(6,8) punct(3,9)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "the crisis"))).isEqualTo("European leaders");
  }

  @Test
  void aParticipleOpeningTheSentenceReportsForTheSubjectAfterItsPhrase() {
    // "Lamenting" parsed as the root, the real clause hung below it.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Lamenting/lament/VBG their/they/PRP$ luck/luck/NN ~,/,/, Mexicans/Mexicans/NNPS often/often/RB say/say/VBP that/that/IN God/God/NNP is/be/VBZ far/far/JJ ././.",
        "root(0,1) nmod:poss(3,2) obj(1,3) punct(7,4) nsubj(7,5) advmod(7,6) parataxis(1,7) mark(11,8) nsubj(11,9) cop(11,10) ccomp(7,11) punct(1,12)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "their luck"))).isEqualTo("Mexicans");
  }

  @Test
  void theObjectThatIsWhatWasSaidIsNeverItsSpeaker() {
    // No subject anywhere: the object must not be taken for an inverted one ("said O'Neill").
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Discussing/discuss/VBG clean/clean/JJ energy/energy/NN at/at/IN the/the/DT summit/summit/NN ././.",
        "root(0,1) amod(3,2) obj(1,3) case(6,4) det(6,5) obl:at(1,6) punct(1,7)")
        .build(DATE), DATE, "given");
    Quote quote = indirectStartingWith(article, "clean energy");
    assertThat(quote.speakerSpan()).isEmpty();
  }

  @Test
  void aParticipleOnAThingThatCannotSpeakReportsForWhoeverIssuedIt() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT council/council/NN issued/issue/VBD a/a/DT statement/statement/NN calling/call/VBG the/the/DT test/test/NN a/a/DT violation/violation/NN ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) acl(5,6) det(8,7) obj(6,8) det(10,9) xcomp(6,10) punct(3,11)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "a violation"))).isEqualTo("The council");
  }

  @Test
  void aParticipleOnSomeoneWhoCanSpeakStillReportsForThem() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Police/police/NNS met/meet/VBD protesters/protester/NNS chanting/chant/VBG that/that/IN they/they/PRP want/want/VBP justice/justice/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) acl(3,4) mark(7,5) nsubj(7,6) ccomp(4,7) obj(7,8) punct(2,9)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "that they want justice"))).isEqualTo("protesters");
  }

  @Test
  void aClauseOpeningTheSentenceThatTheParserHungOnAFollowingCueIsWhatItReports() {
    // "…, sources said." parsed with "said" as the root and the clause as its adverbial.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "Secret/Secret/NNP Service/Service/NNP protocol/protocol/NN called/call/VBD for/for/IN a/a/DT hospital/hospital/NN ~,/,/, sources/source/NNS said/say/VBD ~./././.",
        "compound(3,1) compound(3,2) nsubj(4,3) advcl(10,4) case(7,5) det(7,6) obl:for(4,7) punct(10,8) nsubj(10,9) root(0,10) punct(10,11)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "Secret Service protocol called for a hospital"))).isEqualTo("sources");
  }

  @Test
  void anAdverbialClauseWithItsOwnConjunctionIsNotReported() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "When/when/WRB he/he/PRP arrived/arrive/VBD ~,/,/, officials/official/NNS said/say/VBD ~./././.",
        "mark(3,1) nsubj(3,2) advcl(6,3) punct(6,4) nsubj(6,5) root(0,6) punct(6,7)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).noneMatch(q -> q.text().contains("arrived"));
  }

  @Test
  void aCueSetOffByCommasThatTheParserHungOnItsClauseByDepReportsThatClause() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "It/it/PRP would/would/MD take/take/VB weeks/week/NNS ~,/,/, he/he/PRP said/say/VBD ~,/,/, and/and/CC wrangling/wrangling/NN could/could/MD paralyze/paralyze/VB ~./././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(7,5) nsubj(7,6) dep(3,7) punct(7,8) cc(12,9) nsubj(12,10) aux(12,11) conj:and(3,12) punct(3,13)")
        .build(DATE), DATE, "given");
    Quote quote = indirectStartingWith(article, "It would take weeks");
    assertThat(speakerWords(article, quote)).isEqualTo("he");
  }

  @Test
  void aCueOfReportedSpeechLeftWithoutASubjectTakesTheNameRightBeforeIt() {
    // "Trump" hung on "board" as nmod:of: the parser missed the comma-less subject.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "In/in/IN a/a/DT meeting/meeting/NN with/with/IN the/the/DT board/board/NN Trump/Trump/NNP/PERSON said/say/VBD that/that/IN NATO/NATO/NNP/ORGANIZATION must/must/MD shrink/shrink/VB ~./././.",
        "case(3,1) det(3,2) obl:in(8,3) case(6,4) det(6,5) nmod:with(3,6) nmod:of(6,7) root(0,8) mark(12,9) nsubj(12,10) aux(12,11) ccomp(8,12) punct(8,13)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "that NATO must shrink"))).isEqualTo("Trump");
  }

  @Test
  void anInfinitiveHungOnAThingThatCannotSpeakBelongsToTheClauseHoldingTheThing() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT FBI/FBI/NNP/ORGANIZATION decided/decide/VBD after/after/IN an/a/DT investigation/investigation/NN not/not/RB to/to/TO recommend/recommend/VB charges/charge/NNS ~./././.",
        "det(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:after(3,6) advmod(9,7) mark(9,8) acl:to(6,9) obj(9,10) punct(3,11)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "charges"))).isEqualTo("The FBI");
  }

  @Test
  void aSubordinateCueTheParserHungOnTheClauseAfterItReportsThatClause() {
    // "acknowledged" parsed as an adverbial of "unlikely" instead of taking it as its complement.
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "The/the/DT campaign/campaign/NN planned/plan/VBD a/a/DT protest/protest/NN ~,/,/, though/though/IN she/she/PRP acknowledged/acknowledge/VBD it/it/PRP was/be/VBD unlikely/unlikely/JJ ~./././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6) mark(9,7) nsubj(9,8) advcl:though(12,9) nsubj(12,10) cop(12,11) parataxis(3,12) punct(3,13)")
        .build(DATE), DATE, "given");
    assertThat(speakerWords(article, indirectStartingWith(article, "it was unlikely"))).isEqualTo("she");
  }

  @Test
  void aConditionIsNotReportedSpeech() {
    CodedArticle article = coder.code(new HandBuiltText().sentence(
        "If/if/IN a/a/DT replacement/replacement/NN were/be/VBD offered/offer/VBN ~,/,/, electors/elector/NNS would/would/MD vote/vote/VB ~./././.",
        "mark(5,1) det(3,2) nsubj:pass(5,3) aux:pass(5,4) advcl:if(9,5) punct(9,6) nsubj(9,7) aux(9,8) root(0,9) punct(9,10)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).noneMatch(q -> q.text().contains("electors would vote"));
  }

  @Test
  void aRelativeClauseOnWhatWasSaidReportsTheNounItDescribes() {
    // "They doubled the tax rate he has proposed."
    CodedArticle article = coder.code(new HandBuiltText()
        .sentence(
            "They/they/PRP doubled/double/VBD the/the/DT tax/tax/NN rate/rate/NN he/he/PRP has/have/VBZ proposed/propose/VBN ././.",
            "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) nsubj(8,6) aux(8,7) acl:relcl(5,8) obj(8,5) punct(2,9)")
        .build(DATE), DATE, "given");
    assertThat(article.quotes()).filteredOn(q -> !q.direct()).extracting(Quote::text).contains("the tax rate");
  }
}
