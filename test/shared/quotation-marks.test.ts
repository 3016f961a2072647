import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES } from '../../shared/i18n/checks.ts';
import { VALIDATION_MESSAGES } from '../../shared/i18n/validation.ts';
import type { LocalizedText } from '../../shared/result.ts';

/**
 * One kind of quotation marks per language (the walkthrough found „…“ in the
 * confirm dialogs, “…” in the check messages, «…» in the editors' hints and
 * "…" in the import errors): Danish „…“, English “…”.
 */

const MARKS = { da: { open: '„', close: '“' }, en: { open: '“', close: '”' } } as const;

/** Every `{ da, en }` string pair among a module's exports, tables of them included. */
function localizedTexts(value: unknown, found: LocalizedText[] = []): LocalizedText[] {
  if (typeof value !== 'object' || value === null) return found;
  const record = value as Record<string, unknown>;
  if (typeof record['da'] === 'string' && typeof record['en'] === 'string') {
    found.push({ da: record['da'], en: record['en'] });
    return found;
  }
  for (const inner of Object.values(record)) localizedTexts(inner, found);
  return found;
}

const modules = import.meta.glob<Record<string, unknown>>('../../shared/i18n/*.ts', {
  eager: true,
});
const tables = Object.values(modules).flatMap((exports) => localizedTexts(exports));

const meeting = { kind: 'network' as const, number: 2, subtheme: 'Overgange', date: null };
const generated: LocalizedText[] = [
  CHECK_MESSAGES['form-no-participants']({ meeting, form: 'Oplæg' }),
  CHECK_MESSAGES['meeting-no-date']({ meeting }),
  VALIDATION_MESSAGES['wrong-format']({ value: 'x', expected: 'netvaerkstavle/board' }),
  VALIDATION_MESSAGES['missing-field']({ field: 'name' }),
  VALIDATION_MESSAGES['invalid-id']({ value: 'a b' }),
  VALIDATION_MESSAGES['unknown-person']({ id: 'p9' }),
  VALIDATION_MESSAGES['invalid-value']({ value: 'boss', allowed: ['citizen', 'other'] }),
  VALIDATION_MESSAGES['migration-failed']({ name: 'step', from: 1, to: 2 }),
];

function expectOneKindOfQuotes(text: string, lang: 'da' | 'en'): void {
  const { open, close } = MARKS[lang];
  const others = ['"', '«', '»', '„', '“', '”'].filter((mark) => mark !== open && mark !== close);
  for (const mark of others) expect(text, `${lang}: ${text}`).not.toContain(mark);
  // Every opening mark is closed before the next one opens.
  const marks = [...text].filter((c) => c === open || c === close);
  marks.forEach((mark, i) => expect(mark, `${lang}: ${text}`).toBe(i % 2 === 0 ? open : close));
  expect(marks.length % 2, `${lang}: ${text}`).toBe(0);
}

describe('quotation marks in the UI strings', () => {
  it('finds the string tables', () => {
    expect(tables.length).toBeGreaterThan(200);
    expect(tables.some((t) => t.da.includes('„'))).toBe(true);
  });

  it('are „…“ in Danish and “…” in English in every string table', () => {
    for (const text of tables) {
      expectOneKindOfQuotes(text.da, 'da');
      expectOneKindOfQuotes(text.en, 'en');
    }
  });

  it('are „…“ in Danish and “…” in English in the check and import messages', () => {
    for (const text of generated) {
      expect(text.da).toContain('„');
      expectOneKindOfQuotes(text.da, 'da');
      expectOneKindOfQuotes(text.en, 'en');
    }
  });

  // The English texts wrote "the meeting's" and once "the network’s" (the pool's check).
  it("write English's apostrophe one way, the straight ' of the other texts", () => {
    const pool = CHECK_MESSAGES['no-core-participants']({});
    for (const text of [...tables, ...generated, pool]) expect(text.en, text.en).not.toContain('’');
  });
});
