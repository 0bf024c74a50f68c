package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link EveryCore#map}: every item once, results in the items' order, a failure thrown to the caller. */
class EveryCoreTest {
  @Test
  void eachItemIsMappedOnceAndTheResultsKeepTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 5000).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    List<String> out = EveryCore.map(items, i -> {
      calls.incrementAndGet();
      return "n" + i;
    });
    assertEquals(items.stream().map(i -> "n" + i).toList(), out);
    assertEquals(5000, calls.get());
  }

  @Test
  void emptyAndSingleLists() {
    assertEquals(List.of(), EveryCore.map(List.<String>of(), s -> s));
    assertEquals(List.of("A"), EveryCore.map(List.of("a"), String::toUpperCase));
  }

  @Test
  void moreThanOneThreadWorksWhenTheMachineHasTwoCores() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    EveryCore.map(IntStream.range(0, 200).boxed().toList(), i -> {
      threads.add(Thread.currentThread());
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return i;
    });
    assertEquals(Math.min(2, 1 + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()), Math.min(2, threads.size()));
  }

  @Test
  void aFailureOnAnyThreadReachesTheCaller() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> EveryCore.map(items, i -> {
      if (i == 700) throw new IllegalStateException("item 700");
      return i;
    }));
    assertEquals("item 700", e.getMessage());
  }
}
