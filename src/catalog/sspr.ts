// The knowledge stage's SSPR error codes: what a user saw on the reset page, and what the admin does about it.

import type { CatalogSsprCode } from './types.js';

/**
 * Every row of the user-facing error table of Microsoft's SSPR troubleshooting page. That table
 * prints `SSPR_0012` for UserNotMemberOfScopedAccessGroup = 13 as well as for UserNotLicensed = 12;
 * every other code follows its number, so 13's is taken to be `SSPR_0013`.
 */
export const ssprCodes: readonly CatalogSsprCode[] = [
  {
    number: 9,
    name: 'TenantSSPRFlagDisabled',
    code: 'SSPR_0009',
    text: {
      en: {
        title: 'Password reset is disabled for the organization',
        meaning: 'Self-service password reset is turned off for the tenant, so no user can reset a password.',
        whatToDo:
          'In the Azure portal, under Password reset > Properties, set self-service password reset to Selected (a group) or All, and save.',
      },
      ja: {
        title: '組織でパスワード リセットが無効',
        meaning: 'テナントでセルフサービス パスワード リセットが無効になっているため、どのユーザーもパスワードをリセットできません。',
        whatToDo:
          'Azure portal の [パスワード リセット] > [プロパティ] で、セルフサービス パスワード リセットを [選択済み]（グループ）または [すべて] にして保存します。',
      },
      'zh-TW': {
        title: '組織已停用密碼重設',
        meaning: '租用戶已關閉自助式密碼重設，所有使用者都無法重設密碼。',
        whatToDo: '在 Azure 入口網站的「密碼重設」>「屬性」中，將自助式密碼重設設為「已選取」（群組）或「全部」，然後儲存。',
      },
    },
  },
  {
    number: 10,
    name: 'WritebackNotEnabled',
    code: 'SSPR_0010',
    text: {
      en: {
        title: 'Password writeback is not enabled',
        meaning:
          "The user's password is managed on premises, but password writeback is not enabled, so a reset in the cloud cannot reach Active Directory.",
        whatToDo:
          "Enable password writeback in the Azure AD Connect wizard (Optional features) and in the tenant's password reset settings (On-premises integration), then check that the server logs 31005 and 31015.",
      },
      ja: {
        title: 'パスワード ライトバックが無効',
        meaning:
          'ユーザーのパスワードはオンプレミスで管理されていますが、パスワード ライトバックが有効になっていないため、クラウドでのリセットを Active Directory に反映できません。',
        whatToDo:
          'Azure AD Connect ウィザードの [オプション機能] と、テナントのパスワード リセット設定の [オンプレミスの統合] でパスワード ライトバックを有効にし、サーバーのログに 31005 と 31015 が記録されることを確認します。',
      },
      'zh-TW': {
        title: '未啟用密碼回寫',
        meaning: '使用者的密碼由內部部署管理，但尚未啟用密碼回寫，因此雲端的重設無法寫入 Active Directory。',
        whatToDo:
          '在 Azure AD Connect 精靈的「選用功能」以及租用戶密碼重設設定的「內部部署整合」中啟用密碼回寫，然後確認伺服器記錄中出現 31005 與 31015。',
      },
    },
  },
  {
    number: 11,
    name: 'SsprNotEnabledInUserPolicy',
    code: 'SSPR_0011',
    text: {
      en: {
        title: 'No password reset policy is defined',
        meaning: 'The organization has not defined a password reset policy, such as the authentication methods, that applies to the user.',
        whatToDo: 'Configure the password reset policy: choose the authentication methods and how many are required, then save.',
      },
      ja: {
        title: 'パスワード リセット ポリシーが未定義',
        meaning: 'ユーザーに適用されるパスワード リセット ポリシー（認証方法などの設定）が、組織で定義されていません。',
        whatToDo: 'パスワード リセット ポリシーを構成します。使用する認証方法と必要な数を選択して保存してください。',
      },
      'zh-TW': {
        title: '未定義密碼重設原則',
        meaning: '組織尚未定義適用於該使用者的密碼重設原則（例如驗證方法）。',
        whatToDo: '設定密碼重設原則：選擇要使用的驗證方法及所需數量，然後儲存。',
      },
    },
  },
  {
    number: 12,
    name: 'UserNotLicensed',
    code: 'SSPR_0012',
    text: {
      en: {
        title: 'A required license is missing',
        meaning: 'The organization lacks the license that password reset, with writeback, requires for this user.',
        whatToDo:
          'Assign the user a license that includes self-service password reset with on-premises writeback (Azure AD Premium P1 or P2), then have the user retry.',
      },
      ja: {
        title: '必要なライセンスの不足',
        meaning: 'このユーザーのパスワード リセット（ライトバックを含む）に必要なライセンスが、組織にありません。',
        whatToDo:
          'オンプレミスへのライトバックを含むセルフサービス パスワード リセットを利用できるライセンス（Azure AD Premium P1 または P2）をユーザーに割り当て、やり直してもらいます。',
      },
      'zh-TW': {
        title: '缺少必要的授權',
        meaning: '組織缺少此使用者進行密碼重設（含回寫）所需的授權。',
        whatToDo: '為使用者指派包含內部部署回寫之自助式密碼重設的授權（Azure AD Premium P1 或 P2），然後請使用者重試。',
      },
    },
  },
  {
    number: 13,
    name: 'UserNotMemberOfScopedAccessGroup',
    code: 'SSPR_0013',
    text: {
      en: {
        title: 'The user is not in the password reset group',
        meaning: 'Password reset is enabled only for a selected group, and the user is not a member of it.',
        whatToDo: 'Add the user to the group selected for self-service password reset, or widen the scope to All.',
      },
      ja: {
        title: 'ユーザーがパスワード リセットの対象グループ外',
        meaning: 'パスワード リセットは選択したグループに対してのみ有効で、ユーザーはそのグループのメンバーではありません。',
        whatToDo: 'セルフサービス パスワード リセットの対象グループにユーザーを追加するか、対象を [すべて] に広げます。',
      },
      'zh-TW': {
        title: '使用者不在密碼重設群組中',
        meaning: '密碼重設僅對選取的群組啟用，而使用者不是該群組的成員。',
        whatToDo: '將使用者加入自助式密碼重設所選取的群組，或將範圍擴大為「全部」。',
      },
    },
  },
  {
    number: 14,
    name: 'UserNotProperlyConfigured',
    code: 'SSPR_0014',
    text: {
      en: {
        title: 'The user has not registered enough methods',
        meaning:
          "The user's account lacks the security information, such as phone, email or questions, that the policy requires to verify the user.",
        whatToDo:
          'Reset the password for the user as an admin; once signed in, the user registers more methods at https://aka.ms/ssprsetup. Admins can also set the methods for the user.',
      },
      ja: {
        title: '認証方法の登録不足',
        meaning: 'ポリシーが本人確認に求めるセキュリティ情報（電話、メール、秘密の質問など）が、ユーザーのアカウントに登録されていません。',
        whatToDo:
          '管理者がユーザーのパスワードをリセットします。サインインできたら、ユーザーは https://aka.ms/ssprsetup で認証方法を追加登録します。管理者がユーザーの認証情報を設定することもできます。',
      },
      'zh-TW': {
        title: '使用者註冊的驗證方法不足',
        meaning: '使用者帳戶缺少原則驗證身分所需的安全性資訊（例如電話、電子郵件、安全性問題）。',
        whatToDo:
          '由系統管理員為使用者重設密碼；使用者登入後，到 https://aka.ms/ssprsetup 註冊更多驗證方法。系統管理員也可以直接為使用者設定驗證資訊。',
      },
    },
  },
  {
    number: 29,
    name: 'OnPremisesAdminActionRequired',
    code: 'SSPR_0029',
    text: {
      en: {
        title: 'On-premises configuration error',
        meaning:
          'The password could not be reset because of an error in the on-premises writeback setup or in Active Directory, such as missing permissions, the password policy or a protected account.',
        whatToDo:
          "Analyze the Azure AD Connect server's Application log around the time of the attempt: the 33xxx and ADSync 6329 events there name the cause.",
      },
      ja: {
        title: 'オンプレミス構成のエラー',
        meaning:
          'オンプレミスのライトバック構成または Active Directory 側のエラー（権限不足、パスワード ポリシー、保護されたアカウントなど）のため、パスワードをリセットできませんでした。',
        whatToDo:
          '試行時刻の前後の、Azure AD Connect サーバーのアプリケーション ログを分析します。原因は 33xxx と ADSync 6329 のイベントに示されます。',
      },
      'zh-TW': {
        title: '內部部署設定錯誤',
        meaning: '由於內部部署回寫設定或 Active Directory 端的錯誤（例如權限不足、密碼原則或受保護的帳戶），無法重設密碼。',
        whatToDo: '分析嘗試時間前後 Azure AD Connect 伺服器的應用程式記錄：其中的 33xxx 與 ADSync 6329 事件會指出原因。',
      },
    },
  },
  {
    number: 30,
    name: 'OnPremisesConnectivityError',
    code: 'SSPR_0030',
    text: {
      en: {
        title: 'The on-premises environment cannot be reached',
        meaning:
          'The cloud could not reach the writeback service on the Azure AD Connect server; the problem may be temporary.',
        whatToDo:
          'Have the user retry later. If it persists, check the writeback service and its Service Bus connection: look for 31016, 31034, 31044 and 32002 and for gaps in the 31019 heartbeat, then restart ADSync.',
      },
      ja: {
        title: 'オンプレミス環境に接続できない',
        meaning: 'クラウドから Azure AD Connect サーバーのライトバック サービスに接続できませんでした。一時的な問題の可能性があります。',
        whatToDo:
          'ユーザーには時間をおいてやり直してもらいます。解決しない場合は、ライトバック サービスと Service Bus 接続を確認します。31016、31034、31044、32002 の有無と 31019 ハートビートの途切れを調べ、ADSync を再起動してください。',
      },
      'zh-TW': {
        title: '無法連線到內部部署環境',
        meaning: '雲端無法連線到 Azure AD Connect 伺服器上的回寫服務，問題可能是暫時性的。',
        whatToDo:
          '請使用者稍後再試。若問題持續，請檢查回寫服務及其服務匯流排連線：查看是否有 31016、31034、31044、32002 事件，以及 31019 活動訊號是否中斷，然後重新啟動 ADSync。',
      },
    },
  },
];

