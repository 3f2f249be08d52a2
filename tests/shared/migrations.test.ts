/**
 * The migration chain: each step on its own, a real v1 file brought to the current version,
 * corrupt and unknown input, idempotence, and an old file imported through the options page's path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateSettings } from '../../src/shared/migrations';
import {
  defaultSettings,
  readSettingsFile,
  repairSettings,
  Settings,
  SETTINGS_VERSION,
} from '../../src/shared/settings';

/** A settings file exported by Second Look with settings version 1, then edited by its user. */
const V1_FILE: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('./fixtures/settings-v1.json', import.meta.url), 'utf8'),
);
const v1 = () => structuredClone(V1_FILE) as Record<string, unknown> & { profile: Record<string, unknown> };

describe('the migration chain', () => {
  it('has one step per version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.why.length).toBeGreaterThan(5);
  });

  it('every step writes the next version and never throws, whatever it is given', () => {
    const junk: Array<Record<string, unknown>> = [
      {},
      { profile: null },
      { profile: 'Dr Shah' },
      { profile: [] },
      { profile: { displayName: 42 } },
      { platforms: 7, customTerms: 'x' },
    ];
    for (const m of MIGRATIONS) {
      for (const input of [...junk, v1()]) {
        const out = m.up({ ...input, version: m.from });
        expect(out['version']).toBe(m.from + 1);
      }
    }
  });
});

describe('v1 → v2: a profile account per platform', () => {
  const up = MIGRATIONS[0]!.up;

  it('puts the one v1 name on every platform, not yet saying whether it is the real name', () => {
    const out = up(v1()) as { profile: Record<string, unknown> };
    expect(out.profile).toEqual({
      profession: 'doctor',
      accounts: {
        x: { name: 'Dr Priya Shah', ownName: 'unset' },
        facebook: { name: 'Dr Priya Shah', ownName: 'unset' },
        linkedin: { name: 'Dr Priya Shah', ownName: 'unset' },
      },
    });
  });

  it('leaves everything outside the profile as it was', () => {
    const input = v1();
    const out = up(structuredClone(input));
    expect({ ...out, profile: undefined, version: undefined }).toEqual({
      ...input,
      profile: undefined,
      version: undefined,
    });
  });

  it('carries a corrupt name over for repair to judge, rather than guessing', () => {
    const out = up({ version: 1, profile: { displayName: 42, profession: 'nurse' } }) as {
      profile: { accounts: Record<string, unknown> };
    };
    expect(out.profile.accounts['x']).toEqual({ name: 42, ownName: 'unset' });
    const { settings, problems } = repairSettings(out);
    expect(settings.profile.accounts.x).toEqual({ name: '', ownName: 'unset' });
    expect(settings.profile.profession).toBe('nurse');
    expect(problems).toEqual([
      'profile.accounts.x.name',
      'profile.accounts.facebook.name',
      'profile.accounts.linkedin.name',
    ]);
  });
});

describe('loading a stored v1 object', () => {
  it('migrates to the current version keeping every setting the user made', () => {
    const { settings, problems, from } = repairSettings(v1());
    expect(from).toBe(1);
    expect(problems).toEqual([]);
    expect(Settings.safeParse(settings).success).toBe(true);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.platforms.x.mode).toBe('inline');
    expect(settings.platforms.x.categories).toEqual({ emotive: { enabled: false } });
    expect(settings.platforms.x.rules['patient-identifier/health-number']).toEqual({ severity: 'warning' });
    expect(settings.platforms.facebook.nudgeAt).toBe('error');
    expect(settings.platforms.linkedin.mode).toBe('off');
    expect(settings.platforms.linkedin.rules['emotive/sarcasm']).toEqual({ enabled: false });
    expect(settings.profile.accounts.linkedin.name).toBe('Dr Priya Shah');
    expect(settings.customTerms).toEqual({ identifying: ['Kestrel Ward', 'St Elsewhere'], ignore: ['bay 3'] });
  });

  it('is idempotent: loading the result again changes nothing and reports no problem', () => {
    const once = repairSettings(v1()).settings;
    const twice = repairSettings(structuredClone(once));
    expect(twice.settings).toEqual(once);
    expect(twice.problems).toEqual([]);
    expect(twice.from).toBe(SETTINGS_VERSION);
    expect(migrateSettings(once, SETTINGS_VERSION).value).toBe(once); // nothing to migrate: same object
    expect(repairSettings(defaultSettings()).settings).toEqual(defaultSettings());
  });

  it('repairs a corrupt field of an old object to its default and keeps the rest', () => {
    const old = v1();
    (old['platforms'] as { x: { mode: unknown } }).x.mode = 'shout';
    old.profile['profession'] = 'wizard';
    const { settings, problems } = repairSettings(old);
    expect(settings.platforms.x.mode).toBe('nudge');
    expect(settings.profile.profession).toBe('doctor');
    expect(settings.platforms.linkedin.mode).toBe('off');
    expect(settings.profile.accounts.x.name).toBe('Dr Priya Shah');
    expect(problems.sort()).toEqual(['platforms.x.mode', 'profile.profession']);
  });
});

