/**
 * Watching for the privacy promise (a draft never leaves the browser, is never stored and never
 * logged): every request of a browser context judged by who made it, console output from every
 * JavaScript world, and searches for any 12-character run of a draft in whatever text was read
 * back (storage dumps, console lines, serialised DOM).
 *
 * Why these sources: Playwright's context `request` event covers pages, frames, content scripts
 * and (with `serviceWorkers: 'allow'`) the extension's service worker; its `console` event covers
 * the worker, but a page's console is read over the DevTools protocol because the content
 * script's isolated world is not one Playwright reports on.
 */
import type { BrowserContext, CDPSession, ElementHandle, Page, Request, Worker } from '@playwright/test';
import { ASSET_PREFIX, FIXTURE_HOSTS, fixturePageFor } from './routes';

/** Any run of this many characters copied from a draft counts as the draft. */
export const RUN_LENGTH = 12;

/**
 * Every RUN_LENGTH-character window of each draft that occurs in `haystack` (case-insensitive, so
 * a lower-cased copy counts too), as readable findings; empty when none does.
 */
export function draftRunsIn(haystack: string, drafts: readonly string[], where: string): string[] {
  const text = haystack.toLowerCase();
  const found: string[] = [];
  // Drafts share words, so one leak matches several of them at the same place: report it once.
  const reported = new Set<number>();
  for (const draft of drafts) {
    const lower = draft.toLowerCase();
    for (let i = 0; i + RUN_LENGTH <= lower.length; i++) {
      const run = lower.slice(i, i + RUN_LENGTH);
      const at = text.indexOf(run);
      if (at < 0) continue;
      if (reported.has(at)) break;
      reported.add(at);
      const context = haystack.slice(Math.max(0, at - 40), at + RUN_LENGTH + 40).replace(/\s+/g, ' ');
      found.push(`${where}: "${draft.slice(i, i + RUN_LENGTH)}" from draft "${draft}" found in …${context}…`);
      break; // one finding per draft and place is enough to act on
    }
  }
  return found;
}

export interface Activity {
  /** Requests that are not a fixture page's own document or asset, nor an extension page's own file. */
  forbidden: string[];
  /** Every console message and uncaught error, from pages (all worlds), extension pages and the worker. */
  console: string[];
  /** Labels where the requests and messages happened, e.g. the surface being typed in. */
  step: string;
  stop(): Promise<void>;
}

/**
 * Starts watching a context: requests (judged by `judgeRequest`) and console output. Pages opened
 * later are watched from their first script; pages already open are not, so start this first.
 */
export async function watchActivity(context: BrowserContext, extensionOrigin: string): Promise<Activity> {
  const sessions: CDPSession[] = [];
  const pending: Promise<unknown>[] = [];
  const activity: Activity = {
    forbidden: [],
    console: [],
    step: 'start',
    async stop() {
      context.off('request', onRequest);
      context.off('console', onWorkerConsole);
      context.off('weberror', onWebError);
      context.off('page', onPage);
      await Promise.allSettled(pending);
      await Promise.allSettled(sessions.map((s) => s.detach()));
    },
  };

  const onRequest = (request: Request) => {
    const verdict = judgeRequest(request, extensionOrigin);
    if (verdict) activity.forbidden.push(`[${activity.step}] ${verdict}`);
  };
  // Pages' console is read over CDP below; this keeps only what no page reports: the worker.
  const onWorkerConsole = (message: {
    page(): Page | null;
    text(): string;
    args(): { jsonValue(): Promise<unknown> }[];
  }) => {
    if (message.page()) return;
    activity.console.push(`[${activity.step}] worker: ${message.text()}`);
    for (const arg of message.args()) {
      pending.push(
        arg.jsonValue().then(
          (value) => activity.console.push(`[${activity.step}] worker arg: ${JSON.stringify(value)}`),
          () => undefined,
        ),
      );
    }
  };
  const onWebError = (error: { error(): Error }) => {
    activity.console.push(`[${activity.step}] uncaught: ${error.error().stack ?? error.error().message}`);
  };
  const onPage = (page: Page) => {
    pending.push(
      watchPageConsole(page, (line) => activity.console.push(`[${activity.step}] ${line}`)).then(
        (session) => sessions.push(session),
        () => undefined, // the page closed before the session opened
      ),
    );
  };

  context.on('request', onRequest);
  context.on('console', onWorkerConsole);
  context.on('weberror', onWebError);
  context.on('page', onPage);
  for (const page of context.pages()) onPage(page);
  return activity;
}

/** Why a request breaks the promise, or undefined when it is a page's own document or asset. */
export function judgeRequest(request: Request, extensionOrigin: string): string | undefined {
  const raw = request.url();
  const url = new URL(raw);
  // Data and blob URLs are read inside the browser; nothing is sent.
  if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
  const worker = request.serviceWorker();
  if (worker) return `the service worker requested ${raw}`;
  const isOwnFile = raw.startsWith(`${extensionOrigin}/`);
  const isFixtureHost = url.protocol === 'https:' && FIXTURE_HOSTS[url.hostname] !== undefined;
  if (request.isNavigationRequest()) {
    if (isOwnFile || (isFixtureHost && fixturePageFor(url))) return undefined;
    return `a navigation to ${raw}`;
  }
  let from: string;
  try {
    from = request.frame().url();
  } catch {
    from = 'an unknown document';
  }
  if (from.startsWith(`${extensionOrigin}/`)) {
    return isOwnFile ? undefined : `the extension page ${from} requested ${raw}`;
  }
  const sameHost = isFixtureHost && URL.canParse(from) && new URL(from).host === url.host;
  if (sameHost && (url.pathname.startsWith(ASSET_PREFIX) || url.pathname === '/favicon.ico')) return undefined;
  return `the page ${from} (or a script in it) requested ${raw} (${request.resourceType()})`;
}

