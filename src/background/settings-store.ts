/**
 * Reads settings from extension storage, repaired by the zod schema, and keeps a copy in memory
 * that follows storage changes. The background is the only writer (issue 4 adds writes).
 */
import { repairSettings, type Settings } from '../shared/settings';

export const SETTINGS_KEY = 'settings';

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export interface StorageEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export class SettingsStore {
  private cached: Promise<Settings> | undefined;

  constructor(
    private readonly area: StorageArea,
    events?: StorageEvents,
  ) {
    events?.addListener((changes, areaName) => {
      if (areaName === 'sync' && SETTINGS_KEY in changes) this.cached = undefined;
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
}
