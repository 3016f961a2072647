import * as Y from 'yjs';
import { createBoardDoc } from '../../shared/doc.ts';
import { createBoardReader, readBoard } from '../../shared/doc-read.ts';
import { planToCsv } from '../../shared/export/csv.ts';
import { planToDocx } from '../../shared/export/docx.ts';
import { planToHtml } from '../../shared/export/html.ts';
import { planToJson } from '../../shared/export/json.ts';
import { planToMarkdown } from '../../shared/export/markdown.ts';
import { moveNotes } from '../../shared/ops/index.ts';
import { projectPlan } from '../../shared/projection.ts';
import { validateBoardFile } from '../../shared/validate.ts';
import { generatedBoard } from '../helpers/boards.ts';
import { percentile, median, report, time, type BenchRow } from './report.ts';

/**
 * `npm run bench` (issue 2 §6): validate + project + each export for a board
 * of 5,000 notes, 500 people and 12 meetings, and reading the live document.
 */

const board = generatedBoard({ notes: 5_000, people: 500, meetings: 12 });
const raw: unknown = JSON.parse(JSON.stringify(board));
const plan = projectPlan(board);
const doc = new Y.Doc();
Y.applyUpdate(doc, Y.encodeStateAsUpdate(createBoardDoc(board)));

const rows: BenchRow[] = [];
async function measure(name: string, targetMs: number | undefined, fn: () => unknown, runs = 15) {
  const durations = await time(fn, runs);
  rows.push({ name, medianMs: median(durations), p95Ms: percentile(durations, 95), targetMs });
}

await measure('validate board file', undefined, () => validateBoardFile(raw));
await measure('projection + checks', 20, () => projectPlan(board));
await measure('export Markdown', 50, () => planToMarkdown(plan));
await measure('export CSV', 50, () => planToCsv(plan));
await measure('export HTML', 50, () => planToHtml(plan));
await measure('export plan JSON', 50, () => planToJson(plan));
await measure('export DOCX', 1_000, () => planToDocx(plan), 5);
await measure('readBoard (live document, full read)', 30, () => readBoard(doc));

const reader = createBoardReader(doc);
reader.read();
let step = 0;
await measure('incremental read after one remote move', undefined, () => {
  step++;
  moveNotes(doc, [{ id: 'n1', lane: 'm1', x: 12, y: 12 + (step % 50) }]);
  return reader.read();
});
reader.dispose();

report('shared', rows, {
  board: {
    notes: board.notes.length,
    people: board.people.length,
    meetings: board.meetings.length,
  },
  planRows: plan.meetings.reduce((sum, m) => sum + m.rows.length, 0),
});
