// Catalog knowledge of the writeback operations' 31xxx events: the starts and outcomes that correlation chains.

import type { CatalogEvent } from './types.js';

/** 31001–31014, named as in Microsoft's event table. */
export const passwordResetServiceOperationEvents: readonly CatalogEvent[] = [
  {
    source: 'PasswordResetService',
    eventId: 31001,
    name: 'PasswordResetStart',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-start',
    operation: 'reset',
    text: {
      en: {
        title: 'Password reset request received',
        meaning:
          "A user's self-service password reset reached the on-premises writeback service; every reset starts here. Its outcome follows as 31002, 31003 or a 33xxx error with the same tracking ID.",
      },
      ja: {
        title: 'パスワード リセット要求の受信',
        meaning:
          'ユーザーのセルフサービス パスワード リセット要求がオンプレミスのライトバック サービスに届きました。すべてのリセット操作はこのイベントから始まり、結果は同じ追跡 ID の 31002、31003、または 33xxx エラーとして記録されます。',
      },
      'zh-TW': {
        title: '收到密碼重設要求',
        meaning:
          '使用者的自助式密碼重設要求已送達內部部署的密碼回寫服務。每次重設都從此事件開始，結果會以相同追蹤識別碼的 31002、31003 或 33xxx 錯誤記錄。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31002,
    name: 'PasswordResetSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-success',
    operation: 'reset',
    text: {
      en: {
        title: 'Password reset written to Active Directory',
        meaning:
          "The new password from a self-service reset met the domain's policy and was set on the user's on-premises account.",
      },
      ja: {
        title: 'パスワード リセットの完了',
        meaning:
          'セルフサービス リセットで指定された新しいパスワードがドメインのポリシーを満たし、ユーザーのオンプレミス アカウントに設定されました。',
      },
      'zh-TW': {
        title: '密碼重設已寫入 Active Directory',
        meaning: '自助式重設所選的新密碼符合網域原則，已設定到使用者的內部部署帳戶。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31003,
    name: 'PasswordResetFail',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-failure',
    operation: 'reset',
    text: {
      en: {
        title: 'Password reset could not be written to Active Directory',
        meaning:
          'The new password reached the server but setting it in Active Directory failed, typically because of the domain password policy, missing rights of the AD DS connector account, or a protected admin account. The 33xxx or ADSync 6329 event logged with it names the exact cause.',
      },
      ja: {
        title: 'パスワード リセットの書き込み失敗',
        meaning:
          '新しいパスワードはサーバーに届きましたが、Active Directory への設定に失敗しました。主な原因はドメインのパスワード ポリシー違反、AD DS コネクタ アカウントの権限不足、保護された管理者アカウントです。正確な原因は、同時に記録された 33xxx または ADSync 6329 イベントで確認できます。',
      },
      'zh-TW': {
        title: '密碼重設無法寫入 Active Directory',
        meaning:
          '新密碼已送達伺服器，但在 Active Directory 中設定時失敗。常見原因為違反網域密碼原則、AD DS 連接器帳戶權限不足，或帳戶屬於受保護的系統管理員帳戶；確切原因請查看同時記錄的 33xxx 或 ADSync 6329 事件。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31004,
    name: 'OnboardingEventStart',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-start',
    operation: 'onboarding',
    text: {
      en: {
        title: 'Writeback onboarding started',
        meaning:
          'Password writeback was enabled in Azure AD Connect and the server began registering the tenant with the cloud writeback service. 31005 confirms success.',
      },
      ja: {
        title: 'パスワード ライトバックのオンボード開始',
        meaning:
          'Azure AD Connect でパスワード ライトバックが有効にされ、クラウドのライトバック サービスへのテナント登録（オンボード）が始まりました。成功すると 31005 が記録されます。',
      },
      'zh-TW': {
        title: '密碼回寫上架已開始',
        meaning:
          '已在 Azure AD Connect 中啟用密碼回寫，伺服器開始向雲端回寫服務註冊租用戶（上架）。成功時會記錄 31005。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31005,
    name: 'OnboardingEventSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-success',
    operation: 'onboarding',
    text: {
      en: {
        title: 'Writeback onboarding completed',
        meaning: 'Registration with the cloud service finished; password writeback is ready to accept requests.',
      },
      ja: {
        title: 'パスワード ライトバックのオンボード完了',
        meaning: 'クラウド サービスへの登録が完了し、パスワード ライトバックで要求を受け付けられる状態になりました。',
      },
      'zh-TW': {
        title: '密碼回寫上架完成',
        meaning: '已完成向雲端服務的註冊，密碼回寫可以開始接受要求。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31006,
    name: 'ChangePasswordStart',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-start',
    operation: 'change',
    text: {
      en: {
        title: 'Password change request received',
        meaning:
          'A user changed their password in the cloud, giving the current one, and the request reached the writeback service; every change starts here. Its outcome follows as 31007, 31008 or a 33xxx error with the same tracking ID.',
      },
      ja: {
        title: 'パスワード変更要求の受信',
        meaning:
          'ユーザーがクラウドで現在のパスワードを入力してパスワードを変更し、その要求がライトバック サービスに届きました。すべての変更操作はこのイベントから始まり、結果は同じ追跡 ID の 31007、31008、または 33xxx エラーとして記録されます。',
      },
      'zh-TW': {
        title: '收到密碼變更要求',
        meaning:
          '使用者在雲端輸入目前密碼後變更了密碼，該要求已送達回寫服務。每次變更都從此事件開始，結果會以相同追蹤識別碼的 31007、31008 或 33xxx 錯誤記錄。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31007,
    name: 'ChangePasswordSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-success',
    operation: 'change',
    text: {
      en: {
        title: 'Password change written to Active Directory',
        meaning: "The changed password met the domain's policy and was set on the user's on-premises account.",
      },
      ja: {
        title: 'パスワード変更の完了',
        meaning: '変更後のパスワードがドメインのポリシーを満たし、ユーザーのオンプレミス アカウントに設定されました。',
      },
      'zh-TW': {
        title: '密碼變更已寫入 Active Directory',
        meaning: '變更後的新密碼符合網域原則，已設定到使用者的內部部署帳戶。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31008,
    name: 'ChangePasswordFail',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-failure',
    operation: 'change',
    text: {
      en: {
        title: 'Password change could not be written to Active Directory',
        meaning:
          'The changed password reached the server but Active Directory refused it, typically because of the password policy, missing rights of the connector account, or a protected account. The 33xxx or ADSync 6329 event logged with it names the cause.',
      },
      ja: {
        title: 'パスワード変更の書き込み失敗',
        meaning:
          '変更後のパスワードはサーバーに届きましたが、Active Directory で設定できませんでした。主な原因はパスワード ポリシー違反、コネクタ アカウントの権限不足、保護されたアカウントです。原因は同時に記録された 33xxx または ADSync 6329 イベントで確認できます。',
      },
      'zh-TW': {
        title: '密碼變更無法寫入 Active Directory',
        meaning:
          '變更後的密碼已送達伺服器，但 Active Directory 拒絕設定。常見原因為密碼原則、連接器帳戶權限不足或受保護的帳戶；確切原因請查看同時記錄的 33xxx 或 ADSync 6329 事件。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31009,
    name: 'ResetUserPasswordByAdminStart',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-start',
    operation: 'adminReset',
    text: {
      en: {
        title: 'Admin password reset request received',
        meaning:
          "An administrator reset a user's password in the cloud and the request reached the writeback service; every admin reset starts here. Its outcome follows as 31010, 31011 or a 33xxx error with the same tracking ID.",
      },
      ja: {
        title: '管理者によるパスワード リセット要求の受信',
        meaning:
          '管理者がクラウドでユーザーのパスワードをリセットし、その要求がライトバック サービスに届きました。管理者によるリセットはすべてこのイベントから始まり、結果は同じ追跡 ID の 31010、31011、または 33xxx エラーとして記録されます。',
      },
      'zh-TW': {
        title: '收到系統管理員密碼重設要求',
        meaning:
          '系統管理員在雲端重設了使用者的密碼，該要求已送達回寫服務。每次由系統管理員執行的重設都從此事件開始，結果會以相同追蹤識別碼的 31010、31011 或 33xxx 錯誤記錄。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31010,
    name: 'ResetUserPasswordByAdminSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-success',
    operation: 'adminReset',
    text: {
      en: {
        title: 'Admin password reset written to Active Directory',
        meaning:
          "The password an administrator chose for the user met the domain's policy and was set on the on-premises account.",
      },
      ja: {
        title: '管理者によるパスワード リセットの完了',
        meaning: '管理者がユーザーに設定したパスワードはドメインのポリシーを満たし、オンプレミス アカウントに設定されました。',
      },
      'zh-TW': {
        title: '系統管理員密碼重設已寫入 Active Directory',
        meaning: '系統管理員為使用者設定的密碼符合網域原則，已設定到內部部署帳戶。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31011,
    name: 'ResetUserPasswordByAdminFail',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-failure',
    operation: 'adminReset',
    text: {
      en: {
        title: 'Admin password reset could not be written to Active Directory',
        meaning:
          'The password an administrator set reached the server but setting it in Active Directory failed, typically because of the password policy, missing rights of the connector account, or a protected account. The 33xxx or ADSync 6329 event logged with it names the cause.',
      },
      ja: {
        title: '管理者によるパスワード リセットの書き込み失敗',
        meaning:
          '管理者が設定したパスワードはサーバーに届きましたが、Active Directory への設定に失敗しました。主な原因はパスワード ポリシー違反、コネクタ アカウントの権限不足、保護されたアカウントです。原因は同時に記録された 33xxx または ADSync 6329 イベントで確認できます。',
      },
      'zh-TW': {
        title: '系統管理員密碼重設無法寫入 Active Directory',
        meaning:
          '系統管理員設定的密碼已送達伺服器，但在 Active Directory 中設定時失敗。常見原因為密碼原則、連接器帳戶權限不足或受保護的帳戶；確切原因請查看同時記錄的 33xxx 或 ADSync 6329 事件。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31012,
    name: 'OffboardingEventStart',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-start',
    operation: 'offboarding',
    text: {
      en: {
        title: 'Writeback offboarding started',
        meaning:
          'Password writeback was disabled in Azure AD Connect and the server began unregistering from the cloud writeback service. 31013 confirms success; 31014 reports failure.',
      },
      ja: {
        title: 'パスワード ライトバックのオフボード開始',
        meaning:
          'Azure AD Connect でパスワード ライトバックが無効にされ、クラウドのライトバック サービスからの登録解除（オフボード）が始まりました。成功すると 31013、失敗すると 31014 が記録されます。',
      },
      'zh-TW': {
        title: '密碼回寫下架已開始',
        meaning:
          '已在 Azure AD Connect 中停用密碼回寫，伺服器開始向雲端回寫服務取消註冊（下架）。成功時記錄 31013，失敗時記錄 31014。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31013,
    name: 'OffboardingEventSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'operation-success',
    operation: 'offboarding',
    text: {
      en: {
        title: 'Writeback offboarding completed',
        meaning:
          'Password writeback is now disabled; password operations in the cloud are no longer written back to Active Directory.',
      },
      ja: {
        title: 'パスワード ライトバックのオフボード完了',
        meaning:
          'パスワード ライトバックが無効になりました。以降、クラウドでのパスワード操作は Active Directory に書き戻されません。',
      },
      'zh-TW': {
        title: '密碼回寫下架完成',
        meaning: '密碼回寫已停用，之後雲端的密碼作業不會再回寫到 Active Directory。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31014,
    name: 'OffboardingEventFail',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-failure',
    operation: 'offboarding',
    text: {
      en: {
        title: 'Writeback offboarding failed',
        meaning:
          'Disabling password writeback did not complete, usually because the cloud or on-premises admin account given in the wizard lacks rights, or the cloud admin is a federated account.',
      },
      ja: {
        title: 'パスワード ライトバックのオフボード失敗',
        meaning:
          'パスワード ライトバックの無効化が完了しませんでした。通常は、ウィザードで指定したクラウドまたはオンプレミスの管理者アカウントの権限不足か、クラウド管理者にフェデレーション アカウントを使用していることが原因です。',
      },
      'zh-TW': {
        title: '密碼回寫下架失敗',
        meaning:
          '停用密碼回寫的程序未完成，通常是因為精靈中指定的雲端或內部部署系統管理員帳戶權限不足，或雲端系統管理員使用了同盟帳戶。',
      },
    },
  },
];
