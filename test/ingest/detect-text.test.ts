import { describe, expect, it } from 'vitest';
import { detectTextExport } from '../../src/ingest/detect-text.js';

function detected(head: string) {
  const result = detectTextExport(head);
  if (result === undefined || !('format' in result)) throw new Error(`not detected: ${JSON.stringify(result)}`);
  return { format: result.format, locale: result.locale };
}

describe('telling CSV and text exports apart by their first lines', () => {
  it('leaves XML to the XML reader', () => {
    expect(detectTextExport('<?xml version="1.0"?>\r\n<Events><Event xmlns=\'…\'>')).toBeUndefined();
  });

  it('knows Event Viewer CSV by its localized header, and en-US from other English by AM/PM', () => {
    expect(detected('レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ\r\n情報,2024/3/5 9:07:11,PasswordResetService,31001,なし,"x"\r\n')).toEqual({ format: 'csv-eventviewer', locale: 'ja-JP' });
    expect(detected('Level,Date and Time,Source,Event ID,Task Category\r\nInformation,3/5/2024 9:07:11 AM,A,1,None,x\r\n')).toEqual({ format: 'csv-eventviewer', locale: 'en-US' });
    expect(detected('Level,Date and Time,Source,Event ID,Task Category\r\nInformation,05/03/2024 09:07:11,A,1,None,x\r\n')).toEqual({ format: 'csv-eventviewer', locale: 'en' });
    expect(detected('Level\tDate and Time\tSource\tEvent ID\tTask Category\r\nInformation\t3/5/2024 9:07:11 AM\tA\t1\tNone\tx\r\n').format).toBe('csv-eventviewer');
  });

  it('knows PowerShell CSV by its column names, with or without #TYPE, with , or ;', () => {
    expect(detected('#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n"Message","Id","Level","RecordId","ProviderName","MachineName","TimeCreated","LevelDisplayName"\r\n"m","1","4","2","A","B","05.03.2024 01:07:11","Informationen"\r\n'))
      .toEqual({ format: 'csv-get-winevent', locale: 'de-DE' });
    expect(detected('"EventID";"MachineName";"Index";"EntryType";"Message";"Source";"InstanceId";"TimeGenerated"\r\n').format).toBe('csv-get-eventlog');
  });

  it('knows the text shapes by their first line, and their language by their labels or level names', () => {
    expect(detected('Protokollname: Application\r\nQuelle:        PasswordResetService\r\nDatum:         05.03.2024 01:07:11\r\n')).toEqual({ format: 'text-eventviewer', locale: 'de-DE' });
    expect(detected('Event[0]:\r\n  Log Name: Application\r\n  Level: 信息\r\n')).toEqual({ format: 'text-wevtutil', locale: 'zh-CN' });
    expect(detected('\r\n\r\nTimeCreated  : 2024/3/5 上午 08:07:11\r\nProviderName : A\r\nId           : 1\r\nMessage      : x\r\n')).toEqual({ format: 'text-format-list', locale: 'zh-TW' });
    expect(detected('Avertissement\t05/03/2024\t01:07:11\tPasswordResetService\t31034\tAucun\tx\r\nErreur\t05/03/2024\t01:06:11\tA\t1\tAucun\ty\r\n')).toEqual({ format: 'text-eventviewer-tab', locale: 'fr-FR' });
  });
});
