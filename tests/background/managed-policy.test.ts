import { describe, expect, it } from 'vitest';
import {
  applyPolicy,
  DEFAULT_LOCK_REASON,
  keepOwnLockedValues,
  parseManagedPolicy,
  PolicyStore,
} from '../../src/background/managed-policy';
import { defaultSettings, Settings } from '../../src/shared/settings';

const RULE = 'patient-identifier/health-number';

describe('managed policy', () => {
  it('changes nothing and locks nothing without a policy', () => {
    const settings = defaultSettings();
    expect(applyPolicy(settings, {})).toEqual({ effective: settings, locks: [] });
  });

  it('overrides the user with locked values, each reported with the reason', () => {
    const settings = defaultSettings();
    settings.platforms.x.mode = 'off';
    settings.platforms.facebook.rules[RULE] = { enabled: false, severity: 'info' };
    const { effective, locks } = applyPolicy(
      settings,
      parseManagedPolicy({
        lockReason: 'Set by Kestrel NHS Trust',
        platforms: { x: { mode: 'nudge' } },
        rules: { [RULE]: { enabled: true } },
        categories: { advice: { enabled: true } },
      }),
    );
    expect(Settings.safeParse(effective).success).toBe(true);
    expect(effective.platforms.x.mode).toBe('nudge');
    // Only the locked field of a rule is fixed; the user's severity stays.
    expect(effective.platforms.facebook.rules[RULE]).toEqual({ enabled: true, severity: 'info' });
    expect(effective.platforms.linkedin.categories.advice).toEqual({ enabled: true });
    expect(locks).toContainEqual({ path: 'platforms.x.mode', reason: 'Set by Kestrel NHS Trust' });
    expect(locks).toContainEqual({
      path: `platforms.facebook.rules.${RULE}.enabled`,
      reason: 'Set by Kestrel NHS Trust',
    });
    expect(locks).not.toContainEqual(expect.objectContaining({ path: `platforms.facebook.rules.${RULE}.severity` }));
    expect(locks.filter((l) => l.path.endsWith('categories.advice.enabled'))).toHaveLength(3);
    expect(settings.platforms.x.mode).toBe('off'); // the user's own object is untouched
  });

  it("adds the organisation's identifying terms to the user's own", () => {
    const settings = defaultSettings();
    settings.customTerms.identifying = ['Kestrel Ward'];
    const { effective, locks } = applyPolicy(settings, { identifyingTerms: ['Kestrel Ward', 'Heron Unit'] });
    expect(effective.customTerms.identifying).toEqual(['Kestrel Ward', 'Heron Unit']);
    expect(locks[0]?.path).toBe('customTerms.identifying');
    expect(locks[0]?.reason).toContain(DEFAULT_LOCK_REASON);
  });

  it('ignores malformed fields and unknown rules, keeping the rest of the policy', () => {
    const policy = parseManagedPolicy({
      platforms: { x: { mode: 'shout' }, linkedin: { mode: 'inline' } },
      rules: { 'made-up/rule': { enabled: false } },
      lockReason: 42,
    });
    expect(policy.platforms).toBeUndefined();
    const { effective, locks } = applyPolicy(defaultSettings(), {
      ...policy,
      platforms: { linkedin: { mode: 'inline' } },
    });
    expect(effective.platforms.linkedin.mode).toBe('inline');
    expect(locks).toEqual([{ path: 'platforms.linkedin.mode', reason: DEFAULT_LOCK_REASON }]);
    expect(parseManagedPolicy('junk')).toEqual({});
  });

  it("keeps the user's own values under locked paths when they save", () => {
    const previous = defaultSettings();
    previous.platforms.x.mode = 'inline';
    const { effective, locks } = applyPolicy(previous, {
      platforms: { x: { mode: 'nudge' } },
      rules: { [RULE]: { enabled: false } },
    });
    effective.profile.accounts.x.name = 'Dr A Lee';
    const saved = keepOwnLockedValues(effective, previous, locks);
    expect(saved.platforms.x.mode).toBe('inline');
    expect(saved.platforms.x.rules[RULE]).toBeUndefined();
    expect(saved.profile.accounts.x.name).toBe('Dr A Lee');
    expect(Settings.safeParse(saved).success).toBe(true);
  });

  it('reads no policy when managed storage is missing or fails', async () => {
    expect(await new PolicyStore(undefined).get()).toEqual({});
    expect(await new PolicyStore({ get: () => Promise.reject(new Error('no schema')) }).get()).toEqual({});
    expect(await new PolicyStore({ get: async () => ({ platforms: { x: { mode: 'off' } } }) }).get()).toEqual({
      platforms: { x: { mode: 'off' } },
    });
  });
});
