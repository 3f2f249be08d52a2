/**
 * The background's settings service and the only writer of settings. Reads are repaired by the
 * zod schema; a copy is kept in memory and follows storage changes.
 */
import { defaultSettings, repairSettings, Settings } from '../shared/settings';

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
      .then((items) => repairSettings(items[SETTINGS_KEY]).settings)
      // Storage that cannot be read must not stop checking: fall back to defaults.
      .catch(() => repairSettings(undefined).settings);
    return this.cached;
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
