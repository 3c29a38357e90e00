// Catalog knowledge of the writeback service's 33xxx events: what Active Directory said to one request.

import type { CatalogEvent } from './types.js';

/**
 * As named in Microsoft's event table, spellings included. They carry the request's tracking ID,
 * so the reset, change or admin reset they break is known from the chain, not from the event.
 */
export const passwordResetServiceAdErrorEvents: readonly CatalogEvent[] = [
  {
    source: 'PasswordResetService',
    eventId: 33001,
    name: 'ADUnKnownError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Unknown Active Directory error',
        meaning:
          'Active Directory returned an error the service could not classify. The ADSync events logged at the same moment carry the details.',
      },
      ja: {
        title: '不明な Active Directory エラー',
        meaning:
          'Active Directory から、サービスが分類できないエラーが返されました。詳細は同時刻に記録された ADSync のイベントで確認できます。',
      },
      'zh-TW': {
        title: '不明的 Active Directory 錯誤',
        meaning: 'Active Directory 傳回了服務無法分類的錯誤。詳細資料請查看同一時間記錄的 ADSync 事件。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33002,
    name: 'ADUserNotFoundError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'User not found on premises',
        meaning:
          'The user whose password is being set was not found on premises: deleted in Active Directory but not yet in the cloud, or not synchronized through this server. Check the connector space and metaverse objects and the last sync runs.',
      },
      ja: {
        title: 'オンプレミスにユーザーが見つからない',
        meaning:
          'パスワードを設定しようとしたユーザーがオンプレミスで見つかりませんでした。Active Directory では削除済みでクラウドには残っているか、このサーバー経由で同期されていません。コネクタ スペースとメタバースのオブジェクト、直近の同期実行を確認してください。',
      },
      'zh-TW': {
        title: '在內部部署找不到使用者',
        meaning:
          '在內部部署環境找不到要設定密碼的使用者：可能已在 Active Directory 中刪除但雲端尚未刪除，或並非透過此伺服器同步。請檢查連接器空間與 Metaverse 中的物件，以及最近幾次同步執行。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33003,
    name: 'ADMutliMatchError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'More than one on-premises user matches',
        meaning:
          "The request's cloud anchor matched more than one on-premises user, typically a person with enabled accounts in several forests. Password writeback does not support that.",
      },
      ja: {
        title: '複数のオンプレミス ユーザーが一致',
        meaning:
          '要求のクラウド アンカーが複数のオンプレミス ユーザーに一致しました。通常は同じ人が複数のフォレストに有効なアカウントを持つ場合で、この構成はパスワード ライトバックではサポートされません。',
      },
      'zh-TW': {
        title: '有多個內部部署使用者相符',
        meaning:
          '要求的雲端錨點與多個內部部署使用者相符，通常是同一人在多個樹系中都有已啟用的帳戶，密碼回寫不支援此情況。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33004,
    name: 'ADPermissionsError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Connector account lacks rights on the user',
        meaning:
          "The AD DS connector account may not set this user's password: it needs Reset password, Change password and write access to lockoutTime and pwdLastSet, and new rights can take an hour to reach the user through sdprop. Protected accounts (adminCount=1) are refused by design.",
      },
      ja: {
        title: 'コネクタ アカウントの権限不足',
        meaning:
          'AD DS コネクタ アカウントに、このユーザーのパスワードを設定する権限がありません。[パスワードのリセット]、[パスワードの変更]、lockoutTime と pwdLastSet への書き込み権限が必要で、付与した権限が sdprop によってユーザーに反映されるまで最大 1 時間かかります。保護されたアカウント（adminCount=1）は仕様により拒否されます。',
      },
      'zh-TW': {
        title: '連接器帳戶對使用者權限不足',
        meaning:
          'AD DS 連接器帳戶無權設定此使用者的密碼：需要「重設密碼」、「變更密碼」以及 lockoutTime 與 pwdLastSet 的寫入權限，新授予的權限透過 sdprop 套用到使用者最多需要一小時。受保護的帳戶（adminCount=1）依設計會被拒絕。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33005,
    name: 'ADUserAccountDisabled',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'On-premises account is disabled',
        meaning:
          'The account is disabled in Active Directory, so its password could not be reset or changed. Enable the account and retry.',
      },
      ja: {
        title: 'オンプレミス アカウントが無効',
        meaning:
          'アカウントが Active Directory で無効になっているため、パスワードをリセットまたは変更できませんでした。アカウントを有効にしてからやり直してください。',
      },
      'zh-TW': {
        title: '內部部署帳戶已停用',
        meaning: '帳戶在 Active Directory 中已停用，因此無法重設或變更密碼。請啟用帳戶後再試一次。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33006,
    name: 'ADUserAccountLockedOut',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'On-premises account is locked out',
        meaning:
          'The account is locked out in Active Directory, often after too many password attempts in a short time. Unlock it and retry.',
      },
      ja: {
        title: 'オンプレミス アカウントのロックアウト',
        meaning:
          'アカウントが Active Directory でロックアウトされています。短時間にパスワード操作を繰り返すとよく発生します。ロックを解除してからやり直してください。',
      },
      'zh-TW': {
        title: '內部部署帳戶已鎖定',
        meaning: '帳戶在 Active Directory 中已遭鎖定，常見於短時間內多次嘗試密碼作業。請解除鎖定後再試一次。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33007,
    name: 'ADUserIncorrectPassword',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    operation: 'change',
    text: {
      en: {
        title: 'Current password is incorrect',
        meaning:
          'During a password change the user entered a wrong current password. Retrying with the right one fixes it; nothing is wrong with the server.',
      },
      ja: {
        title: '現在のパスワードの誤り',
        meaning:
          'パスワード変更時に、ユーザーが入力した現在のパスワードが正しくありませんでした。正しいパスワードでやり直せば解決し、サーバー側の問題ではありません。',
      },
      'zh-TW': {
        title: '目前的密碼不正確',
        meaning: '變更密碼時，使用者輸入的目前密碼不正確。使用正確的密碼重試即可，伺服器本身沒有問題。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33008,
    name: 'ADPasswordPolicyError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'New password violates the on-premises password policy',
        meaning:
          'Active Directory rejected the password for its minimum age, history, complexity or a password filter. The user picks a different password, or waits until the minimum age has passed.',
      },
      ja: {
        title: '新しいパスワードのオンプレミス ポリシー違反',
        meaning:
          'パスワードの最小有効期間、履歴、複雑さ、またはパスワード フィルターの要件により、Active Directory がパスワードを拒否しました。別のパスワードを選ぶか、最小有効期間が過ぎるまで待つ必要があります。',
      },
      'zh-TW': {
        title: '新密碼違反內部部署密碼原則',
        meaning:
          'Active Directory 因最短使用期限、密碼歷程記錄、複雜度或密碼篩選器的要求而拒絕此密碼。使用者須改用其他密碼，或等到超過最短使用期限。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 33009,
    name: 'ADConfigurationError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Active Directory configuration problem',
        meaning:
          'The password could not be written because of how Active Directory or the AD connector is configured. The ADSync events at the same moment name the cause, for example 0x8023062C.',
      },
      ja: {
        title: 'Active Directory の構成の問題',
        meaning:
          'Active Directory または AD コネクタの構成が原因で、パスワードを書き込めませんでした。原因は同時刻の ADSync イベント（0x8023062C など）で確認できます。',
      },
      'zh-TW': {
        title: 'Active Directory 設定問題',
        meaning: '由於 Active Directory 或 AD 連接器的設定問題，無法寫入密碼。原因請查看同一時間的 ADSync 事件（例如 0x8023062C）。',
      },
    },
  },
];
