import befriending from './befriending';
import privateChannel from './private-channel';
import publicCareDiscussion from './public-care-discussion';
import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const BOUNDARY_RULES: readonly Rule[] = [befriending, privateChannel, publicCareDiscussion];
