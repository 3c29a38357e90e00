// Catalog knowledge of the sync engine's (ADSync) events that bear on password writeback.

import type { CatalogEvent } from './types.js';

/**
 * Microsoft's table names these by their message, not by a symbol, so the names are ours.
 * ADSync events carry no tracking ID or user: they join an operation by time only.
 */
export const adsyncEvents: readonly CatalogEvent[] = [
  {
    source: 'ADSync',
    eventId: 6329,
    name: 'PasswordSetFailed',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'sync-engine',
    text: {
      en: {
        title: 'Sync engine failed to set a password',
        meaning:
          'An unexpected error occurred while the sync engine set a password in Active Directory. The quoted trace lines naming admaexport.cpp or ma.cpp hold the cause (for example 0x80230619, 0x8023061F, ERROR_ACCESS_DENIED or a missing LDAP password policy control); the MAUtils.h registry lines are noise.',
      },
      ja: {
        title: '同期エンジンによるパスワード設定の失敗',
        meaning:
          '同期エンジンが Active Directory にパスワードを設定する際に、想定外のエラーが発生しました。原因は admaexport.cpp や ma.cpp を含む引用行（0x80230619、0x8023061F、ERROR_ACCESS_DENIED、LDAP パスワード ポリシー コントロールの欠如など）に示され、MAUtils.h のレジストリ行は無視してかまいません。',
      },
      'zh-TW': {
        title: '同步處理引擎設定密碼失敗',
        meaning:
          '同步處理引擎在 Active Directory 中設定密碼時發生未預期的錯誤。原因位於含有 admaexport.cpp 或 ma.cpp 的引用行（例如 0x80230619、0x8023061F、ERROR_ACCESS_DENIED 或缺少 LDAP 密碼原則控制項）；MAUtils.h 的登錄行可以忽略。',
      },
    },
  },
  {
    source: 'ADSync',
    eventId: 6800,
    name: 'WritebackEndpointStartFailed',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Password writeback endpoint did not start',
        meaning:
          'When the ADSync service started, the WCF endpoint of password writeback failed to start; sync runs on, writeback does not. The event details and the PasswordResetService events around it say why; if restarting ADSync does not help, disable and re-enable writeback.',
      },
      ja: {
        title: 'パスワード ライトバック エンドポイントの起動失敗',
        meaning:
          'ADSync サービスの開始時に、パスワード ライトバックの WCF エンドポイントを起動できませんでした。同期は動作を続けますが、ライトバックは機能しません。理由はこのイベントの詳細と前後の PasswordResetService イベントに示されます。ADSync を再起動しても解決しない場合は、ライトバックを無効にしてから再度有効にしてください。',
      },
      'zh-TW': {
        title: '密碼回寫端點未啟動',
        meaning:
          'ADSync 服務啟動時，密碼回寫的 WCF 端點無法啟動；同步處理會繼續執行，但回寫無法運作。原因請查看此事件的詳細資料與前後的 PasswordResetService 事件；若重新啟動 ADSync 仍無法解決，請停用後再重新啟用回寫。',
      },
    },
  },
  {
    source: 'ADSync',
    eventId: 6306,
    name: 'SyncEngineUnexpectedError',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'sync-engine',
    text: {
      en: {
        title: 'Sync engine reported an unexpected error',
        meaning:
          'The sync engine hit an unexpected error of its own, for instance while calling a connector extension or handling a password operation; the quoted trace lines say what failed. It is not specific to writeback, so weigh it only next to writeback events logged at the same time.',
      },
      ja: {
        title: '同期エンジンの想定外のエラー',
        meaning:
          '同期エンジン自身で想定外のエラーが発生しました。コネクタ拡張機能の呼び出し中やパスワード操作の処理中などに記録され、失敗の内容は引用されたトレース行に示されます。ライトバック固有のイベントではないため、同時刻のライトバック イベントと合わせて判断してください。',
      },
      'zh-TW': {
        title: '同步處理引擎回報未預期的錯誤',
        meaning:
          '同步處理引擎本身發生未預期的錯誤，例如呼叫連接器延伸模組或處理密碼作業時，失敗內容見於引用的追蹤行。此事件並非回寫專屬，應與同一時間的回寫事件一併判斷。',
      },
    },
  },
];
