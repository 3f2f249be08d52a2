/**
 * What the browser benchmark installs in the fixture page's main world. Kept as a plain script
 * string: functions handed to page.evaluate would be serialised after tsx's transform, which can
 * add helpers (__name) the page does not have.
 *
 * It records, on the page's own clock (performance.now(), shared with the content script's
 * performance.measure entries):
 * - keys: the timeStamp of every keydown (when the browser received the key, before the editor
 *   or the content script saw it);
 * - frames: for every animation frame, when its requestAnimationFrame callbacks ran and when the
 *   main thread finished that frame (a message posted from rAF runs right after the frame's style,
 *   layout, paint and commit): a highlight changed before `ran` is on screen by about `done`;
 * - longTasks: 'longtask' entries (over 50 ms of main thread);
 * - frameScripts: script entries of 'long-animation-frame' entries, whose sourceURL says whose
 *   code ran (the extension's content scripts are chrome-extension:// URLs).
 */
export const INSTRUMENT_PAGE = `(() => {
  const bench = { keys: [], frames: [], longTasks: [], frameScripts: [], stopped: false };
  window.__bench = bench;
  addEventListener('keydown', (event) => bench.keys.push(event.timeStamp), { capture: true });
  const onFrame = () => {
    const ran = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => bench.frames.push([ran, performance.now()]);
    channel.port2.postMessage(null);
    if (!bench.stopped) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const s of frame.scripts || []) {
          bench.frameScripts.push({
            frameStart: frame.startTime,
            frameDuration: frame.duration,
            start: s.startTime,
            duration: s.duration,
            sourceURL: s.sourceURL,
            invoker: s.invoker,
          });
        }
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {}
})()`;

/** Reads what INSTRUMENT_PAGE recorded plus the content script's measures, and stops the frame loop. */
export const COLLECT_PAGE = `(() => {
  const bench = window.__bench;
  bench.stopped = true;
  const measures = (name) => performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration }));
  return {
    keys: bench.keys,
    frames: bench.frames,
    longTasks: bench.longTasks,
    frameScripts: bench.frameScripts,
    underline: measures('second-look:keystroke-to-underline'),
    paint: measures('second-look:paint'),
    timeOrigin: performance.timeOrigin,
  };
})()`;

export interface Interval {
  start: number;
  duration: number;
}

export interface PageRecord {
  keys: number[];
  frames: Array<[number, number]>;
  longTasks: Interval[];
  frameScripts: Array<Interval & { frameStart: number; frameDuration: number; sourceURL: string; invoker: string }>;
  underline: Interval[];
  paint: Interval[];
  timeOrigin: number;
}
