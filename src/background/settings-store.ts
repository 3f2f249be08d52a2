/**
 * The background's settings service and the only writer of settings. Reads are repaired by the
 * zod schema; a copy is kept in memory and follows storage changes.
 */
import { defaultSettings, repairSettings, Settings, SETTINGS_VERSION } from '../shared/settings';

export const SETTINGS_KEY = 'settings';

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StorageEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export class SettingsStore {
  private cached: Promise<Settings> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly area: StorageArea,
    events?: StorageEvents,
    private readonly areaName = 'sync',
  ) {
    events?.addListener((changes, changedArea) => {
      if (changedArea !== this.areaName || !(SETTINGS_KEY in changes)) return;
      this.cached = undefined;
      for (const listener of this.listeners) listener();
    });
  }

  get(): Promise<Settings> {
    this.cached ??= this.area
      .get(SETTINGS_KEY)
      .then((items) => this.load(items[SETTINGS_KEY]))
      // Storage that cannot be read must not stop checking: fall back to defaults.
      .catch(() => repairSettings(undefined).settings);
    return this.cached;
  }

  /**
   * Repairs what storage holds and, if it was an older version, writes the migrated object back
   * once, so migrations run on one load rather than on every start. Nothing else is written back
   * on load: sync storage is shared with the user's other browsers, and one running an older
   * Second Look must not overwrite, with its narrower view, settings a newer one wrote (nor drop
   * overrides for rules it does not have). Their next own change writes a current object anyway.
   */
  private async load(stored: unknown): Promise<Settings> {
    const { settings, from } = repairSettings(stored);
    if (from !== undefined && from >= 1 && from < SETTINGS_VERSION) {
      // A failed write is retried by the next load; the migrated settings apply meanwhile.
      await this.area.set({ [SETTINGS_KEY]: settings }).catch(() => undefined);
    }
    return settings;
  }

  /** Applies a change and writes the result, validated, back to storage. */
  async update(change: (settings: Settings) => void): Promise<void> {
    const next = structuredClone(await this.get());
    change(next);
    const valid = Settings.parse(next);
    this.cached = Promise.resolve(valid);
    await this.area.set({ [SETTINGS_KEY]: valid });
  }

  /** Replaces the whole object (an import or the options page); throws, writing nothing, if invalid. */
  async replace(settings: Settings): Promise<void> {
    const valid = Settings.parse(settings);
    this.cached = Promise.resolve(valid);
    await this.area.set({ [SETTINGS_KEY]: valid });
  }

  reset(): Promise<void> {
    return this.replace(defaultSettings());
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }
}
