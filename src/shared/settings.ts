/**
 * The one settings object (stored by the background only), its defaults, and repair of whatever
 * storage hands back. Rule keys come from the rule registry, so a new rule is configurable the
 * day it lands and a removed one is dropped quietly.
 */
import { z } from 'zod';
import { RULES, RULES_BY_ID } from '../rules/registry';
import {
  CATEGORIES,
  PLATFORMS,
  SEVERITIES,
  type AuthorProfile,
  type Category,
  type EngineSettings,
  type Platform,
} from '../rules/types';
import { migrateSettings } from './migrations';

/** Bump with a migration in ./migrations.ts that turns the previous version into this one. */
export const SETTINGS_VERSION = 2;

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

/** Whether the name an account posts under is the user's own: "unset" until they say. */
export const OWN_NAME = ['unset', 'yes', 'no'] as const;

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

/** Who posts on one platform: many doctors use their own name on LinkedIn and a pseudonym on X. */
export const Account = z.object({
  /** The name the user posts under there; empty when not given. */
  name: z.string().trim().max(100),
  ownName: z.enum(OWN_NAME),
});
export type Account = z.infer<typeof Account>;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  platforms: z.object({ x: PlatformSettings, facebook: PlatformSettings, linkedin: PlatformSettings }),
  profile: z.object({
    profession: z.enum(PROFESSIONS),
    accounts: z.object({ x: Account, facebook: Account, linkedin: Account }),
  }),
  customTerms: z.object({
    identifying: z.array(Term).max(500),
    ignore: z.array(Term).max(500),
  }),
});
export type Settings = z.infer<typeof Settings>;

function accountDefaults(): Account {
  return { name: '', ownName: 'unset' };
}

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
    profile: {
      profession: 'doctor',
      accounts: { x: accountDefaults(), facebook: accountDefaults(), linkedin: accountDefaults() },
    },
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
  /** The version the input said it was (undefined when it had none); below SETTINGS_VERSION means migrated. */
  from: number | undefined;
}

/**
 * Turns anything read from storage or imported into valid settings: first the migrations from
 * its version to this one, then field by field: a corrupt field falls back to its default and
 * every valid field is kept, so one bad value never costs the user the rest of their settings.
 * An object from a newer version keeps every field this version still understands.
 */
export function repairSettings(input: unknown): Repaired {
  const { value, from } = migrateSettings(input, SETTINGS_VERSION);
  const defaults = defaultSettings();
  const problems: string[] = [];
  const source = isObject(value) ? value : {};
  if (!isObject(value)) problems.push('(root)');
  else if (from === undefined || from < 1 || from > SETTINGS_VERSION) problems.push('version');

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

  if (source.profile !== undefined && !isObject(source.profile)) problems.push('profile');
  const profileIn = isObject(source.profile) ? source.profile : {};
  const accountsIn = isObject(profileIn.accounts) ? profileIn.accounts : {};
  const accounts = {} as Settings['profile']['accounts'];
  for (const platform of PLATFORMS) {
    const raw = isObject(accountsIn[platform]) ? accountsIn[platform] : {};
    const base = defaults.profile.accounts[platform];
    const path = `profile.accounts.${platform}`;
    accounts[platform] = {
      name: pick(Account.shape.name, raw.name, base.name, `${path}.name`),
      ownName: pick(Account.shape.ownName, raw.ownName, base.ownName, `${path}.ownName`),
    };
  }
  const termsIn = isObject(source.customTerms) ? source.customTerms : {};
  const settings: Settings = {
    version: SETTINGS_VERSION,
    platforms,
    profile: {
      profession: pick(z.enum(PROFESSIONS), profileIn.profession, defaults.profile.profession, 'profile.profession'),
      accounts,
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
  return { settings, problems, from };
}

export type ImportResult =
  { ok: true; settings: Settings; from: number } | { ok: false; field: string; reason: string };

/**
 * Reads a settings file (an import, or the options page sending its edited copy). Unlike
 * storage, a file is all or nothing: one invalid field rejects it, naming the field, so an
 * import never half-applies. An older file is migrated first; a file from a newer version keeps
 * every field this version understands (see readNewerFile), and the options page says so.
 */
export function readSettingsFile(input: unknown): ImportResult {
  if (!isObject(input)) return { ok: false, field: '(the whole file)', reason: 'not a settings object' };
  const { value, from } = migrateSettings(input, SETTINGS_VERSION);
  if (from === undefined) return { ok: false, field: 'version', reason: 'missing; this is not a settings file' };
  if (from < 1) return { ok: false, field: 'version', reason: `${from} is not a Second Look settings version` };
  if (from > SETTINGS_VERSION) return readNewerFile(value, from);
  const checked = Settings.safeParse(value);
  if (checked.success) return { ok: true, settings: checked.data, from };
  const issue = checked.error.issues[0];
  return {
    ok: false,
    field: issue?.path.map(String).join('.') || '(the whole file)',
    reason: issue?.message ?? 'invalid',
  };
}

/**
 * A file from a newer version: kept where this version understands it, but still all or
 * nothing. It must hold some section we know, and no field we know may be invalid (rules and
 * categories we have never heard of are the newer version's, and are left out).
 */
function readNewerFile(value: unknown, from: number): ImportResult {
  const known = isObject(value) && ['platforms', 'profile', 'customTerms'].some((key) => key in value);
  if (!known)
    return { ok: false, field: '(the whole file)', reason: `version ${from} holds no settings this version knows` };
  const repaired = repairSettings(value);
  const invalid = repaired.problems.filter((path) => path !== 'version' && !namesUnknownId(path));
  if (invalid.length > 0) return { ok: false, field: invalid[0] as string, reason: 'invalid' };
  return { ok: true, settings: repaired.settings, from };
}

/** "platforms.x.rules.<id>" or "….categories.<id>" naming an id this version does not have. */
function namesUnknownId(path: string): boolean {
  const rule = /\.rules\.(.+)$/.exec(path)?.[1];
  if (rule !== undefined) return !RULES_BY_ID.has(rule);
  const category = /\.categories\.(.+)$/.exec(path)?.[1];
  return category !== undefined && !(CATEGORIES as readonly string[]).includes(category);
}

/** What the engine needs for one platform. */
export function engineSettingsFor(settings: Settings, platform: Platform): EngineSettings {
  const p = settings.platforms[platform];
  return {
    rules: p.rules,
    categories: p.categories,
    identifyingTerms: settings.customTerms.identifying,
    ignoreTerms: settings.customTerms.ignore,
    author: authorOn(settings.profile.accounts[platform]),
  };
}

/** Only what the user has told us: an empty name or an unanswered question stays absent. */
function authorOn(account: Account): AuthorProfile | undefined {
  const author: AuthorProfile = {};
  if (account.name) author.name = account.name;
  if (account.ownName !== 'unset') author.postsUnderOwnName = account.ownName === 'yes';
  return Object.keys(author).length > 0 ? author : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