/**
 * Console calls and uncaught exceptions of every world in a page, the content script's isolated
 * world included. Objects are read whole (JSON) where they can be, not just their preview.
 */
async function watchPageConsole(page: Page, push: (line: string) => void): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    for (const arg of args) {
      push(`${page.url()} console.${type}: ${String(arg.value ?? arg.description ?? arg.type)}`);
      if (!arg.objectId) continue;
      void cdp
        .send('Runtime.callFunctionOn', {
          objectId: arg.objectId,
          functionDeclaration: 'function () { try { return JSON.stringify(this); } catch { return String(this); } }',
          returnByValue: true,
        })
        .then(
          (result) => push(`${page.url()} console.${type} object: ${String(result.result.value)}`),
          () => undefined,
        );
    }
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    push(`${page.url()} uncaught: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => push(`${page.url()} log ${entry.level}: ${entry.text} ${entry.url ?? ''}`));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return cdp;
}

/**
 * The page's text as a reader of its DOM would find it, without the editor's contents: every
 * element with its attributes, text nodes, form values and open shadow roots (ours included), in
 * every frame. The editor element's own attributes are kept; only what is inside it is skipped.
 * With `ourUiOnly`, just the extension's UI hosts (<second-look-ui>) and what is inside them: once
 * a post is sent, the site itself shows it (a fixture lists sent comments), which is not ours.
 * Throws if one of our UI hosts has a closed shadow root, which this could not read.
 */
export async function domOutsideEditor(page: Page, editor: ElementHandle | null, ourUiOnly = false): Promise<string> {
  const parts: string[] = [];
  for (const frame of page.frames()) {
    const handle = frame === page.mainFrame() ? editor : null;
    parts.push(
      await frame.evaluate(
        ([skip, uiOnly]) => {
          const out: string[] = [];
          const walk = (node: Node): void => {
            if (node instanceof Text || node instanceof Comment) {
              out.push(node.data);
              return;
            }
            if (node instanceof Element) {
              out.push(`<${node.localName}`);
              for (const attr of node.attributes) out.push(` ${attr.name}="${attr.value}"`);
              if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
                if (node !== skip) out.push(` .value="${node.value}"`);
              }
              out.push('>');
              if (node === skip) return;
              if (node.localName === 'second-look-ui' && !node.shadowRoot) {
                throw new Error('<second-look-ui> has a closed shadow root: the privacy check cannot read it');
              }
              if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
            }
            node.childNodes.forEach(walk);
          };
          if (!uiOnly) walk(document.documentElement);
          else {
            // Our hosts, wherever they are (also inside the site's shadow roots).
            const hosts: Element[] = [];
            const find = (root: Document | ShadowRoot): void => {
              for (const element of root.querySelectorAll('*')) {
                if (element.localName === 'second-look-ui') hosts.push(element);
                else if (element.shadowRoot) find(element.shadowRoot);
              }
            };
            find(document);
            hosts.forEach(walk);
          }
          return out.join('');
        },
        [handle, ourUiOnly] as const,
      ),
    );
  }
  return parts.join('\n');
}

/**
 * localStorage, sessionStorage, IndexedDB and Cache Storage of the page's origin (or of the
 * worker's, for the extension), as one JSON string: keys, values and stored records.
 */
export async function webStorageDump(target: Page | Worker): Promise<string> {
  // Page and Worker have evaluate methods TypeScript cannot call through their union.
  return 'mainFrame' in target ? target.evaluate(dumpOriginStorage) : target.evaluate(dumpOriginStorage);
}

/** Runs in the browser (page or worker): see webStorageDump. */
async function dumpOriginStorage(): Promise<string> {
  const replacer = (_key: string, value: unknown) => {
    if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
    if (ArrayBuffer.isView(value)) return new TextDecoder().decode(value);
    if (value instanceof Blob) return `Blob(${value.size})`;
    return value;
  };
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const dump: Record<string, unknown> = {};
  const scope = globalThis as typeof globalThis & { localStorage?: Storage; sessionStorage?: Storage };
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    const storage = scope[name];
    if (storage) dump[name] = Object.fromEntries(Object.keys(storage).map((k) => [k, storage.getItem(k)]));
  }
  const databases: Record<string, unknown> = {};
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await request(indexedDB.open(info.name));
    const stores: Record<string, unknown> = {};
    for (const store of db.objectStoreNames) {
      const objects = db.transaction(store, 'readonly').objectStore(store);
      stores[store] = { keys: await request(objects.getAllKeys()), values: await request(objects.getAll()) };
    }
    db.close();
    databases[info.name] = stores;
  }
  dump['indexedDB'] = databases;
  const cached: Record<string, unknown> = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    const entries: string[] = [];
    for (const key of await cache.keys()) entries.push(key.url, (await (await cache.match(key))?.text()) ?? '');
    cached[name] = entries;
  }
  dump['caches'] = cached;
  return JSON.stringify(dump, replacer);
}
