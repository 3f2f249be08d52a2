/**
 * The one settings object (stored by the background only), its defaults, and repair of whatever
 * storage hands back. Rule keys come from the rule registry, so a new rule is configurable the
 * day it lands and a removed one is dropped quietly.
 */
import { z } from 'zod';
import { RULES, RULES_BY_ID } from '../rules/registry';
import { CATEGORIES, PLATFORMS, SEVERITIES, type Category, type EngineSettings, type Platform } from '../rules/types';

export const SETTINGS_VERSION = 1;

/** off: no checking; inline: underlines only; nudge: underlines and a review before sending. */
export const MODES = ['off', 'inline', 'nudge'] as const;
export type Mode = (typeof MODES)[number];

export const PROFESSIONS = [
  'doctor',
  'nurse',
  'midwife',
  'pharmacist',
  'paramedic',
  'physician-associate',
  'allied-health-professional',
  'other',
] as const;

const RuleId = z.string().refine((id) => RULES_BY_ID.has(id), { message: 'unknown rule' });
const Term = z.string().trim().min(1).max(100);

export const RuleOverride = z.object({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
});

export const PlatformSettings = z.object({
  mode: z.enum(MODES),
  /** The lowest severity that holds the send button for a review (in nudge mode). */
  nudgeAt: z.enum(['warning', 'error']),
  categories: z.partialRecord(z.enum(CATEGORIES), z.object({ enabled: z.boolean() })),
  rules: z.record(RuleId, RuleOverride),
});
export type PlatformSettings = z.infer<typeof PlatformSettings>;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  platforms: z.object({ x: PlatformSettings, facebook: PlatformSettings, linkedin: PlatformSettings }),
  profile: z.object({
    /** The name the user posts under; empty when not given. */
    displayName: z.string().max(100),
    profession: z.enum(PROFESSIONS),
  }),
  customTerms: z.object({
    identifying: z.array(Term).max(500),
    ignore: z.array(Term).max(500),
  }),
});
export type Settings = z.infer<typeof Settings>;

function platformDefaults(): PlatformSettings {
  return { mode: 'nudge', nudgeAt: 'warning', categories: {}, rules: {} };
}

/**
 * Defaults for a new install. Every platform starts in nudge mode with each rule at its own
 * default severity; the differences between platforms are in `PLATFORM_OVERRIDES`.
 */
export function defaultSettings(): Settings {
  const settings: Settings = {
    version: SETTINGS_VERSION,
    platforms: { x: platformDefaults(), facebook: platformDefaults(), linkedin: platformDefaults() },
    profile: { displayName: '', profession: 'doctor' },
    customTerms: { identifying: [], ignore: [] },
  };
  for (const [platform, rules] of Object.entries(PLATFORM_OVERRIDES) as Array<
    [Platform, Record<string, z.infer<typeof RuleOverride>>]
  >) {
    for (const [id, override] of Object.entries(rules)) {
      if (RULES_BY_ID.has(id)) settings.platforms[platform].rules[id] = override;
    }
  }
  return settings;
}

/**
 * Per-platform defaults that differ from a rule's own. Facebook is where patients and
 * neighbours are most often friends, so boundary problems hold the send button there.
 */
const PLATFORM_OVERRIDES: Partial<Record<Platform, Record<string, z.infer<typeof RuleOverride>>>> = {
  facebook: Object.fromEntries(
    RULES.filter((r) => r.meta.category === 'boundary').map((r) => [r.id, { severity: 'error' as const }]),
  ),
};

export interface Repaired {
  settings: Settings;
  /** Paths of fields that were invalid and replaced by defaults (for the options page). */
  problems: string[];
}

/**
 * Turns anything read from storage or imported into valid settings, field by field: a corrupt
 * field falls back to its default and every valid field is kept, so one bad value never costs
 * the user the rest of their settings.
 */
export function repairSettings(input: unknown): Repaired {
  const defaults = defaultSettings();
  const problems: string[] = [];
  const source = isObject(input) ? input : {};
  if (!isObject(input)) problems.push('(root)');
  else if (input.version !== SETTINGS_VERSION) problems.push('version');

  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T, path: string): T => {
    if (value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    problems.push(path);
    return fallback;
  };

  const platformsIn = isObject(source.platforms) ? source.platforms : {};
  const platforms = {} as Settings['platforms'];
  for (const platform of PLATFORMS) {
    const base = defaults.platforms[platform];
    const raw = isObject(platformsIn[platform]) ? platformsIn[platform] : {};
    const path = `platforms.${platform}`;
    const categories: PlatformSettings['categories'] = {};
    const rawCategories = isObject(raw.categories) ? raw.categories : {};
    for (const [key, value] of Object.entries(rawCategories)) {
      const parsed = z.object({ enabled: z.boolean() }).safeParse(value);
      if ((CATEGORIES as readonly string[]).includes(key) && parsed.success) categories[key as Category] = parsed.data;
      else problems.push(`${path}.categories.${key}`);
    }
    const rules: PlatformSettings['rules'] = { ...base.rules };
    const rawRules = isObject(raw.rules) ? raw.rules : {};
    for (const [id, value] of Object.entries(rawRules)) {
      const parsed = RuleOverride.safeParse(value);
      if (RULES_BY_ID.has(id) && parsed.success) rules[id] = parsed.data;
      else problems.push(`${path}.rules.${id}`);
    }
    platforms[platform] = {
      mode: pick(z.enum(MODES), raw.mode, base.mode, `${path}.mode`),
      nudgeAt: pick(z.enum(['warning', 'error']), raw.nudgeAt, base.nudgeAt, `${path}.nudgeAt`),
      categories,
      rules,
    };
  }

  const profileIn = isObject(source.profile) ? source.profile : {};
  const termsIn = isObject(source.customTerms) ? source.customTerms : {};
  const settings: Settings = {
    version: SETTINGS_VERSION,
    platforms,
    profile: {
      displayName: pick(Settings.shape.profile.shape.displayName, profileIn.displayName, '', 'profile.displayName'),
      profession: pick(z.enum(PROFESSIONS), profileIn.profession, 'doctor', 'profile.profession'),
    },
    customTerms: {
      identifying: pick(
        Settings.shape.customTerms.shape.identifying,
        termsIn.identifying,
        [],
        'customTerms.identifying',
      ),
      ignore: pick(Settings.shape.customTerms.shape.ignore, termsIn.ignore, [], 'customTerms.ignore'),
    },
  };
  return { settings, problems };
}

/** What the engine needs for one platform. */
export function engineSettingsFor(settings: Settings, platform: Platform): EngineSettings {
  const p = settings.platforms[platform];
  return {
    rules: p.rules,
    categories: p.categories,
    identifyingTerms: settings.customTerms.identifying,
    ignoreTerms: settings.customTerms.ignore,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
