// Ingest: the words and date conventions of each Windows display language, as its exports write them.

import type { Level } from '../record.js';
import type { DateOrder } from './types.js';

export type LocaleId = 'en-US' | 'en' | 'ja-JP' | 'zh-TW' | 'zh-CN' | 'ko-KR' | 'de-DE' | 'fr-FR' | 'es-ES';

/** Labels of Event Viewer's details text ("Copy details as text", the General tab). */
export interface DetailLabels {
  logName: string;
  source: string;
  date: string;
  eventId: string;
  taskCategory: string;
  level: string;
  keywords: string;
  user: string;
  computer: string;
  description: string;
  eventXml: string;
}

export interface WindowsLocale {
  id: LocaleId;
  /** How users are told which language was detected. */
  name: string;
  /** Order of the numeric short date; undefined where the language is used with both orders. */
  dateOrder: DateOrder | undefined;
  /** The zone a Windows in this language is almost always set to; assumed when --tz is not given. */
  usualZone: string | undefined;
  /** Event Viewer CSV: Level, Date and Time, Source, Event ID, Task Category (the message column has no name). */
  csvHeader: readonly [string, string, string, string, string];
  /** Level names of Event Viewer, `LevelDisplayName` and `wevtutil /f:text`. */
  levels: Readonly<Record<Level, readonly string[]>>;
  details: DetailLabels;
  /**
   * The line after which Event Viewer lists an event's insertion strings when it lacks the
   * provider's message file ("The description for Event ID … cannot be found").
   */
  missingDescriptionMarker: string;
  /** Sentences Event Viewer may add after those strings; they are not part of the event. */
  missingDescriptionTails: readonly string[];
}

