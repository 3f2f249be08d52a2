/** Reading labelled corpora (../shared/corpora/FORMAT.md) for predict and eval. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { CATEGORIES, type Category, type Platform } from '../rules/types';

export const CorpusPost = z.object({
  id: z.string().min(1),
  platform: z.enum(['x', 'facebook', 'linkedin', 'any']),
  text: z.string(),
  labels: z.array(z.enum(CATEGORIES)),
  spans: z.array(z.object({ category: z.enum(CATEGORIES), text: z.string() })).optional(),
  note: z.string().optional(),
});
export type CorpusPost = z.infer<typeof CorpusPost>;

/** An error a person can act on: it names the file and, where it applies, the line. */
export class InputError extends Error {}

export function readCorpus(path: string): CorpusPost[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const posts: CorpusPost[] = [];
  const ids = new Set<string>();
  raw.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${path}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError(`${where}: not valid JSON`);
    }
    const parsed = CorpusPost.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${where}: ${issue?.path.join('.') || 'post'}: ${issue?.message ?? 'invalid'}`);
    }
    if (ids.has(parsed.data.id)) throw new InputError(`${where}: duplicate id ${parsed.data.id}`);
    ids.add(parsed.data.id);
    posts.push(parsed.data);
  });
  return posts;
}

export function postPlatform(post: CorpusPost): Platform | undefined {
  return post.platform === 'any' ? undefined : post.platform;
}

/**
 * The categories a corpus is labelled for (../shared/corpora/external/README.md). Each external
 * corpus judged one phenomenon, so other categories are neither right nor wrong there.
 */
export function scoredCategories(path: string): readonly Category[] {
  const name = basename(path);
  if (/^(davidson|olid)/.test(name)) return ['emotive', 'disrespect'];
  if (name.startsWith('goemotions')) return ['emotive'];
  if (/^(presidio|asq)/.test(name)) return ['patient-identifier'];
  if (name.startsWith('health_advice')) return ['advice'];
  return CATEGORIES;
}
