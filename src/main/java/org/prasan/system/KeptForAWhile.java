package org.prasan.system;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values a node keeps per key for a short lifetime, such as a verified login or an agency's
 * officers. A lifetime of zero keeps nothing; beyond {@code maxKeys} keys everything is
 * forgotten at once, so a flood of keys cannot fill memory.
 */
public final class KeptForAWhile<K, V> {

  private final long lifetimeNanos;
  private final int maxKeys;
  private final Map<K, Kept<V>> entries = new ConcurrentHashMap<>();

  public KeptForAWhile(Duration lifetime, int maxKeys) {
    this.lifetimeNanos = lifetime.toNanos();
    this.maxKeys = maxKeys;
  }

  // System.nanoTime, not the injected Clock: the engine clock is moved by process tests and
  // by operators, and this lifetime is of a cache, not a business time.
  private record Kept<V>(V value, long until) {
  }

  public boolean keepsAnything() {
    return lifetimeNanos > 0;
  }

  /** The key's value, if it was kept less than the lifetime ago. */
  public Optional<V> get(K key) {
    Kept<V> kept = entries.get(key);
    if (kept == null || System.nanoTime() - kept.until() > 0) {
      return Optional.empty();
    }
    return Optional.of(kept.value());
  }

  public void put(K key, V value) {
    if (!keepsAnything()) {
      return;
    }
    if (entries.size() >= maxKeys) {
      entries.clear();
    }
    entries.put(key, new Kept<>(value, System.nanoTime() + lifetimeNanos));
  }

  /** How many keys are kept, expired or not. */
  public int size() {
    return entries.size();
  }

  public void clear() {
    entries.clear();
  }
}
