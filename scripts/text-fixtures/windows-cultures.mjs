// What each Windows display language makes of an event in its exports: level and task words,
// date formats, Event Viewer's labels and its "description cannot be found" text, the zone such
// a server usually runs in. Used by make-text-fixtures.mjs to write exports as that Windows would.

/** Wall-clock fields of an instant in an IANA zone, from the runtime's own zone data. */
export function wallClock(ms, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second'), ms: ms % 1000 };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/**
 * Formats a wall clock with a Windows/.NET pattern: yyyy, MM, M, dd, d, HH, H, hh, h, mm, ss,
 * fff, tt (the culture's AM/PM designator).
 */
export function formatWall(w, pattern, designators = ['AM', 'PM']) {
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const tokens = {
    yyyy: pad(w.year, 4), MM: pad(w.month), M: String(w.month), dd: pad(w.day), d: String(w.day),
    HH: pad(w.hour), H: String(w.hour), hh: pad(h12), h: String(h12), mm: pad(w.minute), ss: pad(w.second),
    fff: pad(w.ms, 3), tt: designators[w.hour < 12 ? 0 : 1],
  };
  return pattern.replace(/yyyy|MM|M|dd|d|HH|H|hh|h|mm|ss|fff|tt/g, (token) => tokens[token]);
}

const EN_NOT_FOUND = (id, source) => [
  `The description for Event ID ${id} from source ${source} cannot be found. Either the component that raises this event is not installed on your local computer or the installation is corrupted. You can install or repair the component on the local computer.`,
  'If the event originated on another computer, the display information had to be saved with the event.',
  'The following information was included with the event: ',
];

/**
 * `eventViewer`: Event Viewer's date and time (Win32 short date + long time of the region);
 * `dotnet`: DateTime.ToString() of the culture (PowerShell's Export-Csv and Format-List).
 * `levels` by the numeric level (0 is LogAlways, which classic events show as information).
 */
export const CULTURES = {
  'en-US': {
    zone: 'America/New_York', listSeparator: ',', designators: ['AM', 'PM'], wordWrap: true,
    eventViewer: 'M/d/yyyy h:mm:ss tt', dotnet: 'M/d/yyyy h:mm:ss tt',
    csvHeader: ['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category'],
    levels: { 0: 'Information', 1: 'Critical', 2: 'Error', 3: 'Warning', 4: 'Information', 5: 'Verbose' },
    none: 'None', classic: 'Classic', info: 'Info', na: 'N/A',
    labels: ['Log Name', 'Source', 'Date', 'Event ID', 'Task Category', 'Level', 'Keywords', 'User', 'Computer', 'Description', 'Event Xml'],
    notFound: EN_NOT_FOUND,
  },
  'en-GB': {
    zone: 'Europe/London', listSeparator: ',', designators: ['am', 'pm'], wordWrap: true,
    eventViewer: 'dd/MM/yyyy HH:mm:ss', dotnet: 'dd/MM/yyyy HH:mm:ss',
    csvHeader: ['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category'],
    levels: { 0: 'Information', 1: 'Critical', 2: 'Error', 3: 'Warning', 4: 'Information', 5: 'Verbose' },
    none: 'None', classic: 'Classic', info: 'Info', na: 'N/A',
    labels: ['Log Name', 'Source', 'Date', 'Event ID', 'Task Category', 'Level', 'Keywords', 'User', 'Computer', 'Description', 'Event Xml'],
    notFound: EN_NOT_FOUND,
  },
  'ja-JP': {
    zone: 'Asia/Tokyo', listSeparator: ',', designators: ['午前', '午後'], wordWrap: false,
    eventViewer: 'yyyy/M/d H:mm:ss', dotnet: 'yyyy/MM/dd H:mm:ss',
    csvHeader: ['レベル', '日付と時刻', 'ソース', 'イベント ID', 'タスクのカテゴリ'],
    levels: { 0: '情報', 1: '重大', 2: 'エラー', 3: '警告', 4: '情報', 5: '詳細' },
    none: 'なし', classic: 'クラシック', info: '情報', na: 'N/A',
    labels: ['ログの名前', 'ソース', '日付', 'イベント ID', 'タスクのカテゴリ', 'レベル', 'キーワード', 'ユーザー', 'コンピューター', '説明', 'イベント XML'],
    notFound: (id, source) => [
      `ソース "${source}" からのイベント ID ${id} の説明が見つかりません。このイベントを発生させるコンポーネントがローカル コンピューターにインストールされていないか、インストールが壊れています。ローカル コンピューターにコンポーネントをインストールするか、コンポーネントを修復してください。`,
      'イベントが別のコンピューターから発生している場合、イベントと共に表示情報を保存する必要があります。',
      'イベントには次の情報が含まれています: ',
    ],
  },
  'zh-TW': {
    zone: 'Asia/Taipei', listSeparator: ',', designators: ['上午', '下午'], wordWrap: false,
    eventViewer: 'yyyy/M/d tt hh:mm:ss', dotnet: 'yyyy/M/d tt hh:mm:ss',
    csvHeader: ['等級', '日期和時間', '來源', '事件識別碼', '工作類別'],
    levels: { 0: '資訊', 1: '重大', 2: '錯誤', 3: '警告', 4: '資訊', 5: '詳細資料' },
    none: '無', classic: '傳統', info: '資訊', na: 'N/A',
    labels: ['記錄檔名稱', '來源', '日期', '事件識別碼', '工作類別', '等級', '關鍵字', '使用者', '電腦', '描述', '事件 XML'],
  },
  'zh-CN': {
    zone: 'Asia/Shanghai', listSeparator: ',', designators: ['上午', '下午'], wordWrap: false,
    eventViewer: 'yyyy/M/d H:mm:ss', dotnet: 'yyyy/M/d H:mm:ss',
    csvHeader: ['级别', '日期和时间', '来源', '事件 ID', '任务类别'],
    levels: { 0: '信息', 1: '关键', 2: '错误', 3: '警告', 4: '信息', 5: '详细' },
    none: '无', classic: '经典', info: '信息', na: 'N/A',
    labels: ['日志名称', '来源', '日期', '事件 ID', '任务类别', '级别', '关键字', '用户', '计算机', '描述', '事件 Xml'],
  },
  'ko-KR': {
    zone: 'Asia/Seoul', listSeparator: ',', designators: ['오전', '오후'], wordWrap: false,
    eventViewer: 'yyyy-MM-dd tt h:mm:ss', dotnet: 'yyyy-MM-dd tt h:mm:ss',
    csvHeader: ['수준', '날짜 및 시간', '원본', '이벤트 ID', '작업 범주'],
    levels: { 0: '정보', 1: '위험', 2: '오류', 3: '경고', 4: '정보', 5: '자세한 정보' },
    none: '없음', classic: '클래식', info: '정보', na: 'N/A',
    labels: ['로그 이름', '원본', '날짜', '이벤트 ID', '작업 범주', '수준', '키워드', '사용자', '컴퓨터', '설명', '이벤트 Xml'],
  },
  'de-DE': {
    zone: 'Europe/Berlin', listSeparator: ';', designators: ['', ''], wordWrap: true,
    eventViewer: 'dd.MM.yyyy HH:mm:ss', dotnet: 'dd.MM.yyyy HH:mm:ss',
    csvHeader: ['Ebene', 'Datum und Uhrzeit', 'Quelle', 'Ereignis-ID', 'Aufgabenkategorie'],
    levels: { 0: 'Informationen', 1: 'Kritisch', 2: 'Fehler', 3: 'Warnung', 4: 'Informationen', 5: 'Ausführlich' },
    none: 'Keine', classic: 'Klassisch', info: 'Info', na: 'N/Z',
    labels: ['Protokollname', 'Quelle', 'Datum', 'Ereignis-ID', 'Aufgabenkategorie', 'Ebene', 'Schlüsselwörter', 'Benutzer', 'Computer', 'Beschreibung', 'Ereignis-XML'],
    notFound: (id, source) => [
      `Die Beschreibung für Ereignis-ID "${id}" aus der Quelle "${source}" wurde nicht gefunden. Entweder ist die Komponente, die dieses Ereignis auslöst, nicht auf dem lokalen Computer installiert, oder die Installation ist beschädigt. Sie können die Komponente auf dem lokalen Computer installieren oder reparieren.`,
      'Falls das Ereignis auf einem anderen Computer aufgetreten ist, mussten die Anzeigeinformationen mit dem Ereignis gespeichert werden.',
      'Die folgenden Informationen wurden mit dem Ereignis gespeichert: ',
    ],
  },
  'fr-FR': {
    zone: 'Europe/Paris', listSeparator: ';', designators: ['', ''], wordWrap: true,
    eventViewer: 'dd/MM/yyyy HH:mm:ss', dotnet: 'dd/MM/yyyy HH:mm:ss',
    csvHeader: ['Niveau', 'Date et heure', 'Source', 'ID de l’événement', 'Catégorie de la tâche'],
    levels: { 0: 'Information', 1: 'Critique', 2: 'Erreur', 3: 'Avertissement', 4: 'Information', 5: 'Commentaires' },
    none: 'Aucun', classic: 'Classique', info: 'Info', na: 'N/A',
    labels: ['Nom du journal ', 'Source ', 'Date ', 'ID de l’événement ', 'Catégorie de la tâche ', 'Niveau ', 'Mots-clés ', 'Utilisateur ', 'Ordinateur ', 'Description ', 'XML de l’événement '],
  },
  'es-ES': {
    zone: 'Europe/Madrid', listSeparator: ';', designators: ['', ''], wordWrap: true,
    eventViewer: 'dd/MM/yyyy H:mm:ss', dotnet: 'dd/MM/yyyy H:mm:ss',
    csvHeader: ['Nivel', 'Fecha y hora', 'Origen', 'Id. del evento', 'Categoría de la tarea'],
    levels: { 0: 'Información', 1: 'Crítico', 2: 'Error', 3: 'Advertencia', 4: 'Información', 5: 'Detallado' },
    none: 'Ninguno', classic: 'Clásico', info: 'Info', na: 'N/D',
    labels: ['Nombre de registro', 'Origen', 'Fecha', 'Id. del evento', 'Categoría de la tarea', 'Nivel', 'Palabras clave', 'Usuario', 'Equipo', 'Descripción', 'Xml del evento'],
  },
};

/** The eight languages every shape is written in (en-GB only where the day/month rules need it). */
export const LANGUAGES = ['en-US', 'ja-JP', 'zh-TW', 'zh-CN', 'ko-KR', 'de-DE', 'fr-FR', 'es-ES'];

/** Event Viewer's local date and time of an instant, in the culture and its usual zone. */
export function eventViewerTime(ms, culture, zone = CULTURES[culture].zone) {
  const c = CULTURES[culture];
  return formatWall(wallClock(ms, zone), c.eventViewer, c.designators);
}

/** DateTime.ToString() of the instant's local time: what PowerShell writes. */
export function dotnetTime(ms, culture, zone = CULTURES[culture].zone) {
  const c = CULTURES[culture];
  return formatWall(wallClock(ms, zone), c.dotnet, c.designators);
}
