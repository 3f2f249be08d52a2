/**
 * Reads a Chrome trace (browser.startTracing / stopTracing) for what the extension's service
 * worker thread did: its long tasks while typing, and where a cold start's time went.
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

/** For a cold start: tasks, script evaluation and its compile/run split, timers and messages. */
export const COLD_START_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', '__metadata'];
/** While typing: tasks and which script ran in them. */
export const TYPING_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', '__metadata'];

/** A top-level task of a thread's task runner. */
const TASK = 'ThreadControllerImpl::RunTask';

function parse(buffer: Buffer): TraceEvent[] {
  const data = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(data) ? data : data.traceEvents;
}

/** Complete events on the threads whose name includes `thread`. */
function threadEvents(events: TraceEvent[], thread: string): TraceEvent[] {
  const threads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && String(e.args?.['name']).includes(thread))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
}
const workerTasks = (events: TraceEvent[]) => threadEvents(events, 'ServiceWorker');

/** The script URL a trace event ran, if it names one (FunctionCall, EvaluateScript, TimerFire...). */
function scriptUrl(e: TraceEvent): string | undefined {
  const data = e.args?.['data'] as { url?: string } | undefined;
  return data?.url || undefined;
}

export interface PageLongTask {
  ms: number;
  /** Time in the extension's scripts (chrome-extension:// URLs) inside this task. */
  extensionMs: number;
}

/**
 * Tasks over 50 ms on renderer main threads (the pages), with how much of each was the
 * extension's content script: the trace names the script of every function call, including
 * content scripts in their isolated world, which page-side attribution does not reliably show.
 */
export function pageLongTasks(buffer: Buffer): PageLongTask[] {
  const events = threadEvents(parse(buffer), 'CrRendererMain');
  const calls = events.filter((e) => scriptUrl(e)?.startsWith('chrome-extension://'));
  return events
    .filter((e) => e.name === TASK && (e.dur ?? 0) > 50_000)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = calls.filter((c) => c.pid === task.pid && c.tid === task.tid && c.ts >= task.ts && c.ts < end);
      // Outermost calls only, so nested calls are not counted twice.
      const outer = inside.filter(
        (c) => !inside.some((o) => o !== c && o.ts <= c.ts && o.ts + (o.dur ?? 0) >= c.ts + (c.dur ?? 0)),
      );
      return { ms: (task.dur ?? 0) / 1000, extensionMs: outer.reduce((sum, c) => sum + (c.dur ?? 0), 0) / 1000 };
    });
}

/** The worker's tasks over 50 ms (a long task, as the page's 'longtask' counts them). */
export function workerLongTasks(buffer: Buffer): number[] {
  return workerTasks(parse(buffer))
    .filter((e) => e.name === TASK && (e.dur ?? 0) > 50_000)
    .map((e) => (e.dur ?? 0) / 1000);
}

export interface ColdStartPhases {
  /** Worker thread started → its script is evaluated (fetching the script, V8 compile from cache and top-level run). */
  scriptMs: number;
  /** Of which V8 compiling the script (from the code cache when there is one). */
  compileMs: number;
  /** Of which running the script's top level (module initialisation: the engine, compromise, rules). */
  topLevelMs: number;
  /** Timer tasks (the warm-up) that ran after the script and before the first answer was sent. */
  timersBeforeAnswerMs: number;
  /** Script evaluated → the first message from a tab handled (its task and microtasks). */
  toAnswerMs: number;
  /** Every task on the worker thread over the traced interval, the longest. */
  longestTaskMs: number;
}

/** Phases of the last worker start in the trace, on the worker thread's own clock. */
export function coldStartPhases(buffer: Buffer): ColdStartPhases | undefined {
  const tasks = workerTasks(parse(buffer)).sort((a, b) => a.ts - b.ts);
  const starts = tasks.filter((e) => e.name === TASK && isWorkerStart(e));
  const start = starts.at(-1);
  if (!start) return undefined;
  const after = tasks.filter((e) => e.ts >= start.ts);
  const evaluate = after.find((e) => e.name === 'EvaluateScript');
  if (!evaluate) return undefined;
  const evaluated = evaluate.ts + (evaluate.dur ?? 0);
  const compile = after.find((e) => e.name === 'v8.compile' && e.ts >= evaluate.ts);
  const run = after.find((e) => e.name === 'v8.run' && e.ts >= evaluate.ts);
  // The first message from a tab (extensions.mojom.MessagePort) after the script ran.
  const message = after.find(
    (e) => e.name === 'Receive mojo message' && e.ts >= evaluated && JSON.stringify(e.args).includes('MessagePort'),
  );
  // Its reply is sent when the microtasks that follow it (the async handler) are done.
  const handled = message
    ? after.filter((e) => e.name === 'RunMicrotasks' && e.ts >= message.ts).slice(0, 1)[0]
    : undefined;
  const answeredAt = handled ? handled.ts + (handled.dur ?? 0) : message ? message.ts + (message.dur ?? 0) : NaN;
  const timers = after.filter((e) => e.name === 'TimerFire' && e.ts >= evaluated && e.ts < answeredAt);
  const runTasks = after.filter((e) => e.name === TASK);
  return {
    scriptMs: (evaluated - start.ts) / 1000,
    compileMs: (compile?.dur ?? NaN) / 1000,
    topLevelMs: (run?.dur ?? NaN) / 1000,
    timersBeforeAnswerMs: timers.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    toAnswerMs: (answeredAt - evaluated) / 1000,
    longestTaskMs: Math.max(0, ...runTasks.map((e) => e.dur ?? 0)) / 1000,
  };
}

function isWorkerStart(e: TraceEvent): boolean {
  const args = JSON.stringify(e.args ?? {});
  return args.includes('worker_thread.cc') && args.includes('"Start"');
}
