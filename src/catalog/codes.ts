// The knowledge stage's error-code index: HRESULTs and Win32 codes of writeback failures, looked up however written.

import { syncEngineCodes } from './sync-engine-codes.js';
import type { CatalogCode } from './types.js';
import { windowsCodes } from './windows-codes.js';

export const catalogCodes: readonly CatalogCode[] = [...syncEngineCodes, ...windowsCodes];

// Written for the shapes messages use: `hr=80230619` and `hr= 80230402` (PasswordResetService),
// `0x80230619` and `0x6ba` (ADSync traces), `HR 8023042` (Microsoft's event table), and bare hex
// such as `800700CE` typed by a person. Up to 16 digits so zero-padded forms still parse.
const CODE_SHAPE = /^(?:hr\s*[=:]?\s*)?(?:0x)?([0-9a-f]{1,16})$/i;
const LEADING_ZEROS = /^0+(?=[0-9a-f])/i;

/**
 * A code in the catalog's form, `0x` + upper-case hex without leading zeros (`0x80230619`,
 * `0x6BA`, `0x5`), or undefined when the input is not one code or does not fit in 32 bits.
 */
export function normalizeCode(input: string): string | undefined {
  const match = CODE_SHAPE.exec(input.trim());
  const digits = match?.[1];
  if (digits === undefined) return undefined;
  const significant = digits.replace(LEADING_ZEROS, '');
  if (significant.length > 8) return undefined;
  return `0x${significant.toUpperCase()}`;
}

const codesByCode: ReadonlyMap<string, CatalogCode> = new Map(catalogCodes.map((entry) => [entry.code, entry]));

const codesBySymbol: ReadonlyMap<string, CatalogCode> = new Map(
  catalogCodes.flatMap((entry) => (entry.symbol === undefined ? [] : [[entry.symbol.toUpperCase(), entry] as const])),
);

// HRESULT_FROM_WIN32 wraps a Win32 error as 0x8007xxxx, and logs use either form for the same error.
const WIN32_HRESULT = /^0x8007([0-9A-F]{4})$/;

/**
 * The catalog's entry for a code written in any form `normalizeCode` accepts, or for its symbol
 * (`ERROR_ACCESS_DENIED`). A Win32 error wrapped as an HRESULT (`0x800706BA`) finds the entry of
 * the plain Win32 code (`0x6BA`) when the catalog has no entry for the wrapped form itself.
 */
export function lookupCode(input: string): CatalogCode | undefined {
  const bySymbol = codesBySymbol.get(input.trim().toUpperCase());
  if (bySymbol !== undefined) return bySymbol;

  const code = normalizeCode(input);
  if (code === undefined) return undefined;
  const direct = codesByCode.get(code);
  if (direct !== undefined) return direct;

  const win32Digits = WIN32_HRESULT.exec(code)?.[1];
  if (win32Digits === undefined) return undefined;
  const win32Code = normalizeCode(win32Digits);
  return win32Code === undefined ? undefined : codesByCode.get(win32Code);
}
