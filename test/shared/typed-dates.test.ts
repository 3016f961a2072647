import { describe, expect, it } from 'vitest';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { addMeeting, updateBoard, updateMeeting } from '../../shared/ops/index.ts';
import { isTypedDate } from '../../shared/schema.ts';
import { isTemplateStart } from '../../shared/template.ts';
import { validateBoardFile } from '../../shared/validate.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

/**
 * A date typed in the app lies in the years 2000–2100 (shared/schema.ts
 * TYPED_YEARS): a slip, "0201" for "2026", saved a meeting 1,800 years ago.
 * A board file's dates are not held to it, so a backup made before imports.
 */
describe('the years a typed date may have', () => {
  it('takes 2000-01-01 to 2100-12-31 and nothing else', () => {
    expect(isTypedDate('2000-01-01')).toBe(true);
    expect(isTypedDate('2100-12-31')).toBe(true);
    for (const date of ['0201-03-02', '1999-12-31', '2101-01-01', '9999-12-01', '2027-02-30']) {
      expect(isTypedDate(date)).toBe(false);
    }
    expect(isTemplateStart('0201-03-02')).toBe(false);
    expect(isTemplateStart('2027-01-11')).toBe(true);
  });

  it('the operations refuse a meeting date or a period start outside them', () => {
    const doc = createBoardDoc(paperExampleBoard());
    expect(updateMeeting(doc, 'm1', { date: '0201-01-12' }).ok).toBe(false);
    expect(roots(doc).meetings.get('m1')?.get('date')).toBe('2027-01-12');
    expect(addMeeting(doc, { kind: 'extra', date: '1900-05-01' }).ok).toBe(false);
    expect(updateBoard(doc, { period: { start: '0201-01-01', end: '2027-05-01' } }).ok).toBe(false);
    expect(updateMeeting(doc, 'm1', { date: '2027-01-13' }).ok).toBe(true);
    expect(updateMeeting(doc, 'm1', { date: null }).ok).toBe(true);
  });

  it('a board file holding an older date still imports, and its other fields stay editable', () => {
    const board = paperExampleBoard();
    const first = board.meetings[0];
    if (first) first.date = '0201-01-12';
    const imported = validateBoardFile(board);
    expect(imported.ok).toBe(true);
    const doc = createBoardDoc(board);
    expect(updateMeeting(doc, 'm1', { location: 'Biblioteket' }).ok).toBe(true);
    expect(roots(doc).meetings.get('m1')?.get('date')).toBe('0201-01-12');
  });
});
