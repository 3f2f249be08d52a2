/**
 * Stored settings from older versions, brought up to date one step at a time. Each migration is
 * a pure function from a version N object to a version N+1 object, written against the shapes
 * as they were (plain objects, not today's schema), so an old migration never changes meaning
 * when the schema moves on. A migration moves data; it does not validate it: whatever it carries
 * over is checked field by field by `repairSettings` afterwards, so a corrupt field costs only
 * that field.
 */

type Json = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  /** What changed, for the reader of this list. */
  why: string;
  up(settings: Json): Json;
}

const PLATFORMS_V2 = ['x', 'facebook', 'linkedin'] as const;

/**
 * v1 → v2: the profile's one `displayName` becomes an account per platform, each with whether
 * it is the user's own name. People often post under their own name on LinkedIn and under a
 * pseudonym on X, and the rule that asks doctors to say who they are needs to know which applies
 * where. The v1 name is kept on every platform; whether it is the user's own name was never
 * asked, so it starts as "unset".
 */
function v1ToV2(v1: Json): Json {
  const { profile, ...rest } = v1;
  if (!isObject(profile)) return { ...rest, ...(profile === undefined ? {} : { profile }), version: 2 };
  const { displayName, ...keptProfile } = profile;
  const account = () => ({ ...(displayName === undefined ? {} : { name: displayName }), ownName: 'unset' });
  const accounts = Object.fromEntries(PLATFORMS_V2.map((platform) => [platform, account()]));
  return { ...rest, version: 2, profile: { ...keptProfile, accounts } };
}

/** In order: MIGRATIONS[i] reads version i + 1. */
export const MIGRATIONS: readonly Migration[] = [{ from: 1, why: 'profile accounts per platform', up: v1ToV2 }];

export interface Migrated {
  /** The input brought up to `target`, or the input itself when there was nothing to migrate. */
  value: unknown;
  /** The version the input said it was; undefined when it had no whole-number version. */
  from: number | undefined;
}

/**
 * Applies every migration from the input's version up to `target`, in order. Anything that is
 * not an older known version passes through untouched: no version (repair decides), a version
 * before the first (nothing to migrate from), or a newer one (a newer Second Look wrote it; its
 * fields are kept where they still validate).
 */
export function migrateSettings(input: unknown, target: number): Migrated {
  if (!isObject(input)) return { value: input, from: undefined };
  const from = input['version'];
  if (typeof from !== 'number' || !Number.isInteger(from)) return { value: input, from: undefined };
  let value: Json = input;
  for (const migration of MIGRATIONS) {
    if (migration.from < from || migration.from >= target) continue;
    if (value['version'] !== migration.from) break; // a gap in the chain: stop rather than guess
    value = migration.up(value);
  }
  return { value, from };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
