/** npm run -s predict -- CORPUS.jsonl: one JSON line per post with its predicted labels. */
import { DraftChecker } from '../rules/engine/check';
import { InputError, readCorpus } from './corpus';
import { predict } from './metrics';
import { args, main } from './run';

main('predict', () => {
  const { positionals } = args({});
  if (positionals.length === 0) throw new InputError('usage: predict CORPUS.jsonl [...]');
  const lines: string[] = [];
  for (const path of positionals) {
    const checker = new DraftChecker();
    for (const post of readCorpus(path)) lines.push(JSON.stringify(predict(post, checker)));
  }
  return lines.join('\n');
});
