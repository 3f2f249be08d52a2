import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citation, GUIDANCE } from '../../src/rules/guidance';

const SHARED = '../shared/guidance/sources.json';

describe('guidance catalogue', () => {
  it('is the same as the shared catalogue', () => {
    expect(existsSync(SHARED), `${SHARED} is missing: is ../shared checked out beside the repo?`).toBe(true);
    expect(JSON.parse(readFileSync('src/rules/guidance-sources.json', 'utf8'))).toEqual(
      JSON.parse(readFileSync(SHARED, 'utf8')),
    );
  });

  it('shows a paragraph number only where it was verified', () => {
    for (const source of GUIDANCE.values()) {
      const label = citation(source.id).label;
      if (source.paragraph && source.verified) expect(label).toContain(`para ${source.paragraph}`);
      else expect(label).not.toContain('para');
    }
    expect(citation('gmc-social-media-2024-p20').label).not.toMatch(/para/);
  });
});
