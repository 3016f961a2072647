import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { NOTE_WIDTH, PARKING_WIDTH, PARKING_X, PARKING_Y } from '../../shared/layout.ts';
import { BOARD_FORMAT, LIMITS } from '../../shared/schema.ts';
import type { Board } from '../../shared/schema.ts';
import { paperExampleBoard } from '../helpers/boards.ts';
import { Harness, createBoard, getJson } from './helpers.ts';

const harness = new Harness();
afterEach(() => harness.cleanup());

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('REST: creating boards', () => {
  it('creates a board from the template with 128-bit URL-safe ids and share URLs', async () => {
    const server = await harness.server();
    const response = await post(
      server.url,
      JSON.stringify({ title: 'Netværk', start: '2027-01-12' }),
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, string>;
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.viewId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.id).not.toBe(created.viewId);
    expect(created.editUrl).toBe(`/b/${created.id}`);
    expect(created.viewUrl).toBe(`/v/${created.viewId}`);
    const board = (await getJson(server, `/api/boards/${created.id}`)) as Board;
    expect(board.format).toBe(BOARD_FORMAT);
    expect(board.title).toBe('Netværk');
    expect(board.period?.start).toBe('2027-01-12');
  });

  it('creates a board from an empty body (title empty, period from today)', async () => {
    const server = await harness.server();
    const response = await post(server.url, '');
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const board = (await getJson(server, `/api/boards/${id}`)) as Board;
    expect(board.meetings.length).toBe(6);
    expect(board.period).not.toBeNull();
  });

  it('seeds the template’s forms in the language asked for, Danish unless English is asked', async () => {
    const server = await harness.server();
    const palette = async (body: Record<string, unknown>) => {
      const response = await post(server.url, JSON.stringify(body));
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      return ((await getJson(server, `/api/boards/${id}`)) as Board).palette;
    };
    const english = await palette({ title: 'Loneliness', start: '2027-01-12', lang: 'en' });
    expect(english.map((form) => form.name)).toContain('Workshop with citizens');
    expect(english[0]?.description).toBe('Citizens give their perspective on the sub-theme.');
    const danish = await palette({ title: 'Ensomhed', start: '2027-01-12' });
    expect(danish.map((form) => form.name)).toContain('Workshop m. borgere');
    expect((await palette({ title: 'x', lang: 'da' })).map((form) => form.name)).toEqual(
      danish.map((form) => form.name),
    );
    const wrong = await post(server.url, JSON.stringify({ title: 'x', lang: 'de' }));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('$.lang');
  });

  it('imports a board file exactly', async () => {
    const server = await harness.server();
    const file = paperExampleBoard();
    const created = await createBoard(server, file);
    expect(await getJson(server, `/api/boards/${created.id}`)).toEqual(file);
    expect(await getJson(server, `/api/boards/${created.viewId}`)).toEqual(file);
  });

  it('imports a hand-made file’s parked note at 0, 0 into the parking area, not on meeting 1’s header', async () => {
    const server = await harness.server();
    const file = paperExampleBoard();
    file.notes.push({ id: 'stray', kind: 'idea', lane: null, x: 0, y: 0, text: 'Husk kaffe' });
    const created = await createBoard(server, file);
    const board = (await getJson(server, `/api/boards/${created.id}`)) as Board;
    const stray = board.notes.find((note) => note.id === 'stray');
    expect(stray).toMatchObject({ lane: null, text: 'Husk kaffe' });
    expect((stray?.x ?? 0) + NOTE_WIDTH).toBeLessThanOrEqual(PARKING_X + PARKING_WIDTH);
    expect(stray?.y).toBeGreaterThanOrEqual(PARKING_Y);
    expect(board.notes.filter((note) => note.id !== 'stray')).toEqual(
      file.notes.filter((note) => note.id !== 'stray'),
    );
  });

  it('answers 400 with the whole issue list for a bad board file and stores nothing', async () => {
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir });
    const file = paperExampleBoard() as unknown as Record<string, unknown>;
    const bad = { ...file, title: 42, meetings: [{ id: 'bad id!' }], notes: 'none' };
    const response = await post(server.url, JSON.stringify(bad));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('invalid-board');
    expect(body.issues.length).toBeGreaterThanOrEqual(3);
    const paths = body.issues.map((issue) => issue.path).join(' ');
    expect(paths).toContain('title');
    expect(paths).toContain('notes');
    expect(paths).toContain('meetings');
    await server.close();
    const store = openSqliteStore(dataDir);
    expect(await store.list()).toEqual([]);
    await store.close();
  });

  it('answers 400 for invalid JSON and for unknown template options', async () => {
    const server = await harness.server();
    const broken = await post(server.url, '{"title": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toBe('invalid-json');
    const unknown = await post(server.url, JSON.stringify({ titel: 'x', start: '2027-02-30' }));
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { error: string; issues: unknown[] };
    expect(body.error).toBe('invalid-request');
    expect(body.issues.length).toBe(2);
  });

  it('refuses a template start date outside the years 2000–2100 (a slip, 0201; past 9999 at the end)', async () => {
    const server = await harness.server();
    for (const start of ['9999-12-01', '0201-03-02']) {
      const late = await post(server.url, JSON.stringify({ title: 'x', start }));
      expect(late.status).toBe(400);
      const body = (await late.json()) as { error: string; issues: { path: string }[] };
      expect(body.error).toBe('invalid-request');
      expect(body.issues.map((issue) => issue.path)).toEqual(['$.start']);
    }
  });

  it('refuses a board file over the file cap even when MAX_BODY_BYTES would take it', async () => {
    const server = await harness.server({ maxBodyBytes: LIMITS.fileBytes + 1024 * 1024 });
    // Padding after the JSON keeps the file valid and makes it too large.
    const file = JSON.stringify(paperExampleBoard()).padEnd(LIMITS.fileBytes + 10, ' ');
    const response = await post(server.url, file);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { code: string }[] };
    expect([body.error, body.issues.map((issue) => issue.code)]).toEqual([
      'invalid-board',
      ['file-too-large'],
    ]);
  });

  it('answers 413 for a body over the limit and stores nothing', async () => {
    const dataDir = harness.tempDir();
    const server = await harness.server({ dataDir, maxBodyBytes: 4096 });
    const file = { ...paperExampleBoard(), title: 'x'.repeat(5000) };
    const response = await post(server.url, JSON.stringify(file));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe('too-large');
    await server.close();
    const store = openSqliteStore(dataDir);
    expect(await store.list()).toEqual([]);
    await store.close();
  });

  it('refuses board creation from a foreign page origin', async () => {
    const server = await harness.server();
    const response = await post(server.url, '', { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });
});

