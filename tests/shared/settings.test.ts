import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry';
import { defaultSettings, engineSettingsFor, repairSettings, Settings } from '../../src/shared/settings';

describe('settings schema', () => {
  it('has valid defaults for every platform', () => {
    const defaults = defaultSettings();
    expect(Settings.safeParse(defaults).success).toBe(true);
    expect(Object.keys(defaults.platforms)).toEqual(['x', 'facebook', 'linkedin']);
    expect(defaults.platforms.x.mode).toBe('nudge');
  });

  it('accepts an override for every registered rule, and rejects unknown rule ids', () => {
    const settings = defaultSettings();
    for (const rule of RULES) settings.platforms.x.rules[rule.id] = { enabled: false };
    expect(Settings.safeParse(settings).success).toBe(true);
    settings.platforms.x.rules['made-up/rule'] = { enabled: false };
    expect(Settings.safeParse(settings).success).toBe(false);
  });

  it('repairs a corrupt field to its default and keeps every valid field', () => {
    const stored = defaultSettings();
    stored.platforms.linkedin.mode = 'inline';
    stored.customTerms.identifying = ['Kestrel Ward'];
    const corrupt = JSON.parse(JSON.stringify(stored));
    corrupt.platforms.x.mode = 'shout';
    corrupt.platforms.facebook.rules['patient-identifier/health-number'] = { severity: 'catastrophic' };
    corrupt.profile = 'not an object';
    const { settings, problems } = repairSettings(corrupt);
    expect(settings.profile).toEqual(defaultSettings().profile);
    expect(Settings.safeParse(settings).success).toBe(true);
    expect(settings.platforms.x.mode).toBe('nudge');
    expect(settings.platforms.linkedin.mode).toBe('inline');
    expect(settings.customTerms.identifying).toEqual(['Kestrel Ward']);
    expect(problems).toEqual(
      expect.arrayContaining([
        'platforms.x.mode',
        'platforms.facebook.rules.patient-identifier/health-number',
        'profile',
      ]),
    );
  });

  it.each([undefined, null, 42, 'settings', [], { version: 99 }])('turns %j into defaults', (junk) => {
    const { settings } = repairSettings(junk);
    expect(settings).toEqual(defaultSettings());
  });

  it('resolves what the engine needs for one platform', () => {
    const settings = defaultSettings();
    settings.platforms.facebook.categories.emotive = { enabled: false };
    settings.customTerms.ignore = ['bay 3'];
    const engine = engineSettingsFor(settings, 'facebook');
    expect(engine.categories?.emotive?.enabled).toBe(false);
    expect(engine.ignoreTerms).toEqual(['bay 3']);
    expect(engineSettingsFor(settings, 'x').categories?.emotive).toBeUndefined();
  });

  it("passes the platform's account to the engine only as far as the user has filled it in", () => {
    const settings = defaultSettings();
    expect(engineSettingsFor(settings, 'x').author).toBeUndefined();
    settings.profile.accounts.x = { name: 'nightshiftdoc', ownName: 'no' };
    settings.profile.accounts.linkedin = { name: 'Dr Priya Shah', ownName: 'yes' };
    settings.profile.accounts.facebook = { name: '', ownName: 'no' };
    expect(engineSettingsFor(settings, 'x').author).toEqual({ name: 'nightshiftdoc', postsUnderOwnName: false });
    expect(engineSettingsFor(settings, 'linkedin').author).toEqual({ name: 'Dr Priya Shah', postsUnderOwnName: true });
    expect(engineSettingsFor(settings, 'facebook').author).toEqual({ postsUnderOwnName: false });
  });
});
