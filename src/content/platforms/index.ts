import { FACEBOOK_ADAPTER } from './facebook';
import { LINKEDIN_ADAPTER } from './linkedin';
import type { PlatformAdapter } from './types';
import { X_ADAPTER } from './x';

export const ADAPTERS: readonly PlatformAdapter[] = [X_ADAPTER, FACEBOOK_ADAPTER, LINKEDIN_ADAPTER];
export { FACEBOOK_ADAPTER, LINKEDIN_ADAPTER, X_ADAPTER };
export type { PlatformAdapter, Surface } from './types';
