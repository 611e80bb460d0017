package dev.annals.coding;

/**
 * "The Philippines' migrant workers department welcomed the arrests, asked Zagreb to let the
 * workers stay in Croatia while the case is heard and suspended the licences of two recruitment
 * agencies.": a series of acts whose last the parser joins to the present passive before it.
 */
public final class LicencesSuspendedSentence {
  private LicencesSuspendedSentence() {}

  public static final String TOKENS = "The/the/DT Philippines/Philippines/NNPS/LOCATION '/'/POS migrant/migrant/JJ workers/worker/NNS department/department/NN "
            + "welcomed/welcome/VBD the/the/DT arrests/arrest/NNS ,/,/, asked/ask/VBD Zagreb/Zagreb/NNP/LOCATION to/to/TO let/let/VB "
            + "the/the/DT workers/worker/NNS stay/stay/VBP in/in/IN Croatia/Croatia/NNP/LOCATION while/while/IN the/the/DT case/case/NN "
            + "is/be/VBZ heard/hear/VBN and/and/CC suspended/suspend/VBN the/the/DT licences/licence/NNS of/of/IN two/two/CD "
            + "recruitment/recruitment/NN agencies/agency/NNS ././.";
}