describe('versions this build does not know', () => {
  it('keeps every field of a newer object that still validates, and defaults the rest field by field', () => {
    const current = defaultSettings();
    current.platforms.facebook.mode = 'inline';
    current.profile.accounts.x = { name: 'nightshiftdoc', ownName: 'no' };
    current.customTerms.ignore = ['bay 3'];
    const newer = {
      ...structuredClone(current),
      version: SETTINGS_VERSION + 1,
      // What a newer version might have changed: a mode this build does not know, a new field.
      platforms: { ...structuredClone(current.platforms), x: { ...current.platforms.x, mode: 'summarise' } },
      theme: 'dark',
    };
    const { settings, problems, from } = repairSettings(newer);
    expect(from).toBe(SETTINGS_VERSION + 1);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.platforms.x.mode).toBe('nudge');
    expect(settings.platforms.facebook.mode).toBe('inline');
    expect(settings.profile.accounts.x).toEqual({ name: 'nightshiftdoc', ownName: 'no' });
    expect(settings.customTerms.ignore).toEqual(['bay 3']);
    expect(problems.sort()).toEqual(['platforms.x.mode', 'version']);
  });

  it.each([
    ['no version', { platforms: { linkedin: { mode: 'off' } } }],
    ['a version that is not a number', { version: 'two', platforms: { linkedin: { mode: 'off' } } }],
    ['a version before the first', { version: 0, platforms: { linkedin: { mode: 'off' } } }],
  ])('repairs an object with %s field by field, keeping what validates', (_, input) => {
    const { settings, problems } = repairSettings(input);
    expect(settings.platforms.linkedin.mode).toBe('off');
    expect(settings.platforms.x.mode).toBe('nudge');
    expect(problems).toContain('version');
  });
});

describe('importing a settings file', () => {
  it('migrates a v1 file and accepts it whole', () => {
    const read = readSettingsFile(v1());
    if (!read.ok) throw new Error(`rejected: ${read.field}: ${read.reason}`);
    expect(read.from).toBe(1);
    expect(read.settings).toEqual(repairSettings(v1()).settings);
  });

  it('rejects an old file with a bad field, naming it, instead of half-applying it', () => {
    const old = v1();
    (old['platforms'] as { linkedin: { mode: unknown } }).linkedin.mode = 'loud';
    expect(readSettingsFile(old)).toMatchObject({ ok: false, field: 'platforms.linkedin.mode' });
  });

  it.each([
    ['not an object', [1, 2], '(the whole file)'],
    ['no version', { ...defaultSettings(), version: undefined }, 'version'],
    ['version 0', { ...defaultSettings(), version: 0 }, 'version'],
  ])('rejects a file that is %s', (_, input, field) => {
    expect(readSettingsFile(input)).toMatchObject({ ok: false, field });
  });

  it('accepts a file from a newer version, keeping what this version understands', () => {
    const newer = { ...defaultSettings(), version: SETTINGS_VERSION + 1, customTerms: { identifying: ['Ward 9'] } };
    const read = readSettingsFile(newer);
    if (!read.ok) throw new Error('rejected');
    expect(read.settings.customTerms).toEqual({ identifying: ['Ward 9'], ignore: [] });
    expect(read.settings.version).toBe(SETTINGS_VERSION);
  });

  it('accepts rules a newer version has and this one does not, leaving them out', () => {
    const newer = defaultSettings();
    const file = {
      ...newer,
      version: SETTINGS_VERSION + 1,
      platforms: {
        ...newer.platforms,
        x: { ...newer.platforms.x, rules: { 'advice/some-future-rule': { enabled: false } } },
      },
    };
    const read = readSettingsFile(file);
    expect(read.ok).toBe(true);
  });

  it.each([
    ['holds nothing this version knows', { version: SETTINGS_VERSION + 1 }, '(the whole file)'],
    [
      'newer but with a field this version knows set to junk',
      { ...defaultSettings(), version: SETTINGS_VERSION + 1, platforms: { x: { mode: 'sometimes' } } },
      'platforms.x.mode',
    ],
  ])('refuses a newer file that %s, changing nothing', (_, input, field) => {
    expect(readSettingsFile(input)).toMatchObject({ ok: false, field });
  });
});
