/**
 * An employer's policy (browser enterprise policy, read from storage.managed) laid over the
 * user's settings. A policy value always wins and is reported as a lock with its reason, so the
 * options page can show it as locked. The JSON schema the browser checks policies against is
 * public/managed-schema.json; this zod schema is the receiver's own check.
 */
import { z } from 'zod';
import { RULES_BY_ID } from '../rules/registry';
import { CATEGORIES, PLATFORMS, SEVERITIES } from '../rules/types';
import type { Lock } from '../shared/protocol';
import { MODES, type Settings } from '../shared/settings';

const RuleSetting = z.object({ enabled: z.boolean().optional(), severity: z.enum(SEVERITIES).optional() });
const PlatformPolicy = z.object({ mode: z.enum(MODES).optional(), nudgeAt: z.enum(['warning', 'error']).optional() });

/** Each field is read on its own: one malformed field never voids the rest of a policy. */
const FIELDS = {
  lockReason: z.string().trim().min(1).max(300),
  platforms: z.partialRecord(z.enum(PLATFORMS), PlatformPolicy),
  /** Applies on every platform. */
  rules: z.record(z.string(), RuleSetting),
  categories: z.partialRecord(z.enum(CATEGORIES), z.object({ enabled: z.boolean() })),
  /** Added to the user's own identifying terms (the trust's hospitals, wards, services). */
  identifyingTerms: z.array(z.string().trim().min(1).max(100)).max(500),
};

export type ManagedPolicy = { [K in keyof typeof FIELDS]?: z.infer<(typeof FIELDS)[K]> };

export const DEFAULT_LOCK_REASON = 'Set by your organisation';

export function parseManagedPolicy(input: unknown): ManagedPolicy {
  const policy: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null) return policy;
  for (const [key, schema] of Object.entries(FIELDS)) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
  }
  return policy as ManagedPolicy;
}

/** The settings that apply, and which of them the policy fixed. Never mutates `settings`. */
export function applyPolicy(settings: Settings, policy: ManagedPolicy): { effective: Settings; locks: Lock[] } {
  const effective = structuredClone(settings);
  const locks: Lock[] = [];
  const reason = policy.lockReason ?? DEFAULT_LOCK_REASON;
  for (const platform of PLATFORMS) {
    const target = effective.platforms[platform];
    const fixed = policy.platforms?.[platform];
    if (fixed?.mode) {
      target.mode = fixed.mode;
      locks.push({ path: `platforms.${platform}.mode`, reason });
    }
    if (fixed?.nudgeAt) {
      target.nudgeAt = fixed.nudgeAt;
      locks.push({ path: `platforms.${platform}.nudgeAt`, reason });
    }
    for (const [category, value] of Object.entries(policy.categories ?? {})) {
      target.categories[category as keyof typeof target.categories] = { enabled: value.enabled };
      locks.push({ path: `platforms.${platform}.categories.${category}.enabled`, reason });
    }
    for (const [id, value] of Object.entries(policy.rules ?? {})) {
      if (!RULES_BY_ID.has(id)) continue; // a rule this version does not have
      target.rules[id] = { ...target.rules[id], ...value };
      for (const key of ['enabled', 'severity'] as const) {
        if (value[key] !== undefined) locks.push({ path: `platforms.${platform}.rules.${id}.${key}`, reason });
      }
    }
  }
  const extra = (policy.identifyingTerms ?? []).filter((t) => !effective.customTerms.identifying.includes(t));
  if (extra.length > 0) {
    effective.customTerms.identifying = [...effective.customTerms.identifying, ...extra].slice(0, 500);
    locks.push({
      path: 'customTerms.identifying',
      reason: `${reason}: ${extra.length} more term${extra.length === 1 ? ' is' : 's are'} always treated as identifying`,
    });
  }
  return { effective, locks };
}

/**
 * Keeps the user's own values under locked paths when they save: the locked value is the
 * policy's, and should the policy be lifted the user gets their own choice back.
 */
export function keepOwnLockedValues(next: Settings, previous: Settings, locks: readonly Lock[]): Settings {
  const out = structuredClone(next);
  for (const { path } of locks) {
    if (path === 'customTerms.identifying') continue; // added to, not fixed
    const keys = splitPath(path);
    const last = keys.pop();
    if (last === undefined) continue;
    const before = walk(previous, keys);
    const after = walk(out, keys, true);
    if (!after) continue;
    if (before && last in before) after[last] = before[last];
    else delete after[last];
    // An override left empty means "the rule's own defaults".
    if (keys[keys.length - 2] === 'rules' && Object.keys(after).length === 0) {
      const parent = walk(out, keys.slice(0, -1));
      if (parent) delete parent[keys[keys.length - 1] as string];
    }
  }
  return out;
}

/** `platforms.x.rules.<id>.enabled` → its keys; rule ids contain `/` and `-` but never `.`. */
function splitPath(path: string): string[] {
  return path.split('.');
}

function walk(root: unknown, keys: string[], create = false): Record<string, unknown> | undefined {
  let node = root as Record<string, unknown> | undefined;
  for (const key of keys) {
    if (!node) return undefined;
    let child = node[key];
    if ((typeof child !== 'object' || child === null) && create) {
      child = {};
      node[key] = child;
    }
    node = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : undefined;
  }
  return node;
}

/** Reads the policy from storage.managed and follows its changes. */
export class PolicyStore {
  private cached: Promise<ManagedPolicy> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly area: { get(keys?: null): Promise<Record<string, unknown>> } | undefined,
    events?: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void },
  ) {
    events?.addListener((_changes, changedArea) => {
      if (changedArea !== 'managed') return;
      this.cached = undefined;
      for (const listener of this.listeners) listener();
    });
  }

  get(): Promise<ManagedPolicy> {
    // No policy, or a browser without managed storage (Firefox without a policies file throws).
    this.cached ??= (this.area?.get(null) ?? Promise.resolve({})).then(parseManagedPolicy, () => ({}));
    return this.cached;
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }
}
