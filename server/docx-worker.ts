import { planToDocx } from '../shared/export/docx.ts';
import { answerDocxRequests } from './docx-renderer.ts';

/** The worker thread that renders Word files (see `createDocxRenderer`). */
answerDocxRequests(planToDocx);
