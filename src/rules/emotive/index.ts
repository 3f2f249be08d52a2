import type { Rule } from '../types';
import anger from './anger';
import distress from './distress';
import intoxication from './intoxication';
import profanity from './profanity';
import sarcasm from './sarcasm';
import shouting from './shouting';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const EMOTIVE_RULES: readonly Rule[] = [anger, distress, intoxication, profanity, sarcasm, shouting];
