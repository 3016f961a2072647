import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/schema.ts';
import { checkFileSize, parseBoardJson, utf8SizeOver } from '../../shared/validate.ts';
import { validBoardFile } from './validate-fixture.ts';

describe('parseBoardJson', () => {
  it('reads a valid board file', () => {
    expect(parseBoardJson(JSON.stringify(validBoardFile()))).toEqual({
      ok: true,
      value: validBoardFile(),
    });
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseBoardJson(`\uFEFF${JSON.stringify(validBoardFile())}`).ok).toBe(true);
  });

  it('reports broken JSON with its line and column', () => {
    const result = parseBoardJson('{\n  "format": "netvaerkstavle/board",\n  "version" 1\n}');
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.error[0];
    expect([issue?.path, issue?.code]).toEqual(['$', 'invalid-json']);
    expect(issue?.message.da).toContain('linje 3, tegn 13');
    expect(issue?.message.en).toContain('line 3, column 13');
  });

  it('refuses a file over the size cap before parsing it, with its size in MB', () => {
    // Valid JSON (a long string), so only the size can refuse it.
    const huge = `"${'x'.repeat(LIMITS.fileBytes)}"`;
    const result = parseBoardJson(huge);
    expect(result.ok ? [] : result.error.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$ file-too-large',
    ]);
    expect(result.ok ? '' : result.error[0]?.message.da).toBe(
      'Filen er for stor: 33,6 MB, men en tavlefil må højst fylde 33,5 MB.',
    );
    expect(checkFileSize(LIMITS.fileBytes).ok).toBe(true);
    expect(checkFileSize(LIMITS.fileBytes + 1).ok).toBe(false);
  });

  it('counts a text in UTF-8 bytes, as the file holds it', () => {
    // 'æ' takes 2 bytes, '€' 3, '😀' (a surrogate pair) 4.
    expect(utf8SizeOver('aæ€😀', 9)).toBe(10);
    expect(utf8SizeOver('aæ€😀', 10)).toBeNull();
    expect(utf8SizeOver('abc', 9)).toBeNull();
  });

  it('reports an empty file as invalid JSON', () => {
    const result = parseBoardJson('');
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual(['invalid-json']);
  });
});
