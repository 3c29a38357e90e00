// Catalog knowledge of the sync engine's own HRESULTs (0x8023xxxx) that explain a failed password set.

import type { CatalogCode } from './types.js';

/** The log text is what the sync engine prints after `message=` or in parentheses after the code. */
export const syncEngineCodes: readonly CatalogCode[] = [
  {
    code: '0x80230619',
    logText: 'A restriction prevents the password from being changed to the current one specified.',
    relevance: 'cause',
    text: {
      en: {
        title: 'Password rejected by the on-premises policy',
        meaning:
          'Active Directory refused the new password because of the minimum password age, history, complexity, a password filter, or "User cannot change password" on the account.',
      },
      ja: {
        title: 'オンプレミスのポリシーによるパスワードの拒否',
        meaning:
          'Active Directory が新しいパスワードを拒否しました。原因はパスワードの最小有効期間、履歴、複雑さ、パスワード フィルター、またはアカウントの [ユーザーはパスワードを変更できない] 設定です。',
      },
      'zh-TW': {
        title: '密碼遭內部部署原則拒絕',
        meaning:
          'Active Directory 拒絕了新密碼，原因可能是最短密碼使用期限、密碼歷程記錄、複雜度、密碼篩選器，或帳戶設定了「使用者不能變更密碼」。',
      },
    },
  },
  {
    code: '0x8023061F',
    logText: 'The operation failed because password synchronization is not enabled on this Management Agent.',
    relevance: 'cause',
    text: {
      en: {
        title: 'Writeback not enabled on this AD connector',
        meaning:
          'The AD connector was added, or removed and re-added, after password writeback was enabled, so password management is off on it. Disable and re-enable writeback once the forest changes are done.',
      },
      ja: {
        title: 'この AD コネクタでライトバックが無効',
        meaning:
          'パスワード ライトバックを有効にした後に AD コネクタが追加（または削除して再追加）されたため、このコネクタではパスワード管理が有効になっていません。フォレストの変更が済んだら、ライトバックを無効にしてから再度有効にしてください。',
      },
      'zh-TW': {
        title: '此 AD 連接器未啟用回寫',
        meaning:
          'AD 連接器是在啟用密碼回寫之後才新增（或移除後重新加入）的，因此未啟用密碼管理。完成樹系變更後，請停用再重新啟用回寫。',
      },
    },
  },
  {
    code: '0x80230402',
    logText: 'An attempt to get an object failed because there are duplicated entries with the same anchor.',
    relevance: 'cause',
    text: {
      en: {
        title: 'Duplicate anchor',
        meaning:
          'Two on-premises objects share the anchor the request points to, for example the same user enabled in an account and a resource forest, or a non-unique anchor attribute such as UPN. Make the anchor unique per user.',
      },
      ja: {
        title: 'アンカーの重複',
        meaning:
          '要求が指すアンカーを 2 つのオンプレミス オブジェクトが共有しています。アカウント フォレストとリソース フォレストの両方で同じユーザーが有効な場合や、UPN のような一意でない属性をアンカーにしている場合に起こります。ユーザーごとにアンカーを一意にしてください。',
      },
      'zh-TW': {
        title: '錨點重複',
        meaning:
          '有兩個內部部署物件共用要求所指的錨點，例如同一使用者在帳戶樹系與資源樹系中都已啟用，或以 UPN 等非唯一屬性作為錨點。請確保每位使用者的錨點都是唯一的。',
      },
    },
  },
  {
    code: '0x80230818',
    // Only this fragment is documented; the full sentence has not been seen in a capture.
    logText: 'domain controller could not be contacted',
    logTextIsPartial: true,
    relevance: 'cause',
    text: {
      en: {
        title: 'No domain controller reachable',
        meaning:
          "The sync engine could not contact a domain controller to write the password. Check that the connector's preferred DCs are given as FQDNs, that DNS resolves them, and that they are healthy.",
      },
      ja: {
        title: '到達可能なドメイン コントローラーなし',
        meaning:
          '同期エンジンが、パスワードを書き込むドメイン コントローラーに接続できませんでした。コネクタの優先 DC が FQDN で指定されていること、DNS で名前解決できること、DC が正常であることを確認してください。',
      },
      'zh-TW': {
        title: '無法連線到網域控制站',
        meaning:
          '同步處理引擎無法連線到網域控制站來寫入密碼。請確認連接器的慣用網域控制站以 FQDN 指定、DNS 可以解析，且網域控制站運作正常。',
      },
    },
  },
  {
    code: '0x8023062C',
    logText:
      'The password could not be set because the server is not configured for insecure setting of passwords, or a 128 bit TLS or SSL connection is required.',
    relevance: 'cause',
    text: {
      en: {
        title: 'LDAP sign and encrypt is off on the AD connector',
        meaning:
          'The domain controller refuses to set a password over an unprotected LDAP connection. Turn on "Sign and Encrypt LDAP Traffic" in the AD connector\'s options in Synchronization Service Manager, then restart ADSync.',
      },
      ja: {
        title: 'AD コネクタで LDAP の署名と暗号化が無効',
        meaning:
          '保護されていない LDAP 接続でのパスワード設定を、ドメイン コントローラーが拒否しています。Synchronization Service Manager で AD コネクタのオプションの [Sign and Encrypt LDAP Traffic] を有効にし、ADSync を再起動してください。',
      },
      'zh-TW': {
        title: 'AD 連接器未啟用 LDAP 簽署與加密',
        meaning:
          '網域控制站拒絕透過未受保護的 LDAP 連線設定密碼。請在 Synchronization Service Manager 的 AD 連接器選項中啟用「Sign and Encrypt LDAP Traffic」，然後重新啟動 ADSync。',
      },
    },
  },
  {
    code: '0x80230626',
    logText: 'The password could not be updated because the management agent credentials were denied access.',
    relevance: 'cause',
    text: {
      en: {
        title: 'Connector account denied access',
        meaning:
          'The AD DS connector account lacks Reset password, Change password or write access to lockoutTime and pwdLastSet on the user, or the user is protected (adminCount=1, AdminSDHolder), where writeback is refused by design.',
      },
      ja: {
        title: 'コネクタ アカウントのアクセス拒否',
        meaning:
          'AD DS コネクタ アカウントに、ユーザーに対する [パスワードのリセット]、[パスワードの変更]、lockoutTime と pwdLastSet への書き込み権限がないか、ユーザーが保護されたアカウント（adminCount=1、AdminSDHolder）で、仕様によりライトバックが拒否されています。',
      },
      'zh-TW': {
        title: '連接器帳戶存取遭拒',
        meaning:
          'AD DS 連接器帳戶對該使用者缺少「重設密碼」、「變更密碼」或 lockoutTime 與 pwdLastSet 的寫入權限，或該使用者為受保護的帳戶（adminCount=1、AdminSDHolder），依設計會拒絕回寫。',
      },
    },
  },
];
