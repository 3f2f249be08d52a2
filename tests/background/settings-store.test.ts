/**
 * The background's settings store, the only writer: a stored old version is migrated and written
 * back once; nothing else is written on load (a newer or corrupt object stays as it is until the
 * user changes something), and an unreadable store still yields working defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, SettingsStore, type StorageArea } from '../../src/background/settings-store';
import { defaultSettings, repairSettings, SETTINGS_VERSION } from '../../src/shared/settings';

const V1_FILE: unknown = JSON.parse(
  readFileSync(new URL('../shared/fixtures/settings-v1.json', import.meta.url), 'utf8'),
);

/** An in-memory storage area that records every write. */
function memoryArea(initial: unknown): StorageArea & { writes: unknown[]; value: unknown } {
  const area = {
    value: initial,
    writes: [] as unknown[],
    async get(key: string) {
      return area.value === undefined ? {} : { [key]: structuredClone(area.value) };
    },
    async set(items: Record<string, unknown>) {
      area.value = structuredClone(items[SETTINGS_KEY]);
      area.writes.push(area.value);
    },
  };
  return area;
}

describe('settings store', () => {
  it('migrates a stored v1 object and writes it back once', async () => {
    const area = memoryArea(structuredClone(V1_FILE));
    const store = new SettingsStore(area);
    const settings = await store.get();
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.platforms.linkedin.mode).toBe('off');
    expect(area.writes).toEqual([settings]);

    // A fresh worker (the old one slept) reads the migrated object and writes nothing.
    const again = new SettingsStore(area);
    expect(await again.get()).toEqual(settings);
    expect(area.writes).toHaveLength(1);
  });

  it.each([
    ['nothing stored', undefined],
    ['the current version', defaultSettings()],
    ['a newer version (another browser syncing a newer Second Look)', { ...defaultSettings(), version: 99 }],
    ['a corrupt object', { version: SETTINGS_VERSION, platforms: 'oops' }],
  ])('writes nothing on load for %s', async (_, stored) => {
    const area = memoryArea(stored);
    const settings = await new SettingsStore(area).get();
    expect(settings).toEqual(repairSettings(stored).settings);
    expect(area.writes).toEqual([]);
  });

  it('falls back to defaults when storage cannot be read', async () => {
    const store = new SettingsStore({
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.resolve(),
    });
    expect(await store.get()).toEqual(defaultSettings());
  });

  it('still uses the migrated settings when writing them back fails', async () => {
    const store = new SettingsStore({
      get: async (key) => ({ [key]: structuredClone(V1_FILE) }),
      set: () => Promise.reject(new Error('quota')),
    });
    expect((await store.get()).profile.accounts.x.name).toBe('Dr Priya Shah');
  });

  it('writes a change validated, at the current version', async () => {
    const area = memoryArea(defaultSettings());
    const store = new SettingsStore(area);
    await store.update((s) => (s.profile.accounts.x.ownName = 'no'));
    expect(area.writes).toHaveLength(1);
    expect((area.value as ReturnType<typeof defaultSettings>).profile.accounts.x.ownName).toBe('no');
    await expect(store.update((s) => ((s.platforms.x as { mode: string }).mode = 'shout'))).rejects.toThrow();
    expect(area.writes).toHaveLength(1);
  });
});
