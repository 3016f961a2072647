/**
 * Unicode's bidi embedding and override controls, U+202A–U+202E (LRE, RLE,
 * PDF, LRO, RLO). An override makes text display in an order other than the
 * one it is stored and read in: "\u202Enesnej" shows as "jensen", and an
 * unclosed one reverses the Danish text after a name in a heading or an
 * export. No one types them on purpose; they come in by paste or a hand-made
 * file. So one rule: they never enter the board (every write, `setChanged` and
 * `recordMap`, and the board title at import) and are never shown (reading,
 * doc-read.ts, for a document written before the rule). The isolates
 * U+2066–U+2069 and the marks U+200E/U+200F are kept: they cannot reorder the
 * text around them, and the places names are shown isolate them anyway
 * (`<bdi>`, `dir="auto"`).
 */
const OVERRIDES = /[\u202A-\u202E]/g;

/** `text` without bidi embedding and override controls; the same string when it has none. */
export function withoutBidiOverrides(text: string): string {
  return text.replace(OVERRIDES, '');
}

/** `withoutBidiOverrides` for a field's value of any type: only strings change. */
export function cleanFieldValue(value: unknown): unknown {
  return typeof value === 'string' ? withoutBidiOverrides(value) : value;
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan and their presentation forms: right-to-left letters. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * A user's text set into a sentence ("Netværksmøde 1: <undertema>, 12. januar
 * 2027", "<navn>, <forvaltning>") kept apart from it: wrapped in FSI … PDI
 * (U+2068, U+2069) when it holds right-to-left letters. Without them the
 * bidi algorithm runs the digits and commas after an Arabic or Hebrew name
 * into it ("حوار 2, 12. januar" shows as "12 ,2 حوار. januar"). Left-to-right
 * text comes back as it was, so Danish plans and files do not change. The
 * plan on screen, the post-its and every export (HTML, Markdown, DOCX, CSV)
 * take their sentences from the same functions.
 */
export function isolated(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}
