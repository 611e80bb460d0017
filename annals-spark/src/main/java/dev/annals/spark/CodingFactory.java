package dev.annals.spark;

import dev.annals.app.Annals;
import dev.annals.app.store.ArticleCoding;
import dev.annals.app.store.PipelineCoding;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The coding each executor JVM uses, made once per JVM and reused by every task and partition:
 * loading CoreNLP's models takes seconds and gigabytes. The job names a {@link Supplier} class
 * ({@code --coding CLASS}, default {@link Pipeline}); tests name one that wraps the pipeline.
 */
public final class CodingFactory {
  private static final ConcurrentHashMap<String, ArticleCoding> SHARED = new ConcurrentHashMap<>();

  private CodingFactory() {}

  /** The Annals pipeline (CoreNLP, then coding), as {@code annals ingest} runs it. */
  public static final class Pipeline implements Supplier<ArticleCoding> {
    @Override
    public ArticleCoding get() {
      return new PipelineCoding(Annals.shared(), Clock.systemUTC());
    }
  }

  /** The JVM's one coding made by the named supplier class. */
  static ArticleCoding shared(String supplierClass) {
    return SHARED.computeIfAbsent(supplierClass, CodingFactory::create);
  }

  @SuppressWarnings("unchecked")
  private static ArticleCoding create(String supplierClass) {
    try {
      Class<?> type = Class.forName(supplierClass, true, Thread.currentThread().getContextClassLoader());
      if (!Supplier.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException("--coding " + supplierClass + " is not a java.util.function.Supplier<ArticleCoding>");
      }
      return ((Supplier<ArticleCoding>) type.getDeclaredConstructor().newInstance()).get();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("--coding " + supplierClass + " cannot be made: " + e, e);
    }
  }
}
