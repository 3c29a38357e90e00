// Catalog knowledge of generic Windows and COM codes as they appear in writeback failures.

import type { CatalogCode } from './types.js';

/**
 * Generic codes mean different things in different places; each meaning here is what the code
 * says in a writeback or ADSync event, which is the only place the tool meets it.
 */
export const windowsCodes: readonly CatalogCode[] = [
  {
    code: '0x800700CE',
    symbol: 'ERROR_FILENAME_EXCED_RANGE',
    win32: 206,
    logText: 'The filename or extension is too long.',
    relevance: 'cause',
    text: {
      en: {
        title: 'Connector account password too long',
        meaning:
          "Despite its wording, this means the AD DS connector account's password is too long for the sync engine: over 256 characters per current docs, over 127 per those of 2017. Set a shorter password on the account and in the connector's credentials.",
      },
      ja: {
        title: 'コネクタ アカウントのパスワードが長すぎる',
        meaning:
          '文面とは異なり、AD DS コネクタ アカウントのパスワードが同期エンジンにとって長すぎることを示します（現在のドキュメントでは 256 文字超、2017 年版では 127 文字超）。アカウントとコネクタの資格情報に、より短いパスワードを設定してください。',
      },
      'zh-TW': {
        title: '連接器帳戶密碼過長',
        meaning:
          '儘管訊息文字如此，實際表示 AD DS 連接器帳戶的密碼對同步處理引擎而言過長（目前文件為超過 256 個字元，2017 年版為超過 127 個字元）。請為該帳戶及連接器認證設定較短的密碼。',
      },
    },
  },
  {
    code: '0x6BA',
    symbol: 'RPC_S_SERVER_UNAVAILABLE',
    win32: 1722,
    logText: 'The RPC server is unavailable.',
    relevance: 'cause',
    text: {
      en: {
        title: 'RPC server unavailable (1722)',
        meaning:
          'The server could not make an RPC call to a domain controller: TCP 135 or the dynamic RPC ports are blocked, or the DC is down. ADSync 6329 shows it as "Failed to acquire user information: 0x6ba".',
      },
      ja: {
        title: 'RPC サーバーを利用できない（1722）',
        meaning:
          'ドメイン コントローラーへの RPC 呼び出しができませんでした。TCP 135 や動的 RPC ポートがブロックされているか、DC が停止しています。ADSync 6329 では「Failed to acquire user information: 0x6ba」として記録されます。',
      },
      'zh-TW': {
        title: 'RPC 伺服器無法使用（1722）',
        meaning:
          '無法對網域控制站進行 RPC 呼叫：TCP 135 或動態 RPC 連接埠遭到封鎖，或網域控制站已停止運作。在 ADSync 6329 中會顯示為「Failed to acquire user information: 0x6ba」。',
      },
    },
  },
  {
    code: '0x5',
    symbol: 'ERROR_ACCESS_DENIED',
    win32: 5,
    logText: 'Access is denied.',
    relevance: 'cause',
    text: {
      en: {
        title: 'Access denied',
        meaning:
          'A Windows call was refused. On a 6329 "Failed to acquire user information" line it usually means the "Network access: Restrict clients allowed to make remote calls to SAM" policy blocks the connector account.',
      },
      ja: {
        title: 'アクセス拒否',
        meaning:
          'Windows の呼び出しが拒否されました。6329 の「Failed to acquire user information」行に現れる場合、通常は [ネットワーク アクセス: SAM へのリモート呼び出しを許可されたクライアントを制限する] ポリシーがコネクタ アカウントをブロックしています。',
      },
      'zh-TW': {
        title: '存取遭拒',
        meaning:
          'Windows 呼叫遭到拒絕。若出現在 6329 的「Failed to acquire user information」行中，通常表示「網路存取: 限制允許對 SAM 進行遠端呼叫的用戶端」原則封鎖了連接器帳戶。',
      },
    },
  },
  {
    code: '0x80004005',
    symbol: 'E_FAIL',
    logText: 'Unspecified error',
    relevance: 'noise',
    text: {
      en: {
        title: 'Unspecified error',
        meaning:
          'A generic code the sync engine repeats at the end of most failed password sets; it never names the cause. Look at the more specific code logged before it.',
      },
      ja: {
        title: '詳細不明なエラー',
        meaning:
          'パスワード設定に失敗した際、同期エンジンがほとんどの場合に最後に繰り返す汎用のコードで、原因は示しません。その前に記録された、より具体的なコードを確認してください。',
      },
      'zh-TW': {
        title: '未指定的錯誤',
        meaning: '同步處理引擎在大多數密碼設定失敗的最後都會重複此一般錯誤碼，它不會指出原因。請查看在它之前記錄的更具體錯誤碼。',
      },
    },
  },
  {
    code: '0x800700B7',
    symbol: 'ERROR_ALREADY_EXISTS',
    win32: 183,
    logText: 'Cannot create a file when that file already exists.',
    relevance: 'noise',
    text: {
      en: {
        title: 'Already exists',
        meaning:
          'Often seen on the dnutils.cpp line of ADSync password-set traces and not the cause of a writeback failure; the admaexport.cpp line holds the cause.',
      },
      ja: {
        title: '既に存在します',
        meaning:
          'ADSync のパスワード設定トレースの dnutils.cpp 行によく現れるコードで、ライトバック失敗の原因ではありません。原因は admaexport.cpp の行に示されます。',
      },
      'zh-TW': {
        title: '已經存在',
        meaning: '經常出現在 ADSync 密碼設定追蹤的 dnutils.cpp 行中，並非回寫失敗的原因；原因位於 admaexport.cpp 那一行。',
      },
    },
  },
  {
    code: '0x2',
    symbol: 'ERROR_FILE_NOT_FOUND',
    win32: 2,
    logText: 'The system cannot find the file specified.',
    relevance: 'noise',
    text: {
      en: {
        title: 'Not found',
        meaning:
          'In ADSync traces it comes from the MAUtils.h "Failed getting registry value" lines, which appear in every such event and do not explain the failure.',
      },
      ja: {
        title: '見つからない',
        meaning:
          'ADSync のトレースでは、MAUtils.h の「Failed getting registry value」行に現れます。この行は該当するすべてのイベントに含まれ、失敗の原因を示すものではありません。',
      },
      'zh-TW': {
        title: '找不到',
        meaning: '在 ADSync 追蹤中來自 MAUtils.h 的「Failed getting registry value」行；這些行出現在每個此類事件中，並非失敗的原因。',
      },
    },
  },
];
