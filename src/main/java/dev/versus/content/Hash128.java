package dev.versus.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3's 128-bit hash for x64 (Austin Appleby, public domain; {@code MurmurHash3_x64_128} in
 * smhasher's {@code MurmurHash3.cpp}, seed 0): the content hash of the build cache, which only has to tell
 * an author's changed file or page input from an unchanged one, not resist an attacker (who, writing the
 * guide, could change the page anyway). Not SHA-256: the CLI runs with the C1 compiler only (it starts
 * faster), where SHA-256 has no intrinsic and hashes about 50 MB/s on the machines of docs/performance.md,
 * against about 2 GB/s for this, and a build of 4,000 articles hashes about 100 MB.
 */
public final class Hash128 {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Hash128() {}

  /** The 16 bytes of the hash of {@code data}: h1 then h2, each little-endian, as the reference prints them. */
  public static byte[] of(byte[] data) {
    return of(data, data.length);
  }

  /**
   * The hash of the first {@code length} bytes of {@code data} ({@link #of(byte[])} of a copy of them, without the
   * copy): the page digests hash a reused buffer ({@code render/DigestBytes}). Throws when {@code length} is negative
   * or past the array's end.
   */
  public static byte[] of(byte[] data, int length) {
    java.util.Objects.checkFromIndexSize(0, length, data.length);
    long h1 = 0;
    long h2 = 0;
    int blocks = length / 16;
    for (int i = 0; i < blocks; i++) {
      long k1 = (long) LONG.get(data, i * 16);
      long k2 = (long) LONG.get(data, i * 16 + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int tail = blocks * 16;
    for (int i = length - 1; i >= tail; i--) {
      int j = i - tail;
      if (j >= 8) k2 ^= (data[i] & 0xffL) << ((j - 8) * 8);
      else k1 ^= (data[i] & 0xffL) << (j * 8);
    }
    h2 ^= mixK2(k2);
    h1 ^= mixK1(k1);
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    byte[] out = new byte[16];
    LONG.set(out, 0, h1);
    LONG.set(out, 8, h2);
    return out;
  }

  private static long mixK1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mixK2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