// en-US, ja-JP, zh-TW and de-DE headers and level names are those of shared export samples;
// the other languages' words are Windows' translations of the same resources.
export const LOCALES: readonly WindowsLocale[] = [
  {
    id: 'en-US',
    name: 'English (United States)',
    dateOrder: 'mdy',
    usualZone: undefined,
    csvHeader: ['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category'],
    levels: { critical: ['Critical'], error: ['Error'], warning: ['Warning'], information: ['Information'], verbose: ['Verbose'] },
    details: {
      logName: 'Log Name', source: 'Source', date: 'Date', eventId: 'Event ID', taskCategory: 'Task Category', level: 'Level',
      keywords: 'Keywords', user: 'User', computer: 'Computer', description: 'Description', eventXml: 'Event Xml',
    },
    missingDescriptionMarker: 'The following information was included with the event:',
    missingDescriptionTails: [
      'The message resource is present but the message was not found in the message table',
      'The message resource is present but the message is not found in the string/message table',
      'The specified resource type cannot be found in the image file',
      'The locale specific resource for the desired message is not present',
    ],
  },
  {
    id: 'ja-JP',
    name: 'Japanese (Japan)',
    dateOrder: 'ymd',
    usualZone: 'Asia/Tokyo',
    csvHeader: ['レベル', '日付と時刻', 'ソース', 'イベント ID', 'タスクのカテゴリ'],
    levels: { critical: ['重大'], error: ['エラー'], warning: ['警告'], information: ['情報'], verbose: ['詳細'] },
    details: {
      logName: 'ログの名前', source: 'ソース', date: '日付', eventId: 'イベント ID', taskCategory: 'タスクのカテゴリ', level: 'レベル',
      keywords: 'キーワード', user: 'ユーザー', computer: 'コンピューター', description: '説明', eventXml: 'イベント XML',
    },
    missingDescriptionMarker: 'イベントには次の情報が含まれています:',
    missingDescriptionTails: ['メッセージ リソースは存在しますが、メッセージが文字列テーブル/メッセージ テーブルに見つかりません'],
  },
  {
    id: 'zh-TW',
    name: 'Chinese (Traditional, Taiwan)',
    dateOrder: 'ymd',
    usualZone: 'Asia/Taipei',
    csvHeader: ['等級', '日期和時間', '來源', '事件識別碼', '工作類別'],
    levels: { critical: ['重大'], error: ['錯誤'], warning: ['警告'], information: ['資訊'], verbose: ['詳細資料'] },
    details: {
      logName: '記錄檔名稱', source: '來源', date: '日期', eventId: '事件識別碼', taskCategory: '工作類別', level: '等級',
      keywords: '關鍵字', user: '使用者', computer: '電腦', description: '描述', eventXml: '事件 XML',
    },
    missingDescriptionMarker: '此事件包含下列資訊:',
    missingDescriptionTails: ['訊息資源存在，但在字串/訊息表格中找不到訊息'],
  },
  {
    id: 'zh-CN',
    name: 'Chinese (Simplified, China)',
    dateOrder: 'ymd',
    usualZone: 'Asia/Shanghai',
    csvHeader: ['级别', '日期和时间', '来源', '事件 ID', '任务类别'],
    levels: { critical: ['关键'], error: ['错误'], warning: ['警告'], information: ['信息'], verbose: ['详细'] },
    details: {
      logName: '日志名称', source: '来源', date: '日期', eventId: '事件 ID', taskCategory: '任务类别', level: '级别',
      keywords: '关键字', user: '用户', computer: '计算机', description: '描述', eventXml: '事件 Xml',
    },
    missingDescriptionMarker: '该事件包含以下信息:',
    missingDescriptionTails: ['消息资源存在，但在字符串/消息表中未找到该消息'],
  },
  {
    id: 'ko-KR',
    name: 'Korean (Korea)',
    dateOrder: 'ymd',
    usualZone: 'Asia/Seoul',
    csvHeader: ['수준', '날짜 및 시간', '원본', '이벤트 ID', '작업 범주'],
    levels: { critical: ['위험'], error: ['오류'], warning: ['경고'], information: ['정보'], verbose: ['자세한 정보'] },
    details: {
      logName: '로그 이름', source: '원본', date: '날짜', eventId: '이벤트 ID', taskCategory: '작업 범주', level: '수준',
      keywords: '키워드', user: '사용자', computer: '컴퓨터', description: '설명', eventXml: '이벤트 Xml',
    },
    missingDescriptionMarker: '이벤트에 다음 정보가 포함되어 있습니다.',
    missingDescriptionTails: ['메시지 리소스가 있지만 문자열/메시지 테이블에서 메시지를 찾을 수 없습니다.'],
  },
  {
    id: 'de-DE',
    name: 'German (Germany)',
    dateOrder: 'dmy',
    usualZone: 'Europe/Berlin',
    csvHeader: ['Ebene', 'Datum und Uhrzeit', 'Quelle', 'Ereignis-ID', 'Aufgabenkategorie'],
    levels: { critical: ['Kritisch'], error: ['Fehler'], warning: ['Warnung'], information: ['Informationen'], verbose: ['Ausführlich'] },
    details: {
      logName: 'Protokollname', source: 'Quelle', date: 'Datum', eventId: 'Ereignis-ID', taskCategory: 'Aufgabenkategorie', level: 'Ebene',
      keywords: 'Schlüsselwörter', user: 'Benutzer', computer: 'Computer', description: 'Beschreibung', eventXml: 'Ereignis-XML',
    },
    missingDescriptionMarker: 'Die folgenden Informationen wurden mit dem Ereignis gespeichert:',
    missingDescriptionTails: ['Die Nachrichtenressource ist vorhanden, die Nachricht wurde jedoch nicht in der Zeichenfolgen-/Nachrichtentabelle gefunden'],
  },
  {
    id: 'fr-FR',
    name: 'French (France)',
    dateOrder: 'dmy',
    usualZone: 'Europe/Paris',
    csvHeader: ['Niveau', 'Date et heure', 'Source', 'ID de l’événement', 'Catégorie de la tâche'],
    levels: { critical: ['Critique'], error: ['Erreur'], warning: ['Avertissement'], information: ['Information'], verbose: ['Commentaires'] },
    details: {
      logName: 'Nom du journal', source: 'Source', date: 'Date', eventId: 'ID de l’événement', taskCategory: 'Catégorie de la tâche', level: 'Niveau',
      keywords: 'Mots-clés', user: 'Utilisateur', computer: 'Ordinateur', description: 'Description', eventXml: 'XML de l’événement',
    },
    missingDescriptionMarker: 'Les informations suivantes ont été incluses avec l’événement :',
    missingDescriptionTails: ['La ressource de message est présente, mais le message est introuvable dans la table de chaînes/messages'],
  },
  {
    id: 'es-ES',
    name: 'Spanish (Spain)',
    dateOrder: 'dmy',
    usualZone: 'Europe/Madrid',
    csvHeader: ['Nivel', 'Fecha y hora', 'Origen', 'Id. del evento', 'Categoría de la tarea'],
    levels: { critical: ['Crítico'], error: ['Error'], warning: ['Advertencia'], information: ['Información'], verbose: ['Detallado'] },
    details: {
      logName: 'Nombre de registro', source: 'Origen', date: 'Fecha', eventId: 'Id. del evento', taskCategory: 'Categoría de la tarea', level: 'Nivel',
      keywords: 'Palabras clave', user: 'Usuario', computer: 'Equipo', description: 'Descripción', eventXml: 'Xml del evento',
    },
    missingDescriptionMarker: 'La siguiente información se incluyó con el evento:',
    missingDescriptionTails: ['El recurso de mensaje está presente, pero no se encontró el mensaje en la tabla de cadenas o mensajes'],
  },
];

