import { describe, expect, it } from 'vitest';
import { MAX_STAND_ASIDE_MS, warmUp, warmUpSlices } from '../../src/background/warm-up';

/** A fake clock: `later` queues slices, run() plays them in time order, recording what ran when. */
function fakeTimers() {
  let now = 0;
  const queue: Array<{ at: number; slice: () => void }> = [];
  return {
    now: () => now,
    later: (slice: () => void, ms: number) => void queue.push({ at: now + ms, slice }),
    run() {
      while (queue.length > 0) {
        queue.sort((a, b) => a.at - b.at);
        const { at, slice } = queue.shift()!;
        now = at;
        slice();
      }
    },
  };
}

describe('warm-up', () => {
  it('runs every slice, standing aside while a message is being answered', async () => {
    const timers = fakeTimers();
    const ranAt: number[] = [];
    const busyUntil = 500;
    const done = warmUp({
      busy: () => {
        const busy = timers.now() < busyUntil;
        if (!busy) ranAt.push(timers.now());
        return busy;
      },
      later: timers.later,
    });
    timers.run();
    await done;
    expect(ranAt.length).toBe(warmUpSlices().length);
    expect(Math.min(...ranAt)).toBeGreaterThanOrEqual(500);
  }, 60_000);

  it('does not wait for ever on a message that never settles', async () => {
    const timers = fakeTimers();
    const done = warmUp({ busy: () => true, later: timers.later });
    timers.run();
    await expect(done).resolves.toBeGreaterThan(0);
    // Each slice waits at most MAX_STAND_ASIDE_MS, so the run is bounded.
    expect(timers.now()).toBeLessThanOrEqual(300 + warmUpSlices().length * (MAX_STAND_ASIDE_MS + 20));
  }, 60_000);
});
