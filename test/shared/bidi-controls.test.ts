import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withoutBidiOverrides } from '../../shared/bidi.ts';
import { createBoardDoc, roots } from '../../shared/doc.ts';
import { readBoard } from '../../shared/doc-read.ts';
import { addPerson, updateBoard, updateMeeting, updatePerson } from '../../shared/ops/index.ts';
import { planToMarkdown } from '../../shared/export/markdown.ts';
import { projectPlan } from '../../shared/projection.ts';
import { paperExampleBoard } from '../helpers/boards.ts';

const RLO = '\u202E';
const LRE = '\u202A';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * Bidi override and embedding controls (U+202A–U+202E) make a name display
 * other than it reads ("\u202Enesnej" shows as "jensen"); shared/bidi.ts: they
 * never enter the board and are never shown. Isolates are kept.
 */
describe('bidi override controls in typed and imported text', () => {
  it('removes U+202A–U+202E and keeps isolates, marks and all other text', () => {
    expect(withoutBidiOverrides(`${RLO}nesnej`)).toBe('nesnej');
    expect(withoutBidiOverrides(`a${LRE}b\u202Bc${PDF}d\u202De`)).toBe('abcde');
    expect(withoutBidiOverrides(`${RLI}سارة 2${PDI} \u200Fx\u200E`)).toBe(
      `${RLI}سارة 2${PDI} \u200Fx\u200E`,
    );
  });

  it('an operation stores a name, a title and a subtheme without them', () => {
    const doc = createBoardDoc(paperExampleBoard());
    const added = addPerson(doc, {
      name: `${RLO}nesnej`,
      affiliation: `Skole ${LRE}7${PDF}`,
      category: 'citizen',
      core: false,
    });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(roots(doc).people.get(added.value)?.get('name')).toBe('nesnej');
    expect(roots(doc).people.get(added.value)?.get('affiliation')).toBe('Skole 7');
    expect(updatePerson(doc, 'jens', { name: `Jens ${RLO}J.` }).ok).toBe(true);
    expect(roots(doc).people.get('jens')?.get('name')).toBe('Jens J.');
    expect(updateBoard(doc, { title: `${RLO}Tema` }).ok).toBe(true);
    expect(roots(doc).meta.get('title')).toBe('Tema');
    expect(updateMeeting(doc, 'm1', { subtheme: `${RLI}حوار${PDI} ${RLO}x` }).ok).toBe(true);
    expect(roots(doc).meetings.get('m1')?.get('subtheme')).toBe(`${RLI}حوار${PDI} x`);
  });

  it('an imported board file is stored without them', () => {
    const board = paperExampleBoard();
    board.title = `${RLO}Ensomhed`;
    const person = board.people[0];
    if (person) person.name = `${RLO}.J sneJ`;
    const doc = createBoardDoc(board);
    expect(roots(doc).meta.get('title')).toBe('Ensomhed');
    expect(
      roots(doc)
        .people.get(person?.id ?? '')
        ?.get('name'),
    ).toBe('.J sneJ');
  });

  it('a document that holds them already (written before the rule) reads and exports without them', () => {
    const doc = createBoardDoc(paperExampleBoard());
    // Written straight into the Y.Map, as an older client's write would stand.
    roots(doc).people.get('jens')?.set('name', `${RLO}Jens J.`);
    const board = readBoard(doc);
    expect(board.people.find((p) => p.id === 'jens')?.name).toBe('Jens J.');
    expect(planToMarkdown(projectPlan(board))).not.toMatch(/[\u202A-\u202E]/);
  });

  it('a remote replica receives the stored text without them', () => {
    const doc = createBoardDoc(paperExampleBoard());
    updatePerson(doc, 'jens', { name: `${RLO}Jens` });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(roots(copy).people.get('jens')?.get('name')).toBe('Jens');
  });
});
