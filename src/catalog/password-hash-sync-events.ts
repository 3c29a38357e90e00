// Catalog knowledge of password hash sync events (Directory Synchronization): background beside writeback.

import type { CatalogEvent } from './types.js';

/**
 * Password hash sync moves passwords the other way, from Active Directory to the cloud. Its events
 * share the log and the connector account with writeback, so a report shows them as context only.
 * The names are ours, taken from the message each event opens with.
 */
export const passwordHashSyncEvents: readonly CatalogEvent[] = [
  {
    source: 'Directory Synchronization',
    eventId: 611,
    name: 'PasswordHashSyncFailed',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync failed for a domain',
        meaning:
          'Password hash sync (on premises to cloud) failed for a domain; the details usually name a replication (RPC) error against a domain controller. It runs opposite to writeback and is shown as context.',
      },
      ja: {
        title: 'ドメインのパスワード ハッシュ同期の失敗',
        meaning:
          'あるドメインのパスワード ハッシュ同期（オンプレミスからクラウド方向）が失敗しました。詳細には通常、ドメイン コントローラーに対するレプリケーション（RPC）のエラーが示されます。ライトバックとは逆方向の処理のため、参考情報として表示します。',
      },
      'zh-TW': {
        title: '網域的密碼雜湊同步失敗',
        meaning:
          '某個網域的密碼雜湊同步（從內部部署到雲端）失敗，詳細資料通常會指出對網域控制站的複寫（RPC）錯誤。此處理與回寫方向相反，僅作為參考資訊顯示。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 650,
    name: 'CredentialBatchStart',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync batch started',
        meaning: 'Password hash sync began retrieving changed passwords from Active Directory.',
      },
      ja: {
        title: 'パスワード ハッシュ同期バッチの開始',
        meaning: 'パスワード ハッシュ同期が、Active Directory から変更されたパスワードの取得を開始しました。',
      },
      'zh-TW': {
        title: '密碼雜湊同步批次開始',
        meaning: '密碼雜湊同步開始從 Active Directory 擷取已變更的密碼。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 651,
    name: 'CredentialBatchEnd',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync batch finished',
        meaning: 'Password hash sync finished retrieving a batch of changed passwords; the event gives the count.',
      },
      ja: {
        title: 'パスワード ハッシュ同期バッチの終了',
        meaning: 'パスワード ハッシュ同期が、変更されたパスワードのバッチを取得し終えました。件数がイベントに記録されます。',
      },
      'zh-TW': {
        title: '密碼雜湊同步批次結束',
        meaning: '密碼雜湊同步已擷取完一批已變更的密碼，事件中會記錄數量。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 652,
    name: 'CredentialBatchFailed',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync batch failed',
        meaning:
          'A batch of password hashes could not be synchronized; the error text says why, for example that password sync is not activated for the tenant.',
      },
      ja: {
        title: 'パスワード ハッシュ同期バッチの失敗',
        meaning:
          'パスワード ハッシュのバッチを同期できませんでした。理由はエラー テキストに示されます（テナントでパスワード同期が有効になっていない、など）。',
      },
      'zh-TW': {
        title: '密碼雜湊同步批次失敗',
        meaning: '無法同步一批密碼雜湊，原因見於錯誤文字（例如租用戶未啟用密碼同步）。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 653,
    name: 'CredentialPingStart',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync ping started',
        meaning:
          'With no changed passwords to send, password hash sync began telling the cloud so; this happens about every 30 minutes.',
      },
      ja: {
        title: 'パスワード ハッシュ同期の ping 開始',
        meaning:
          '送信する変更済みパスワードがないため、パスワード ハッシュ同期がその旨のクラウドへの通知を開始しました。約 30 分ごとに発生します。',
      },
      'zh-TW': {
        title: '密碼雜湊同步 Ping 開始',
        meaning: '由於沒有需要傳送的已變更密碼，密碼雜湊同步開始通知雲端；約每 30 分鐘發生一次。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 654,
    name: 'CredentialPingEnd',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync ping finished',
        meaning: 'Password hash sync finished telling the cloud that it had no passwords to send.',
      },
      ja: {
        title: 'パスワード ハッシュ同期の ping 終了',
        meaning: '送信するパスワードがないことのクラウドへの通知が完了しました。',
      },
      'zh-TW': {
        title: '密碼雜湊同步 Ping 結束',
        meaning: '已完成通知雲端目前沒有需要傳送的密碼。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 655,
    name: 'CredentialPingFailed',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync ping failed',
        meaning:
          'Password hash sync could not tell the cloud that it had nothing to send; the error text says why.',
      },
      ja: {
        title: 'パスワード ハッシュ同期の ping 失敗',
        meaning: '送信するパスワードがないことをクラウドに通知できませんでした。理由はエラー テキストに示されます。',
      },
      'zh-TW': {
        title: '密碼雜湊同步 Ping 失敗',
        meaning: '無法通知雲端目前沒有需要傳送的密碼，原因見於錯誤文字。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 656,
    name: 'PasswordChangeRequest',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync picked up password changes',
        meaning:
          'Password hash sync detected on-premises password changes and is sending them to the cloud; the event lists each user by anchor and DN, up to 50 per batch.',
      },
      ja: {
        title: 'パスワード ハッシュ同期によるパスワード変更の検出',
        meaning:
          'パスワード ハッシュ同期がオンプレミスでのパスワード変更を検出し、クラウドへ送信しています。イベントには各ユーザーのアンカーと DN が記録されます（1 バッチ最大 50 件）。',
      },
      'zh-TW': {
        title: '密碼雜湊同步偵測到密碼變更',
        meaning:
          '密碼雜湊同步偵測到內部部署的密碼變更並正在傳送到雲端，事件會以錨點與 DN 列出每位使用者（每批最多 50 位）。',
      },
    },
  },
  {
    source: 'Directory Synchronization',
    eventId: 657,
    name: 'PasswordChangeResult',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'context',
    text: {
      en: {
        title: 'Password hash sync result per user',
        meaning:
          "The result, Success or Failed, of sending a user's changed password hash to the cloud; it is logged as information even when it failed.",
      },
      ja: {
        title: 'ユーザーごとのパスワード ハッシュ同期の結果',
        meaning:
          'ユーザーの変更済みパスワード ハッシュをクラウドに送信した結果（Success または Failed）です。失敗した場合でも情報レベルで記録されます。',
      },
      'zh-TW': {
        title: '每位使用者的密碼雜湊同步結果',
        meaning: '將使用者已變更的密碼雜湊傳送到雲端的結果（Success 或 Failed）；即使失敗也會以資訊等級記錄。',
      },
    },
  },
];
