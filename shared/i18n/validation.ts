import { formatDanishDate, formatEnglishDate } from '../dates.ts';
import { assertNever } from '../result.ts';
import type { LocalizedText } from '../result.ts';
import type { ValidationCode } from '../validation-issue.ts';
import type { Lang } from './lang.ts';
import { quote } from './quotes.ts';

/**
 * The Danish and English messages for board-file problems (issue 2 §2). They are
 * read by a coordinator, not a programmer: say what is wrong in plain words and,
 * where it helps, what would be right. The path (`$.notes[3].person`) is shown
 * beside the message, so a message does not repeat where.
 */

/** What a field should hold, in words. */
export type ExpectedKind =
  'text' | 'number' | 'whole-number' | 'boolean' | 'list' | 'object' | 'null' | 'other';

export type RangeBound = 'at-most' | 'at-least' | 'above' | 'below';

/** What each message needs to know. Indexing by a code missing here is a type error. */
export interface ValidationMessageParams {
  'invalid-json': { position: number | null; line: number | null; column: number | null };
  'file-too-large': { bytes: number; max: number };
  'not-an-object': { value: unknown };
  'wrong-format': { value: unknown; expected: string };
  'version-too-new': { version: number; supported: number };
  'unsupported-version': { value: unknown; supported: number };
  'migration-failed': { name: string; from: number; to: number };
  'forbidden-key': { key: string };
  unreadable: { detail: string };
  'too-many-issues': { omitted: number };
  'missing-field': { field: string };
  'invalid-type': { expected: ExpectedKind; value: unknown };
  'unknown-field': { field: string };
  'too-long': { length: number; max: number };
  'too-many': { count: number; max: number };
  'invalid-value': { value: unknown; allowed: readonly unknown[] };
  'invalid-id': { value: unknown };
  'invalid-date': { value: unknown };
  'invalid-time': { value: unknown };
  'not-whole-number': { value: unknown };
  'out-of-range': { value: number; limit: number; bound: RangeBound };
  'duplicate-id': { id: string; firstPath: string };
  'unknown-person': { id: string };
  'unknown-lane': { id: string };
  'form-not-found': { id: string };
  'form-not-a-form': { id: string };
  'form-not-in-lane': { id: string };
  'period-reversed': { start: string; end: string };
}

type MessageTable = {
  readonly [C in ValidationCode]: (params: ValidationMessageParams[C]) => LocalizedText;
};

/** 2345 → "2.345" (da) / "2,345" (en); 1.5 → "1,5" / "1.5". Written out so output does not depend on the runtime's ICU data. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) {
    if (Number.isNaN(value)) return 'NaN';
    const sign = value < 0 ? '-' : '';
    return sign + (lang === 'da' ? 'uendelig' : 'infinity');
  }
  const plain = Math.abs(value).toString();
  if (plain.includes('e')) return value.toString();
  const [whole = '', fraction] = plain.split('.');
  const group = lang === 'da' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimal = lang === 'da' ? ',' : '.';
  return (value < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : decimal + fraction);
}

const MAX_SHOWN_CHARS = 40;

/**
 * Text from the file, quoted: escaped as in JSON, so a line break or another
 * invisible character shows (`„a\nb“`), but a quotation mark stays one.
 */
