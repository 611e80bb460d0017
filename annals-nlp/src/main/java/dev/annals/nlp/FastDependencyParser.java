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
 * with a lock that two threads share. Here the output layer is computed as vectorisable row
 * updates over a transposed, padded weight matrix (four hidden units per pass), each (feature
 * position, input) pair's hidden-layer share is computed once and kept in a lock-free table
 * (bounded by {@link #MAX_CACHED}), the best transition is checked for legality before the others
 * are looked at, and the network is not run at all where only one transition is legal (a shift
 * or the final root arc while the stack holds just the root and at most one word: one in seven
 * transitions).
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
   * Hidden-layer shares kept (4 KB each with 1,000 hidden units: at most 600 MB); beyond that,
   * shares are computed on each use, which costs about half as much as running the output layer. Inputs are
   * cached as they are first seen, so the frequent ones are in; 240 news articles have 72,000
   * distinct (position, input) pairs, and with 40,000 kept their parse took a third more CPU.
   * {@code -Dannals.depparse.cachedShares=N} sets another bound.
   */
  static final int MAX_CACHED = Integer.getInteger("annals.depparse.cachedShares", 150_000);

  private final int hiddenSize;
  private final int embeddingSize;
  private final int numTransitions;
  private final float[][] embeddings;
  /** W1 by input: for feature position p and embedding dimension k, row p * embeddingSize + k holds the weights of every hidden unit. */
  private final float[][] inputWeightsByInput;
  private final float[] hiddenBias;
  /**
   * W2 transposed: row i holds hidden unit i's weight for every transition, padded with zeros to
   * a multiple of 16 floats so that the output loop runs in whole vector registers, with no
   * scalar tail. (One flat array indexed by row offsets measured 40% slower: the JIT then
   * vectorises the loop less well.)
   */
  private final float[][] outputWeightsByHidden;
  private final int paddedTransitions;
  /**
   * The one legal transition when the stack holds at most two nodes, by stack size (1 or 2) and
   * whether the buffer still holds words (index {@code 2 * (stackSize - 1) + (bufferEmpty ? 1 : 0)});
   * -1 where none or several are legal. In CoreNLP's arc-standard system the only legal move
   * then is a shift (buffer not empty) or the final root arc (buffer empty), so the network
   * need not be run: its scores could not change the choice.
   */
  private final int[] forcedTransition = new int[4];
  private final List<String> transitions;
  private final ParsingSystem system;
  /** The loaded CoreNLP parser: its word, tag and label ids. */
  private final DependencyParser parser;
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
    parser = DependencyParser.loadFromModelFile(model, properties);
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      transitions = List.copyOf((List<String>) field(ParsingSystem.class, "transitions").get(system));
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
      paddedTransitions = (numTransitions + 15) / 16 * 16;
      outputWeightsByHidden = new float[hiddenSize][paddedTransitions];
      for (int t = 0; t < numTransitions; t++) {
        for (int i = 0; i < hiddenSize; i++) {
          outputWeightsByHidden[i][t] = w2[t][i];
        }
      }
      int positions = inputs / embeddingSize;
      shares = new Share[positions][embeddings.length];
      findForcedTransitions();
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
    NodeIds ids = nodeIds(configuration);
    float[] hidden = new float[hiddenSize];
    float[] scores = new float[paddedTransitions];
    while (!terminal(configuration)) {
      int transition = forced(configuration);
      if (transition < 0) {
        score(features(configuration, ids), hidden, scores);
        transition = best(configuration, scores);
      }
      system.apply(configuration, transitions.get(transition));
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

  /** The only legal transition in this configuration when that is known without scoring, else -1. */
  private int forced(Configuration configuration) {
    int stackSize = configuration.getStackSize();
    if (stackSize > 2) {
      return -1;
    }
    return forcedTransition[2 * (stackSize - 1) + (configuration.getBufferSize() == 0 ? 1 : 0)];
  }

  /**
   * Fills {@link #forcedTransition} by asking the transition system which moves it allows in
   * each small-stack state of a two-word and a one-word sentence. CoreNLP's legality test reads
   * only the stack and buffer sizes and whether the nodes it would attach are the root; with at
   * most two nodes on the stack those are the root and one word, so the answer holds for every
   * sentence in the same state.
   */
  private void findForcedTransitions() {
    java.util.Arrays.fill(forcedTransition, -1);
    for (int words = 1; words <= 2; words++) {
      edu.stanford.nlp.util.ArrayCoreMap sentence = new edu.stanford.nlp.util.ArrayCoreMap();
      List<CoreLabel> tokens = new ArrayList<>();
      for (int w = 1; w <= words; w++) {
        CoreLabel token = new CoreLabel();
        token.setWord("w" + w);
        token.setTag("NN");
        token.setIndex(w);
        tokens.add(token);
      }
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      Configuration configuration = system.initialConfiguration(sentence);
      while (configuration.getStackSize() <= 2 && !terminal(configuration)) {
        int legal = -1;
        int count = 0;
        for (int t = 0; t < numTransitions; t++) {
          if (system.canApply(configuration, transitions.get(t))) {
            legal = t;
            count++;
          }
        }
        if (count != 1) {
          break;
        }
        forcedTransition[2 * (configuration.getStackSize() - 1) + (configuration.getBufferSize() == 0 ? 1 : 0)] = legal;
        system.apply(configuration, transitions.get(legal));
      }
    }
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

  /**
   * Fills {@code scores} (at least {@link #paddedTransitions} long) with the network's output for
   * these input features.
   */
  private void score(int[] features, float[] hidden, float[] scores) {
    System.arraycopy(hiddenBias, 0, hidden, 0, hiddenSize);
    int p = 0;
    // Four inputs' shares per pass over the hidden layer, added in feature order as one per pass would.
    for (; p + 3 < features.length; p += 4) {
      float[] s0 = share(p, features[p]);
      float[] s1 = share(p + 1, features[p + 1]);
      float[] s2 = share(p + 2, features[p + 2]);
      float[] s3 = share(p + 3, features[p + 3]);
      for (int i = 0; i < hiddenSize; i++) {
        float sum = hidden[i];
        sum += s0[i];
        sum += s1[i];
        sum += s2[i];
        sum += s3[i];
        hidden[i] = sum;
      }
    }
    for (; p < features.length; p++) {
      float[] share = share(p, features[p]);
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += share[i];
      }
    }
    java.util.Arrays.fill(scores, 0);
    int width = paddedTransitions;
    float[][] weights = outputWeightsByHidden;
    int i = 0;
    // Four hidden units per pass over the scores: each score still adds its terms in hidden-unit
    // order (so the sums are bit for bit those of one unit per pass), with a quarter of the loads
    // and stores of the scores. (Two or eight units per pass measured slower.)
    for (; i + 3 < hiddenSize; i += 4) {
      float h0 = hidden[i];
      float h1 = hidden[i + 1];
      float h2 = hidden[i + 2];
      float h3 = hidden[i + 3];
      float c0 = h0 * h0 * h0;
      float c1 = h1 * h1 * h1;
      float c2 = h2 * h2 * h2;
      float c3 = h3 * h3 * h3;
      float[] w0 = weights[i];
      float[] w1 = weights[i + 1];
      float[] w2 = weights[i + 2];
      float[] w3 = weights[i + 3];
      for (int t = 0; t < width; t++) {
        float sum = scores[t];
        sum += w0[t] * c0;
        sum += w1[t] * c1;
        sum += w2[t] * c2;
        sum += w3[t] * c3;
        scores[t] = sum;
      }
    }
    for (; i < hiddenSize; i++) {
      float h = hidden[i];
      float cube = h * h * h;
      float[] w = weights[i];
      for (int t = 0; t < width; t++) {
        scores[t] += w[t] * cube;
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

  /**
   * The word and tag ids of a sentence's nodes, looked up once per sentence instead of once per
   * feature (CoreNLP's feature extraction hashes each word's string 18 times per transition).
   * Index {@code k + 1} holds node k's id: 0 is "no node" (-1), 1 the root, then the words.
   */
  private record NodeIds(int[] words, int[] tags) {}

  private NodeIds nodeIds(Configuration configuration) {
    int size = configuration.getSentenceSize();
    int[] words = new int[size + 2];
    int[] tags = new int[size + 2];
    for (int k = -1; k <= size; k++) {
      words[k + 1] = parser.getWordID(configuration.getWord(k));
      tags[k + 1] = parser.getPosID(configuration.getPOS(k));
    }
    return new NodeIds(words, tags);
  }

  /**
   * CoreNLP 4.5.10's 48 input features ({@code DependencyParser.getFeatureArray}), in its order:
   * 18 words, 18 tags, 12 arc labels of the top three stack nodes, the first three buffer words,
   * and the first and second leftmost and rightmost children (and leftmost of leftmost,
   * rightmost of rightmost) of the top two stack nodes.
   */
  private int[] features(Configuration configuration, NodeIds ids) {
    int[] words = ids.words();
    int[] tags = ids.tags();
    int[] features = new int[48];
    for (int j = 2; j >= 0; j--) {
      int node = configuration.getStack(j);
      features[2 - j] = words[node + 1];
      features[18 + 2 - j] = tags[node + 1];
    }
    for (int j = 0; j <= 2; j++) {
      int node = configuration.getBuffer(j);
      features[3 + j] = words[node + 1];
      features[21 + j] = tags[node + 1];
    }
    for (int j = 0; j <= 1; j++) {
      int k = configuration.getStack(j);
      int base = 6 * j;
      child(configuration, ids, features, base, configuration.getLeftChild(k));
      child(configuration, ids, features, base + 1, configuration.getRightChild(k));
      child(configuration, ids, features, base + 2, configuration.getLeftChild(k, 2));
      child(configuration, ids, features, base + 3, configuration.getRightChild(k, 2));
      child(configuration, ids, features, base + 4, configuration.getLeftChild(configuration.getLeftChild(k)));
      child(configuration, ids, features, base + 5, configuration.getRightChild(configuration.getRightChild(k)));
    }
    return features;
  }

  private void child(Configuration configuration, NodeIds ids, int[] features, int slot, int node) {
    features[6 + slot] = ids.words()[node + 1];
    features[24 + slot] = ids.tags()[node + 1];
    features[36 + slot] = parser.getLabelID(configuration.getLabel(node));
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
