import { standInMessages } from './checkWording.ts';

/** The build's stand-in for shared/i18n/checks.ts in shared/check-object.ts (checkWording.ts). */
export const CHECK_MESSAGES = standInMessages();
