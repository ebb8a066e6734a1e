package cn.helituan.domain.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random sample (随机抽查) of a plan: {@code size} of the candidate units, drawn by a partial Fisher–Yates shuffle
 * driven by {@link Random} with the plan's seed over the candidates in ascending id. {@code java.util.Random}'s
 * sequence for a seed is fixed by its specification, so the same seed over the same candidates draws the same units
 * on any JVM: the plan records the seed and the candidates' count, and anyone can draw again and compare.
 */
public final class Sample {

    private Sample() {
    }

    /** The drawn ids in the order drawn; all candidates (shuffled) when {@code size} is not smaller. */
    public static List<Long> draw(long seed, List<Long> candidates, int size) {
        List<Long> pool = new ArrayList<>(candidates);
        pool.sort(null);
        Random random = new Random(seed);
        int n = Math.min(size, pool.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Long swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, n));
    }
}
