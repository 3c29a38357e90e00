// Catalog knowledge of the writeback service's own health: start and stop, setup steps, heartbeat and listener.

import type { CatalogEvent } from './types.js';

/** 31015–31018 are named in Microsoft's event table; 31019, 31034 and 31044 are known from real server logs. */
export const passwordResetServiceStateEvents: readonly CatalogEvent[] = [
  {
    source: 'PasswordResetService',
    eventId: 31015,
    name: 'WriteBackServiceStarted',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'service-state',
    text: {
      en: {
        title: 'Writeback service started',
        meaning: 'The password writeback service is running and ready to accept password requests from the cloud.',
      },
      ja: {
        title: 'ライトバック サービスの開始',
        meaning: 'パスワード ライトバック サービスが起動し、クラウドからのパスワード要求を受け付けられる状態になりました。',
      },
      'zh-TW': {
        title: '回寫服務已啟動',
        meaning: '密碼回寫服務已啟動，可以接受來自雲端的密碼要求。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31016,
    name: 'WriteBackServiceStopped',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'service-state',
    text: {
      en: {
        title: 'Writeback service stopped',
        meaning:
          'The password writeback service stopped; password resets and changes from the cloud fail until it starts again (31015).',
      },
      ja: {
        title: 'ライトバック サービスの停止',
        meaning:
          'パスワード ライトバック サービスが停止しました。再び開始される（31015）まで、クラウドからのパスワード リセットと変更は失敗します。',
      },
      'zh-TW': {
        title: '回寫服務已停止',
        meaning: '密碼回寫服務已停止；在服務再次啟動（31015）之前，來自雲端的密碼重設與變更都會失敗。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31017,
    name: 'AuthTokenSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'service-state',
    text: {
      en: {
        title: 'Admin authorization token obtained',
        meaning:
          'The server got an authorization token for the global administrator entered in Azure AD Connect setup, so onboarding or offboarding can proceed.',
      },
      ja: {
        title: '管理者の承認トークンの取得',
        meaning:
          'Azure AD Connect のセットアップで入力したグローバル管理者の承認トークンを取得しました。これでオンボードまたはオフボードを続行できます。',
      },
      'zh-TW': {
        title: '已取得系統管理員授權權杖',
        meaning: '已為 Azure AD Connect 設定時輸入的全域系統管理員取得授權權杖，上架或下架程序可以繼續。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31018,
    name: 'KeyPairCreationSuccess',
    nameOrigin: 'microsoft',
    level: 'information',
    role: 'service-state',
    text: {
      en: {
        title: 'Password encryption key created',
        meaning: 'The key that protects passwords sent from the cloud to this server was created.',
      },
      ja: {
        title: 'パスワード暗号化キーの作成',
        meaning: 'クラウドからこのサーバーに送られるパスワードを保護する暗号化キーが作成されました。',
      },
      'zh-TW': {
        title: '已建立密碼加密金鑰',
        meaning: '已建立用來保護從雲端傳送到此伺服器之密碼的加密金鑰。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31019,
    name: 'ListenerHeartbeat',
    nameOrigin: 'descriptive',
    level: 'information',
    role: 'heartbeat',
    text: {
      en: {
        title: 'Writeback listener heartbeat',
        meaning:
          'The writeback listener logs that it is alive about every five minutes. A much longer gap while the service was not stopped means requests could not reach the server in that time.',
      },
      ja: {
        title: 'ライトバック リスナーのハートビート',
        meaning:
          'ライトバック リスナーが稼働中であることを約 5 分ごとに記録します。サービスが停止していないのに間隔が大きく空いている場合、その間の要求はサーバーに届いていません。',
      },
      'zh-TW': {
        title: '回寫接聽程式活動訊號',
        meaning:
          '回寫接聽程式約每 5 分鐘記錄一次，表示仍在運作。若服務未停止卻長時間沒有此事件，表示這段期間的要求無法送達伺服器。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31034,
    name: 'ListenerConnectionLost',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Writeback listener lost its Service Bus connection',
        meaning:
          'The listener\'s connection to Azure Service Bus dropped, so cloud requests cannot reach the server until it reconnects. If the message says "The remote certificate is invalid", the server lacks the root certificates that Azure\'s TLS certificates chain to.',
      },
      ja: {
        title: 'ライトバック リスナーの Service Bus 接続の切断',
        meaning:
          'リスナーと Azure Service Bus の接続が切れたため、再接続されるまでクラウドからの要求はサーバーに届きません。メッセージに「The remote certificate is invalid」とある場合は、Azure の TLS 証明書のチェーン先となるルート証明書がサーバーにありません。',
      },
      'zh-TW': {
        title: '回寫接聽程式與服務匯流排的連線中斷',
        meaning:
          '接聽程式與 Azure 服務匯流排的連線已中斷，重新連線前雲端要求無法送達伺服器。若訊息中出現「The remote certificate is invalid」，表示伺服器缺少 Azure TLS 憑證所鏈結的根憑證。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 31044,
    name: 'WritebackServiceUnhealthy',
    nameOrigin: 'descriptive',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Writeback service unhealthy: no listener running',
        meaning:
          "None of the writeback service's Service Bus listeners is running, so no password request from the cloud can be processed.",
      },
      ja: {
        title: 'ライトバック サービスの異常（リスナー停止）',
        meaning:
          'パスワード ライトバック サービスの Service Bus リスナーが 1 つも実行されていないため、クラウドからのパスワード要求を処理できません。',
      },
      'zh-TW': {
        title: '回寫服務狀態異常：沒有執行中的接聽程式',
        meaning: '密碼回寫服務的服務匯流排接聽程式都未執行，因此無法處理任何來自雲端的密碼要求。',
      },
    },
  },
];
