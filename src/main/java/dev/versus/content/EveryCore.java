package dev.versus.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on every core, each thread taking the next item as soon as it is free. A parallel stream
 * cuts its input into about four chunks per thread of the common pool up front (the JDK's
 * {@code AbstractTask} leaf target), which on a 2-core machine is four chunks in all: when one thread is
 * slowed (by the JIT, the collector or another process) the other ends the stage alone with a whole chunk
 * left, a quarter of the work. A JFR timeline of a 4,000-article build showed the load stage's last 3 of
 * its 24 seconds on one thread. Items here are handed out one at a time, so both threads finish within one
 * item of each other.
 */
public final class EveryCore {
  private EveryCore() {}

  /**
   * {@code f} applied to each of {@code items}, in their order; the calling thread works too, with as
   * many threads of the common pool as it has. The first {@link RuntimeException} or {@link Error} from
   * {@code f} is thrown here as it was thrown, once every thread stopped (no item is started after it).
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) results[i] = f.apply(items.get(i));
      } catch (RuntimeException | Error e) {
        failed.compareAndSet(null, e);
        // no more items for any thread
        next.set(results.length);
      }
    };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
    List<ForkJoinTask<?>> started = new ArrayList<>();
    for (int h = 0; h < helpers; h++) started.add(ForkJoinPool.commonPool().submit(worker));
    worker.run();
    started.forEach(ForkJoinTask::join);
    // the first failure as thrown, not the copy a ForkJoinTask's join would make of it
    if (failed.get() instanceof RuntimeException e) throw e;
    if (failed.get() instanceof Error e) throw e;
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return java.util.Collections.unmodifiableList(list);
  }
}
