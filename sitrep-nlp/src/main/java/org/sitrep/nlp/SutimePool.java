package org.sitrep.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * SUTime instances for the fast mode, each used by one thread at a time, each sentence read with a clean
 * state.
 *
 * <p>Why: SUTime's rules tag the <em>shared</em> value of a weekday or month (the {@code TUESDAY} of its
 * rule file, one object per SUTime instance) with how to resolve it ({@code resolveTo}: past after "had",
 * future after "will"). The tag stays on that object after the sentence, so a later "on Tuesday" with no
 * tense cue, in another sentence or another article, is resolved to the past or the next week depending
 * on what SUTime read before, and, with several threads on one instance, on which thread came first: the
 * same article's "Tuesday" came out a week apart between two runs. Here every sentence starts with these
 * tags cleared, on an instance no other thread is using, so a date depends only on its own sentence and
 * the article's date. Instances are borrowed and returned (at most one per concurrent caller); no lock
 * is held while SUTime runs.
 */
final class SutimePool {
  private static final String RESOLVE_TO = "resolveTo";
  private final ConcurrentLinkedQueue<Instance> free = new ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();

  /** One SUTime with the values of its rule environment, whose tags are cleared before each sentence. */
  static final class Instance {
    private final TimeAnnotator annotator;
    private final List<Value<?>> shared;

    Instance() {
      Properties p = new Properties();
      p.setProperty("sutime.includeRange", "true");
      p.setProperty("sutime.markTimeRanges", "true");
      this.annotator = new TimeAnnotator("sutime", p);
      this.shared = sharedValues(annotator);
    }

    /** SUTime's expressions in one sentence, resolved against {@code docDate} (ISO date, or null). */
    List<CoreMap> sentence(CoreMap sentence, String docDate, SUTime.TimeIndex index) {
      clearTags();
      List<CoreMap> out = annotator.annotateSingleSentence(sentence, docDate, index);
      clearTags();
      for (CoreMap m : out) {
        clearTags(m, 0); // values built by a rule rather than bound in the environment
      }
      return out;
    }

    private static void clearTags(CoreMap m, int depth) {
      edu.stanford.nlp.time.TimeExpression te = m.get(edu.stanford.nlp.time.TimeExpression.Annotation.class);
      Value<?> v = te == null ? null : te.getValue();
      if (v != null && v.getTags() != null && v.getTags().hasTag(RESOLVE_TO)) {
        v.getTags().removeTag(RESOLVE_TO);
      }
      List<? extends CoreMap> children = m.get(edu.stanford.nlp.time.TimeExpression.ChildrenAnnotation.class);
      if (children != null && depth < 8) {
        for (CoreMap c : children) {
          clearTags(c, depth + 1);
        }
      }
    }

    private void clearTags() {
      for (Value<?> v : shared) {
        Tags t = v.getTags();
        if (t != null && t.hasTag(RESOLVE_TO)) {
          t.removeTag(RESOLVE_TO);
        }
      }
    }

    /** Cleared tags on every shared value (for tests): true when none carries a resolution hint. */
    boolean clean() {
      return shared.stream().noneMatch(v -> v.getTags() != null && v.getTags().hasTag(RESOLVE_TO));
    }
  }

  /** An instance for the calling thread's use; give it back with {@link #release}. */
  Instance borrow() {
    Instance i = free.poll();
    if (i == null) {
      i = new Instance();
      built.incrementAndGet();
    }
    return i;
  }

  /** How many instances this pool has built (each is SUTime's rules loaded once more). */
  int built() {
    return built.get();
  }

  /**
   * An instance borrowed only when first asked for, for one thread's article: SUTime's first instance (its rule
   * files read and compiled, 1.7-3.1 s CPU) is then loaded at the first cue window sitrep's own time tagger leaves
   * to it, and never in a run where the tagger reads every window. Close it to give the instance back.
   */
  Lease lease() {
    return new Lease();
  }

  /** See {@link #lease}. Used by one thread. */
  final class Lease implements AutoCloseable {
    private Instance instance;

    /** The instance, borrowed at the first call. */
    Instance get() {
      if (instance == null) {
        instance = borrow();
      }
      return instance;
    }

    @Override
    public void close() {
      if (instance != null) {
        release(instance);
        instance = null;
      }
    }
  }

  void release(Instance i) {
    free.add(i);
  }

  /**
   * The values bound in the rule environment of a SUTime instance (TimeAnnotator -> its extractor ->
   * its patterns -> their Env -> its variables). CoreNLP keeps these private; if a later CoreNLP renames
   * them this fails at once, naming the field, rather than letting output depend on the thread count.
   */
  @SuppressWarnings("unchecked")
  static List<Value<?>> sharedValues(TimeAnnotator annotator) {
    Object extractor = field(annotator, "timexExtractor");
    Object patterns = field(extractor, "timexPatterns");
    Env env = (Env) field(patterns, "env");
    Map<String, Object> vars = (Map<String, Object>) field(env, "variables");
    List<Value<?>> out = new ArrayList<>();
    for (Object o : vars.values()) {
      if (o instanceof Value<?> v) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  private static Object field(Object owner, String name) {
    for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        Object v = f.get(owner);
        if (v == null) {
          break;
        }
        return v;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException(fail(owner, name) + ": " + e, e);
      }
    }
    throw new IllegalStateException(fail(owner, name));
  }

  private static String fail(Object owner, String name) {
    return "cannot reach SUTime's rule environment (" + owner.getClass().getName() + "." + name + "): this"
        + " CoreNLP differs from the version sitrep was built for (see the stanford-corenlp version in the"
        + " parent pom); sitrep needs it to give the same dates whatever the thread count";
  }
}
