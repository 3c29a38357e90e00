import { describe, expect, it } from 'vitest';
import { displayCells, unwrapValue } from '../../src/ingest/format-list-unwrap.js';

// Lines as PowerShell's Format-List prints them in a value column 20 cells wide.
const WIDTH = 20;

describe('joining Format-List\'s wrapped value lines', () => {
  it('joins a word wrap, whose broken line keeps its space, and keeps the value\'s own line breaks', () => {
    expect(unwrapValue(['TrackingId: abc, ', 'PasswordResetStart', 'second line'], WIDTH, 'words', true)).toBe('TrackingId: abc, PasswordResetStart\nsecond line');
  });

  it('joins a word longer than a line where it was cut, without a space', () => {
    expect(unwrapValue(['C:\\Windows\\system32\\', 'SRU\\SRUDB.dat'], WIDTH, 'words', true)).toBe('C:\\Windows\\system32\\SRU\\SRUDB.dat');
  });

  it('keeps apart a line that fills the width exactly but was not cut inside a word', () => {
    expect(unwrapValue(['exactly twenty cells', 'next line'], WIDTH, 'words', true)).toBe('exactly twenty cells\nnext line');
  });

  it('puts back the space a paste took from a word wrap', () => {
    expect(unwrapValue(['TrackingId: abc,', 'PasswordResetStart'], WIDTH, 'words', false)).toBe('TrackingId: abc, PasswordResetStart');
    expect(unwrapValue(['short', 'next line'], WIDTH, 'words', false)).toBe('short\nnext line');
  });

  it('joins lines cut by cells (ja, zh, ko), counting wide characters as two', () => {
    expect(displayCells('データベース')).toBe(12);
    expect(unwrapValue(['データベースabcdefgh', 'ンは'], WIDTH, 'cells', true)).toBe('データベースabcdefghンは');
    // 19 cells and a wide character next: it did not fit in the last cell, so the line was cut there.
    expect(unwrapValue(['データベース エンジ', 'ンは'], WIDTH, 'cells', true)).toBe('データベース エンジンは');
    // 18 cells: the next character would have fit, so the value broke the line itself.
    expect(unwrapValue(['データベース エンa', 'ンは'], WIDTH, 'cells', true)).toBe('データベース エンa\nンは');
    expect(unwrapValue(['short', 'next'], WIDTH, 'cells', true)).toBe('short\nnext');
  });
});
