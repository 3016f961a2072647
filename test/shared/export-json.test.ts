import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, renderPlanExport } from '../../shared/export/index.ts';
import { boardToJson, planToJson } from '../../shared/export/json.ts';
import { planSchema } from '../../shared/plan.ts';
import { boardSchema, type Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import { paperExamplePlan } from './plan-fixtures.ts';

describe('planToJson', () => {
  it('writes the plan itself, indented, and reads back as a valid plan', () => {
    const plan = paperExamplePlan();
    const json = planToJson(plan);
    expect(json).toBe(`${JSON.stringify(plan, null, 2)}\n`);
    expect(planSchema.parse(JSON.parse(json))).toEqual(plan);
  });

  it('exports the board file as the board itself', () => {
    const board: Board = boardSchema.parse({
      format: 'netvaerkstavle/board',
      version: 1,
      title: 'Tema',
      period: { start: '2027-01-01', end: '2027-04-30' },
      meetings: [
        {
          id: 'm1',
          kind: 'network',
          subtheme: 'Undertema',
          date: '2027-01-12',
          startTime: null,
          durationMinutes: null,
          location: '',
        },
      ],
      people: [],
      notes: [],
      palette: [],
    });
    const json = boardToJson(board);
    expect(json).toBe(`${JSON.stringify(board, null, 2)}\n`);
    expect(boardSchema.parse(JSON.parse(json))).toEqual(board);
  });

  it('writes a board near the import limit without indentation, so its backup imports again', () => {
    const board = paperExampleBoard();
    const compact = `${JSON.stringify(board)}\n`;
    const indented = `${JSON.stringify(board, null, 2)}\n`;
    // A limit between the two sizes: indented, the file would be refused.
    const limit = Math.floor((compact.length + indented.length) / 2);
    const near = boardToJson(board, limit);
    expect(near).toBe(compact);
    expect(JSON.parse(near)).toEqual(board);
    expect(boardToJson(board, indented.length + 100)).toBe(indented);
  });
});

describe('renderPlanExport', () => {
  it('renders every format: text for the text formats, a zip for DOCX', async () => {
    const plan = paperExamplePlan();
    expect(await renderPlanExport(plan, 'json')).toBe(planToJson(plan));
    expect(await renderPlanExport(plan, 'md')).toMatch(/^# Læring/);
    expect(await renderPlanExport(plan, 'csv')).toMatch(/^\uFEFFMøde;Undertema;Dato;/);
    expect(await renderPlanExport(plan, 'html')).toMatch(/^<!doctype html>/);
    const docx = await renderPlanExport(plan, 'docx');
    expect(docx).toBeInstanceOf(Uint8Array);
    const files = unzipSync(docx as Uint8Array);
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).toContain('Netværksdeltager');
  });

  it("writes the paper form's column titles in every file, without the screen's soft hyphens", async () => {
    const plan = paperExamplePlan();
    for (const format of EXPORT_FORMATS) {
      const file = await renderPlanExport(plan, format);
      const text =
        typeof file === 'string'
          ? file
          : strFromU8(unzipSync(file)['word/document.xml'] ?? new Uint8Array());
      if (format !== 'json') {
        expect(text, format).toContain('Netværksdeltager');
        expect(text, format).toContain('Hvordan? (Inddragelsesform)');
      }
      expect(text, format).not.toContain('\u00ad');
    }
  });
});