const EN_US = LOCALES[0] as WindowsLocale;

/**
 * English names with 24-hour times: en-GB, en-AU, en-IN… share en-US's words but not its
 * month-first dates, so the file has to settle the order.
 */
export const ENGLISH_OTHER: WindowsLocale = { ...EN_US, id: 'en', name: 'English (a region other than the United States)', dateOrder: undefined };

export function localeById(id: LocaleId): WindowsLocale {
  return id === 'en' ? ENGLISH_OTHER : (LOCALES.find((locale) => locale.id === id) ?? EN_US);
}

const APOSTROPHES = /[’‘`´]/g;
const SPACES = /\s+/g;
const TRAILING_COLON = /\s*[:：]$/;

/** Compares words the way they vary between exports: case, apostrophe style, spacing, a trailing colon. */
export function normalizeWord(text: string): string {
  return text.normalize('NFC').trim().replace(TRAILING_COLON, '').replace(APOSTROPHES, "'").replace(SPACES, ' ').toLowerCase();
}

/** Normalized level name → level, per locale; built once. */
const LEVEL_NAMES: ReadonlyMap<LocaleId, ReadonlyMap<string, Level>> = new Map(
  [...LOCALES, ENGLISH_OTHER].map((locale) => [
    locale.id,
    new Map(Object.entries(locale.levels).flatMap(([level, names]) => names.map((name) => [normalizeWord(name), level as Level]))),
  ]),
);

/** Level names as written, already looked up: an export repeats the same few on every row. */
const WRITTEN_LEVELS = new Map<string, Level | undefined>();
const WRITTEN_LEVELS_KEPT = 256;

/** The level a locale's name stands for; undefined for a name the locale does not use. */
export function levelOfName(locale: WindowsLocale, name: string): Level | undefined {
  const key = `${locale.id}\u0000${name}`;
  if (WRITTEN_LEVELS.has(key)) return WRITTEN_LEVELS.get(key);
  const level = LEVEL_NAMES.get(locale.id)?.get(normalizeWord(name));
  // Only garbage could fill the memo; start over rather than let it grow.
  if (WRITTEN_LEVELS.size >= WRITTEN_LEVELS_KEPT) WRITTEN_LEVELS.clear();
  WRITTEN_LEVELS.set(key, level);
  return level;
}

/** The level a name stands for in whichever language uses it (names shared by languages agree). */
export function levelOfAnyName(name: string): Level | undefined {
  const word = normalizeWord(name);
  for (const names of LEVEL_NAMES.values()) {
    const level = names.get(word);
    if (level !== undefined) return level;
  }
  return undefined;
}

/** Locales that use `name` for some level, in table order. */
export function localesOfLevelName(name: string): WindowsLocale[] {
  const word = normalizeWord(name);
  return LOCALES.filter((locale) => LEVEL_NAMES.get(locale.id)?.has(word) === true);
}
