import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../shared/export/docx.ts';
import { planToHtml } from '../../shared/export/html.ts';
import { HYPHENATE_FROM, hyphenateLongWords } from '../../shared/hyphenate.ts';
import { projectPlan } from '../../shared/projection.ts';
import { cleanBoard } from './fixtures.ts';
import { documentXml, tableRows } from './docx-xml.ts';

const shown = (text: string) => text.replaceAll('\u00ad', '-');

describe('soft hyphens in long names', () => {
  it('divide a long word at its syllables, as Danish does', () => {
    expect(shown(hyphenateLongWords('Beskæftigelsesforvaltningen'))).toBe(
      'Bes-kæf-ti-gel-ses-for-valt-nin-gen',
    );
    // Two consonants that start a syllable go together ("ple"); no break leaves fewer than
    // three letters on a line ("-ne").
    expect(shown(hyphenateLongWords('Sundhedsplejerskerne'))).toBe('Sund-heds-ple-jers-kerne');
    expect(shown(hyphenateLongWords('Netværkskoordinatoren'))).toBe('Net-værks-koor-di-na-to-ren');
  });

  it('leave short words, e-mail addresses and the rest of the text as they are', () => {
    expect(hyphenateLongWords('Jens Jensen, Socialforvaltningen')).toBe(
      `Jens Jensen, ${hyphenateLongWords('Socialforvaltningen')}`,
    );
    expect(hyphenateLongWords('Jens Jensen, Jobcentret')).toBe('Jens Jensen, Jobcentret');
    expect('Jobcentret'.length).toBeLessThan(HYPHENATE_FROM);
    const email = 'marie-louise.skovgaard@boernogungeforvaltningen.kommune.dk';
    expect(hyphenateLongWords(email)).toBe(
      email.replace('boernogungeforvaltningen', hyphenateLongWords('boernogungeforvaltningen')),
    );
    expect(hyphenateLongWords('ABC123456789012345678')).toBe('ABC123456789012345678');
  });

  it("are in the printable HTML's overview, so a long name breaks at a syllable with its hyphen", () => {
    const board = cleanBoard();
    const [first] = board.people;
    if (first === undefined) throw new Error('no people');
    const long = 'Beskæftigelsesforvaltningen';
    board.people = [{ ...first, affiliation: long }, ...board.people.slice(1)];
    const html = planToHtml(projectPlan(board));
    const document = new Window().document;
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6);
    const names = [...document.querySelectorAll('.overview tbody th')].map((th) => th.textContent);
    expect(names.some((name) => name?.includes(hyphenateLongWords(long)))).toBe(true);
  });

  /** The clean board with its first person's affiliation a long compound. */
  function longAffiliation(long: string) {
    const board = cleanBoard();
    const [first] = board.people;
    if (first === undefined) throw new Error('no people');
    board.people = [{ ...first, affiliation: long }, ...board.people.slice(1)];
    return projectPlan(board);
  }

  it("are Word's optional hyphens in the Word plan's participant column and overview, the text whole", async () => {
    const long = 'Beskæftigelsesforvaltningen';
    const xml = await documentXml(await planToDocx(longAffiliation(long)));
    // Word shows an optional hyphen only where it breaks the line there; copied, the word is whole.
    const breaks = hyphenateLongWords(long).split('\u00ad').length - 1;
    const cells = xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    const named = cells.filter((cell) => cell.includes('Bes'));
    const overview = xml.slice(xml.lastIndexOf('Overblik'));
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const cell of named) expect(cell.match(/<w:softHyphen\/>/g)).toHaveLength(breaks);
    expect(overview.match(/<w:softHyphen\/>/g)?.length).toBeGreaterThanOrEqual(breaks);
    expect(xml).not.toContain('\u00ad');
    const participants = tableRows(xml).flatMap((rows) => rows.map((row) => row.split(' | ')[0]));
    expect(participants.some((name) => name?.endsWith(`, ${long}`))).toBe(true);
    expect(participants.some((name) => name?.includes('\u00ad'))).toBe(false);
  });

  it("are in the printable HTML's participant column too", () => {
    const long = 'Beskæftigelsesforvaltningen';
    const html = planToHtml(longAffiliation(long));
    const document = new Window().document;
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6);
    const names = [...document.querySelectorAll('.meeting tbody td:first-child')].map(
      (td) => td.textContent,
    );
    expect(names.some((name) => name?.includes(hyphenateLongWords(long)))).toBe(true);
  });
});
