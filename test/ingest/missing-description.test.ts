import { describe, expect, it } from 'vitest';
import { recoverMissingDescription } from '../../src/ingest/missing-description.js';

const STRING = 'TrackingId: 0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d, PasswordResetRequestStart, Details: kim.lee@fabrikam.com';

describe('"The description for Event ID … cannot be found"', () => {
  it('gives the insertion strings Event Viewer lists after its English preamble, without the closing sentence', () => {
    const text = [
      'The description for Event ID 31001 from source PasswordResetService cannot be found. Either the component that raises this event is not installed on your local computer or the installation is corrupted. You can install or repair the component on the local computer.',
      '',
      'If the event originated on another computer, the display information had to be saved with the event.',
      '',
      'The following information was included with the event: ',
      '',
      STRING,
      '',
      'The message resource is present but the message was not found in the message table',
    ].join('\n');
    expect(recoverMissingDescription(text, 31001, 'PasswordResetService')).toBe(STRING);
  });

  it('reads the Japanese and German preambles, several strings one per line', () => {
    const ja = `ソース "ADSync" からのイベント ID 6329 の説明が見つかりません。…\n\nイベントが別のコンピューターから発生している場合、…\n\nイベントには次の情報が含まれています: \n\nfirst\nsecond\n`;
    expect(recoverMissingDescription(ja, 6329, 'ADSync')).toBe('first\nsecond');
    const de = 'Die Beschreibung für Ereignis-ID "656" aus der Quelle "Directory Synchronization" wurde nicht gefunden. …\n\nFalls …\n\nDie folgenden Informationen wurden mit dem Ereignis gespeichert: \n\nPassword Change Request - Anchor : x';
    expect(recoverMissingDescription(de, 656, 'Directory Synchronization')).toBe('Password Change Request - Anchor : x');
  });

  it('finds the strings after the third paragraph in a language it has no words for', () => {
    const text = 'Popis ID události 31001 ze zdroje PasswordResetService nebyl nalezen.\n\nPokud …\n\nU události byly uloženy tyto informace:\n\n' + STRING;
    expect(recoverMissingDescription(text, 31001, 'PasswordResetService')).toBe(STRING);
  });

  it('reads .NET\'s one-line form (Get-EventLog), with its quoted strings', () => {
    const text = `The description for Event ID '31001' in Source 'PasswordResetService' cannot be found.  The local computer may not have the necessary registry information or message DLL files to display the message, or you may not have permission to access them.  The following information is part of the event:'${STRING}', 'second'`;
    expect(recoverMissingDescription(text, 31001, 'PasswordResetService')).toBe(`${STRING}\nsecond`);
  });

  it('leaves every ordinary message as it is, even one that names an event id', () => {
    expect(recoverMissingDescription(STRING, 31001, 'PasswordResetService')).toBe(STRING);
    const adsync = 'An unexpected error has occurred during a password set operation.\n"BAIL: MMS(6329): …';
    expect(recoverMissingDescription(adsync, 6329, 'ADSync')).toBe(adsync);
  });
});
