import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run plan` end to end: a real process on real files (issue 2 §5). */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The local tsx binary, as `npx tsx` would run it, without npm's own start-up noise.
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function runPlan(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, 'server/cli/plan.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

function validBoard() {
  return {
    format: 'netvaerkstavle/board',
    version: 1,
    title: 'Læring om borgerinddragelse',
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
      {
        id: 'm2',
        kind: 'final',
        subtheme: '',
        date: '2027-04-20',
        startTime: null,
        durationMinutes: null,
        location: '',
      },
    ],
    people: [
      { id: 'p1', name: 'Jens J.', affiliation: 'ØS', category: 'professional', core: true },
    ],
    notes: [
      {
        id: 'f1',
        kind: 'form',
        lane: 'm1',
        x: 0,
        y: 0,
        name: 'Workshop m. borgere',
        durationMinutes: 60,
        description: '',
      },
      {
        id: 'n1',
        kind: 'participant',
        lane: 'm1',
        x: 0,
        y: 100,
        person: 'p1',
        contribution: 'Oplæg om X',
        role: 'facilitator',
        form: 'f1',
      },
    ],
    palette: [],
  };
}

function writeBoard(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('npm run plan', { timeout: 30_000 }, () => {
  const board = writeBoard('board.json', validBoard());

  it('prints the plan as Markdown by default', async () => {
    const run = await runPlan([board]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = run.stdout.toString('utf8');
    expect(text).toContain('# Læring om borgerinddragelse');
    expect(text).toContain(
      'Netværksdeltager | Hvad skal personen bidrage med? | Hvordan? (Inddragelsesform)',
    );
    expect(text).toContain('Jens J.');
    expect(text).toContain('Oplæg om X');
  });

  it('writes CSV to --out', async () => {
    const out = join(dir, 'plan.csv');
    const run = await runPlan([board, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFMøde;Undertema;Dato;')).toBe(true);
    expect(csv).toContain('Oplæg om X');
  });

  it('writes the plan in English with --lang en', async () => {
    const run = await runPlan([board, '--format', 'csv', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const csv = run.stdout.toString('utf8');
    expect(csv.startsWith('\uFEFFMeeting;Sub-theme;Date;')).toBe(true);
    expect(csv).toContain('Network meeting 1;Undertema;2027-01-12;');
    const markdown = (await runPlan([board, '-l', 'en'])).stdout.toString('utf8');
    expect(markdown).toContain('## Network meeting 1: Undertema, 12 January 2027');
    expect(markdown).not.toContain('Netværks');
  });

  it('takes the format from the --out extension and writes DOCX bytes', async () => {
    const out = join(dir, 'plan.docx');
    const run = await runPlan([board, '-o', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes DOCX bytes to a piped stdout', async () => {
    const run = await runPlan([board, '--format', 'docx']);
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('prints the plan JSON', async () => {
    const run = await runPlan([board, '--format=json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout.toString('utf8')) as { title: string; meetings: unknown[] };
    expect(plan.title).toBe('Læring om borgerinddragelse');
    expect(plan.meetings).toHaveLength(2);
  });

  it('exits 2 on invalid JSON', async () => {
    const run = await runPlan([writeBoard('broken.json', '{"format": ')]);
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toMatch(/^\$/m);
  });

  it('exits 2 on an invalid board and lists every problem with its JSON path, in English', async () => {
    const bad = validBoard();
    Object.assign(bad.meetings[0] ?? {}, { date: '2027-02-30' });
    Object.assign(bad.notes[1] ?? {}, { person: 'nobody' });
    const run = await runPlan([writeBoard('bad.json', bad)]);
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines.some((l) => l.startsWith('$.meetings[0].date: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('$.notes[1].person: '))).toBe(true);
    expect(run.stderr).not.toMatch(/[æøå]/);
  });

  it.each([
    [[], 'missing <board.json>'],
    [['a.json', 'b.json'], 'expected one board file'],
    [['board.json', '--format', 'pdf'], 'unknown format "pdf"'],
    [['board.json', '--lang', 'de'], 'unknown language "de" (one of da, en)'],
    [['board.json', '--colour'], 'Unknown option'],
  ])('exits 2 with a usage line for %j', async (args, message) => {
    const run = await runPlan(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run plan -- <board.json>');
  });

  it('exits 2 when the board file cannot be read', async () => {
    const run = await runPlan([join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ENOENT');
  });

  it('prints the usage on --help', async () => {
    const run = await runPlan(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toContain('usage: npm run plan');
  });
});