function quoteText(text: string, lang: Lang): string {
  return quote(JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"'), lang);
}

/** A value as it may appear in a message: short, quoted if text, never the whole of a huge input. */
export function showValue(value: unknown, lang: Lang): string {
  switch (typeof value) {
    case 'string': {
      const short = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
      return quoteText(short, lang);
    }
    case 'number':
      return formatNumber(value, lang);
    case 'boolean':
      return value ? (lang === 'da' ? 'sand' : 'true') : lang === 'da' ? 'falsk' : 'false';
    default:
      return describeFound(value, lang);
  }
}

/** What a value is, in words ("et tal", "a list"). */
export function describeFound(value: unknown, lang: Lang): string {
  const da = lang === 'da';
  if (value === undefined) return da ? 'ingenting' : 'nothing';
  if (value === null) return da ? 'en tom værdi (null)' : 'an empty value (null)';
  if (Array.isArray(value)) return da ? 'en liste' : 'a list';
  switch (typeof value) {
    case 'string':
      return da ? 'en tekst' : 'text';
    case 'number':
      return Number.isFinite(value) ? (da ? 'et tal' : 'a number') : showValue(value, lang);
    case 'boolean':
      return da ? 'sand/falsk' : 'true/false';
    case 'object':
      return da ? 'en gruppe af felter' : 'a group of fields';
    default:
      return da ? 'en ukendt slags værdi' : 'an unknown kind of value';
  }
}

function describeExpected(expected: ExpectedKind, lang: Lang): string {
  const da = lang === 'da';
  switch (expected) {
    case 'text':
      return da ? 'en tekst' : 'text';
    case 'number':
      return da ? 'et tal' : 'a number';
    case 'whole-number':
      return da ? 'et helt tal' : 'a whole number';
    case 'boolean':
      return da ? 'sand eller falsk (true/false)' : 'true or false';
    case 'list':
      return da ? 'en liste' : 'a list';
    case 'object':
      return da ? 'en gruppe af felter' : 'a group of fields';
    case 'null':
      return da ? 'en tom værdi (null)' : 'an empty value (null)';
    case 'other':
      return da ? 'en anden slags værdi' : 'another kind of value';
    default:
      return assertNever(expected);
  }
}

function both(make: (lang: Lang) => string): LocalizedText {
  return { da: make('da'), en: make('en') };
}

const n = formatNumber;
const list = (values: readonly unknown[], lang: Lang): string =>
  values.map((value) => showValue(value, lang)).join(', ');

function rangeText(bound: RangeBound, limit: number, lang: Lang): string {
  const da = lang === 'da';
  switch (bound) {
    case 'at-most':
      return da ? `det må højst være ${n(limit, lang)}` : `it may be at most ${n(limit, lang)}`;
    case 'at-least':
      return da
        ? `det skal være mindst ${n(limit, lang)}`
        : `it must be at least ${n(limit, lang)}`;
    case 'above':
      return da
        ? `det skal være større end ${n(limit, lang)}`
        : `it must be greater than ${n(limit, lang)}`;
    case 'below':
      return da
        ? `det skal være mindre end ${n(limit, lang)}`
        : `it must be less than ${n(limit, lang)}`;
    default:
      return assertNever(bound);
  }
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A file without a format, as the landing page says it: some other JSON file, not a board
 * file missing a field (the API keeps `missing-field` at `$.format`).
 */
export const FORMAT_MISSING_FOR_PEOPLE: LocalizedText = {
  da: `Filen er ikke en Netværkstavle-fil (feltet ${quote('format', 'da')} mangler)`,
  en: `The file is not a Netværkstavlen file (it has no ${quote('format', 'en')} field)`,
};

export const VALIDATION_MESSAGES: MessageTable = {
  'invalid-json': ({ position, line, column }) => {
    const where =
      line !== null && column !== null
        ? { da: ` (linje ${line}, tegn ${column})`, en: ` (line ${line}, column ${column})` }
        : position !== null
          ? { da: ` (ved tegn ${position})`, en: ` (at character ${position})` }
          : { da: '', en: '' };
    return {
      da: `Filen er ikke gyldig JSON og kan ikke læses${where.da}. Er det den rigtige fil, og er den hel?`,
      en: `The file is not valid JSON and cannot be read${where.en}. Is it the right file, and is it complete?`,
    };
  },
  'file-too-large': ({ bytes, max }) => {
    // Megabytes of 10^6 bytes, as file managers show them; the size rounded
    // up and the limit down, so a file just over it never reads as equal.
    const size = (Math.ceil(bytes / 100_000) / 10).toFixed(1);
    const limit = (Math.floor(max / 100_000) / 10).toFixed(1);
    return {
      da: `Filen er for stor: ${size.replace('.', ',')} MB, men en tavlefil må højst fylde ${limit.replace('.', ',')} MB.`,
      en: `The file is too large: ${size} MB, but a board file may be at most ${limit} MB.`,
    };
  },
  'not-an-object': ({ value }) =>
    both((lang) =>
      lang === 'da'
        ? `Filen indeholder ikke en tavle: den indeholder ${describeFound(value, lang)}`
        : `The file does not contain a board: it contains ${describeFound(value, lang)}`,
    ),
  'wrong-format': ({ value, expected }) =>
    both((lang) =>
      lang === 'da'
        ? `Filen er ikke en Netværkstavle-fil (formatet er ${showValue(value, lang)}, men skal være ${quote(expected, lang)})`
        : `The file is not a Netværkstavlen file (its format is ${showValue(value, lang)}, expected ${quote(expected, lang)})`,
    ),
  'version-too-new': ({ version, supported }) => ({
    da: `Filen er lavet af en nyere version af Netværkstavlen (filversion ${version}; denne version kan læse op til ${supported}). Opdatér Netværkstavlen, og prøv igen.`,
    en: `The file was made by a newer version of Netværkstavlen (file version ${version}; this version reads up to ${supported}). Update Netværkstavlen and try again.`,
  }),
  'unsupported-version': ({ value, supported }) =>
    both((lang) => {
      const shown = showValue(value, lang);
      if (lang === 'da') {
        const range = supported === 1 ? '1' : `et helt tal fra 1 til ${supported}`;
        return `Filversionen ${shown} kan ikke læses: denne version af Netværkstavlen læser filversion ${range}`;
      }
      const range = supported === 1 ? '1' : `a whole number from 1 to ${supported}`;
      return `File version ${shown} cannot be read: this version of Netværkstavlen reads file version ${range}`;
    }),
  'migration-failed': ({ name, from, to }) => ({
    da: `Filen kunne ikke opgraderes fra version ${from} til ${to} (trin ${quote(name, 'da')}). Den kan være beskadiget.`,
    en: `The file could not be upgraded from version ${from} to ${to} (step ${quote(name, 'en')}). It may be damaged.`,
  }),
  'forbidden-key': ({ key }) => ({
    da: `Feltnavnet ${showValue(key, 'da')} er ikke tilladt (det kan bruges til at angribe programmet)`,
    en: `The field name ${showValue(key, 'en')} is not allowed (it can be used to attack the program)`,
  }),
  unreadable: ({ detail }) => ({
    da: `Dataene kunne ikke læses (${detail})`,
    en: `The data could not be read (${detail})`,
  }),
  'too-many-issues': ({ omitted }) =>
    both((lang) =>
      lang === 'da'
        ? `… og ${n(omitted, lang)} problemer mere, som ikke er vist`
        : `… and ${n(omitted, lang)} more problems, not shown`,
    ),
  'missing-field': ({ field }) => ({
    da: `Feltet ${quoteText(field, 'da')} mangler`,
    en: `The field ${quoteText(field, 'en')} is missing`,
  }),
  'invalid-type': ({ expected, value }) =>
    both((lang) =>
      lang === 'da'
        ? `Her skal stå ${describeExpected(expected, lang)}, men der står ${describeFound(value, lang)}`
        : `This should be ${describeExpected(expected, lang)}, but it is ${describeFound(value, lang)}`,
    ),
  'unknown-field': ({ field }) =>
    both((lang) =>
      lang === 'da'
        ? `Feltet ${showValue(field, lang)} kendes ikke`
        : `The field ${showValue(field, lang)} is not known`,
    ),
  'too-long': ({ length, max }) =>
    both((lang) =>
      lang === 'da'
        ? `Teksten er for lang: ${n(length, lang)} tegn, højst ${n(max, lang)}`
        : `The text is too long: ${n(length, lang)} characters, at most ${n(max, lang)}`,
    ),
  'too-many': ({ count, max }) =>
    both((lang) =>
      lang === 'da'
        ? `Listen er for lang: ${n(count, lang)} elementer, højst ${n(max, lang)}`
        : `The list is too long: ${n(count, lang)} items, at most ${n(max, lang)}`,
    ),
  'invalid-value': ({ value, allowed }) =>
    both((lang) => {
      const da = lang === 'da';
      const head = da
        ? `Værdien ${showValue(value, lang)} er ikke tilladt her`
        : `The value ${showValue(value, lang)} is not allowed here`;
      if (allowed.length === 0) return head;
      return `${head}; ${da ? 'tilladt er' : 'allowed are'}: ${list(allowed, lang)}`;
    }),
  'invalid-id': ({ value }) =>
    both((lang) =>
      lang === 'da'
        ? `Id'et ${showValue(value, lang)} er ugyldigt: et id er 1–64 tegn blandt A–Z, a–z, 0–9, „_“ og „-“`
        : `The id ${showValue(value, lang)} is invalid: an id is 1–64 characters from A–Z, a–z, 0–9, “_” and “-”`,
    ),
  'invalid-date': ({ value }) =>
    both((lang) => {
      const da = lang === 'da';
      if (typeof value === 'string' && DATE_SHAPE.test(value)) {
        return da ? `Datoen ${value} findes ikke` : `The date ${value} does not exist`;
      }
      return da
        ? `${showValue(value, lang)} er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-12`
        : `${showValue(value, lang)} is not a date; write it as YYYY-MM-DD, e.g. 2027-01-12`;
    }),
  'invalid-time': ({ value }) =>
    both((lang) =>
      lang === 'da'
        ? `${showValue(value, lang)} er ikke et klokkeslæt; skriv det som TT:MM, fx 09:30`
        : `${showValue(value, lang)} is not a time of day; write it as HH:MM, e.g. 09:30`,
    ),
  'not-whole-number': ({ value }) =>
    both((lang) =>
      lang === 'da'
        ? `Tallet ${showValue(value, lang)} skal være et helt tal`
        : `The number ${showValue(value, lang)} must be a whole number`,
    ),
  'out-of-range': ({ value, limit, bound }) =>
    both((lang) =>
      lang === 'da'
        ? `Tallet ${n(value, lang)} er uden for det tilladte: ${rangeText(bound, limit, lang)}`
        : `The number ${n(value, lang)} is out of range: ${rangeText(bound, limit, lang)}`,
    ),
  'duplicate-id': ({ id, firstPath }) => ({
    da: `Id'et ${quoteText(id, 'da')} er allerede brugt ved ${firstPath}; hvert id må kun bruges én gang`,
    en: `The id ${quoteText(id, 'en')} is already used at ${firstPath}; each id may be used only once`,
  }),
  'unknown-person': ({ id }) => ({
    da: `Personen ${quoteText(id, 'da')} findes ikke i deltagerlisten`,
    en: `The person ${quoteText(id, 'en')} is not in the participant pool`,
  }),
  'unknown-lane': ({ id }) => ({
    da: `Post-it'en står i mødet ${quoteText(id, 'da')}, som ikke findes`,
    en: `The post-it stands in the meeting ${quoteText(id, 'en')}, which does not exist`,
  }),
  'form-not-found': ({ id }) => ({
    da: `Inddragelsesformen ${quoteText(id, 'da')} findes ikke på tavlen`,
    en: `The involvement form ${quoteText(id, 'en')} is not on the board`,
  }),
  'form-not-a-form': ({ id }) => ({
    da: `Post-it'en ${quoteText(id, 'da')} er ikke en inddragelsesform`,
    en: `The post-it ${quoteText(id, 'en')} is not an involvement form`,
  }),
  'form-not-in-lane': ({ id }) => ({
    da: `Inddragelsesformen ${quoteText(id, 'da')} står ikke i samme møde som deltageren`,
    en: `The involvement form ${quoteText(id, 'en')} is not in the same meeting as the participant`,
  }),
  'period-reversed': ({ start, end }) => ({
    da: `Perioden slutter (${formatDanishDate(end)}) før den begynder (${formatDanishDate(start)})`,
    en: `The period ends (${formatEnglishDate(end)}) before it starts (${formatEnglishDate(start)})`,
  }),
};
