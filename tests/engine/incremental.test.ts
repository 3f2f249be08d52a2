import { describe, expect, it } from 'vitest';
import { DraftChecker } from '../../src/rules/engine/check';

const LONG = Array.from(
  { length: 30 },
  (_, i) => `Sentence number ${i + 1} talks about the rota, the weather and the coffee machine on the unit.`,
).join(' ');

describe('incremental analysis', () => {
  it('re-analyses only the sentence a keystroke touched', () => {
    const checker = new DraftChecker();
    checker.check({ text: LONG });
    expect(checker.lastStats.analysed).toBe(checker.lastStats.sentences);

    const at = LONG.indexOf('number 15') + 'number 15'.length;
    const typed = `${LONG.slice(0, at)}x${LONG.slice(at)}`;
    checker.check({ text: typed });
    expect(checker.lastStats).toEqual({ sentences: 30, analysed: 1 });
  });

  it('gives the same findings incrementally as from scratch', () => {
    const base = 'Lovely day on the ward. NHS no 463 030 8245 still waiting. Thanks all.';
    const edited = base.replace('Lovely day', 'Lovely busy day');
    const checker = new DraftChecker();
    checker.check({ text: base });
    expect(checker.check({ text: edited })).toEqual(new DraftChecker().check({ text: edited }));
  });

  it('reports spans in the edited draft, not the previous one', () => {
    const checker = new DraftChecker();
    const first = 'NHS no 463 030 8245 waiting.';
    checker.check({ text: first });
    const shifted = `Morning all. ${first}`;
    const [finding] = checker.check({ text: shifted }).findings;
    expect(finding && shifted.slice(finding.start, finding.end)).toBe('463 030 8245');
  });
});
