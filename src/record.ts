// The one data type every stage after ingest sees: a normalized event record.

/** Event level, from the numeric `<System><Level>` (or its localized name in text exports). */
export type Level = 'critical' | 'error' | 'warning' | 'information' | 'verbose';

export const LEVELS: readonly Level[] = ['critical', 'error', 'warning', 'information', 'verbose'];

/** Where a record was read, so every finding can point back at it. */
export interface Origin {
  file: string;
  /** 1-based line of the record's first character; 0 in a binary file (.evtx), which has no lines. */
  line: number;
  /** Byte offset of the record's first byte in the file (after any BOM counts as bytes too). */
  offset: number;
}

/** A user as the writeback messages name them; any part may be missing. */
export interface UserRef {
  upn?: string;
  dn?: string;
  /** `User_<guid>`: the Entra object id behind `cloudAnchor:`. */
  cloudAnchor?: string;
}

/** Facts read out of the message text by the extract stage. */
export interface ExtractedFields {
  trackingId?: string;
  /** The writeback operation word after the tracking id, e.g. `PasswordResetRequestStart`. */
  operation?: string;
  user?: UserRef;
  /** Admin who acted for the user (`AdminUpn:` of admin resets). */
  adminUpn?: string;
  /** Error codes, normalized: `0x` + upper-case hex (`0x80230619`, `0x6BA`). */
  errorCodes: readonly string[];
  /** `MMS(nnnn)` numbers of the sync engine's trace lines. */
  mmsCodes: readonly number[];
  /** The .NET exception type, e.g. `Microsoft.…PasswordResetException`. */
  exceptionType?: string;
}

/** A record as ingest reads it, before the extract stage adds its fields. */
export interface IngestedRecord {
  /** Provider name as written (`PasswordResetService`, `ADSync`…). */
  source: string;
  eventId: number;
  level: Level;
  /** The instant the event was created, UTC. */
  time: Date;
  recordId?: number;
  computer?: string;
  /** The message as a person reads it; line ends normalized to `\n`. */
  message: string;
  /** Named `<Data Name="…">` fields (empty for classic providers). */
  data: Record<string, string>;
  origin: Origin;
  /** The whole event as XML, when the reader holds it (.evtx) and was asked for it. */
  xml?: string;
  /**
   * The same as UTF-8 bytes, in place of `xml`, when the reader wrote it so (.evtx template
   * records): `events --format xml` writes them as they are, sparing a decode to a string and an
   * encode back (a tenth of a dump's time). Read it as text with `recordToXml`.
   */
  xmlBytes?: Uint8Array;
}

/** A record with the facts of its message extracted: what correlation and rules work on. */
export interface EventRecord extends IngestedRecord, ExtractedFields {}

/** Maps the numeric level of `<System><Level>`; 0 (LogAlways) is how classic events say "information". */
export function levelFromNumber(value: number): Level | undefined {
  switch (value) {
    case 0:
    case 4:
      return 'information';
    case 1:
      return 'critical';
    case 2:
      return 'error';
    case 3:
      return 'warning';
    case 5:
      return 'verbose';
    default:
      return undefined;
  }
}
