/**
 * The guidance catalogue the warnings cite, by id. The data is a copy of
 * ../shared/guidance/sources.json (a test keeps the two in step).
 */
import { z } from 'zod';
import raw from './guidance-sources.json';

const GuidanceSource = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string(),
  document: z.string(),
  year: z.number().int(),
  paragraph: z.string().nullable(),
  url: z.string().nullable(),
  summary: z.string(),
  topics: z.array(z.string()),
  verified: z.boolean(),
});
export type GuidanceSource = z.infer<typeof GuidanceSource>;

/** A guidance id such as `gmc-social-media-2024-p19`; the meta-test proves every cited id exists. */
export type GuidanceId = string;

export const GUIDANCE: ReadonlyMap<GuidanceId, GuidanceSource> = new Map(
  z
    .array(GuidanceSource)
    .parse(raw)
    .map((source) => [source.id, source]),
);

export interface Citation {
  id: GuidanceId;
  /** e.g. "GMC, Using social media as a medical professional (2024), para 18". */
  label: string;
  url: string | null;
}

/**
 * How a guidance id is shown to a user. A paragraph number is shown only when it was verified
 * against the source text: an unverified number could send a doctor to the wrong paragraph.
 */
export function citation(id: GuidanceId): Citation {
  const source = GUIDANCE.get(id);
  if (!source) return { id, label: id, url: null };
  const paragraph = source.verified && source.paragraph ? `, para ${source.paragraph}` : '';
  return {
    id,
    label: `${source.publisher}, ${source.document} (${source.year})${paragraph}`,
    url: source.url,
  };
}