describe('REST: reading boards', () => {
  it('answers 404 for unknown and malformed ids', async () => {
    const server = await harness.server();
    for (const path of ['/api/boards/AAAAAAAAAAAAAAAAAAAAAA', '/api/boards/bad%20id/meta']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toBe('unknown-board');
    }
  });

  it('tells edit from view in meta, and never tells the edit id to a view link', async () => {
    const server = await harness.server();
    const board = await createBoard(server, { title: 'Meta' });
    expect(await getJson(server, `/api/boards/${board.id}/meta`)).toEqual({
      id: board.id,
      viewId: board.viewId,
      title: 'Meta',
      readOnly: false,
    });
    expect(await getJson(server, `/api/boards/${board.viewId}/meta`)).toEqual({
      viewId: board.viewId,
      title: 'Meta',
      readOnly: true,
    });
  });

  it('answers 403 to a write with a view id and 405 with an edit id', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      const view = await fetch(`${server.url}/api/boards/${board.viewId}`, { method });
      expect(view.status).toBe(403);
      expect(((await view.json()) as { error: string }).error).toBe('read-only');
      const edit = await fetch(`${server.url}/api/boards/${board.id}`, { method });
      expect(edit.status).toBe(405);
    }
  });
});

describe('REST: plan exports', () => {
  const cases = [
    ['json', 'application/json'],
    ['md', 'text/markdown; charset=utf-8'],
    ['csv', 'text/csv; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ] as const;

  it.each(cases)(
    'serves plan.%s with its type and a file name from title and date',
    async (ext, type) => {
      const server = await harness.server();
      const board = await createBoard(server, paperExampleBoard());
      for (const id of [board.id, board.viewId]) {
        const response = await fetch(`${server.url}/api/boards/${id}/plan.${ext}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(type);
        const disposition = response.headers.get('content-disposition') ?? '';
        expect(disposition).toMatch(
          new RegExp(
            `^attachment; filename="planlaegning-ensomhed-blandt-unge-\\d{4}-\\d{2}-\\d{2}\\.${ext}"; filename\\*=UTF-8''planlaegning-ensomhed-blandt-unge-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`,
          ),
        );
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect(bytes.length).toBeGreaterThan(0);
        if (ext === 'docx') expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip
        if (ext === 'json')
          expect(JSON.parse(new TextDecoder().decode(bytes)).title).toBe('Ensomhed blandt unge');
        if (ext === 'html') {
          expect(response.headers.get('content-security-policy')).toBe(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          );
        }
      }
    },
  );

  it('names the file by the title with æ, ø and å transliterated, also when å comes decomposed (a + ring)', async () => {
    const server = await harness.server();
    const composed = await createBoard(server, {
      ...paperExampleBoard(),
      title: 'Ældre i Århus og Ørsted',
    });
    // The same title as a Mac file system or a copied PDF text may hand it over: NFD.
    const decomposed = await createBoard(server, {
      ...paperExampleBoard(),
      title: 'Ældre i Århus og Ørsted'.normalize('NFD'),
    });
    for (const board of [composed, decomposed]) {
      const response = await fetch(`${server.url}/api/boards/${board.viewId}/plan.docx`);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="planlaegning-aeldre-i-aarhus-og-oersted-\d{4}-\d{2}-\d{2}\.docx"; /,
      );
    }
  });

  it('answers 404 for an unknown export format', async () => {
    const server = await harness.server();
    const board = await createBoard(server);
    expect((await fetch(`${server.url}/api/boards/${board.id}/plan.pdf`)).status).toBe(404);
  });
});

describe('health', () => {
  it('reports ok with the store state', async () => {
    const server = await harness.server();
    expect(await getJson(server, '/healthz')).toMatchObject({ ok: true, store: 'ok' });
  });
});
