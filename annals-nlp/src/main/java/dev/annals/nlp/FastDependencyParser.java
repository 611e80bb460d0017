package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's neural dependency parser (Chen and Manning 2014, the {@code english_UD} model that
 * CoreNLP's {@code depparse} annotator runs) with a faster forward pass; the same model, the same
 * features, the same greedy arc-standard transitions, so the same parses up to floating-point
 * rounding.
 *
 * <p>Why: parsing was three quarters of Annals' analysis time, and most of it went to CoreNLP's
 * arithmetic rather than to the parser's decisions. The model's hidden layer has 1,000 units and
 * 83 transitions; CoreNLP scores each transition as a separate dot product over the hidden layer
 * (a chain of dependent additions the JIT cannot vectorise), recomputes the hidden-layer share of
 * most words on every use (its precomputed table covers 20,000 features), and guards its cache
 * with a lock that two threads share. Here the output layer is computed as 1,000 vectorisable
 * row updates over a transposed weight matrix, each (feature position, input) pair's hidden-layer
 * share is computed once and kept in a lock-free table (bounded by {@link #MAX_CACHED}), and the
 * best transition is checked for legality before the others are looked at.
 *
 * <p>The model, its feature extraction and its transition system stay CoreNLP's: this class
 * reads the loaded parser's weights and calls its feature extractor. Those are private in CoreNLP
 * 4.5.10, so they are reached by reflection once at load; another CoreNLP version whose
 * internals differ fails here with a message saying so (set {@code annals.depparse=corenlp} to
 * run CoreNLP's own annotator instead).
 *
 * <p>Thread-safe; share one instance.
 */
final class FastDependencyParser {
  /**
   * Hidden-layer shares kept (4 KB each with 1,000 hidden units: 40,000 take 160 MB, what
   * CoreNLP's own precomputed table takes); beyond that, shares are computed on each use.
   */
  static final int MAX_CACHED = 40_000;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int numTransitions;
  private final float[][] embeddings;
  /** W1 by input: for feature position p and embedding dimension k, row p * embeddingSize + k holds the weights of every hidden unit. */
  private final float[][] inputWeightsByInput;
  private final float[] hiddenBias;
  /** W2 transposed: row i holds hidden unit i's weight for every transition. */
  private final float[][] outputWeightsByHidden;
  private final List<String> transitions;
  private final ParsingSystem system;
  private final MethodHandle featureArray;
  private final MethodHandle isTerminal;
  /**
   * Hidden-layer shares by feature position and input id, filled as inputs are first seen. Reads
   * and writes race on purpose: two threads may compute the same share, and a {@link Share}'s
   * final field makes its values visible to any thread that sees it.
   */
  private final Share[][] shares;
  private final AtomicInteger cached = new AtomicInteger();

  @SuppressWarnings("unchecked")
  FastDependencyParser(String model) {
    Properties properties = new Properties();
    // Its own precomputed table would take 160 MB for nothing: this class keeps its own.
    properties.setProperty("numPreComputed", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(model, properties);
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      transitions = List.copyOf((List<String>) field(ParsingSystem.class, "transitions").get(system));
      Method features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
      features.setAccessible(true);
      featureArray = MethodHandles.lookup().unreflect(features).bindTo(parser);
      Method terminal = ParsingSystem.class.getDeclaredMethod("isTerminal", Configuration.class);
      terminal.setAccessible(true);
      isTerminal = MethodHandles.lookup().unreflect(terminal).bindTo(system);
      float[][] w1 = classifier.getW1();
      float[][] w2 = classifier.getW2();
      float[] b1 = classifier.getb1();
      embeddings = classifier.getE();
      hiddenSize = b1.length;
      embeddingSize = embeddings[0].length;
      numTransitions = w2.length;
      if (numTransitions != transitions.size() || w1.length != hiddenSize || w1[0].length % embeddingSize != 0) {
        throw new IllegalStateException("the parser's weights do not have the shapes CoreNLP 4.5.10's have");
      }
      int inputs = w1[0].length;
      inputWeightsByInput = new float[inputs][hiddenSize];
      for (int i = 0; i < hiddenSize; i++) {
        for (int k = 0; k < inputs; k++) {
          inputWeightsByInput[k][i] = w1[i][k];
        }
      }
      hiddenBias = b1.clone();
      outputWeightsByHidden = new float[hiddenSize][numTransitions];
      for (int t = 0; t < numTransitions; t++) {
        for (int i = 0; i < hiddenSize; i++) {
          outputWeightsByHidden[i][t] = w2[t][i];
        }
      }
      int positions = inputs / embeddingSize;
      shares = new Share[positions][embeddings.length];
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "annals: the fast dependency parser needs CoreNLP 4.5.10's parser internals (" + e
              + "); run with -Dannals.depparse=corenlp to use CoreNLP's own depparse annotator",
          e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  /** The basic Universal Dependencies of one tagged sentence, as CoreNLP's parser returns them. */
  GrammaticalStructure parse(CoreMap sentence) {
    Configuration configuration = system.initialConfiguration(sentence);
    float[] hidden = new float[hiddenSize];
    float[] scores = new float[numTransitions];
    while (!terminal(configuration)) {
      score(features(configuration), hidden, scores);
      system.apply(configuration, transitions.get(best(configuration, scores)));
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = configuration.getHead(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(configuration.getLabel(i));
      dependencies.add(new TypedDependency(relation, governor, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null
        ? known
        : new GrammaticalRelation(edu.stanford.nlp.international.Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }

  /** The highest-scoring legal transition; the lowest index among equal scores, as CoreNLP picks. */
  private int best(Configuration configuration, float[] scores) {
    int top = 0;
    for (int t = 1; t < numTransitions; t++) {
      if (scores[t] > scores[top]) {
        top = t;
      }
    }
    if (system.canApply(configuration, transitions.get(top))) {
      return top;
    }
    double bestScore = Double.NEGATIVE_INFINITY;
    int best = -1;
    for (int t = 0; t < numTransitions; t++) {
      if (scores[t] > bestScore && system.canApply(configuration, transitions.get(t))) {
        bestScore = scores[t];
        best = t;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no legal transition in configuration " + configuration.getStr());
    }
    return best;
  }

  /** Fills {@code scores} with the network's output for these input features. */
  private void score(int[] features, float[] hidden, float[] scores) {
    System.arraycopy(hiddenBias, 0, hidden, 0, hiddenSize);
    for (int p = 0; p < features.length; p++) {
      float[] share = share(p, features[p]);
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += share[i];
      }
    }
    java.util.Arrays.fill(scores, 0);
    for (int i = 0; i < hiddenSize; i++) {
      float h = hidden[i];
      float cube = h * h * h;
      float[] weights = outputWeightsByHidden[i];
      for (int t = 0; t < numTransitions; t++) {
        scores[t] += weights[t] * cube;
      }
    }
  }

  /** Input {@code id} at feature position {@code position}: its contribution to every hidden unit. */
  private float[] share(int position, int id) {
    Share known = shares[position][id];
    if (known != null) {
      return known.values();
    }
    float[] values = new float[hiddenSize];
    float[] embedding = embeddings[id];
    int base = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float e = embedding[k];
      float[] weights = inputWeightsByInput[base + k];
      for (int i = 0; i < hiddenSize; i++) {
        values[i] += weights[i] * e;
      }
    }
    if (cached.get() < MAX_CACHED) {
      cached.incrementAndGet();
      shares[position][id] = new Share(values);
    }
    return values;
  }

  /** One input's hidden-layer share; a record so that its array is safely published. */
  private record Share(float[] values) {}

  private int[] features(Configuration configuration) {
    try {
      return (int[]) featureArray.invokeExact(configuration);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean terminal(Configuration configuration) {
    try {
      return (boolean) isTerminal.invokeExact(configuration);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
