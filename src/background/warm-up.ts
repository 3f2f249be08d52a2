/**
 * Runs the engine over every rule's own examples. The first run of a large regular expression
 * compiles it (tens of milliseconds for the big lexicons), and compromise loads its lexicon on
 * first use: paying that when the worker starts keeps it off the user's next keystrokes.
 *
 * A worker is usually woken BY a keystroke's check, and warming up in one piece straight after the
 * script ran made that first answer wait for all of it (about a second in Chromium on a shared
 * 2-core machine, bench:browser): the waking message is delivered only after the script has run
 * and the browser has been told so. So warm-up starts a little later (the waking message is being
 * answered by then), runs one rule's examples per task, and stands aside while a message is
 * being answered.
 */
import { DraftChecker } from '../rules/engine/check';
import { RULES } from '../rules/registry';

export interface WarmUpOptions {
  /** True while a message is being answered: warm-up waits until it is false. */
  busy?: () => boolean;
  /** Runs a slice later (a new task, so messages queued meanwhile go first). */
  later?: (slice: () => void, ms: number) => void;
}

/** How long to wait before looking again when a message is being answered. */
const BUSY_RETRY_MS = 20;
/**
 * Stand aside for at most this long in a row: a message that never settles must not keep a timer
 * polling for ever (it would also keep a Firefox event page from ever unloading).
 */
export const MAX_STAND_ASIDE_MS = 2_000;
/** Before the first slice: long enough for the message that woke the worker to arrive. */
export const WARM_UP_DELAY_MS = 250;

/** The texts to warm up on, one string per slice. */
export function warmUpSlices(): string[] {
  return RULES.map((rule) =>
    [...rule.meta.examples.warn, ...rule.meta.examples.pass].map((example) => example.text).join('\n'),
  ).filter(Boolean);
}

/** Warms up slice by slice; resolves with the engine time spent once every slice has run. */
export function warmUp(options: WarmUpOptions = {}): Promise<number> {
  const { busy = () => false, later = (slice, ms) => setTimeout(slice, ms) } = options;
  const slices = warmUpSlices();
  let spent = 0;
  let waited = 0;
  return new Promise((resolve) => {
    const next = (): void => {
      if (slices.length === 0) return resolve(spent);
      if (busy() && waited < MAX_STAND_ASIDE_MS) {
        waited += BUSY_RETRY_MS;
        return later(next, BUSY_RETRY_MS);
      }
      waited = 0;
      const started = performance.now();
      new DraftChecker().check({ text: slices.shift() as string });
      spent += performance.now() - started;
      later(next, 0);
    };
    later(next, WARM_UP_DELAY_MS);
  });
}
