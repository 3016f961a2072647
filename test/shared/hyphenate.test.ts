import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { planToHtml } from '../../shared/export/html.ts';
import { HYPHENATE_FROM, hyphenateLongWords } from '../../shared/hyphenate.ts';
import { projectPlan } from '../../shared/projection.ts';
import { cleanBoard } from './fixtures.ts';

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
});
