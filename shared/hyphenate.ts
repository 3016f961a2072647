import { SOFT_HYPHEN } from './i18n/translate.ts';

/**
 * Soft hyphens (U+00AD) in the long words of a name, where Danish divides
 * syllables: one consonant between two vowels goes with the next syllable,
 * and of several the last one does ("Bes-kæf-ti-gel-ses-for-valt-nin-gen"),
 * or the last two where they can start a syllable ("Sund-heds-ple-jer"): the
 * rule of Retskrivningsordbogen without its dictionary, so a compound's joint
 * is not always found ("Ung-dom-sud-dan-nel-ses"), but every break is at a
 * syllable and shows its hyphen. Chromium here has no hyphenation dictionaries, so
 * `hyphens: auto` does nothing, and `overflow-wrap: anywhere` alone cut the
 * overview's names anywhere without a hyphen ("Beskæftigelsesforvaltni|ngen").
 *
 * Only words too long for a name column's line get them (shorter ones then
 * move whole to the next line), and only words of letters: an e-mail address
 * or a code is left to the layout's last resort, as a hyphen would change it.
 */

/** Words from this many letters up: about what a 10em column holds. */
export const HYPHENATE_FROM = 16;
/** Letters kept together at either end of a word. */
const EDGE = 3;
const VOWEL = /[aeiouyæøåéèêëáàâäíìîïóòôöúùûüý]/iu;
const LETTERS = /^\p{L}+$/u;

/** Two consonants that start a Danish syllable together ("fa-brik", "se-kre-tær", "heds-ple-jer"). */
const ONSETS = new Set('bl br dr fl fr gl gr kl kr pl pr tr bj dj fj hj kj pj sj tj vr'.split(' '));

/** Where a syllable starts in each run of consonants between two vowels. */
function syllableStarts(word: string): number[] {
  const lower = word.toLowerCase();
  const vowel = [...lower].map((c) => VOWEL.test(c));
  const starts: number[] = [];
  let lastVowel = -1;
  for (let i = 0; i < lower.length; i++) {
    if (!vowel[i]) continue;
    const run = i - lastVowel - 1;
    // The last consonant of the run, or the last two where they start a syllable together.
    if (lastVowel >= 0 && run >= 1)
      starts.push(run >= 2 && ONSETS.has(lower.slice(i - 2, i)) ? i - 2 : i - 1);
    lastVowel = i;
  }
  return starts.filter((i) => i >= EDGE && i <= word.length - EDGE);
}

function hyphenateWord(word: string): string {
  if (word.length < HYPHENATE_FROM || !LETTERS.test(word)) return word;
  let out = '';
  let at = 0;
  for (const i of syllableStarts(word)) {
    out += word.slice(at, i) + SOFT_HYPHEN;
    at = i;
  }
  return out + word.slice(at);
}

/** `text` with soft hyphens in its long words (see above); the rest as it is. */
export function hyphenateLongWords(text: string): string {
  return text.replace(/\p{L}+/gu, hyphenateWord);
}
