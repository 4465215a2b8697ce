package org.sched4j.podpacking;

/**
 * What a plan achieves in one priority tier.
 *
 * @param priority    the tier's priority
 * @param pods        the pods of this priority
 * @param runningPods those of them that run now
 * @param placed      those of them the plan places on a node
 * @param disruption  the disruption of this tier's running pods: 1 per evicted pod, 2 per moved pod
 */
public record TierOutcome(int priority, int pods, int runningPods, int placed, int disruption) {

    public TierOutcome {
        if (pods < 0 || runningPods < 0 || runningPods > pods || placed < 0 || placed > pods) {
            throw new IllegalArgumentException("tier " + priority + ": need 0 <= runningPods <= pods and 0 <= placed "
                    + "<= pods, got pods " + pods + ", runningPods " + runningPods + ", placed " + placed);
        }
        if (disruption < 0 || disruption > 2 * runningPods) {
            throw new IllegalArgumentException("tier " + priority + ": disruption must be in [0, 2 runningPods], got "
                    + disruption);
        }
    }

    /** The pods of this tier the plan leaves unplaced. */
    public int unplaced() {
        return pods - placed;
    }
}
