// Report: what every renderer takes and gives, so the CLI writes any format the same way.

import type { Lang } from '../i18n/lang.js';
import type { Report } from './model.js';

export interface RenderOptions {
  /** Language of every word the report says; text from the log stays as it was. */
  lang: Lang;
  /** IANA zone the times are shown in (machine formats keep ISO 8601 UTC). */
  zone: string;
  /** ANSI colours: only for text on a terminal. */
  color: boolean;
  /** Terminal columns the text fits in. */
  width: number;
}

export interface RenderedFile {
  /** What the file holds where a format writes several (`findings`, `chains`, `events` of csv); absent for a format's one file. */
  part?: string;
  /** File name extension without the dot. */
  extension: string;
  content: string;
}

export type Renderer = (report: Report, options: RenderOptions) => RenderedFile[];
