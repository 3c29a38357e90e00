// Catalog knowledge of the writeback service's 32xxx errors: connectivity, configuration, keys and setup.

import type { CatalogEvent } from './types.js';

/**
 * As named in Microsoft's event table, spellings included. The table has no 32006 or 32012, so
 * neither does the catalog.
 */
export const passwordResetServiceErrorEvents: readonly CatalogEvent[] = [
  {
    source: 'PasswordResetService',
    eventId: 32000,
    name: 'UnknownError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Unknown writeback error',
        meaning:
          'An unexpected error occurred while a password request was handled; the exception text in the event is the best clue. If disabling and re-enabling writeback does not help, give Microsoft support the event log and the tracking ID.',
      },
      ja: {
        title: '不明なライトバック エラー',
        meaning:
          'パスワード要求の処理中に想定外のエラーが発生しました。手がかりはイベント内の例外テキストです。ライトバックの無効化と再有効化で解決しない場合は、イベント ログと追跡 ID を Microsoft サポートに提供してください。',
      },
      'zh-TW': {
        title: '不明的回寫錯誤',
        meaning:
          '處理密碼要求時發生未預期的錯誤，事件中的例外狀況文字是主要線索。若停用再重新啟用回寫仍無法解決，請將事件記錄與追蹤識別碼提供給 Microsoft 支援服務。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32001,
    name: 'ServiceError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Cannot reach the password reset web service',
        meaning:
          'The on-premises service failed to connect to the cloud password reset web service. Check outbound HTTPS to passwordreset.microsoftonline.com and any proxy on the way.',
      },
      ja: {
        title: 'パスワード リセット Web サービスへの接続失敗',
        meaning:
          'オンプレミスのサービスがクラウドのパスワード リセット Web サービスに接続できませんでした。passwordreset.microsoftonline.com への送信 HTTPS 通信と、経路上のプロキシを確認してください。',
      },
      'zh-TW': {
        title: '無法連線到密碼重設 Web 服務',
        meaning:
          '內部部署服務無法連線到雲端的密碼重設 Web 服務。請檢查連往 passwordreset.microsoftonline.com 的輸出 HTTPS 連線，以及路徑上的 Proxy。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32002,
    name: 'ServiceBusError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Cannot connect to Azure Service Bus',
        meaning:
          "The service could not connect to the tenant's Service Bus instance, almost always because a firewall or proxy blocks outbound TCP 443 to servicebus.windows.net. Restart Azure AD Connect once it is open.",
      },
      ja: {
        title: 'Azure Service Bus への接続失敗',
        meaning:
          'テナントの Service Bus インスタンスに接続できませんでした。ほとんどの場合、ファイアウォールまたはプロキシが servicebus.windows.net への送信 TCP 443 をブロックしています。通信を許可した後に Azure AD Connect を再起動してください。',
      },
      'zh-TW': {
        title: '無法連線到 Azure 服務匯流排',
        meaning:
          '無法連線到租用戶的服務匯流排執行個體，幾乎都是防火牆或 Proxy 封鎖了連往 servicebus.windows.net 的輸出 TCP 443。開放連線後請重新啟動 Azure AD Connect。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32003,
    name: 'InPutValidationError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Invalid input to the web service',
        meaning: 'A request passed invalid input to the writeback web service API. Retry the operation.',
      },
      ja: {
        title: 'Web サービスへの入力が無効',
        meaning: 'ライトバック Web サービスの API に無効な入力が渡されました。操作をやり直してください。',
      },
      'zh-TW': {
        title: '傳給 Web 服務的輸入無效',
        meaning: '傳遞給回寫 Web 服務 API 的輸入無效，請重試該作業。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32004,
    name: 'DecryptionError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Password from the cloud could not be decrypted',
        meaning:
          'The password that arrived from the cloud could not be decrypted, most likely because the cloud and on-premises keys no longer match. Disable and re-enable password writeback to create a new key pair.',
      },
      ja: {
        title: 'クラウドからのパスワードの復号失敗',
        meaning:
          'クラウドから届いたパスワードを復号できませんでした。クラウドとオンプレミスのキーが一致しなくなっている可能性が高いため、パスワード ライトバックを無効にしてから再度有効にし、キー ペアを作り直してください。',
      },
      'zh-TW': {
        title: '無法解密來自雲端的密碼',
        meaning:
          '無法解密從雲端送達的密碼，最可能的原因是雲端與內部部署的金鑰不一致。請停用後再重新啟用密碼回寫，以重新建立金鑰組。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32005,
    name: 'ConfigurationError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Writeback configuration file error',
        meaning:
          "The file holding the tenant's writeback settings could not be written during onboarding, or not read when the service started. Disabling and re-enabling writeback rewrites it.",
      },
      ja: {
        title: 'ライトバック構成ファイルのエラー',
        meaning:
          'テナントのライトバック設定を保存するファイルを、オンボード時に書き込めなかったか、サービス開始時に読み取れませんでした。ライトバックを無効にしてから再度有効にすると、ファイルが書き直されます。',
      },
      'zh-TW': {
        title: '回寫設定檔錯誤',
        meaning:
          '保存租用戶回寫設定的檔案在上架時無法寫入，或在服務啟動時無法讀取。停用後再重新啟用回寫即可重寫此檔案。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32007,
    name: 'OnBoardingConfigUpdateError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    operation: 'onboarding',
    text: {
      en: {
        title: 'Onboarding data could not be stored',
        meaning:
          'Configuration data sent from the cloud during onboarding could not be written or updated in memory before being handed to the sync service. Disable and re-enable writeback to run onboarding again.',
      },
      ja: {
        title: 'オンボード データの保存失敗',
        meaning:
          'オンボード中にクラウドから送られた構成データを、同期サービスに渡す前にメモリ上で書き込みまたは更新できませんでした。ライトバックを無効にしてから再度有効にし、オンボードをやり直してください。',
      },
      'zh-TW': {
        title: '無法儲存上架資料',
        meaning:
          '上架期間從雲端送來的設定資料，在交給同步處理服務之前無法於記憶體中寫入或更新。請停用後再重新啟用回寫，重新執行上架。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32008,
    name: 'ValidationError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Invalid response from the web service',
        meaning:
          'The password reset web service returned a response the on-premises service could not validate. Disabling and re-enabling writeback is the documented fix.',
      },
      ja: {
        title: 'Web サービスからの無効な応答',
        meaning:
          'パスワード リセット Web サービスから、オンプレミスのサービスが検証できない応答が返されました。ライトバックを無効にしてから再度有効にしてください。',
      },
      'zh-TW': {
        title: 'Web 服務回應無效',
        meaning: '密碼重設 Web 服務傳回的回應無法通過內部部署服務的驗證。請停用後再重新啟用回寫。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32009,
    name: 'AuthTokenError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    text: {
      en: {
        title: 'Could not get a token for the global administrator',
        meaning:
          'No authorization token could be obtained for the global administrator entered in the wizard: the user name or password is wrong, or the account is federated. Rerun the wizard with a managed (cloud-only or password-hash-synced) account.',
      },
      ja: {
        title: 'グローバル管理者のトークン取得失敗',
        meaning:
          'ウィザードで入力したグローバル管理者の承認トークンを取得できませんでした。ユーザー名かパスワードが誤っているか、フェデレーション アカウントが使われています。管理対象（クラウド専用またはパスワード ハッシュ同期）のアカウントでウィザードを再実行してください。',
      },
      'zh-TW': {
        title: '無法取得全域系統管理員的權杖',
        meaning:
          '無法為精靈中輸入的全域系統管理員取得授權權杖：使用者名稱或密碼錯誤，或該帳戶為同盟帳戶。請改用受控（僅限雲端或密碼雜湊同步）帳戶重新執行精靈。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32010,
    name: 'CryptoError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Encryption key or decryption error',
        meaning:
          'Generating the password encryption key, or decrypting a password from the cloud, failed, which points to a problem on the server itself. Read the event details, then try disabling and re-enabling writeback.',
      },
      ja: {
        title: '暗号化キーまたは復号のエラー',
        meaning:
          'パスワード暗号化キーの生成、またはクラウドから届いたパスワードの復号に失敗しました。サーバー環境の問題を示しています。イベントの詳細を確認し、ライトバックの無効化と再有効化を試してください。',
      },
      'zh-TW': {
        title: '加密金鑰或解密錯誤',
        meaning:
          '產生密碼加密金鑰或解密雲端送來的密碼時失敗，表示伺服器本身的環境有問題。請查看事件詳細資料，並嘗試停用後再重新啟用回寫。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32011,
    name: 'OnBoardingServiceError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    operation: 'onboarding',
    text: {
      en: {
        title: 'Onboarding could not reach the web service',
        meaning:
          'Onboarding could not talk to the password reset web service: outbound TCP 443 or 9350–9354 is blocked, or the admin account used to onboard is federated.',
      },
      ja: {
        title: 'オンボード時の Web サービス接続失敗',
        meaning:
          'オンボード中にパスワード リセット Web サービスと通信できませんでした。送信 TCP 443 または 9350～9354 がブロックされているか、オンボードに使った管理者アカウントがフェデレーション アカウントです。',
      },
      'zh-TW': {
        title: '上架時無法連線到 Web 服務',
        meaning:
          '上架期間無法與密碼重設 Web 服務通訊：輸出 TCP 443 或 9350–9354 遭到封鎖，或上架所用的系統管理員帳戶為同盟帳戶。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32013,
    name: 'OffBoardingError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'operation-error',
    operation: 'offboarding',
    text: {
      en: {
        title: 'Offboarding could not reach the web service',
        meaning:
          'Disabling writeback could not talk to the password reset web service: outbound TCP 443 is blocked, or the admin account used is federated.',
      },
      ja: {
        title: 'オフボード時の Web サービス接続失敗',
        meaning:
          'ライトバックの無効化中にパスワード リセット Web サービスと通信できませんでした。送信 TCP 443 がブロックされているか、使用した管理者アカウントがフェデレーション アカウントです。',
      },
      'zh-TW': {
        title: '下架時無法連線到 Web 服務',
        meaning: '停用回寫期間無法與密碼重設 Web 服務通訊：輸出 TCP 443 遭到封鎖，或所用的系統管理員帳戶為同盟帳戶。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32014,
    name: 'ServiceBusWarning',
    nameOrigin: 'microsoft',
    level: 'warning',
    role: 'service-error',
    text: {
      en: {
        title: 'Service Bus connection retried',
        meaning:
          'The service had to retry its connection to Service Bus. Harmless now and then; if it keeps repeating, check the network path for high latency or low bandwidth.',
      },
      ja: {
        title: 'Service Bus 接続の再試行',
        meaning:
          'サービスが Service Bus への接続を再試行しました。まれに発生する程度なら問題ありませんが、繰り返し記録される場合は、ネットワーク経路に大きな遅延や帯域幅の不足がないか確認してください。',
      },
      'zh-TW': {
        title: '服務匯流排連線重試',
        meaning: '服務必須重試與服務匯流排的連線。偶爾出現無須擔心；若反覆出現，請檢查網路路徑是否有高延遲或頻寬不足。',
      },
    },
  },
  {
    source: 'PasswordResetService',
    eventId: 32015,
    name: 'ReportServiceHealthError',
    nameOrigin: 'microsoft',
    level: 'error',
    role: 'service-error',
    text: {
      en: {
        title: 'Health heartbeat to the cloud failed',
        meaning:
          'The service could not send its five-minute health heartbeat (service statistics, no personal data) to the password reset web service. Repeated failures point to a connectivity problem.',
      },
      ja: {
        title: 'クラウドへの正常性ハートビートの送信失敗',
        meaning:
          '5 分ごとの正常性ハートビート（個人データを含まないサービス統計）をパスワード リセット Web サービスに送信できませんでした。繰り返し発生する場合は、接続に問題があります。',
      },
      'zh-TW': {
        title: '無法將健康情況活動訊號傳送到雲端',
        meaning:
          '服務無法將每 5 分鐘一次的健康情況活動訊號（僅含服務統計，不含個人資料）傳送到密碼重設 Web 服務。若反覆發生，表示連線有問題。',
      },
    },
  },
];