const ssprByNumber: ReadonlyMap<number, CatalogSsprCode> = new Map(ssprCodes.map((entry) => [entry.number, entry]));
const ssprByName: ReadonlyMap<string, CatalogSsprCode> = new Map(
  ssprCodes.map((entry) => [entry.name.toLowerCase(), entry]),
);

// `SSPR_0029` as the reset page shows it; tickets also carry `SSPR_029` and `SSPR 29`.
const SSPR_CODE_SHAPE = /^sspr[_\s-]?(\d{1,4})$/i;
const ENUM_NUMBER_SHAPE = /^\d{1,4}$/;

/**
 * The SSPR error for `SSPR_0029`, `OnPremisesAdminActionRequired` or `29` (any case), or undefined
 * when the input names no row of the table.
 */
export function lookupSsprCode(input: string | number): CatalogSsprCode | undefined {
  if (typeof input === 'number') return ssprByNumber.get(input);
  const text = input.trim();
  const codeDigits = SSPR_CODE_SHAPE.exec(text)?.[1];
  if (codeDigits !== undefined) return ssprByNumber.get(Number(codeDigits));
  if (ENUM_NUMBER_SHAPE.test(text)) return ssprByNumber.get(Number(text));
  return ssprByName.get(text.toLowerCase());
}
