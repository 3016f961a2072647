// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  colorFor,
  loadLang,
  loadRecentBoards,
  rememberBoard,
  saveLang,
} from '../../../client/app/device.ts';

describe('what the device remembers', () => {
  beforeEach(() => localStorage.clear());

  it('is Danish until the user switches language, and keeps the switch', () => {
    expect(loadLang()).toBe('da');
    saveLang('en');
    expect(loadLang()).toBe('en');
  });

  it('ignores a stored language it does not know', () => {
    localStorage.setItem('netvaerkstavle.lang', 'fr');
    expect(loadLang()).toBe('da');
  });

  it('lists recently opened boards newest first, once each', () => {
    rememberBoard({ path: '/b/aaaaaaaaaaaaaaaaaaaaaa', title: 'Første', readOnly: false });
    rememberBoard({ path: '/v/bbbbbbbbbbbbbbbbbbbbbb', title: 'Anden', readOnly: true });
    rememberBoard({ path: '/b/aaaaaaaaaaaaaaaaaaaaaa', title: 'Første, omdøbt', readOnly: false });
    const recent = loadRecentBoards();
    expect(recent.map((board) => board.title)).toEqual(['Første, omdøbt', 'Anden']);
    expect(recent[1]?.readOnly).toBe(true);
  });

  it('survives damaged storage: bad JSON and foreign entries are dropped', () => {
    localStorage.setItem('netvaerkstavle.recent', '{not json');
    expect(loadRecentBoards()).toEqual([]);
    localStorage.setItem('netvaerkstavle.recent', JSON.stringify([{ path: 3 }, 'x']));
    expect(loadRecentBoards()).toEqual([]);
  });

  it('gives one session the same colour every time', () => {
    expect(colorFor('abc')).toBe(colorFor('abc'));
    expect(colorFor('abc')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
