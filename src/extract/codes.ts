// Extract stage, codes: the HRESULT / Win32 error codes and the sync engine's MMS thread numbers of a message.

// One pass over the message, alternatives tried left to right at each position:
//  1. `ERR_: MMS(5120): …\MAUtils.h(58): Failed getting registry value 'ADMADoNormalization', 0x2` is in
//     every ADSync 6329 trace and says nothing about the failure: the rest of its line is consumed so its
//     `0x2` is never read as a code.
//  2. `Synchronization Engine returned an error hr=80230619, message=…` (33xxx errors), `hr= 80230402`
//     (the spacing of the zh-TW documentation), `hr=800700CE`.
//  3. `BAIL: MMS(5120): admaexport.cpp(2963): 0x80004005 (Unspecified error)`, `0x8023061f (…)`,
//     `Failed to acquire user information: 0x6ba` (ADSync 6329 traces), `HRESULT: 0x80070005` (.NET).
//     The prefix must stand alone and the digits must end the token, so hex inside GUIDs, base64 anchors
//     or 64-bit addresses is not read; source line numbers (`admaexport.cpp(2939)`) have no prefix at all.
//  4. `Failed to acquire user information: FABRIKAM\svc-aadc. Error Code: ERROR_ACCESS_DENIED` (6329 when
//     remote SAM calls are restricted) spells the code out instead of printing it.
const ERROR_CODE =
  /Failed getting registry value[^\r\n]{0,1024}|(?<![0-9A-Za-z_])hr[ \t]{0,2}=[ \t]{0,2}(?:0x)?([0-9A-Fa-f]{1,8})(?![0-9A-Za-z_])|(?<![0-9A-Za-z_/+])0x([0-9A-Fa-f]{1,8})(?![0-9A-Za-z_/+=])|\b(ERROR_ACCESS_DENIED)\b/gi;

const ACCESS_DENIED = '0x5';

// `ERR_: MMS(5120): admaexport.cpp(2939): …`, `MMS(3040): admaexport.cpp(2837): …` and the seed
// documentation's `BAIL: MMS(4924) 0x80230619`: the number identifies the sync engine thread.
const MMS_CODE = /MMS\((\d{1,6})\)/g;

const ZERO = 48; // '0'

/** `0x` + upper-case hex without leading zeros; undefined for zero, which is success, not an error. */
function normalizeHex(digits: string): string | undefined {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === ZERO) start++;
  if (start === digits.length) return undefined;
  return '0x' + (start === 0 ? digits : digits.slice(start)).toUpperCase();
}

// Most messages carry no code: their records share one empty list rather than holding one each.
const NO_ERROR_CODES: readonly string[] = Object.freeze([]);
const NO_MMS_CODES: readonly number[] = Object.freeze([]);

/** Every error code of the message, normalized (`0x80230619`, `0x6BA`), distinct, in order of first appearance. */
export function readErrorCodes(message: string): readonly string[] {
  const codes: string[] = [];
  ERROR_CODE.lastIndex = 0;
  for (let match = ERROR_CODE.exec(message); match !== null; match = ERROR_CODE.exec(message)) {
    const digits = match[1] ?? match[2];
    const code = digits !== undefined ? normalizeHex(digits) : match[3] !== undefined ? ACCESS_DENIED : undefined;
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes.length === 0 ? NO_ERROR_CODES : codes;
}

/** The `MMS(n)` numbers of the message, distinct, in order of first appearance. */
export function readMmsCodes(message: string): readonly number[] {
  if (!message.includes('MMS(')) return NO_MMS_CODES;
  const codes: number[] = [];
  MMS_CODE.lastIndex = 0;
  for (let match = MMS_CODE.exec(message); match !== null; match = MMS_CODE.exec(message)) {
    const code = Number(match[1]);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.length === 0 ? NO_MMS_CODES : codes;
}
