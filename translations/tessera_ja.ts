<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation>（パディングの &apos;=&apos; は末尾にのみ置けます）</translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation>シークレットキーが Base32 ではありません: 位置 %2 に %1%3</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>シークレットキーが空です</translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation>シークレットキーが短すぎます: デコードして 1 バイト以上（Base32 で 2 文字以上）必要です</translation>
    </message>
</context>
<context>
    <name>ChainedCodes</name>
    <message>
        <source>nothing here can answer %1: link a vault entry, or type the code</source>
        <translation>ここには %1 に答えられるものがありません。保管庫のエントリをリンクするか、コードを入力してください</translation>
    </message>
</context>
<context>
    <name>ConsoleTables</name>
    <message>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one (write it as two quotes inside a quoted field)</source>
        <translation>引用符で始まらないフィールド内に引用符があります（引用符で囲んだフィールド内で 2 つの引用符として書いてください）</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>閉じ引用符の後にテキストがあります</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>引用符が開かれたまま閉じられていません</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <source>Set up an authenticator with the user&apos;s access token or a sign-in&apos;s session, exactly one of them.</source>
        <translation>ユーザーのアクセストークンかサインインのセッションのどちらか一方だけを使って認証アプリを設定してください。</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken answered with a secret that is not Base32</source>
        <translation>AssociateSoftwareToken が Base32 ではないシークレットを返しました</translation>
    </message>
    <message>
        <source>VerifySoftwareToken did not answer SUCCESS</source>
        <translation>VerifySoftwareToken が SUCCESS を返しませんでした</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>グループ名</translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation>キーリングがロックされているか使用できません</translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation>キーリングに項目 &apos;%1&apos; がありません</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>JWT ではありません: ドットで区切られた部分が 3 つではなく %n 個あります</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JWT: its payload is not Base64url</source>
        <translation>JWT ではありません: ペイロードが Base64url ではありません</translation>
    </message>
    <message>
        <source>not a JWT: its payload is not a JSON object</source>
        <translation>JWT ではありません: ペイロードが JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>NewUser</name>
    <message>
        <source>An invitation by email needs the user&apos;s email address.</source>
        <translation>メールでの招待には、ユーザーのメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the user&apos;s phone number.</source>
        <translation>SMS での招待には、ユーザーの電話番号が必要です。</translation>
    </message>
    <message>
        <source>Without an invitation, give a temporary password to hand to the user.</source>
        <translation>招待しない場合は、ユーザーに渡す一時パスワードを指定してください。</translation>
    </message>
</context>
<context>
    <name>OutboxCodes</name>
    <message>
        <source>no %1 code for this user in the outbox</source>
        <translation>送信トレイにこのユーザーの %1 コードがありません</translation>
    </message>
    <message>
        <source>the outbox&apos;s newest %1 code was already given; no new one arrived</source>
        <translation>送信トレイの最新の %1 コードはすでに使われており、新しいコードは届いていません</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>送信トレイ</translation>
    </message>
</context>
<context>
    <name>PasskeyLab</name>
    <message>
        <source>could not make a passkey (OpenSSL failed)</source>
        <translation>パスキーを作成できませんでした（OpenSSL の失敗）</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: 応答済み</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1: %2 で拒否されました: %3</translation>
    </message>
    <message>
        <source>The lab&apos;s passkey could not be deleted (%1); delete it in the user&apos;s passkeys.</source>
        <translation>ラボのパスキーを削除できませんでした（%1）。ユーザーのパスキーから削除してください。</translation>
    </message>
    <message>
        <source>Turn passkeys on in the pool&apos;s sign-in settings and give the relying party ID.</source>
        <translation>プールのサインイン設定でパスキーをオンにし、証明書利用者 ID を指定してください。</translation>
    </message>
    <message>
        <source>Allow the app client the choice-based flow (ALLOW_USER_AUTH).</source>
        <translation>アプリクライアントで選択ベースのフロー（ALLOW_USER_AUTH）を許可してください。</translation>
    </message>
    <message>
        <source>the creation options name no relying party or challenge</source>
        <translation>作成オプションに証明書利用者もチャレンジも指定されていません</translation>
    </message>
    <message>
        <source>%1: authenticated</source>
        <translation>%1: 認証済み</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>サービスはチャレンジもトークンも返しませんでした</translation>
    </message>
    <message>
        <source>%1: challenge %2</source>
        <translation>%1: チャレンジ %2</translation>
    </message>
    <message>
        <source>SELECT_CHALLENGE does not offer WEB_AUTHN to %1</source>
        <translation>SELECT_CHALLENGE が %1 に WEB_AUTHN を提示していません</translation>
    </message>
    <message>
        <source>Allow passkeys (WEB_AUTHN) among the pool&apos;s first factors.</source>
        <translation>プールの第 1 要素でパスキー（WEB_AUTHN）を許可してください。</translation>
    </message>
    <message>
        <source>the assertion failed the lab&apos;s own checks; it was not sent</source>
        <translation>アサーションがラボ自身のチェックに失敗しました。送信していません</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>ラボはチャレンジ %1 に応答できません</translation>
    </message>
    <message>
        <source>clientDataJSON.challenge %1 is the one the service issued (%2), for type %3</source>
        <translation>clientDataJSON.challenge %1 はサービスが発行したもの（%2）で、タイプは %3 です</translation>
    </message>
    <message>
        <source>clientDataJSON.origin %1 is https on relying party %2 or a subdomain</source>
        <translation>clientDataJSON.origin %1 は証明書利用者 %2 またはそのサブドメイン上の https です</translation>
    </message>
    <message>
        <source>authenticatorData.rpIdHash %1 is SHA-256(&quot;%2&quot;) %3</source>
        <translation>authenticatorData.rpIdHash %1 は SHA-256(&quot;%2&quot;) %3 です</translation>
    </message>
    <message>
        <source>UP (user present) %1, UV (user verified) %2; the pool %3 verification</source>
        <translation>UP（ユーザーの存在）%1、UV（ユーザー検証）%2。プールはユーザー検証を %3</translation>
    </message>
    <message>
        <source>set</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>必須としています</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>推奨しています</translation>
    </message>
    <message>
        <source>signCount %1 is greater than the %2 stored at registration</source>
        <translation>signCount %1 は登録時に保存された %2 より大きい値です</translation>
    </message>
    <message>
        <source>the ES256 signature over authenticatorData ‖ SHA-256(clientDataJSON) verifies with the registered public key</source>
        <translation>authenticatorData ‖ SHA-256(clientDataJSON) に対する ES256 署名は、登録済みの公開鍵で検証できます</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ShellLabVault</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>保管庫はロックされています: 認証アプリでロックを解除するか、コードを入力してください</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it in the authenticator first.</source>
        <translation>保管庫はロックされています: 先に認証アプリでロックを解除してください。</translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation>SRP 値を生成できませんでした（OpenSSL の失敗）</translation>
    </message>
    <message>
        <source>the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1</source>
        <translation>ラボは USER_PASSWORD_AUTH または USER_SRP_AUTH でサインインします。%1 ではありません</translation>
    </message>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>%n 回のリクエスト内にサインインが完了しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The service keeps asking; read the steps for the loop.</source>
        <translation>サービスが要求を繰り返しています。ループの手順を確認してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1: %2 で拒否されました: %3</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>認証済み</translation>
    </message>
    <message>
        <source>challenge %1</source>
        <translation>チャレンジ %1</translation>
    </message>
    <message>
        <source>neither a challenge nor tokens</source>
        <translation>チャレンジもトークンもありません</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>サービスはチャレンジもトークンも返しませんでした</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run did not start</source>
        <translation>PASSWORD_VERIFIER は USER_SRP_AUTH への応答ですが、この実行では開始していません</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>PASSWORD_VERIFIER: サービスが無効な SRP 値を送信しました</translation>
    </message>
    <message>
        <source>SRP</source>
        <translation>SRP</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password</source>
        <translation>NEW_PASSWORD_REQUIRED: %1 は一時パスワードでサインインしました</translation>
    </message>
    <message>
        <source>Give the lab a new password for the user, or set a permanent test password (AdminSetUserPassword, Permanent).</source>
        <translation>ラボにユーザーの新しいパスワードを指定するか、恒久的なテスト用パスワードを設定してください（AdminSetUserPassword、Permanent）。</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and %1 has no factor yet</source>
        <translation>MFA_SETUP: プールは MFA を必須としていますが、%1 にはまだ要素がありません</translation>
    </message>
    <message>
        <source>Set up an authenticator for the user first.</source>
        <translation>先にユーザーの認証アプリを設定してください。</translation>
    </message>
    <message>
        <source>MFA_SETUP offers no authenticator app (TOTP), the only factor the lab can set up</source>
        <translation>MFA_SETUP が認証アプリ（TOTP）を提示していません。ラボが設定できる要素はこれだけです</translation>
    </message>
    <message>
        <source>Turn authenticator apps on in the pool&apos;s MFA policy.</source>
        <translation>プールの MFA ポリシーで認証アプリをオンにしてください。</translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, and the lab has no code for any of them</source>
        <translation>SELECT_MFA_TYPE は %1 を提示していますが、ラボにはそのいずれのコードもありません</translation>
    </message>
    <message>
        <source>Link a vault entry to the user, or type the code.</source>
        <translation>保管庫のエントリをユーザーにリンクするか、コードを入力してください。</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>ラボはチャレンジ %1 に応答できません</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <source>the secret just set up</source>
        <translation>設定したばかりのシークレット</translation>
    </message>
    <message>
        <source>The risk configuration refused this sign-in (blocked range, BLOCK, or MFA required with no factor): read the decision trace, then change the IP address, the action for this level or the user&apos;s factors.</source>
        <translation>リスク設定がこのサインインを拒否しました（ブロック対象の範囲、BLOCK、または要素のない状態での MFA 必須）: 判定トレースを確認してから、IP アドレス、このレベルのアクション、またはユーザーの要素を変更してください。</translation>
    </message>
    <message>
        <source>Enable the user (AdminEnableUser).</source>
        <translation>ユーザーを有効にしてください（AdminEnableUser）。</translation>
    </message>
    <message>
        <source>Set a new temporary or permanent password (AdminSetUserPassword).</source>
        <translation>新しい一時パスワードまたは恒久的なパスワードを設定してください（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>The session ended (it expires after the client&apos;s AuthSessionValidity, or after too many wrong codes): start again.</source>
        <translation>セッションが終了しました（クライアントの AuthSessionValidity を過ぎたか、誤ったコードが多すぎました）: 最初からやり直してください。</translation>
    </message>
    <message>
        <source>Check the password, or set a test password (AdminSetUserPassword).</source>
        <translation>パスワードを確認するか、テスト用パスワードを設定してください（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>Check the username: no such user in this pool.</source>
        <translation>ユーザー名を確認してください: このプールにそのユーザーはいません。</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password (AdminSetUserPassword).</source>
        <translation>ユーザーのパスワードをリセットしてください（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>The new password breaks the pool&apos;s password policy: choose another.</source>
        <translation>新しいパスワードがプールのパスワードポリシーに違反しています: 別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Five wrong codes ended this sign-in: start again with the right code; the user may be locked out for a while.</source>
        <translation>誤ったコードが 5 回入力されたため、このサインインは終了しました: 正しいコードで最初からやり直してください。ユーザーはしばらくロックアウトされる場合があります。</translation>
    </message>
    <message>
        <source>The code was wrong, already used or too old: check that the vault entry belongs to this user and the clock is right, or wait for the next code.</source>
        <translation>コードが誤っているか、使用済みか、古すぎます: 保管庫のエントリがこのユーザーのものであることと時計が正しいことを確認するか、次のコードを待ってください。</translation>
    </message>
    <message>
        <source>Allow this flow on the app client (ExplicitAuthFlows), or create a test client that allows it.</source>
        <translation>アプリクライアントでこのフローを許可するか（ExplicitAuthFlows）、これを許可するテスト用クライアントを作成してください。</translation>
    </message>
    <message>
        <source>Check the pool and the app client: one of them does not exist.</source>
        <translation>プールとアプリクライアントを確認してください: どちらかが存在しません。</translation>
    </message>
    <message>
        <source>the device is remembered</source>
        <translation>デバイスは記憶済みです</translation>
    </message>
    <message>
        <source>%1: the pool asks the remembered device to prove itself with its own password, which the lab does not have</source>
        <translation>%1: プールは記憶済みデバイスに自身のパスワードでの証明を求めていますが、ラボはそのパスワードを持っていません</translation>
    </message>
    <message>
        <source>Choose a device a lab run in this window remembered, or a new device.</source>
        <translation>このウィンドウのラボ実行で記憶したデバイスか、新しいデバイスを選択してください。</translation>
    </message>
    <message>
        <source>the device&apos;s password</source>
        <translation>デバイスのパスワード</translation>
    </message>
    <message>
        <source>DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>DEVICE_PASSWORD_VERIFIER: サービスが無効な SRP 値を送信しました</translation>
    </message>
</context>
<context>
    <name>SignInTrace</name>
    <message>
        <source>The address %1 is in the blocked range %2: the sign-in is refused before any other check.</source>
        <translation>アドレス %1 はブロック対象の範囲 %2 に含まれています: 他のチェックより先にサインインが拒否されます。</translation>
    </message>
    <message>
        <source>The address %1 is in the allowed range %2: risk checks are skipped and the level is Low.</source>
        <translation>アドレス %1 は許可された範囲 %2 に含まれています: リスクチェックはスキップされ、レベルは Low です。</translation>
    </message>
    <message>
        <source>First sign-in: no earlier successful sign-in to compare the device and network with (no points).</source>
        <translation>初回のサインイン: デバイスとネットワークを比較できる過去のサインイン成功がありません（0 ポイント）。</translation>
    </message>
    <message>
        <source>New device: &apos;%1&apos; has not signed in as this user before (+1 point).</source>
        <translation>新しいデバイス: &apos;%1&apos; はこのユーザーとしてサインインしたことがありません（+1 ポイント）。</translation>
    </message>
    <message>
        <source>Known device: &apos;%1&apos; signed in as this user before.</source>
        <translation>既知のデバイス: &apos;%1&apos; はこのユーザーとしてサインインしたことがあります。</translation>
    </message>
    <message>
        <source>The request names no device (no DEVICE_KEY, device data or User-Agent).</source>
        <translation>リクエストにデバイスの情報がありません（DEVICE_KEY、デバイスデータ、User-Agent のいずれもなし）。</translation>
    </message>
    <message>
        <source>New network: the user never signed in from %1 before (+1 point).</source>
        <translation>新しいネットワーク: ユーザーはこれまで %1 からサインインしたことがありません（+1 ポイント）。</translation>
    </message>
    <message>
        <source>Known network: the user signed in from %1 before.</source>
        <translation>既知のネットワーク: ユーザーは以前 %1 からサインインしています。</translation>
    </message>
    <message>
        <source>%n failed sign-ins for this user in the last 15 minutes (+%1 points).</source>
        <translation>過去 15 分間にこのユーザーのサインイン失敗が %n 回ありました（+%1 ポイント）。</translation>
    </message>
    <message>
        <source>%n sign-in attempts from %1 in the last minute look automated (+3 points).</source>
        <translation>直前の 1 分間に %1 から %n 回のサインイン試行があり、自動化されたものとみられます（+3 ポイント）。</translation>
    </message>
    <message>
        <source>Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or more High).</source>
        <translation>リスクスコア %1: レベル %2（0～1 は Low、2 は Medium、3 以上は High）。</translation>
    </message>
    <message>
        <source>The pool&apos;s risk configuration maps %1 risk to %2.</source>
        <translation>プールのリスク設定は %1 のリスクを %2 に対応付けています。</translation>
    </message>
    <message>
        <source>The configuration notifies at this level: a notice went to %1.</source>
        <translation>設定ではこのレベルで通知します: %1 に通知を送信しました。</translation>
    </message>
    <message>
        <source>The configuration notifies at this level, but the user has no email address to notify.</source>
        <translation>設定ではこのレベルで通知しますが、ユーザーには通知先のメールアドレスがありません。</translation>
    </message>
    <message>
        <source>The action is BLOCK: the sign-in is refused.</source>
        <translation>アクションは BLOCK です: サインインは拒否されます。</translation>
    </message>
    <message>
        <source>The user is disabled: the sign-in is refused.</source>
        <translation>ユーザーは無効です: サインインは拒否されます。</translation>
    </message>
    <message>
        <source>The password step failed: %1</source>
        <translation>パスワードのステップが失敗しました: %1</translation>
    </message>
    <message>
        <source>The password is right.</source>
        <translation>パスワードは正しいです。</translation>
    </message>
    <message>
        <source>The user has a temporary password: NEW_PASSWORD_REQUIRED asks for a new one.</source>
        <translation>ユーザーは一時パスワードを使用しています: NEW_PASSWORD_REQUIRED で新しいパスワードを求めます。</translation>
    </message>
    <message>
        <source>The new password meets the pool&apos;s policy and is set.</source>
        <translation>新しいパスワードはプールのポリシーを満たしており、設定されました。</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA mode is %1.</source>
        <translation>プールの MFA モードは %1 です。</translation>
    </message>
    <message>
        <source>The user&apos;s usable factors: %1.</source>
        <translation>ユーザーが使用できる要素: %1。</translation>
    </message>
    <message>
        <source>The user has no usable MFA factor.</source>
        <translation>ユーザーには使用できる MFA 要素がありません。</translation>
    </message>
    <message>
        <source>The user&apos;s preferred factor is %1.</source>
        <translation>ユーザーが優先する要素は %1 です。</translation>
    </message>
    <message>
        <source>The user has no preferred factor.</source>
        <translation>ユーザーには優先する要素がありません。</translation>
    </message>
    <message>
        <source>A federated user, and the pool exempts federated users from MFA.</source>
        <translation>フェデレーションユーザーであり、プールはフェデレーションユーザーを MFA の対象外としています。</translation>
    </message>
    <message>
        <source>A federated user, and the pool enforces MFA for them.</source>
        <translation>フェデレーションユーザーであり、プールはフェデレーションユーザーにも MFA を適用しています。</translation>
    </message>
    <message>
        <source>The risk action %1 asks for MFA whatever the pool&apos;s mode.</source>
        <translation>リスクアクション %1 は、プールのモードにかかわらず MFA を求めます。</translation>
    </message>
    <message>
        <source>The risk action %1 requires MFA but the user has no factor: the sign-in is refused.</source>
        <translation>リスクアクション %1 は MFA を必須としていますが、ユーザーには要素がありません: サインインは拒否されます。</translation>
    </message>
    <message>
        <source>The device is remembered for this user: MFA is skipped.</source>
        <translation>このユーザーのデバイスは記憶済みです: MFA はスキップされます。</translation>
    </message>
    <message>
        <source>No MFA is asked: tokens follow the password.</source>
        <translation>MFA は求められません: パスワードの後にトークンが発行されます。</translation>
    </message>
    <message>
        <source>MFA is asked.</source>
        <translation>MFA が求められます。</translation>
    </message>
    <message>
        <source>MFA is required but the user has no factor: MFA_SETUP offers %1.</source>
        <translation>MFA は必須ですが、ユーザーには要素がありません: MFA_SETUP は %1 を提示します。</translation>
    </message>
    <message>
        <source>%1 is challenged without asking (the preferred or only factor).</source>
        <translation>%1 が選択なしでチャレンジされます（優先する要素または唯一の要素）。</translation>
    </message>
    <message>
        <source>The user must choose: SELECT_MFA_TYPE offers %1.</source>
        <translation>ユーザーが選択する必要があります: SELECT_MFA_TYPE は %1 を提示します。</translation>
    </message>
    <message>
        <source>%1: the code is accepted.</source>
        <translation>%1: コードは受け入れられました。</translation>
    </message>
    <message>
        <source>%1: the code is refused: %2</source>
        <translation>%1: コードは拒否されました: %2</translation>
    </message>
    <message>
        <source>Authenticated: tokens issued.</source>
        <translation>認証済み: トークンが発行されました。</translation>
    </message>
    <message>
        <source>Stopped with %1: %2</source>
        <translation>%1 で停止しました: %2</translation>
    </message>
</context>
<context>
    <name>SmsCostProjection</name>
    <message>
        <source>the number of users cannot be negative</source>
        <translation>ユーザー数を負の値にすることはできません</translation>
    </message>
    <message>
        <source>sign-ins per user per month cannot be negative</source>
        <translation>ユーザーあたりの月間サインイン数を負の値にすることはできません</translation>
    </message>
    <message>
        <source>the share of sign-ins challenged must be from 0 to 1 (0% to 100%)</source>
        <translation>チャレンジされるサインインの割合は 0～1（0%～100%）で指定してください</translation>
    </message>
    <message>
        <source>the share of SMS users must be from 0 to 1 (0% to 100%)</source>
        <translation>SMS ユーザーの割合は 0～1（0%～100%）で指定してください</translation>
    </message>
    <message>
        <source>monthly growth must be above -100%</source>
        <translation>月間の増加率は -100% より大きくしてください</translation>
    </message>
    <message>
        <source>say where the texts go: at least one destination country</source>
        <translation>テキストメッセージの送信先を指定してください: 少なくとも 1 つの送信先の国が必要です</translation>
    </message>
    <message>
        <source>the share of texts to %1 must be from 0 to 1 (0% to 100%)</source>
        <translation>%1 へのテキストメッセージの割合は 0～1（0%～100%）で指定してください</translation>
    </message>
    <message>
        <source>the price table has no price for %1: add it</source>
        <translation>料金表に %1 の料金がありません: 追加してください</translation>
    </message>
    <message>
        <source>the destination shares add up to %1%, not 100%</source>
        <translation>送信先の割合の合計が 100% ではなく %1% です</translation>
    </message>
    <message>
        <source>project 1 to %1 months, not %2</source>
        <translation>予測期間は 1～%1 か月で指定してください（%2 ではなく）</translation>
    </message>
    <message>
        <source>the share of SMS users moved must be from 0 to 1 (0% to 100%)</source>
        <translation>移行する SMS ユーザーの割合は 0～1（0%～100%）で指定してください</translation>
    </message>
    <message>
        <source>the cost of moving a user cannot be negative</source>
        <translation>ユーザーを移行するコストを負の値にすることはできません</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation>%1 が長すぎます: &apos;%2&apos; は %3 文字ですが、上限は %4 文字です</translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message>
        <source>vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2</source>
        <translation>保管庫のエントリ %1 は SOFTWARE_TOKEN_MFA に応答するもので、%2 ではありません</translation>
    </message>
    <message>
        <source>could not compute the code of vault entry %1</source>
        <translation>保管庫のエントリ %1 のコードを計算できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>保管庫のエントリ %1 のコードはすでに使用されています。次のコードまで %n 秒です</numerusform>
        </translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation>保管庫のエントリ %1</translation>
    </message>
</context>
<context>
    <name>TypedCodes</name>
    <message>
        <source>%1 needs a code and none is left to type</source>
        <translation>%1 にはコードが必要ですが、入力するコードが残っていません</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>入力済み</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>authenticator app</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードをリセット</translation>
    </message>
    <message>
        <source>Require %1 as preferred factor</source>
        <translation>%1 を優先する要素として必須にする</translation>
    </message>
    <message>
        <source>Clear MFA preference</source>
        <translation>MFA の優先設定をクリア</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>MFA をリセット</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>デバイスを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Tokens already issued stay valid until they expire.</source>
        <translation>%1 は再び有効化されるまでサインインできなくなります。発行済みのトークンは有効期限まで有効です。</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 は再びサインインできるようになります。</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working: at the next sign-in they must set a new one with a code sent to their verified email or phone.</source>
        <translation>%1 のパスワードは使えなくなります: 次回のサインイン時に、確認済みのメールアドレスまたは電話番号に送信されるコードを使って新しいパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned on and preferred: sign-ins ask for it first. This fails for a user who has not set it up.</source>
        <translation>%1 の %2 要素がオンになり、優先されます: サインイン時に最初に求められます。設定していないユーザーでは失敗します。</translation>
    </message>
    <message>
        <source>%1 will have no preferred factor; the factors they have stay on, and a sign-in with more than one asks them to choose.</source>
        <translation>%1 には優先する要素がなくなります。持っている要素はオンのままで、複数の要素がある場合はサインイン時に選択を求められます。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned off; sign-ins no longer ask for it.</source>
        <translation>%1 の %2 要素がオフになり、サインイン時に求められなくなります。</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 will be turned off. If the pool requires MFA, they set one up again at the next sign-in.</source>
        <translation>%1 のすべての MFA 要素がオフになります。プールが MFA を必須としている場合、次回のサインイン時に再設定します。</translation>
    </message>
    <message>
        <source>Every device %1 chose to remember will be forgotten: the next sign-in from each asks for MFA again.</source>
        <translation>%1 が記憶させたすべてのデバイスが削除されます: 各デバイスからの次回のサインインでは再び MFA が求められます。</translation>
    </message>
    <message>
        <source>%1 will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>%1 は要素とデバイスとともに削除されます。この操作は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>%n 人のユーザーは再び有効化されるまでサインインできなくなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n 人のユーザーは再びサインインできるようになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n 人のユーザーは次回のサインイン時に新しいパスワードを設定する必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>%n 人のユーザーで %1 がオンになり優先されます。設定していないユーザーは失敗し、一覧に表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n 人のユーザーに優先する要素がなくなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>%n 人のユーザーで %1 がオフになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>%n 人のユーザーのすべての MFA 要素がオフになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>%n 人のユーザーの記憶済みデバイスがすべて削除されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n 人のユーザーが要素とデバイスとともに削除されます。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 は無効になり、サインインできません。</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in.</source>
        <translation>%1 は有効になり、サインインできます。</translation>
    </message>
    <message>
        <source>%1 must set a new password at the next sign-in.</source>
        <translation>%1 は次回のサインイン時に新しいパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <source>%1 now prefers %2.</source>
        <translation>%1 は %2 を優先するようになりました。</translation>
    </message>
    <message>
        <source>%1 has no preferred factor now.</source>
        <translation>%1 には優先する要素がなくなりました。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor is off.</source>
        <translation>%1 の %2 要素はオフです。</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 is off.</source>
        <translation>%1 のすべての MFA 要素はオフです。</translation>
    </message>
    <message>
        <source>%1&apos;s remembered devices are forgotten.</source>
        <translation>%1 の記憶済みデバイスは削除されました。</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 は削除されました。</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>すでに無効です。</translation>
    </message>
    <message>
        <source>Already enabled.</source>
        <translation>すでに有効です。</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>A filter starts with an attribute name, for example: username ^= &quot;jo&quot;</source>
        <translation>フィルターは属性名で始めます。例: username ^= &quot;jo&quot;</translation>
    </message>
    <message>
        <source>ListUsers cannot search on &quot;%1&quot;; it searches only on: %2</source>
        <translation>ListUsers は &quot;%1&quot; で検索できません。検索できるのは次の属性だけです: %2</translation>
    </message>
    <message>
        <source>After the attribute comes = (is exactly) or ^= (starts with).</source>
        <translation>属性の後には =（完全一致）または ^=（前方一致）を置きます。</translation>
    </message>
    <message>
        <source>The value goes in double quotes, a quote inside it written as \&quot;, for example: %1 = &quot;value&quot;</source>
        <translation>値は二重引用符で囲み、値の中の引用符は \&quot; と書きます。例: %1 = &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message>
        <source>The file is empty: it needs the header row.</source>
        <translation>ファイルが空です: ヘッダー行が必要です。</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>この列はヘッダーに 2 回現れています。</translation>
    </message>
    <message>
        <source>Not a column of Cognito&apos;s import header (GetCSVHeader).</source>
        <translation>Cognito のインポートヘッダー（GetCSVHeader）の列ではありません。</translation>
    </message>
    <message>
        <source>The header lacks this column: every column of the import header must be present, even when its cells are empty.</source>
        <translation>ヘッダーにこの列がありません: セルが空の場合でも、インポートヘッダーのすべての列が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>ユーザーが %n 人を超えています: Cognito が 1 ファイルでインポートできるのはその人数までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CSV: %1.</source>
        <translation>有効な CSV ではありません: %1。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>この行のフィールドは %1 個ですが、ヘッダーは %2 個です。</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>すべてのユーザーにユーザー名が必要です。</translation>
    </message>
    <message>
        <source>The username is already on line %1.</source>
        <translation>このユーザー名はすでに %1 行目にあります。</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>true または false である必要があります。</translation>
    </message>
    <message>
        <source>Must be true, false or empty.</source>
        <translation>true、false、または空である必要があります。</translation>
    </message>
    <message>
        <source>Either email_verified or phone_number_verified must be true, so the user can receive the code to set a password.</source>
        <translation>ユーザーがパスワード設定用のコードを受け取れるよう、email_verified または phone_number_verified のどちらかを true にする必要があります。</translation>
    </message>
    <message>
        <source>email_verified is true, so the email address is needed.</source>
        <translation>email_verified が true なので、メールアドレスが必要です。</translation>
    </message>
    <message>
        <source>%1 Write it as + and the country code and number, digits only (+14325551212).</source>
        <translation>%1 + と国番号および番号を数字だけで書いてください（+14325551212）。</translation>
    </message>
    <message>
        <source>phone_number_verified or cognito:mfa_enabled is true, so the phone number is needed.</source>
        <translation>phone_number_verified または cognito:mfa_enabled が true なので、電話番号が必要です。</translation>
    </message>
    <message>
        <source>Must be a number: seconds since 1970-01-01 UTC.</source>
        <translation>数値である必要があります: 1970-01-01 UTC からの秒数。</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>The file is larger than 100 MB, Cognito&apos;s limit for one import: split it.</source>
        <translation>ファイルが 100 MB を超えています。これは Cognito の 1 回のインポートの上限です: ファイルを分割してください。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>VaultEntryCodes</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>保管庫はロックされています: 認証アプリでロックを解除するか、コードを入力してください</translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation>保管庫のエントリ &apos;%1&apos; は TOTP エントリではありません。SOFTWARE_TOKEN_MFA には TOTP が必要です</translation>
    </message>
    <message>
        <source>no vault entry is linked to %1 (set up an authenticator for the user, or type the code)</source>
        <translation>%1 にリンクされた保管庫エントリはありません（ユーザーの認証アプリを設定するか、コードを入力してください）</translation>
    </message>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>%n 件の保管庫エントリがアカウント %1 を持っていますが、どれもユーザーにリンクされていません。コードを入力してください</numerusform>
        </translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>&apos;%1&apos; という名前の保管庫エントリはありません（&apos;tessera-cli list&apos; で一覧を表示できます）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation>&apos;%1&apos; は %2 件の保管庫エントリに該当します。発行者:アカウントか UUID で 1 つを指定してください</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation>認証アプリとユーザープール用 MFA コンソール。</translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation>PATH にある保管庫を開きます（初回起動時に作成されます）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation>Tessera を起動できません</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation>暗号機能のセルフテストに失敗したため、Tessera はこのシステムでシークレットを扱いません。

%1</translation>
    </message>
    <message>
        <source>Add an account from a QR code on the screen (once the vault is unlocked).</source>
        <translation>画面上の QR コードからアカウントを追加します（保管庫のロック解除後）。</translation>
    </message>
    <message>
        <source>Lock the running Tessera.</source>
        <translation>実行中の Tessera をロックします。</translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation>%1 は Tessera が読み込む上限 %2 MiB を超えています</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>標準入力を読み込めません: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation>保管庫ファイル。</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>1 行目がパスワードであるファイル。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>不明なコマンド &apos;%1&apos; です（--help を試してください）</translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation>--at には 1970-01-01 UTC からの秒数を 0 以上の整数で指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation>otpauth:// URI。</translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation>Unix 時刻（秒）。</translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation>code には保管庫の NAME か --uri URI が必要です</translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation>--uri を指定した code は位置引数を受け付けません</translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>標準入力の URI が %n 文字を超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation>code --uri - は標準入力から otpauth:// URI を 1 つ読み込みますが、何も受け取りませんでした</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>コードを計算できませんでした（OpenSSL の失敗）</translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation>parse には URI をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>Usage: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMMAND [OPTIONS]

Vault options:
  --vault PATH          The vault file (default: vault.tessera in the platform data folder).
  --password-file PATH  Read the password from the first line of PATH; without it, tessera-cli
                        asks on the terminal with echo off.

Vault commands (NAME is issuer:account, an account, or a UUID from &apos;list&apos;):
  create                Create a new, empty vault.
  add -                 Add the otpauth:// URIs on standard input, one a line (blank
                        lines and # comments skipped). All or nothing, one save.
                        Prints the new entries&apos; UUIDs.
  add URI...            The same with URIs as arguments (see &apos;Secrets&apos; below).
  list                  One JSON object a line: uuid and the fields of &apos;parse&apos; but secret.
  code NAME [--at UNIX_SECONDS]
                        Print an entry&apos;s code. HOTP: the counter moves on and is saved first.
  remove NAME           Remove an entry.
  passwd --new-password-file PATH
                        Change the vault&apos;s password.
  show-uri NAME         Print an entry&apos;s otpauth:// URI, secret included.
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        Import other apps&apos; exports, or images of QR codes (format
                        recognised from the content).
                        One JSON object per account: file, source, the fields of &apos;parse&apos;
                        but secret, status (new, duplicate, error) and error. Without
                        --dry-run the new ones are added in one save. See
                        docs/import-export.md.
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        Write every entry to PATH. tessera and aegis with a password are
                        encrypted; any unencrypted export needs --plain.

Commands without a vault:
  code --uri - [--at UNIX_SECONDS]
      Print the current code for the otpauth:// URI on standard input: TOTP and Steam
      at the given time (default: now), HOTP at the URI&apos;s counter. &apos;code --uri URI&apos;
      takes it as an argument (see &apos;Secrets&apos; below).
  parse URI
      Print the URI&apos;s fields as one JSON object: type, issuer, account, secret,
      algorithm, digits, period, counter.
  scan IMAGE...
      Read the QR codes in each image: one JSON object a line, {&quot;file&quot;: PATH,
      &quot;codes&quot;: [TEXT, ...]}, or {&quot;file&quot;: PATH, &quot;error&quot;: REASON} when the image cannot
      be read (exit status 2 after trying every image).

Pool commands (a Cognito user pool: a local store, or AWS Cognito with --backend cognito;
see docs/pool-engine.md and docs/cognito-backend.md):
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        Run one Cognito operation (CreateUserPool, ListUsers,
                        AdminCreateUser, ...) with its request body; print the response
                        as the AWS CLI prints it.
  pool outbox           The local store&apos;s SMS and email messages, one JSON object a line.
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        Sign in (USER_PASSWORD_AUTH, or SRP with --auth-flow
                        USER_SRP_AUTH: the password is proven, never sent) and answer
                        each challenge: TOTP from the vault entry NAME, SMS and email
                        codes from the outbox. One JSON line a step; tokens are never
                        printed. --trace then prints the local engine&apos;s decision trace
                        (risk signals, score, level, action, why MFA was or was not
                        asked), one JSON line a step: {&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}.
                        --remember-device confirms the device the pool gives the sign-in
                        (ConfirmDevice, UpdateDeviceStatus) and keeps its key and password
                        in an owner-only file (--device-file, default in the data folder);
                        the next signin proves the device (DEVICE_SRP_AUTH), skipping MFA.
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        Serve the local store as a Cognito endpoint (AWS JSON 1.1 over
                        HTTP) until Ctrl+C, for the AWS CLI, SDKs and apps: it prints the
                        URL for AWS_ENDPOINT_URL. Loopback only unless --host says
                        otherwise. Admin operations need a SigV4 signature: any key, or
                        only --access-key, whose secret comes from the file or
                        AWS_SECRET_ACCESS_KEY. See docs/serve.md.
  Where the pool is (any pool command):
  --store PATH          The local store (default: pools.sqlite in the platform data
                        folder). A new store, and any folder made for it, only you can
                        read; a store others can read is warned of, with the fix.
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito, or a Cognito-compatible endpoint. Credentials,
                        region and endpoint are found as the AWS CLI finds them
                        (AWS_* variables, ~/.aws/credentials, ~/.aws/config); the
                        options override. No outbox with this backend.

Secrets on the command line: every user of this computer can read a command&apos;s arguments
while it runs (ps, /proc/PID/cmdline), and shells keep them in their history. Give
secrets through standard input or a file only you can read: &apos;add -&apos;, &apos;code --uri -&apos;,
--password-file, --cli-input-json file://PATH for requests holding passwords. A URI or
a password written as an argument is exposed.

Exit status: 0 on success, 2 for invalid input or usage, a wrong password, or a path that
is not a vault (with the reason on stderr), 1 for other failures, 254 when a pool
operation fails at the service (as the AWS CLI: a sentence, then the error as JSON on the
last line of stderr); &apos;pool signin&apos; exits 2 at a challenge it cannot answer.
</source>
        <translation>使い方: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMMAND [OPTIONS]

保管庫のオプション:
  --vault PATH          保管庫ファイル（既定: プラットフォームのデータフォルダー
                        内の vault.tessera）。
  --password-file PATH  PATH の 1 行目からパスワードを読み込みます。指定しない
                        場合、tessera-cli は端末でエコーなしで尋ねます。

保管庫のコマンド（NAME は 発行者:アカウント、アカウント、または &apos;list&apos; の UUID）:
  create                新しい空の保管庫を作成します。
  add -                 標準入力の otpauth:// URI を 1 行に 1 つずつ追加します
                        （空行と # コメントは無視）。すべて成功か何もしないかの
                        どちらかで、保存は 1 回です。新しいエントリの UUID を
                        出力します。
  add URI...            同じことを URI を引数にして行います（下の「シークレット」
                        を参照）。
  list                  1 行に 1 つの JSON オブジェクト: uuid と、secret を除く
                        &apos;parse&apos; のフィールド。
  code NAME [--at UNIX_SECONDS]
                        エントリのコードを出力します。HOTP: カウンターを進めて
                        先に保存します。
  remove NAME           エントリを削除します。
  passwd --new-password-file PATH
                        保管庫のパスワードを変更します。
  show-uri NAME         エントリの otpauth:// URI をシークレットキー込みで出力
                        します。
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        他のアプリのエクスポートや QR コードの画像をインポート
                        します（形式は内容から判別）。
                        アカウントごとに 1 つの JSON オブジェクト: file、source、
                        secret を除く &apos;parse&apos; のフィールド、status（new、
                        duplicate、error）、error。--dry-run なしでは新しい
                        ものを 1 回の保存で追加します。docs/import-export.md
                        を参照してください。
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        すべてのエントリを PATH に書き出します。パスワード付きの
                        tessera と aegis は暗号化されます。暗号化しない
                        エクスポートには --plain が必要です。

保管庫を使わないコマンド:
  code --uri - [--at UNIX_SECONDS]
      標準入力の otpauth:// URI の現在のコードを出力します: TOTP と Steam は指定時刻
      （既定: 現在）、HOTP は URI のカウンターで計算します。&apos;code --uri URI&apos; は URI を
      引数で受け取ります（下の「シークレット」を参照）。
  parse URI
      URI のフィールドを 1 つの JSON オブジェクトで出力します: type、issuer、account、
      secret、algorithm、digits、period、counter。
  scan IMAGE...
      各画像の QR コードを読み取ります: 1 行に 1 つの JSON オブジェクト
      {&quot;file&quot;: PATH, &quot;codes&quot;: [TEXT, ...]}、画像を読めない場合は
      {&quot;file&quot;: PATH, &quot;error&quot;: REASON}（すべての画像を試した後、終了ステータス 2）。

プールのコマンド（Cognito ユーザープール: ローカルストア、または --backend cognito で
AWS Cognito。docs/pool-engine.md と docs/cognito-backend.md を参照）:
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        Cognito の操作（CreateUserPool、ListUsers、
                        AdminCreateUser など）をリクエスト本文とともに実行し、
                        AWS CLI と同じ形で応答を出力します。
  pool outbox           ローカルストアの SMS とメール。1 行に 1 つの JSON
                        オブジェクト。
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        サインインし（USER_PASSWORD_AUTH、または --auth-flow
                        USER_SRP_AUTH で SRP: パスワードは証明されるだけで送信
                        されません）、各チャレンジに応答します: TOTP は保管庫の
                        エントリ NAME から、SMS とメールのコードは送信トレイから。
                        1 ステップごとに 1 行の JSON。トークンは出力しません。
                        --trace を付けると、続けてローカルエンジンの判定トレース
                        （リスクシグナル、スコア、レベル、アクション、MFA を求めた、
                        または求めなかった理由）を 1 ステップごとに 1 行の JSON で
                        出力します: {&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}。
                        --remember-device を付けると、プールがサインインに付与した
                        デバイスを確認し（ConfirmDevice、UpdateDeviceStatus）、その
                        キーとパスワードを本人だけが読めるファイル（--device-file、
                        既定はデータフォルダー内）に保存します。次回の signin では
                        そのデバイスを証明し（DEVICE_SRP_AUTH）、MFA を省略します。
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        Ctrl+C まで、ローカルストアを Cognito エンドポイント
                        （HTTP 上の AWS JSON 1.1）として AWS CLI、SDK、アプリに
                        提供します: AWS_ENDPOINT_URL 用の URL を出力します。
                        --host で指定しない限りループバックのみです。管理操作には
                        SigV4 署名が必要です: 任意のキー、または --access-key
                        のみ（そのシークレットはファイルか
                        AWS_SECRET_ACCESS_KEY から）。docs/serve.md を参照。
  プールの場所（すべてのプールのコマンド）:
  --store PATH          ローカルストア（既定: プラットフォームのデータフォルダー
                        内の pools.sqlite）。新しいストアとそのために作成した
                        フォルダーは本人だけが読めます。他人が読めるストアには
                        対処法とともに警告を出します。
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito、または Cognito 互換のエンドポイント。認証
                        情報、リージョン、エンドポイントは AWS CLI と同じ方法で
                        探します（AWS_* 変数、~/.aws/credentials、
                        ~/.aws/config）。オプションが優先されます。このバック
                        エンドには送信トレイはありません。

コマンドラインのシークレット: コマンドの実行中、このコンピューターのすべてのユーザーがその
引数を読めます（ps、/proc/PID/cmdline）。また、シェルは引数を履歴に残します。シークレットは
標準入力か本人だけが読めるファイルで渡してください: &apos;add -&apos;、&apos;code --uri -&apos;、
--password-file、パスワードを含むリクエストには --cli-input-json file://PATH。引数に
書いた URI やパスワードは漏えいします。

終了ステータス: 成功は 0。無効な入力や使い方、誤ったパスワード、保管庫ではないパス
（理由は stderr）は 2。その他の失敗は 1。プールの操作がサービス側で失敗した場合は 254
（AWS CLI と同様に、説明文の後、stderr の最終行にエラーを JSON で出力）。&apos;pool signin&apos;
は応答できないチャレンジで 2 で終了します。
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation>%1。&apos;tessera-cli create&apos; で作成するか、--vault で別の保管庫を指定してください</translation>
    </message>
    <message>
        <source>tessera-cli: warning: %1
</source>
        <translation>tessera-cli: 警告: %1
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>パスワードファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>パスワードファイル %1 の 1 行目が空です</translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation>パスワードがありません: --password-file を使うか、端末で実行してください</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>パスワードが空です</translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation>パスワードがありません: --password-file を使ってください</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>パスワードをもう一度入力: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>2 つのパスワードが一致しません</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>%2 操作の呼び出し中にエラー（%1）が発生しました: %3</translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation>不明な --backend &apos;%1&apos; です（local または cognito）</translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation>--%1 には --backend cognito が必要です</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation>ローカルのプールストア。</translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation>local（既定）または cognito。</translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation>cognito: AWS プロファイル。</translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation>cognito: AWS リージョン。serve: 署名の対象となり、プール ID の先頭に付くリージョン（既定 us-east-1）。</translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation>cognito: Cognito 互換のエンドポイント。</translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation>リクエスト本文、またはそれを含む file://PATH。</translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation>JSON を 1 行で出力します。</translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation>signin、export-config: ユーザープール。</translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation>export-config: cloudformation、terraform、または cli-json。</translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation>export-config: 標準出力の代わりにこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation>signin: アプリクライアント。</translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation>signin: ユーザー。</translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation>signin: ユーザーのパスワードを含むファイル。</translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation>signin: NEW_PASSWORD_REQUIRED 用の新しいパスワード。</translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation>signin: SOFTWARE_TOKEN_MFA に応答する保管庫のエントリ。</translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation>signin: USER_PASSWORD_AUTH（既定）または USER_SRP_AUTH。</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve: 待ち受けるアドレス（既定 127.0.0.1）。</translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation>serve: ポート（既定 9229。0 で空きポートを使用）。</translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation>serve: 署名を受け付ける唯一のアクセスキー。</translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation>serve: --access-key のシークレットを含むファイル。</translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation>serve: 同時に処理する接続数（既定 1024）。</translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation>pool には OPERATION（例: ListUserPools）、&apos;outbox&apos;、&apos;signin&apos;、&apos;serve&apos; のいずれかが 1 つ必要です</translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation>serve が提供するのはローカルストアで、--backend %1 ではありません</translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation>送信トレイがあるのはローカルバックエンドだけです</translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation>export-config には --pool-id ID が必要です</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation>不明な --format &apos;%1&apos; です（%2 のいずれか）</translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation>この形式には含まれません。手動で設定してください: %1</translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation>--cli-input-json が有効な JSON ではありません: オフセット %2 で %1</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation>--cli-input-json は JSON オブジェクト（{&quot;Name&quot;: value, ...}）である必要があり、リストは使えません</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation>--cli-input-json は JSON オブジェクト（{&quot;Name&quot;: value, ...}）である必要があり、単一の値は使えません</translation>
    </message>
    <message>
        <source>signin: then print why the local engine decided what it did.</source>
        <translation>signin: その後、ローカルエンジンがなぜそう判定したかを表示します。</translation>
    </message>
    <message>
        <source>signin: confirm and remember the device the sign-in is given, so the next sign-in skips MFA.</source>
        <translation>signin: サインインで付与されたデバイスを確認して記憶し、次回のサインインで MFA を省略します。</translation>
    </message>
    <message>
        <source>signin: file keeping remembered devices (default: in the data folder).</source>
        <translation>signin: 記憶済みデバイスを保存するファイル（既定: データフォルダー内）。</translation>
    </message>
    <message>
        <source>signin: then register a throwaway software passkey for the user and sign in with it (USER_AUTH, WEB_AUTHN), listing what was checked.</source>
        <translation>signin: 続けてユーザーに使い捨てのソフトウェアパスキーを登録し、それでサインインして（USER_AUTH、WEB_AUTHN）、チェックした内容を一覧表示します。</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RememberedDeviceFile</name>
    <message>
        <source>cannot read the remembered devices in %1: %2</source>
        <translation>%1 の記憶済みデバイスを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a remembered-devices file (%2); move it away</source>
        <translation>%1 は記憶済みデバイスのファイルではありません（%2）。移動してください</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation>scan には IMAGE ファイルが 1 つ以上必要です</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation>--host には IP アドレス（127.0.0.1、::1、0.0.0.0 など）を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation>--port には 0 から 65535 の数値を指定してください（0: 任意の空きポート。&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation>--region は AWS リージョンの形式（us-east-1）で指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--max-connections には 1 以上の数値を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation>--access-key には署名を検証するためにキーのシークレットが必要です: --secret-key-file PATH または AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation>--secret-key-file は --access-key ID と一緒に使います</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation>プールストア %1 を %2 で提供しています（ループバックのみ: 他のコンピューターからは接続できません）。</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation>プールストア %1 を %2 で提供しています。</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation>リージョン %1。管理操作には任意のアクセスキーによる SigV4 署名が必要です（--access-key で 1 つに固定できます）。</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation>リージョン %1。管理操作にはアクセスキー %2 による SigV4 署名が必要です。</translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation>AWS クライアントの接続先に指定してください:</translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation>トークンの鍵: %1/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation>警告: --access-key なしで %1 で待ち受けています: このコンピューターに接続できる人は誰でもこれらのプールを読み書きできます</translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation>警告: 暗号化されていない HTTP で %1 で待ち受けています: パスワードとトークンが暗号化されずにネットワークを流れます</translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation>停止しました。ストアは正常に閉じられました</translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation>SOFTWARE_TOKEN_MFA にはコードが必要です: --entry NAME で保管庫のエントリを指定してください</translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation>%1 は受信者しか読めないコードを %2 で送信しました。このバックエンドには送信トレイがありません</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation>NEW_PASSWORD_REQUIRED: &apos;%1&apos; は一時パスワードでサインインしたため、新しいパスワードを選ぶ必要があります。--new-password-file PATH で指定してください</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation>MFA_SETUP: プールは MFA を必須としていますが、&apos;%1&apos; にはまだ要素がありません。先に登録してください（AssociateSoftwareToken、VerifySoftwareToken）</translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation>signin には %1 が必要です</translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation>--auth-flow は USER_PASSWORD_AUTH か USER_SRP_AUTH です（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <source>no decision trace: only the local engine records why it decided</source>
        <translation>判定トレースがありません: 判定の理由を記録するのはローカルエンジンだけです</translation>
    </message>
    <message>
        <source>no decision trace: AdminListUserAuthEvents failed: %1</source>
        <translation>判定トレースがありません: AdminListUserAuthEvents が失敗しました: %1</translation>
    </message>
    <message>
        <source>could not make the device&apos;s SRP verifier (OpenSSL failed)</source>
        <translation>デバイスの SRP 検証子を作成できませんでした（OpenSSL の失敗）</translation>
    </message>
    <message>
        <source>the device is remembered by the pool but could not be kept: %1</source>
        <translation>デバイスはプールに記憶されましたが、保存できませんでした: %1</translation>
    </message>
    <message>
        <source>the pool gave this sign-in no device key, so there is no device to remember (the pool needs a DeviceConfiguration)</source>
        <translation>プールがこのサインインにデバイスキーを付与しなかったため、記憶するデバイスがありません（プールに DeviceConfiguration が必要です）</translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation>ファイルをこの形式として読み込みます。</translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation>1 行目が暗号化されたエクスポートのパスワードであるファイル。</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>インポートされる内容を表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation>import にはファイルが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>不明な形式 &apos;%1&apos; です。既知の形式: %2</translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation>tessera、aegis、uri-list、google-migration、または html。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation>1 行目がエクスポートを暗号化するパスワードであるファイル。</translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation>暗号化しないエクスポートを確認します。</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export は位置引数を受け付けません</translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation>export には --format tessera、aegis、uri-list、google-migration、html のいずれかが必要です</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export には --output PATH が必要です</translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation>%1 のエクスポートは暗号化できません。--export-password-file を外してください</translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation>Tessera のバックアップは常に暗号化されます: --export-password-file を指定してください</translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation>このエクスポートにはすべてのシークレットキーが暗号化されずに含まれます: %1 を読める人は誰でもあなたのコードを生成できます。確認するには --plain を追加してください%2</translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation>。または --export-password-file で暗号化してください</translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation>エクスポートされません（Google Authenticator が保持できません）: %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>&apos;%1&apos; という名前のエントリはありません（&apos;tessera-cli list&apos; で一覧を表示できます）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation>&apos;%1&apos; は %2 件のエントリに該当します。発行者:アカウントか UUID で 1 つを指定してください:%3</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation>%1 には NAME（発行者:アカウント、アカウント、または UUID）をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation>create は引数を受け付けません。ファイルは --vault で指定してください</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation>add には otpauth:// URI を 1 つ以上、または標準入力から読む場合は &apos;-&apos; を指定してください</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation>%1 行目が %2 文字を超えています。何も追加されませんでした</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation>標準入力が Tessera の読み込む上限 %1 MiB を超えています。何も追加されませんでした</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation>%1 行目: %2。何も追加されませんでした</translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation>標準入力に otpauth:// URI がありませんでした。何も追加されませんでした</translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation>URI %1: %2。何も追加されませんでした</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list は引数を受け付けません</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>コードを計算できませんでした（OpenSSL の失敗）</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>1 行目が新しいパスワードであるファイル。</translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation>passwd は引数を受け付けません。新しいパスワードは --new-password-file で指定してください</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新しいパスワード: </translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>約 %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>約 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation>PBKDF2-%1（反復 %2 回）</translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%n 回の鍵導出それぞれで %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation>1 回の導出あたり %1 のメモリ</translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation>このコンピューターで %1、メモリ %2</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>このコンピューターで %1</translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation>1 ファイルあたり PBKDF2 反復 %1 回（インポート元のアプリが書き出す値の 10 倍）</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>1 ファイルあたり %n 秒の計算（またはメモリ %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation>このファイルはパスワードを 1 回試すのに %1 を要求しています: %2。Tessera は %3 を超えるものを拒否します。そうしないと、悪意のあるファイルによって、パスワードを確認する前にハングしたりメモリを使い果たしたりするおそれがあるためです</translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>シークレットキーが長すぎます: %n バイト（上限は %1 バイト）</numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>the account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation>追加パラメーターが多すぎます: %1 個（保持されるのは最大 %2 個）</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>パラメーター名</translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation>パラメーター &apos;%1&apos; の値</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>シークレットキーが空です</translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation>桁数は %1 から %2 の間で指定してください（%3 は不可）</translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation>間隔は %1 から %2 秒の間で指定してください（%3 は不可）</translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation>これは単一のアカウントではなく、Google Authenticator のエクスポート（otpauth-migration://）です: インポートしてください</translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation>otpauth:// URI ではありません</translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation>URI に OTP の種類がありません: otpauth://totp/ または otpauth://hotp/ で始まる必要があります</translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation>不明な OTP の種類 &apos;%1&apos; です: totp、hotp、steam のいずれかが必要です</translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation>シークレットキーが異なる値で 2 回指定されています</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>パラメーター &apos;%1&apos; が異なる値で 2 回指定されています（&apos;%2&apos; と &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation>URI に secret パラメーターがありません</translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation>サポートされていないアルゴリズム &apos;%1&apos; です: SHA1、SHA256、SHA512 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation>digits には %1 から %2 の整数を指定してください（&apos;%3&apos; は不可）</translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation>period には %1 から %2 の整数（秒）を指定してください（&apos;%3&apos; は不可）</translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>counter には 0 から 18446744073709551615 の整数を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
</context>
<context>
    <name>tessera::pool</name>
    <message>
        <source>Medium-risk sign-ins</source>
        <translation>中リスクのサインイン</translation>
    </message>
    <message>
        <source>High-risk sign-ins</source>
        <translation>高リスクのサインイン</translation>
    </message>
    <message>
        <source>Low-risk sign-ins</source>
        <translation>低リスクのサインイン</translation>
    </message>
    <message>
        <source>Users with a factor are asked for a code, even where MFA is optional; users without one sign in with the password.</source>
        <translation>要素のあるユーザーは、MFA がオプションの場合でもコードを求められます。要素のないユーザーはパスワードでサインインします。</translation>
    </message>
    <message>
        <source>Users are asked for a code; a user with no factor cannot sign in.</source>
        <translation>ユーザーはコードを求められます。要素のないユーザーはサインインできません。</translation>
    </message>
    <message>
        <source>These sign-ins are refused, right password or not.</source>
        <translation>パスワードが正しいかどうかにかかわらず、これらのサインインは拒否されます。</translation>
    </message>
    <message>
        <source>These sign-ins go on as the MFA policy says.</source>
        <translation>これらのサインインは MFA ポリシーに従って進みます。</translation>
    </message>
    <message>
        <source>The user is emailed about each one.</source>
        <translation>サインインのたびにユーザーにメールで通知します。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>MFA if set up</source>
        <translation>設定済みなら MFA</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA 必須</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>アクションなし</translation>
    </message>
    <message>
        <source>%1, notify</source>
        <translation>%1、通知</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>ブロックする IP アドレス範囲</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused before the password is looked at.</source>
        <translation>これらの範囲からのサインインは、パスワードを確認する前に拒否されます。</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>常に許可する IP アドレス範囲</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks and count as low risk.</source>
        <translation>これらの範囲からのサインインはリスクチェックをスキップし、低リスクとして扱われます。</translation>
    </message>
    <message>
        <source>Notice sender (SES identity)</source>
        <translation>通知の送信者（SES ID）</translation>
    </message>
    <message>
        <source>Cognito emails risk notices from this identity.</source>
        <translation>Cognito はこの ID からリスク通知をメールで送信します。</translation>
    </message>
    <message>
        <source>SetRiskConfiguration replaces the whole risk configuration; on AWS it needs threat protection (advanced security) on the pool&apos;s feature plan.</source>
        <translation>SetRiskConfiguration はリスク設定全体を置き換えます。AWS では、プールの機能プランで脅威保護（高度なセキュリティ）が必要です。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message>
        <source>Not reached: the run was cancelled first.</source>
        <translation>未到達: 先に実行がキャンセルされました。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>ユーザーはもう存在しません。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>記憶済みデバイスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1: %n 台のデバイスを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>%n 台中 %1 台のデバイスを削除した後にキャンセルされました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>完了 %1、失敗 %2、スキップ %3。</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>%n 人のユーザーの処理が完了しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no user was changed. %1</source>
        <translation>キャンセルされました: 変更されたユーザーはいません。%1</translation>
    </message>
    <message>
        <source>Cancelled. Changed before it stopped: %1. %2</source>
        <translation>キャンセルされました。停止前に変更された内容: %1。%2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%1 人中 %n 人のユーザー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>これまでに読み込んだ %1 人中 %n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>SMS テキストメッセージ</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>メールのコード</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>認証アプリ（TOTP）</translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation>次回のサインイン時に認証アプリの設定を求められます</translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation>サインイン中に要素を設定できず（その時点で設定できるのは認証アプリのみ）、確認済みの電話番号かメールアドレスが必要になります</translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation>すべてのユーザーがサインインのたびにコードを求められます。要素のないユーザーは%1。</translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation>プールにはまだユーザーがいません: 各ユーザーはサインインのたびにコードを求められます。</translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation>すべてのユーザーがすでに要素を持っています。各ユーザーはサインインのたびにコードを求められます。</translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation>%1 は要素がなく、%2。</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation>MFA は各ユーザーの選択になります: %1 は要素がなく、引き続きパスワードだけでサインインします。要素のあるユーザーは引き続きコードを求められます。</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation>MFA は各ユーザーの選択になります: 要素のあるユーザーは引き続きコードを求められ、それ以外のユーザーはパスワードだけでサインインします。</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation>ユーザーは自分で MFA をオンにできます。%1 はすでに要素があり、サインイン時にコードを求められます。</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation>ユーザーは自分で MFA をオンにできます。要素のあるユーザーはサインイン時にコードを求められます。</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation>誰もコードを求められません。%1 が設定した要素は保持され、MFA を再びオンにすると再利用されます。</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation>誰もコードを求められません。ユーザーが設定した要素は保持され、MFA を再びオンにすると再利用されます。</translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation>これを優先しているユーザーは、別の要素を選ぶよう求められます。</translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation>%1 がこれを優先しており、別の要素を選ぶよう求められます。</translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation>%1 は他の要素がなく、%2。</translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation>%1 は他の要素がなく、パスワードだけでサインインすることになります。</translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation>各コードは SMS テキストメッセージで、Amazon SNS によりメッセージ単位・国別に課金されます。SMS は SMS 設定の SNS ロールを通じて送信されます。</translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>コードはプールのメール設定から送信されます。AWS では、メールによる MFA にはプールのメール送信者として Amazon SES が必要です。</translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation>ユーザーは認証アプリを追加できます: 無料でオフラインでも動作し、サインインごとの費用もかかりません。</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>記憶しない</translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation>ユーザーが同意した場合に記憶。記憶したデバイスでは MFA を省略</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>ユーザーが同意した場合に記憶</translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation>常に記憶。記憶したデバイスでは MFA を省略</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>常に記憶</translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation>常にコードを要求</translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation>要求しない（プロバイダーのサインインを信頼）</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>プールの MFA 設定に従う</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation>すべてのユーザーはサインイン時にワンタイムコードを入力する必要があります。要素のないユーザーは先に設定します。</translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation>各ユーザーが 2 つ目の要素を使うかどうかを選びます。設定したユーザーはコードを求められます。</translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation>ユーザーはパスワードだけでサインインします。</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>SMS メッセージ</translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation>ユーザーが受け取る内容: %1</translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation>プールのリージョン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation>SMS 送信者（SNS ロール）</translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation>SMS はこの IAM ロールを通じて送信されます。ロールが SNS に発行できない場合、SMS のコードは一切届きません。</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>メールの件名</translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation>コードを送るメールの件名。</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>メールのメッセージ</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>記憶済みデバイス</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation>記憶済みデバイスはコードなしでサインインします。新しいデバイスでは常にコードを求められます。</translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation>記憶済みデバイスかどうかに関係なく、サインインのたびにコードを求められます。</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>フェデレーションユーザー</translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation>別の ID プロバイダー経由でサインインするユーザーに適用されます（Tessera のローカルエンジン）。</translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation>デバイスを記憶する日数</translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>コードでサインインしたユーザーは、そのデバイスで %n 日間再びコードを求められません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation>デバイスは記憶されません: サインインのたびにコードが必要です。</translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation>認証アプリの設定</translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation>SMS ブロック</translation>
    </message>
    <message>
        <source>the email block</source>
        <translation>メールブロック</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation>SetUserPoolMfaConfig は MFA 設定全体を置き換えるため、プランは設定全体を送信します。</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation>SetUserPoolMfaConfig は MFA 設定全体を置き換えるため、プランは設定全体を送信します: 編集していない部分（%1）はそのまま残ります。</translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation>UpdateUserPool はリクエストで省略された設定をすべてリセットします: 他に何も変わらないよう、プランはプールのその他の設定も繰り返し送信します。</translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation>ユーザー数は、プール全体ではなく、これまでに読み込んだ %1 人のユーザーに基づいています。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可しない</translation>
    </message>
    <message>
        <source>Users can register passkeys (security keys, phones, laptops) and sign in with them instead of a password. Passkeys need the relying party set below.</source>
        <translation>ユーザーはパスキー（セキュリティキー、スマートフォン、ノートパソコン）を登録し、パスワードの代わりにそれでサインインできます。パスキーには下の証明書利用者の設定が必要です。</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email instead of their password; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>確認済みのメールアドレスを持つユーザーは、パスワードの代わりにメールで送信されたコードでサインインできます。AWS では、プールのメール送信者として Amazon SES が必要です。</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a code sent by text message instead of their password; every code is a message the pool pays for.</source>
        <translation>確認済みの電話番号を持つユーザーは、パスワードの代わりにテキストメッセージで送信されたコードでサインインできます。コードはそれぞれプールが料金を支払うメッセージです。</translation>
    </message>
    <message>
        <source>Users can sign in with their password.</source>
        <translation>ユーザーはパスワードでサインインできます。</translation>
    </message>
    <message>
        <source>No user has registered a passkey yet: nobody loses a way to sign in.</source>
        <translation>パスキーを登録したユーザーはまだいません: サインイン方法を失うユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>パスキーを登録した %n 人のユーザーは、それでサインインすることも別のパスキーを登録することもできなくなります。パスキーは保存されたままです。パスキーしか持たないユーザーはパスワードでサインインする必要があり、パスワードのないユーザーは管理者がパスワードを設定するまでロックアウトされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users can no longer sign in with a passkey nor register one; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>ユーザーはパスキーでサインインすることも、パスキーを登録することもできなくなります。パスキーは保存されたままです。パスキーしか持たないユーザーはパスワードでサインインする必要があり、パスワードのないユーザーは管理者がパスワードを設定するまでロックアウトされます。</translation>
    </message>
    <message>
        <source>Users can no longer sign in with an emailed code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>ユーザーはメールで送信されたコードでサインインできなくなります。パスワードを設定したことのないユーザーは、管理者が設定するまでロックアウトされます。</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a texted code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>ユーザーはテキストメッセージで送信されたコードでサインインできなくなります。パスワードを設定したことのないユーザーは、管理者が設定するまでロックアウトされます。</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a password.</source>
        <translation>ユーザーはパスワードでサインインできなくなります。</translation>
    </message>
    <message>
        <source>Passkey (WEB_AUTHN)</source>
        <translation>パスキー（WEB_AUTHN）</translation>
    </message>
    <message>
        <source>Code by email (EMAIL_OTP)</source>
        <translation>メールでのコード（EMAIL_OTP）</translation>
    </message>
    <message>
        <source>Code by text message (SMS_OTP)</source>
        <translation>テキストメッセージでのコード（SMS_OTP）</translation>
    </message>
    <message>
        <source>Password (PASSWORD)</source>
        <translation>パスワード（PASSWORD）</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>(the pool&apos;s own domain)</source>
        <translation>（プール自身のドメイン）</translation>
    </message>
    <message>
        <source>Passkey relying party</source>
        <translation>パスキーの証明書利用者</translation>
    </message>
    <message>
        <source>Passkeys are bound to %1: pages on that domain and its subdomains can use them.</source>
        <translation>パスキーは %1 に紐付けられます: そのドメインとサブドメインのページで使用できます。</translation>
    </message>
    <message>
        <source>Passkeys registered for %1 stop working: a browser offers a passkey only to the relying party it was made for. Their users must register a new one.</source>
        <translation>%1 用に登録されたパスキーは使えなくなります: ブラウザーはパスキーを作成時の証明書利用者にしか提示しません。そのユーザーは新しいパスキーを登録する必要があります。</translation>
    </message>
    <message>
        <source>Passkey user verification</source>
        <translation>パスキーのユーザー検証</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>パスキーでのサインインでは毎回、キーの所有者の証明（PIN または生体認証）が必要です。証明できないキーは拒否されます。</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot verify who holds it.</source>
        <translation>所有者を検証できないキーでは、キーへのタッチだけで十分です。</translation>
    </message>
    <message>
        <source>First factor: %1</source>
        <translation>第 1 要素: %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation>ポリシー履歴 %1 を読み込めません（%2）。そのままにしてあります。新しい履歴を始めるには、別の場所に移動してください。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>ローカルストア %1</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS プロファイル %1</translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation>%1 にある Tessera 独自のエンジンのプール</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation>%1 にある Cognito 互換のエンドポイント（AWS プロファイル %2 のキーで署名）</translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation>Amazon Cognito（AWS プロファイル %1 のキーとリージョンを使用）</translation>
    </message>
</context>
<context>
    <name>tessera::pool::UserListWalk</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::AwsSettings</name>
    <message>
        <source>Partial credentials found in %1, missing: %2</source>
        <translation>%1 に不完全な認証情報が見つかりました。不足: %2</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation>credential_process &apos;%1&apos; が失敗しました（終了ステータス %2）</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation>credential_process &apos;%1&apos; が Version 1 の JSON オブジェクトを出力しませんでした</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation>credential_process &apos;%1&apos; が AccessKeyId と SecretAccessKey を出力しませんでした</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>credential_process &apos;%1&apos; が ISO 8601 の時刻ではない Expiration を出力しました: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation>credential_process &apos;%1&apos; が返した認証情報は %2 に期限切れになっています</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation>設定プロファイル（%1）が見つかりませんでした: %2 に [%1] を、または %3 に [profile %1] を追加してください</translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation>リージョンを指定する必要があります: --region、AWS_REGION、またはプロファイル（%1）の &apos;region&apos;</translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>エンドポイント URL &apos;%1&apos; は http(s) の URL ではありません</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation>HTTP ステータス %1（メッセージなし）</translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation>%1 はこのエンドポイントでサポートされていません（%2）</translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation>%1 に署名するための認証情報が見つかりません: AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、--profile でプロファイルを指定してください</translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation>%1 はキャンセルされました。適用されたかどうかはわかりません</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation>%1 が %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>%1 と通信できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation>%1 が %2 に JSON ではない本文で応答しました</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1（%2 回試行後）</translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation>DeviceConfiguration（aws cognito-idp update-user-pool で設定）</translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation>リスク設定（aws cognito-idp set-risk-configuration で設定）</translation>
    </message>
    <message>
        <source>Policies.SignInPolicy (set with aws cognito-idp update-user-pool)</source>
        <translation>Policies.SignInPolicy（aws cognito-idp update-user-pool で設定）</translation>
    </message>
</context>
<context>
    <name>tessera::pool::lab::SmsCostProjection</name>
    <message>
        <source>Sample prices per outbound transactional SMS, for illustration only; not current AWS prices. Replace them with your own bill&apos;s or the SNS pricing page&apos;s.</source>
        <translation>送信トランザクション SMS 1 通あたりのサンプル料金で、説明用です。現在の AWS の料金ではありません。ご自身の請求書または SNS の料金ページの料金に置き換えてください。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation>プールストア %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation>プールストア %1 を非公開にできません: %2</translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation>このコンピューターの他のユーザーがプールストアを読み書きできます: %1。ストアにはユーザーの TOTP シークレットキー、一時パスワード、トークンに署名する鍵が含まれています。次のコマンドで非公開にしてください: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn</name>
    <message>
        <source>The authenticator signed for a different relying party than &apos;%1&apos; (its rpIdHash does not match).</source>
        <translation>認証器が &apos;%1&apos; とは異なる証明書利用者（RP）に対して署名しました（rpIdHash が一致しません）。</translation>
    </message>
    <message>
        <source>The authenticator did not confirm that a user was present (flag UP is clear).</source>
        <translation>認証器はユーザーの存在を確認しませんでした（UP フラグがオフです）。</translation>
    </message>
    <message>
        <source>This pool requires user verification (a PIN or biometric), and the authenticator did not verify the user (flag UV is clear).</source>
        <translation>このプールはユーザー検証（PIN または生体認証）を必須としていますが、認証器はユーザーを検証しませんでした（UV フラグがオフです）。</translation>
    </message>
    <message>
        <source>Packed attestation with a certificate chain is not supported; Tessera accepts self-attestation and &apos;none&apos;.</source>
        <translation>証明書チェーン付きの packed 構成証明はサポートされていません。Tessera が受け入れるのは自己構成証明と &apos;none&apos; です。</translation>
    </message>
    <message>
        <source>The attestation is signed with algorithm %1, but the credential key is algorithm %2.</source>
        <translation>構成証明はアルゴリズム %1 で署名されていますが、認証情報の鍵はアルゴリズム %2 です。</translation>
    </message>
    <message>
        <source>The packed self-attestation signature does not verify with the credential&apos;s key.</source>
        <translation>packed 自己構成証明の署名が認証情報の鍵で検証できません。</translation>
    </message>
    <message>
        <source>An ES256 key must be on curve P-256 (COSE crv 1).</source>
        <translation>ES256 の鍵は曲線 P-256（COSE crv 1）上になければなりません。</translation>
    </message>
    <message>
        <source>An ES256 key needs 32-byte x and y coordinates; this one has %1 and %2 bytes.</source>
        <translation>ES256 の鍵には 32 バイトの x 座標と y 座標が必要ですが、この鍵は %1 バイトと %2 バイトです。</translation>
    </message>
    <message>
        <source>The ES256 key could not be prepared.</source>
        <translation>ES256 の鍵を準備できませんでした。</translation>
    </message>
    <message>
        <source>The ES256 key&apos;s point is not on curve P-256.</source>
        <translation>ES256 の鍵の点が曲線 P-256 上にありません。</translation>
    </message>
    <message>
        <source>An RS256 key needs a modulus n and an exponent e.</source>
        <translation>RS256 の鍵には法 n と指数 e が必要です。</translation>
    </message>
    <message>
        <source>The RS256 key has a %1-bit modulus; at least 2048 bits are required.</source>
        <translation>RS256 の鍵の法は %1 ビットです。2048 ビット以上が必要です。</translation>
    </message>
    <message>
        <source>The RS256 key could not be prepared.</source>
        <translation>RS256 の鍵を準備できませんでした。</translation>
    </message>
    <message>
        <source>The RS256 key is not a valid RSA public key.</source>
        <translation>RS256 の鍵は有効な RSA 公開鍵ではありません。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::AuthenticatorData</name>
    <message>
        <source>The authenticator data is %1 bytes long; it needs at least 37.</source>
        <translation>認証器データの長さは %1 バイトです。37 バイト以上が必要です。</translation>
    </message>
    <message>
        <source>The authenticator data ends inside the attested credential.</source>
        <translation>認証器データが構成証明された認証情報の途中で終わっています。</translation>
    </message>
    <message>
        <source>The credential ID length %1 is not between 1 and 1023 bytes or runs past the end of the authenticator data.</source>
        <translation>認証情報 ID の長さ %1 が 1～1023 バイトの範囲外か、認証器データの末尾を超えています。</translation>
    </message>
    <message>
        <source>The credential public key at byte %1 is not well-formed CBOR.</source>
        <translation>バイト %1 の認証情報の公開鍵が正しい形式の CBOR ではありません。</translation>
    </message>
    <message>
        <source>The extensions at byte %1 are not well-formed CBOR.</source>
        <translation>バイト %1 の拡張が正しい形式の CBOR ではありません。</translation>
    </message>
    <message>
        <source>The authenticator data has %n unexpected trailing bytes.</source>
        <translation>認証器データの末尾に予期しない %n バイトがあります。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CeremonyVerifier</name>
    <message>
        <source>The attestation object is not a CBOR map.</source>
        <translation>構成証明オブジェクトが CBOR マップではありません。</translation>
    </message>
    <message>
        <source>The attestation object has no attestation statement (attStmt).</source>
        <translation>構成証明オブジェクトに構成証明ステートメント（attStmt）がありません。</translation>
    </message>
    <message>
        <source>The registration carries no credential (flag AT is clear).</source>
        <translation>登録に認証情報が含まれていません（AT フラグがオフです）。</translation>
    </message>
    <message>
        <source>Attestation &apos;none&apos; must carry an empty statement.</source>
        <translation>構成証明 &apos;none&apos; のステートメントは空である必要があります。</translation>
    </message>
    <message>
        <source>The attestation format &apos;%1&apos; is not supported; Tessera accepts &apos;none&apos; and &apos;packed&apos; self-attestation.</source>
        <translation>構成証明の形式 &apos;%1&apos; はサポートされていません。Tessera が受け入れるのは &apos;none&apos; と &apos;packed&apos; 自己構成証明です。</translation>
    </message>
    <message>
        <source>The assertion&apos;s signature does not verify with the registered key.</source>
        <translation>アサーションの署名が登録済みの鍵で検証できません。</translation>
    </message>
    <message>
        <source>The signature counter went from %1 to %2 instead of growing: this authenticator may have been cloned, so the sign-in is refused.</source>
        <translation>署名カウンターが増加せずに %1 から %2 になりました: この認証器は複製された可能性があるため、サインインは拒否されます。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::ClientData</name>
    <message>
        <source>The client data is not a JSON object: %1.</source>
        <translation>クライアントデータが JSON オブジェクトではありません: %1。</translation>
    </message>
    <message>
        <source>The client data is of type &apos;%1&apos;, but this step expects &apos;%2&apos;.</source>
        <translation>クライアントデータの種類は &apos;%1&apos; ですが、このステップでは &apos;%2&apos; が必要です。</translation>
    </message>
    <message>
        <source>The client data answers a different challenge from the one issued for this step.</source>
        <translation>クライアントデータは、このステップで発行されたものとは異なるチャレンジに応答しています。</translation>
    </message>
    <message>
        <source>The ceremony ran in a frame of another site (crossOrigin is true); this relying party accepts none.</source>
        <translation>セレモニーが別サイトのフレーム内で実行されました（crossOrigin が true）。この証明書利用者はこれを受け入れません。</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not the relying party&apos;s: expected https://%2 or one of its subdomains.</source>
        <translation>オリジン &apos;%1&apos; は証明書利用者のものではありません: https://%2 またはそのサブドメインである必要があります。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CoseKey</name>
    <message>
        <source>The credential public key is not a CBOR map.</source>
        <translation>認証情報の公開鍵が CBOR マップではありません。</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm (COSE %1) is not supported; Tessera accepts ES256 (-7) and RS256 (-257).</source>
        <translation>鍵のアルゴリズム（COSE %1）はサポートされていません。Tessera が受け入れるのは ES256（-7）と RS256（-257）です。</translation>
    </message>
    <message>
        <source>The key type (COSE kty %1) does not match its algorithm %2.</source>
        <translation>鍵の種類（COSE kty %1）がアルゴリズム %2 と一致しません。</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>この画像の処理を中止しました: QR コードの角の四角形に似た形が %n 個を超えています（コードには 3 個）。画像をコードの部分だけに切り抜いて、もう一度お試しください</numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation>この画像は %1 × %2 ピクセルです。Tessera が QR コードを探すのは %3 メガピクセル以下の画像です: 画像をコードの部分だけに切り抜くか、小さく保存してください</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>この画像で QR コードを %n 秒探しましたが、中止しました。画像をコードの部分だけに切り抜いて、もう一度お試しください</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation>&apos;%1&apos; を画像として読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation>QR コードにするテキストがありません</translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>テキストが長すぎて QR コードにできません（%n バイト。最大 2953 バイト）</numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation>libqrencode がテキストをエンコードできませんでした</translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation>タイムサーバーの応答が短すぎます（%1 バイト）</translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation>タイムサーバーが Tessera の知らない形式で応答しました</translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation>タイムサーバーが拒否したか、同期されていません（stratum %1、%2）</translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation>タイムサーバーの応答がこのリクエストに対応していません</translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation>タイムサーバー %1 が応答しませんでした</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation>&apos;%1&apos; はタイムサーバーの有効なポートではありません</translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation>タイムサーバーが設定されていません</translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation>タイムサーバー %1 に接続できません: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation>PBKDF2 が失敗しました（OpenSSL）</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>Argon2id が失敗しました: %1</translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation>AES-CBC の復号に失敗しました（鍵の誤りまたはデータの破損）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AegisFormat</name>
    <message>
        <source>entry %1</source>
        <translation>エントリ %1</translation>
    </message>
    <message>
        <source>the entry has no secret</source>
        <translation>エントリにシークレットキーがありません</translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation>Aegis のエクスポートにエントリの一覧がありません</translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation>この Aegis のエクスポートはファイルバージョン %1 です。Tessera が読めるのはバージョン 1 です</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation>Aegis のエクスポートの &apos;db&apos; が内容でも暗号文でもありません</translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation>この Aegis のエクスポートは暗号化されています: パスワードを指定してください</translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation>この Aegis のエクスポートのパスワードが違います</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation>Aegis のエクスポートの暗号化パラメーターが破損しています</translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation>パスワードは正しいですが、Aegis のエクスポートの内容が破損しています</translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation>復号した Aegis の内容が JSON ではありません: %1</translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation>Aegis のエクスポート用の乱数が得られません（OpenSSL の失敗）</translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation>Aegis のエクスポートの書き込み中に AES-GCM が失敗しました（OpenSSL）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation>復号した andOTP のバックアップが JSON のリストではありません</translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation>暗号化された andOTP のバックアップのようです: パスワードを指定してください</translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation>暗号化された andOTP のバックアップが短すぎます</translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation>この andOTP のバックアップのパスワードが違います（またはファイルが破損しています）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>zip アーカイブを読み込めません</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>zip アーカイブが破損しています</translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation>この zip アーカイブには Accounts.txt がないため、Authenticator Plus のエクスポートではありません</translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation>この Authenticator Plus のエクスポートはパスワードで保護されています: パスワードを指定してください</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation>zip アーカイブ内の Accounts.txt が不自然に大きすぎます</translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation>この Authenticator Plus のエクスポートのパスワードが違います</translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation>zip アーカイブから Accounts.txt を読み込めません</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation>zip アーカイブ内の Accounts.txt が破損しています</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation>自動バックアップにはバックアップ用のパスワードが必要です</translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation>バックアップのために保管庫 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation>%1 は Tessera の保管庫ではありません。何もバックアップされませんでした</translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation>自動バックアップでは少なくとも 1 つのバックアップを残す必要があります</translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation>バックアップフォルダー %1 が存在しません。別のフォルダーを選ぶか、そのドライブを接続してください</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation>CSV のヘッダーに OTP の列がありません</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation>TOTP フィールドが otpauth:// URI でも key=... の設定でもありません</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation>Tessera 形式は exportToFile でファイルに書き出します</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 はすでに存在します。新しいファイル名を選んでください</translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation>Tessera のバックアップにはパスワードが必要です</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation>封印された FreeOTP の値が破損しています</translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation>FreeOTP の暗号方式 &apos;%1&apos; はサポートされていません</translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation>トークンに読み取れるシークレットキーがありません</translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation>この FreeOTP 2 のバックアップは破損しています: トークンのマップを読み込めません</translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation>これは暗号化された FreeOTP 2 のバックアップです: パスワードを指定してください</translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation>FreeOTP の鍵導出 &apos;%1&apos; はサポートされていません</translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation>FreeOTP 2 のマスターキーのパラメーターが破損しています</translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation>この FreeOTP のバックアップのパスワードが違います（またはファイルが破損しています）</translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation>トークンの設定がありません</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation>otpauth-migration の URL ではありません（%1 で始まる必要があります）</translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation>otpauth-migration の URL に有効な Base64 の &apos;data&apos; パラメーターがありません</translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation>otpauth-migration のデータが破損しています（Google Authenticator のエクスポートデータではありません）</translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation>otpauth-migration のデータにアカウントがありません</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1、アカウント %2</translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>ハッシュアルゴリズム %1 はサポートされていません（SHA1、SHA256、SHA512 に対応）</translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation>桁数のコード %1 は不明です</translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation>OTP の種類のコード %1 は不明です</translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation>アカウントのシークレットキーが空です</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation>Tessera 紙バックアップ</translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation>機密: このページを持っている人は誰でもあなたのコードを生成できます</translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation>各 QR コードには、アカウントのシークレットキーが暗号化されずに含まれています。印刷して紙を安全な場所に保管し、このファイルは削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n 件のアカウント。復元するには、任意の認証アプリでコードをスキャンしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation>%1 の QR コードを描画できません: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation>%1 行目は新しいエントリではありません。何もインポートされませんでした</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation>SQLite データベースですが、Google Authenticator、Microsoft Authenticator、Authenticator Pro のいずれのものでもありません</translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation>Authenticator Plus のエクスポートの Accounts.txt がない zip アーカイブ</translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation>FreeOTP、FreeOTP+、Authy、Battle.net、TOTP Authenticator のいずれでもない XML ファイル</translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation>これは Tessera の保管庫またはバックアップです: パスワードを指定してください</translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation>Tessera のバックアップを一時フォルダーに準備できませんでした</translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation>この Tessera のバックアップのパスワードが違います</translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation>このファイルには %1 件のアカウントがあります。悪意のあるファイルで保管庫が埋め尽くされないよう、Tessera が 1 ファイルからインポートするのは最大 %2 件です: ファイルを小さく分割してください</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>不明な形式 &apos;%1&apos; です。既知の形式: %2</translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation>これは %1 のようですが、Tessera はまだインポートできません</translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation>Tessera がインポートできる形式ではありません（読める形式: %1）</translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation>このファイルは Android の設定 XML ファイルではありません</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>このファイルは有効な JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation>OTP の種類 &apos;%1&apos; はサポートされていません（TOTP、HOTP、Steam に対応）</translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>ハッシュアルゴリズム &apos;%1&apos; はサポートされていません（SHA1、SHA256、SHA512 に対応）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation>トークンにシークレットキーがありません</translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation>この Authy ファイルのシークレットキーは暗号化されています: Authy のバックアップパスワードを指定してください</translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation>暗号化されたシークレットキーが破損しています</translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation>この Authy のバックアップのパスワードが違います</translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation>Battle.net のシリアルまたはシークレットキーが破損しています</translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation>基数 %1 のシークレットキーのエンコードはサポートされていません（16、32、64 に対応）</translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation>シークレットキーが基数 %1 として有効ではありません</translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation>暗号化された TOTP Authenticator のバックアップのようです: パスワードを指定してください</translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation>この TOTP Authenticator のバックアップのパスワードが違います（またはファイルが破損しています）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation>この QR コードは空です</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation>otpauth-migration の URL ではありません: QR コードは otpauth-migration:// で始まる必要がありますが、その前に何かがあります</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation>otpauth:// URI ではありません: QR コードは otpauth:// で始まる必要がありますが、その前に何かがあります</translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>この QR コードにはアカウントではなく Web アドレスが含まれています（アカウントのコードは otpauth:// または otpauth-migration:// で始まります）</translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation>この QR コードにはアカウントではなく Wi-Fi ネットワークの設定が含まれています</translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation>この QR コードにはアカウントではなく連絡先カードが含まれています</translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>この QR コードにはアカウントではなく &apos;%1:&apos; リンクが含まれています（アカウントのコードは otpauth:// または otpauth-migration:// で始まります）</translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>この QR コードには、アカウントではない %n 文字のテキストが含まれています（アカウントのコードは otpauth:// または otpauth-migration:// で始まります）</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>QR コード %1</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>PNG、JPEG、GIF、BMP、WebP の画像ではありません</translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation>これは %1 画像ですが、このシステムではデコードできません（Qt の %1 画像プラグインがありません）。画像を PNG で保存してインポートしてください</translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation>この %1 画像をデコードできません: %2</translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation>この %1 画像に QR コードが見つかりませんでした。コードは全体が写り、鮮明で、小さすぎない必要があります（画像をコードの部分だけに切り抜いて、もう一度お試しください）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation>shared_secret が Base64 ではありません</translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation>Authenticator Pro の種類 %1 はサポートされていません（TOTP、HOTP、Steam に対応）</translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation>ハッシュアルゴリズムのコード %1 は不明です</translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation>この Bitwarden のエクスポートは暗号化されています。暗号化しない JSON か CSV でもう一度エクスポートしてください</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation>Google Authenticator のアカウントの種類 %1 は不明です</translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation>シークレットキーが有効な Base64 ではありません</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation>SQLite データベースを開けません: %1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>このデータベースの `%1` の読み込みを %n 秒で中止しました</numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation>このデータベースの `%1` に %2 KiB を超える行があります。そこまで大きいアカウントはないため、Tessera はその行を読み込みません</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation>このデータベースの `%1` を読み込めません: %2</translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation>このデータベースにはテーブル `%1` がありません</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation>このデータベースの `%1` はテーブルではなく %2 です。Tessera はインポートするファイルからテーブルだけを読み込みます</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation>このデータベースの `%1` は仮想テーブルで、その行はファイルではなくコードから生成されます。Tessera はインポートするファイルから通常のテーブルだけを読み込みます</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation>このデータベースの `%1` には計算列（`%2`）があります。Tessera はインポートするファイルから保存された値だけを読み込みます</translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>このデータベースの `%1` には %n 行を超える行があります。Tessera が 1 ファイルからインポートするアカウントはその数までです</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation>この Authenticator Pro / Stratum のバックアップのパスワードが違います（またはファイルが破損しています）</translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation>これは暗号化された Authenticator Pro / Stratum のバックアップです: パスワードを指定してください</translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation>暗号化された Authenticator Pro / Stratum のバックアップが短すぎます</translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation>復号した Authenticator Pro / Stratum のバックアップが JSON ではありません</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation>2FAS のスキーマバージョン %1 はサポートされていません（1～4 に対応）</translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation>この 2FAS のバックアップは暗号化されています: パスワードを指定してください</translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation>2FAS のバックアップの暗号化されたサービスが破損しています</translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation>パスワードは正しいですが、2FAS のバックアップが破損しています</translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation>この 2FAS のバックアップのパスワードが違います</translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation>復号した 2FAS のサービスが JSON のリストではありません</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation>otpauth-migration の URL ではありません: 行は otpauth-migration:// で始まる必要がありますが、その前に何かがあります</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation>otpauth:// URI ではありません: 行は otpauth:// で始まる必要があります</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>Tessera について</translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>Tessera はフリーソフトウェアです: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; バージョン 3 またはそれ以降のバージョン（GPL-3.0-or-later）の条件の下で再配布や改変ができます。一切の保証はありません。</translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation>Tessera は次のライブラリとアートワークを使用しています:</translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation>発行者のアイコンは各所有者のブランドマークおよび商標です。アカウントを見分けるためだけのもので、推奨を意味するものではありません。</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>An authenticator and an MFA console for user pools, on your desktop.</source>
        <translation>デスクトップで使う認証アプリとユーザープール用 MFA コンソール。</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>Simple Icons (issuer icons)</source>
        <translation>Simple Icons（発行者のアイコン）</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>QR コードとして表示(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>アカウントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>お気に入り(&amp;F)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>アカウントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>削除を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>QR コードをスキャン</translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation>ここに画像をドロップするか、次から読み取ります:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>画像ファイル…</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>画面…</translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation>画面上の QR コードをドラッグで囲むか、クリックして画面全体を読み取ります</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>カメラ…</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>見つかったコード</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>例: GitHub</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>例: alice@example.com</translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Base32、例: JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>時間ベース（TOTP）</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>カウンターベース（HOTP）</translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>発行者(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>シークレットキー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>アルゴリズム(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>桁数(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>間隔(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>カウンター(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation>コードをスキャンするか、リンクを貼り付けるか、サービスから受け取ったシークレットキーを入力してください。</translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation>追加の準備ができました。[追加] を押すまで何も保存されません。</translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation>これは Google Authenticator のエクスポートです。アカウントはインポートのプレビューで開きます。</translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation>このリンクは使用できません: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>画像に QR コードが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator のエクスポート</translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation>アカウントではありません（%1…）</translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>%n 個のコードが見つかりました: 追加するものを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation>QR コードを探しています…</translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation>画像から QR コードをスキャン</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation>クリップボードに画像も otpauth:// リンクもありません。</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>画面を読み取っています…</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>QR コードをカメラにかざしてください</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>カメラが見つかりません</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation>システムのキーリングに記憶されませんでした: %1</translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation>保管庫はシステムのキーリングでロック解除されるようになりました。</translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation>システムのキーリングでは保管庫のロックを解除しなくなりました。</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>アカウントはまだありません</translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation>画面、ファイル、クリップボードから QR コードをスキャンするか、サービスが表示するシークレットキーを入力して、アカウントを追加してください。シークレットはこのコンピューター上の暗号化された保管庫に保存されます。</translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation>QR コードをスキャン…</translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation>手動で追加…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator のエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>%n 件のアカウントをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>コードをコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 を復元しました。</translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation>このセッションではコードを %1 補正します。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 は %n 件中 %2 番目になりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation>%1 への自動バックアップに失敗しました: %2。保管庫自体は保存されています。フォルダーに再び書き込めるようになるとバックアップが再開されます。設定で別のフォルダーを選ぶこともできます。</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation>保管庫のフォルダーが非公開ではありません: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>カメラでスキャン</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>カメラ(&amp;C):</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>カメラが見つかりません</translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation>カメラを接続してもう一度開くか、画面や画像ファイルからコードをスキャンしてください。</translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation>その QR コードにはアカウントが含まれていません。サービスが 2 段階認証用に表示するコードをかざしてください。</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation>カメラを使用できません: %1。カメラを使用している可能性のある他のアプリケーションを閉じ、Tessera がカメラを使用できるか確認してください（Linux では &apos;video&apos; グループへの所属、サンドボックスではカメラの権限）。</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation>QR コードをカメラにかざしてください。確認するまで何も保存されません。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation>コードを補正</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation>このコンピューターの時計は %2 より %1 遅れています。コードが拒否される可能性があります。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation>このコンピューターの時計は %2 より %1 進んでいます。コードが拒否される可能性があります。</translation>
    </message>
    <message>
        <source>the time server</source>
        <translation>タイムサーバー</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>tessera::ui::EditEntryDialog</name>
    <message>
        <source>Favourite (listed first)</source>
        <translation>お気に入り（先頭に表示）</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>アカウントを編集</translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation>グループなし。名前を入力すると作成します</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>発行者(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <source>The secret and code settings stay as they are.</source>
        <translation>シークレットキーとコードの設定は変更されません。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>アカウントをエクスポート</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation>Tessera バックアップ（暗号化）</translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation>Aegis（暗号化または平文）</translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation>Google Authenticator（画面上の QR コード）</translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation>otpauth リンクの一覧（プレーンテキスト）</translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation>印刷用ページ（HTML、紙用）</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>パスワードで暗号化</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>エクスポートのパスワード</translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation>エクスポートのパスワードをもう一度入力</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再入力:</translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation>これらのコードにはあなたのシークレットが含まれています。見たり撮影したりした人は誰でもあなたのコードを生成できます: 誰にも見られない場所で、自分の電話でのみスキャンしてください。</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>コードを隠す</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>A copy of your vault that Tessera opens with the password you set here. The safest way to keep a backup.</source>
        <translation>ここで設定したパスワードで Tessera が開く、保管庫のコピー。最も安全なバックアップの方法です。</translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation>Aegis をはじめ多くのアプリがインポートできるファイル。移行先のアプリが暗号化された Aegis ファイルを読めない場合を除き、暗号化してください。</translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation>Google Authenticator など QR コードを読めるアプリでスキャンするための、10 アカウントずつの QR コードを表示します。ディスクには何も書き込みません。</translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation>アカウントごとに 1 つの otpauth:// リンクを含むテキストファイルで、ほとんどの認証アプリがインポートできます。暗号化されません。</translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation>アカウントごとに 1 つの QR コードを載せたページで、印刷して安全な場所に保管します。暗号化されません。</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>QR コードを表示…</translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation>エクスポートのパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation>意図したパスワードであることを確かめるため、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation>このパスワードを保管してください: これがないとエクスポートを開けません。</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>何もエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation>シークレットを画面に表示しますか？</translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation>QR コードには、この保管庫のすべてのシークレットキーが表示されます。</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation>見たり撮影したりした人は誰でもあなたのコードを生成できます。誰にも見られない場所で、自分の電話でスキャンするためだけに表示してください。</translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>QR コードを表示</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>暗号化せずにエクスポートしますか？</translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation>このファイルには、この保管庫のすべてのシークレットキーが暗号化されずに含まれます。</translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation>ファイルを読める人は誰でもあなたのコードを生成できます。オフラインで、自分だけが使うドライブに保管し、不要になったらすぐに削除してください。</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>暗号化せずにエクスポート</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation>保管庫がロックされているか使用中です。何もエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>何もエクスポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>%n 件のアカウントを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation>%1 含まれていないもの（この形式では保持できません）: %2</translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation>QR コードを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>表示するアカウントがありません。</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation>Google Authenticator はこれらのアカウントをどれも保持できません: %1</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation>含まれていないもの（Google Authenticator では保持できません）: %1</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QR コード %1 / %2</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>コード %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation>
            <numerusform>%n 秒間操作がなかったため、QR コードを隠しました。続けるにはもう一度表示してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>%n 秒後に隠します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>アカウントをインポート</translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation>他の認証アプリやパスワードマネージャーのエクスポート、または QR コードの画像を選ぶかドロップしてください。確認するまで何も追加されません。</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>エクスポートのパスワード</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation>ファイルをスキップ</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>見つかったアカウント</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>インポートするエクスポートを選択</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation>このファイルにアカウントは見つかりませんでした</translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation>このパスワードでは「%1」を開けません。確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation>「%1」は暗号化されています。エクスポート時のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation>スキップ: パスワードが入力されませんでした</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation>保管庫がロックされているか使用中です。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>%n 件のアカウントをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>imported, then left out</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out.</source>
        <translation>
            <numerusform>%n 行を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>%n 件のアカウントをインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>%n 件のアカウントを保存しています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation>前の行と重複</translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation>重複: すでに保管庫にあります</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation>プールコンソール</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation>認証アプリ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation>プールコンソール(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Tessera について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message>
        <source>Show as QR code</source>
        <translation>QR コードとして表示</translation>
    </message>
    <message>
        <source>The QR code for %1 contains its secret. Anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone.</source>
        <translation>%1 の QR コードにはシークレットキーが含まれています。見たり撮影したりした人は誰でもあなたのコードを生成できます。自分の電話でスキャンするためだけに表示してください。</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR コードを表示</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>%1 の QR コード</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>%n 秒後に隠します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation>クイックコピー</translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation>入力してアカウントを検索し、Enter でコードをコピー</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>アカウントを検索</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation>保管庫を保存できなかったため、最後の変更を取り消しました: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>ここでは画面を読み取れません。また、この Tessera のビルドはデスクトップにスクリーンショットを要求できません（Qt D-Bus なし）。デスクトップのツールでスクリーンショットを保存し、そのファイルをスキャンしてください。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation>QR コードを選択</translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation>スキャンする画面の領域</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation>QR コードをドラッグで囲んでください</translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation>離す / Enter: 囲んだ範囲を読み取る  ·  クリック / Enter: 画面全体を読み取る  ·  Esc: キャンセル</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>または、デスクトップのツールでスクリーンショットを保存し、そのファイルをスキャンしてください。</translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation>デスクトップから時間内にスクリーンショットが渡されませんでした。もう一度試し、デスクトップのウィンドウでスクリーンショットを完了してください。%1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation>デスクトップにスクリーンショットを要求するための D-Bus セッションバスがありません。%1</translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation>D-Bus で応答するデスクトップポータルがないため、Tessera はここでスクリーンショットを撮れません。デスクトップのバックエンドとともに xdg-desktop-portal をインストールしてください（xdg-desktop-portal-gnome、-kde、または -wlr）。%1</translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation>この環境のデスクトップポータルはスクリーンショットを撮れません（%1）。デスクトップのポータルバックエンドをインストールしてください（xdg-desktop-portal-gnome、-kde、または -wlr）。%2</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation>デスクトップポータルがスクリーンショットを拒否しました: %1。%2</translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation>デスクトップがスクリーンショットを &apos;%1&apos; として渡しましたが、これはローカルファイルではありません。%2</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation>デスクトップがスクリーンショットを撮れませんでした。デスクトップのプライバシー設定で Tessera がスクリーンショットを撮れるか確認してください。%1</translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation>デスクトップが &apos;%1&apos; に保存したスクリーンショットを読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>画面のロック時にロック</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>ウィンドウの最小化時にロック</translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation>システムのキーリングに記憶（入力なしでロック解除）</translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation>先に保管庫のロックを解除してください。システムのキーリングが利用できる必要があります。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>コピーしたコードを消去するまでの時間</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>操作がない場合にロックするまでの時間</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>クリックするまでコードを隠す</translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation>ポインターを合わせると次のコードを表示</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>手動の順序</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>最近使用した順</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>アカウントの並べ替え</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation>このコンピューターの時計をタイムサーバーで確認</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation>タイムサーバー（NTP）</translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation>保管庫を自動的にバックアップ</translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation>別のドライブ上のフォルダーまたは同期フォルダー</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>After each change</source>
        <translation>変更のたび</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation>バックアップは暗号化された保管庫のコピーです: tessera-backup-DATE-TIME.tessera。
保管庫のパスワードで開くか（tessera --vault バックアップのコピー）、インポートしてください。
削除されるのは、保持する数を超えた古いバックアップだけです。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップのタイミング</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保持するバックアップ数</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>バックアップフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>バックアップ用のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>A new language takes effect when Tessera restarts.</source>
        <translation>新しい言語は Tessera の再起動後に有効になります。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SingleInstance</name>
    <message>
        <source>Another Tessera is already running with this vault.</source>
        <translation>この保管庫で別の Tessera がすでに実行されています。</translation>
    </message>
    <message>
        <source>Tessera cannot listen on %1, so launching it again will open a second window instead of raising this one: %2</source>
        <translation>Tessera は %1 で待ち受けできないため、再度起動するとこのウィンドウを前面に出す代わりに 2 つ目のウィンドウが開きます: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenDelegate</name>
    <message>
        <source>Show code</source>
        <translation>コードを表示</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>次 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListModel</name>
    <message>
        <source>%1, %2, code hidden</source>
        <translation>%1、%2、コード非表示</translation>
    </message>
    <message>
        <source>%1, %2, code %3</source>
        <translation>%1、%2、コード %3</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListPage</name>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>アカウントを検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>ロック（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenSortModel</name>
    <message>
        <source>Accounts can be moved only when they are sorted by “My order” (Settings, Sort accounts by).</source>
        <translation>アカウントを移動できるのは「手動の順序」で並べ替えているときだけです（設定の「アカウントの並べ替え」）。</translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation>アカウントを移動するには検索をクリアしてください: 検索で一部が隠れている間は、新しい位置があいまいになります。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TrayIcon</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>&amp;Copy a code…</source>
        <translation>コードをコピー(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>Tessera を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation>他では使っていない長いパスフレーズを使ってください。</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>弱い: 推測されやすいです。単語や文字を追加してください。</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>普通: あと数語加えると強くなります。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>強い。</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>システムのキーリングに記憶</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>システムのキーリングでロック解除</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation>デスクトップセッションのキーリングが保管庫の鍵を保持するため、ログイン中は Tessera をパスワードなしで開けます。</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation>アカウントはこのコンピューター上の暗号化されたファイルに保存されます。保護するためのパスワードを選んでください。忘れた場合、パスワードは復元できません。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>パスワードをもう一度入力</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>保管庫はロックされています</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>コードを表示するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成しています…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>パスワードが違います。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation>この Tessera のビルドではシステムのキーリングを使用できません。</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>保管庫を開けませんでした。</translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation>保管庫はシステムのキーリングを使用中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation>保管庫をロックする前の最後の変更は保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ActionConfirmBar</name>
    <message>
        <source>Confirm action</source>
        <translation>操作の確認</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>この操作による変更</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>入力して確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>確認のため %1 と入力してください:</translation>
    </message>
    <message>
        <source>Type %1 to enable %2.</source>
        <translation>%2 を有効にするには %1 と入力してください。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>一括操作</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>選択した %n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>All users matching %1</source>
        <translation>%1 に一致するすべてのユーザー</translation>
    </message>
    <message>
        <source>All users of the pool</source>
        <translation>プールのすべてのユーザー</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Require a preferred factor</source>
        <translation>優先する要素を必須にする</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>要素(&amp;F):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Number of users to confirm</source>
        <translation>確認するユーザー数</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>結果を CSV として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>結果を CSV として保存</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight finishes first, so its result is known…</source>
        <translation>キャンセル中: 結果がわかるよう、処理中のリクエストが先に完了します…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the users it applies to…</source>
        <translation>対象のユーザーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>対象のユーザーを読み込んでいます: これまでに %n 人…</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>ユーザーを読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No user matches: there is nothing to do.</source>
        <translation>一致するユーザーはいません: 実行する操作はありません。</translation>
    </message>
    <message>
        <source>This backend does not serve %1.</source>
        <translation>このバックエンドは %1 を提供していません。</translation>
    </message>
    <message>
        <source>%1
Users: %2.</source>
        <translation>%1
ユーザー: %2。</translation>
    </message>
    <message>
        <source>Type the number of users, %1, to confirm:</source>
        <translation>確認のため、ユーザー数 %1 を入力してください:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを削除(&amp;D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>%n 人中 %1 人のユーザーが完了…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>結果を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 Results saved to %2.</source>
        <translation>%1 結果を %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>%1 への変更を確認</translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation>編集したポリシーを %1 に適用すると変わること:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 から %3 へ</translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation>ユーザーに見える内容: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Sends the changes to the pool.</source>
        <translation>変更をプールに送信します。</translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation>適用できません: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation>プールの場所: このコンピューターのローカルエンジン、AWS プロファイル、または別の Cognito 互換エンドポイント。</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation>プールサービスを待っています</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation>まだ処理中のリクエストを待つのをやめます。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation>別のエンドポイント…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation>新しいユーザープール</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>プール名</translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation>1～128 文字の英字、数字、スペース、および + = , . @ -</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation>「オプション」と「必須」では認証アプリ（TOTP）がオンになります。要素は後で変更できます。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>MFA(&amp;M):</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新しいユーザー</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>1 to 128 characters, no spaces.</source>
        <translation>1～128 文字、スペースなし。</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>+ then the country code and number, digits only, as Cognito requires.</source>
        <translation>Cognito の要件どおり、+ と国番号および番号を数字だけで入力します。</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P):</translation>
    </message>
    <message>
        <source>Send an invitation by email</source>
        <translation>メールで招待を送信</translation>
    </message>
    <message>
        <source>Send an invitation by SMS</source>
        <translation>SMS で招待を送信</translation>
    </message>
    <message>
        <source>Set a temporary password to hand over</source>
        <translation>手渡しする一時パスワードを設定</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password; on the local engine it lands in the outbox instead of being sent.</source>
        <translation>招待には一時パスワードが含まれます。ローカルエンジンでは、送信される代わりに送信トレイに入ります。</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password Cognito makes.</source>
        <translation>招待には Cognito が生成した一時パスワードが含まれます。</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>一時パスワード</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>一時パスワード(&amp;T):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>パスワードポリシー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>ユーザーを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>ユーザーを作成</translation>
    </message>
    <message>
        <source>The password meets the pool&apos;s policy.</source>
        <translation>パスワードはプールのポリシーを満たしています。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>プールのポリシーにより、%n 文字以上が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>%1 is created with the temporary password you set; they choose their own at the first sign-in.</source>
        <translation>%1 は設定した一時パスワードで作成されました。最初のサインイン時にユーザー自身のパスワードを選びます。</translation>
    </message>
    <message>
        <source>%1 is created; the invitation with a temporary password is in the local outbox.</source>
        <translation>%1 を作成しました。一時パスワード付きの招待はローカルの送信トレイにあります。</translation>
    </message>
    <message>
        <source>%1 is created; Cognito sent the invitation.</source>
        <translation>%1 を作成しました。Cognito が招待を送信しました。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>プール %1 を削除すると、その %n 人のユーザーと、その要素およびデバイスが完全に削除されます。このプールにサインインするアプリは動作しなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>確認のため、プール名 %1 を入力してください:</translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation>確認用のプール名</translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation>%1 と入力すると [削除] が有効になります。</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>プールを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>プールを削除</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation>別のエンドポイント</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation>Cognito 互換のエンドポイント: cognito-local、LocalStack、または別のコンピューター上の &quot;tessera-cli pool serve&quot;。</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>エンドポイント URL</translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation>http:// または https:// とホスト。例: http://127.0.0.1:9229</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation>リクエストの署名対象となるリージョン。</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>（環境変数または既定）</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation>リクエストに署名するキーの持ち主。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation>URL には http:// または https:// とホストが必要です。例: http://127.0.0.1:9229。</translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation>リクエストの署名対象となるリージョンを指定してください。例: us-east-1。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message>
        <source>Set up an authenticator for %1</source>
        <translation>%1 の認証アプリを設定</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>The name the user&apos;s authenticator app shows above the code (the app&apos;s name).</source>
        <translation>ユーザーの認証アプリがコードの上に表示する名前（アプリの名前）。</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>発行者(&amp;I):</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>The account the authenticator app shows.</source>
        <translation>認証アプリが表示するアカウント。</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Start set-up</source>
        <translation>設定を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start set-up</source>
        <translation>設定を開始</translation>
    </message>
    <message>
        <source>Asks the pool for a new authenticator secret for the user (AssociateSoftwareToken).</source>
        <translation>ユーザーの新しい認証アプリのシークレットをプールに要求します（AssociateSoftwareToken）。</translation>
    </message>
    <message>
        <source>Show &amp;QR code for a phone</source>
        <translation>スマートフォン用の QR コードを表示(&amp;Q)</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR コードを表示</translation>
    </message>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>シークレットを QR コードとして %n 秒間表示し、スマートフォンでスキャンできるようにします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>このコンピューターの保管庫に追加(&amp;V)</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s vault</source>
        <translation>このコンピューターの保管庫に追加</translation>
    </message>
    <message>
        <source>Keeps the secret in the unlocked vault as an entry linked to the user, then verifies it.</source>
        <translation>シークレットをユーザーにリンクしたエントリとしてロック解除済みの保管庫に保存し、検証します。</translation>
    </message>
    <message>
        <source>&amp;Verify and turn on</source>
        <translation>検証してオンにする(&amp;V)</translation>
    </message>
    <message>
        <source>Verify and turn on</source>
        <translation>検証してオンにする</translation>
    </message>
    <message>
        <source>Sends the code the secret gives now (VerifySoftwareToken), then makes TOTP the user&apos;s preferred factor.</source>
        <translation>シークレットから得られる現在のコードを送信し（VerifySoftwareToken）、TOTP をユーザーの優先要素にします。</translation>
    </message>
    <message>
        <source>Enrolment QR code</source>
        <translation>登録用 QR コード</translation>
    </message>
    <message>
        <source>The secret as an otpauth QR code; scan it with the phone.</source>
        <translation>otpauth QR コードとしてのシークレット。スマートフォンでスキャンしてください。</translation>
    </message>
    <message>
        <source>QR code note</source>
        <translation>QR コードの注記</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>設定の手順</translation>
    </message>
    <message>
        <source>What each step of the set-up did.</source>
        <translation>設定の各手順で行われたこと。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cognito sets up an authenticator with the user&apos;s own access token: sign in as the user first.</source>
        <translation>Cognito はユーザー自身のアクセストークンで認証アプリを設定します: まずユーザーとしてサインインしてください。</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>サインインが必要な理由</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>アプリクライアント</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>アプリクライアント(&amp;C):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>ユーザーのパスワード。消去されるメモリに保持されます。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Sign &amp;in as the user</source>
        <translation>ユーザーとしてサインイン(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in as the user</source>
        <translation>ユーザーとしてサインイン</translation>
    </message>
    <message>
        <source>Signs in with the password (and a code from the linked vault entry or the outbox when asked).</source>
        <translation>パスワードでサインインします（求められた場合は、リンクされた保管庫エントリか送信トレイのコードも使用します）。</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>アプリクライアントを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 to get the user&apos;s access token.</source>
        <translation>ユーザーのアクセストークンを取得するため、%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 %3</source>
        <translation>%1 としてサインインできませんでした: %2 %3</translation>
    </message>
    <message>
        <source>The issuer and the account name cannot contain a colon (&quot;:&quot;): authenticator apps read it as the separator between them.</source>
        <translation>発行者とアカウント名にはコロン（「:」）を含めることはできません: 認証アプリはこれを両者の区切りとして読み取ります。</translation>
    </message>
    <message>
        <source>Done: %1 signs in with the authenticator from now on.</source>
        <translation>完了: %1 は今後、認証アプリでサインインします。</translation>
    </message>
    <message>
        <source>The set-up stopped: %1: %2</source>
        <translation>設定が中断されました: %1: %2</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken: the pool made a new authenticator secret for %1 (not active until verified).</source>
        <translation>AssociateSoftwareToken: プールが %1 の新しい認証アプリのシークレットを作成しました（検証されるまで無効です）。</translation>
    </message>
    <message>
        <source>VerifySoftwareToken: the code %1 was accepted; the authenticator is verified.</source>
        <translation>VerifySoftwareToken: コード %1 が受け入れられました。認証アプリは検証済みです。</translation>
    </message>
    <message>
        <source>SetUserMFAPreference: TOTP is on and the user&apos;s preferred factor.</source>
        <translation>SetUserMFAPreference: TOTP がオンになり、ユーザーの優先要素になりました。</translation>
    </message>
    <message>
        <source>Unlock the vault in the authenticator first.</source>
        <translation>先に認証アプリで保管庫のロックを解除してください。</translation>
    </message>
    <message>
        <source>Could not draw the QR code: %1</source>
        <translation>QR コードを描画できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>QR コードを %n 秒間表示します。スマートフォンの認証アプリでスキャンしてから検証してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に非表示になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>保管庫にエントリを追加できませんでした: %1</translation>
    </message>
    <message>
        <source>Added %1 to this computer&apos;s vault, linked to the pool user.</source>
        <translation>%1 をこのコンピューターの保管庫に追加し、プールのユーザーにリンクしました。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>約 %n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolment summary</source>
        <translation>登録状況の概要</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>No factor</source>
        <translation>要素なし</translation>
    </message>
    <message>
        <source>TOTP app</source>
        <translation>TOTP アプリ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Users per factor</source>
        <translation>要素ごとのユーザー数</translation>
    </message>
    <message>
        <source>Bars: how many users have set up each factor, and how many prefer it. The summary above says the same in words.</source>
        <translation>棒グラフ: 各要素を設定したユーザー数と、それを優先するユーザー数。上の概要も同じ内容を文章で示しています。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh chart</source>
        <translation>グラフを更新</translation>
    </message>
    <message>
        <source>Count e&amp;very user…</source>
        <translation>すべてのユーザーを集計(&amp;V)…</translation>
    </message>
    <message>
        <source>Count every user</source>
        <translation>すべてのユーザーを集計</translation>
    </message>
    <message>
        <source>Reads every user&apos;s factors; says how many requests that takes before it starts.</source>
        <translation>すべてのユーザーの要素を読み込みます。開始前に、必要なリクエスト数を表示します。</translation>
    </message>
    <message>
        <source>Full count cost</source>
        <translation>完全集計のコスト</translation>
    </message>
    <message>
        <source>&amp;Start full count</source>
        <translation>完全集計を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start full count</source>
        <translation>完全集計を開始</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Full count progress</source>
        <translation>完全集計の進行状況</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>集計をキャンセル</translation>
    </message>
    <message>
        <source>Cancel full count</source>
        <translation>完全集計をキャンセル</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>全 %n 人のユーザーを集計しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>プール内の約 %1 人のうち、これまでに読み込んだ %n 人のユーザーからのサンプルです。さらに読み込むにはユーザーの表をスクロールするか、すべてのユーザーを集計してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.</source>
        <translation>%1 要素なし: %2、認証アプリ: %3、SMS: %4、メール: %5。</translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>完全集計では約 %1 人のユーザーを読み込みます: %2 件のリクエスト（ListUsers %3 件、AdminGetUser %4 件）、毎秒 %n 件で %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>%n 件のリクエストの後に完全集計がキャンセルされました。グラフには引き続きサンプルが表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>全 %n 人のユーザーを集計しました（完全集計、%1 件のリクエスト）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>%n 人のユーザーを集計しました。%1 人は読み込めませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation>%1 のポリシー履歴</translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation>適用済みのポリシー</translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation>Tessera からこのプールに適用したすべての MFA ポリシー（新しい順）。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>No policy was applied to this pool from Tessera yet.</source>
        <translation>Tessera からこのプールに適用したポリシーはまだありません。</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>このバージョンを復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>このバージョンを復元</translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation>選んだバージョンのポリシーを、適用する前に変更プランとして確認します。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation>%1 の設定をエクスポート</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>AWS CloudFormation (YAML)</source>
        <translation>AWS CloudFormation（YAML）</translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation>Terraform（HCL）</translation>
    </message>
    <message>
        <source>AWS CLI input (set-user-pool-mfa-config)</source>
        <translation>AWS CLI 入力（set-user-pool-mfa-config）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation>エクスポート先の Infrastructure as Code 形式。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation>コピーまたは保存されるとおりの、エクスポートされた設定。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>エクスポートされていません</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copies the configuration to the clipboard.</source>
        <translation>設定をクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saves the configuration to a file.</source>
        <translation>設定をファイルに保存します。</translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation>この形式には含まれません。手動で設定してください: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>オフ(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation>オプション(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>必須(&amp;R)</translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation>ユーザーが使用できる要素</translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation>認証アプリ（&amp;TOTP）</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>認証アプリ（TOTP）</translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation>Tessera などのアプリによるコード: 無料で、電波がなくても使えます。</translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation>SMS テキストメッセージ(&amp;S)</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>SMS テキストメッセージ</translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation>テキストメッセージによるコード。Amazon SNS がメッセージ単位で送信・課金します。</translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation>メールのコード(&amp;E)</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>メールのコード</translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>メールによるコード。AWS では、プールのメール送信者として Amazon SES が必要です。</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation>SNS 発信者ロール ARN</translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation>Cognito が Amazon SNS でテキストメッセージを発行するために引き受ける IAM ロール。例: arn:aws:iam::123456789012:role/cognito-sms。</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation>ロールの信頼ポリシー内の外部 ID（sts:ExternalId）。</translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation>SNS リージョン</translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation>テキストメッセージの送信元。空の場合はプール自身のリージョンです。</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>SMS メッセージ</translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation>ユーザーが受け取るテキスト。{####} はコードに置き換えられます。6～140 文字。</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>SMS のプレビュー</translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation>SNS ロール ARN(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X):</translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation>SNS リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation>Cognito は、あなたが作成した IAM ロールを通じてテキストメッセージを送信します。&lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;ユーザープールの SMS を設定する方法&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>メールの件名</translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation>140 文字まで。</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>メールのメッセージ</translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation>ユーザーが受け取るメール。{####} はコードに置き換えられます。6～20,000 文字。</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>メールのプレビュー</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>件名(&amp;U):</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>メッセージ(&amp;G):</translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation>デバイスとフェデレーションユーザー</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>記憶しない</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>常に記憶</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>ユーザーが同意した場合に記憶</translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation>デバイスを記憶</translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation>ユーザーがサインインに使うデバイスを Cognito が記憶するかどうか（DeviceConfiguration）。</translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation>記憶済みデバイスでは MFA を省略(&amp;K)</translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation>記憶済みデバイスでは MFA を省略</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation>記憶済みデバイスはコードなしでサインインします。新しいデバイスでは常にコードを求められます（ChallengeRequiredOnNewDevice）。</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>プールの MFA 設定に従う</translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation>常にコードを要求</translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation>要求しない（プロバイダーを信頼）</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>フェデレーションユーザー</translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation>別の ID プロバイダー経由でサインインするユーザーの MFA。</translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation>デバイスを記憶(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation>フェデレーションユーザー(&amp;F):</translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation>Tessera のローカルエンジンだけが保持します。Cognito にはこの設定はありません。</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation>ユーザーは Cognito の既定のテキストを受け取ります: &quot;Your authentication code is 123456.&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>ユーザーが受け取る内容: 「%1」（%n 文字）</numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation>メッセージには、コードが入る {####} を含める必要があります。</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation>ユーザーは Cognito の既定のメールを受け取ります。</translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation>ユーザーが受け取る内容: 「%1」</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PasskeySettings</name>
    <message>
        <source>Passkeys and passwordless sign-in</source>
        <translation>パスキーとパスワードレスサインイン</translation>
    </message>
    <message>
        <source>Passkeys unavailable</source>
        <translation>パスキーは利用できません</translation>
    </message>
    <message>
        <source>Allow sign-in with &amp;passkeys</source>
        <translation>パスキーでのサインインを許可(&amp;P)</translation>
    </message>
    <message>
        <source>Allow sign-in with passkeys</source>
        <translation>パスキーでのサインインを許可</translation>
    </message>
    <message>
        <source>Users can register a passkey (a security key, or the lock of their phone or laptop) and sign in with it instead of a password.</source>
        <translation>ユーザーはパスキー（セキュリティキー、またはスマートフォンやノートパソコンのロック）を登録し、パスワードの代わりにそれでサインインできます。</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>証明書利用者 ID</translation>
    </message>
    <message>
        <source>The domain passkeys are bound to, such as example.com.</source>
        <translation>パスキーを紐付けるドメイン（例: example.com）。</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>証明書利用者 ID(&amp;R):</translation>
    </message>
    <message>
        <source>The relying party ID must be your app&apos;s own domain or a parent of it that can be registered (a registrable suffix): an app at https://app.example.com may use app.example.com or example.com, never com or another site&apos;s domain. Browsers refuse any other. A passkey works only for the ID it was registered with, so changing the ID later makes every existing passkey useless.</source>
        <translation>証明書利用者 ID は、アプリ自身のドメインか、登録可能なその親ドメイン（登録可能なサフィックス）である必要があります: https://app.example.com のアプリは app.example.com または example.com を使用できますが、com や他のサイトのドメインは使用できません。ブラウザーはそれ以外を拒否します。パスキーは登録時の ID でのみ機能するため、後で ID を変更すると既存のパスキーはすべて使えなくなります。</translation>
    </message>
    <message>
        <source>App address to check</source>
        <translation>確認するアプリのアドレス</translation>
    </message>
    <message>
        <source>Your app&apos;s address, to check that it can use passkeys for this relying party. Not saved.</source>
        <translation>この証明書利用者のパスキーをアプリが使用できるか確認するための、アプリのアドレス。保存されません。</translation>
    </message>
    <message>
        <source>&amp;App address (check):</source>
        <translation>アプリのアドレス（確認用）(&amp;A):</translation>
    </message>
    <message>
        <source>Relying party check</source>
        <translation>証明書利用者の確認</translation>
    </message>
    <message>
        <source>Pr&amp;eferred</source>
        <translation>推奨(&amp;E)</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot check who holds it.</source>
        <translation>所有者を確認できないキーでは、キーへのタッチだけで十分です。</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>必須(&amp;Q)</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>パスキーでのサインインでは毎回、キーの所有者の証明（PIN または生体認証）が必要です。証明できないキーは拒否されます。</translation>
    </message>
    <message>
        <source>User verification: %1</source>
        <translation>ユーザー検証: %1</translation>
    </message>
    <message>
        <source>User verification:</source>
        <translation>ユーザー検証:</translation>
    </message>
    <message>
        <source>Users may begin signing in with:</source>
        <translation>ユーザーが最初に使用できるサインイン方法:</translation>
    </message>
    <message>
        <source>First factor: password</source>
        <translation>第 1 要素: パスワード</translation>
    </message>
    <message>
        <source>Always allowed, so that every user can still sign in.</source>
        <translation>すべてのユーザーがサインインできるよう、常に許可されます。</translation>
    </message>
    <message>
        <source>First factor: code by email</source>
        <translation>第 1 要素: メールでのコード</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email.</source>
        <translation>確認済みのメールアドレスを持つユーザーは、メールで送信されたコードでサインインできます。</translation>
    </message>
    <message>
        <source>First factor: code by text message</source>
        <translation>第 1 要素: テキストメッセージでのコード</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a texted code; each code is a message the pool pays for.</source>
        <translation>確認済みの電話番号を持つユーザーは、テキストメッセージで送信されたコードでサインインできます。コードはそれぞれプールが料金を支払うメッセージです。</translation>
    </message>
    <message>
        <source>This endpoint has no passkey operations (it answers ListWebAuthnCredentials as unsupported), so passkey and passwordless settings are hidden.</source>
        <translation>このエンドポイントにはパスキーの操作がありません（ListWebAuthnCredentials にサポート外と応答します）。そのため、パスキーとパスワードレスの設定は非表示になっています。</translation>
    </message>
    <message>
        <source>Give the relying party ID: Tessera&apos;s local engine has no domain of its own, and on AWS an empty ID means the pool&apos;s Cognito domain, which your app&apos;s pages cannot use.</source>
        <translation>証明書利用者 ID を指定してください: Tessera のローカルエンジンには独自のドメインがなく、AWS では空の ID はプールの Cognito ドメインを意味しますが、アプリのページではこれを使用できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; give your app&apos;s, such as https://app.example.com.</source>
        <translation>「%1」はアドレスではありません。https://app.example.com のようなアプリのアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Pages at %1 can register and use passkeys for %2.</source>
        <translation>%1 のページは %2 のパスキーを登録して使用できます。</translation>
    </message>
    <message>
        <source>Pages at %1 cannot use passkeys for %2: the relying party ID must be %1 itself or a parent domain of it.</source>
        <translation>%1 のページは %2 のパスキーを使用できません: 証明書利用者 ID は %1 自体か、その親ドメインである必要があります。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>MFA is required, with %1.</source>
        <translation>MFA は必須です（%1）。</translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation>MFA はオプションです（%1）。</translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation>MFA はオフです: ユーザーはパスワードだけでサインインします。</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>コンソールのメッセージ</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>コンソールのエラー</translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation>開いているプールはありません</translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation>Tessera のローカルエンジンでユーザープールとその MFA ポリシーを編集するか、AWS Cognito または互換エンドポイントに接続します。すべての変更は、適用前にプランとして表示されます。</translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation>ローカルのプールを開く</translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation>AWS Cognito に接続…</translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation>キャンセルしました。表示内容が古い可能性があります: プールをもう一度選んで読み込み直してください。</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>プールを絞り込む</translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation>名前または ID にこのテキストを含むプールを表示します。</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>ユーザープール</translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation>この接続のユーザープール。1 つを選ぶと、その MFA ポリシーを表示・編集できます。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation>列で並べ替えます。コンテキストメニューで列の表示・非表示を切り替えます。</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>新しいプール(&amp;N)…</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新しいプール</translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation>プールを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>プールを削除</translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation>プールを選んでください</translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation>MFA ポリシー、誰がどの要素を登録しているか、そして変更を適用する前にその影響を確認できます。</translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation>プールはまだありません</translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation>プールを作成するか、あらゆる状態（要素なし、SMS、認証アプリ、無効、一時パスワード）の 200 人のユーザーを含むサンプルプールを作成して、コンソールの動作を確かめてください。</translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation>サンプルプールを作成(&amp;S)</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>新しいプール…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation>有効な MFA</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>登録状況</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>変更を確認(&amp;V)…</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>変更を確認</translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation>適用する前に、編集したポリシーで何が誰に対して変わるかを表示します。</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>設定をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>設定をエクスポート</translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>有効なポリシーを CloudFormation、Terraform、または AWS CLI 入力として出力します。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation>Tessera からこのプールに適用したポリシー。1 つを復元できます。</translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation>このエンドポイントではプールを作成できません。</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>プールを読み込んでいます…</translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation>このエンドポイントはこれをサポートしていません。</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>ユーザーを数えています…</translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation>ユーザー（推定）: %1。この接続では、誰がどの要素を持っているかはユーザーごとに読み込みます。ユーザー一覧に表示されます。</translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation>ユーザー: %1。要素なし: %2、認証アプリ: %3、SMS: %4、メール: %5。</translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation>そのバージョンは現在有効なポリシーです: 変更するものはありません。</translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation>適用されませんでした: %1（%2）。有効なポリシーは変更されていません。</translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation>%1 に適用しました。</translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation>%1 に適用しましたが、履歴を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation>プールは作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation>プール %1 を作成しました。</translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation>プールは作成されましたが、MFA を設定できませんでした: %1</translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation>プール %1 を削除しました。</translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation>プール %1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation>サンプルプールは作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation>サンプルプールを作成しました: さまざまな状態の 200 人のユーザー。選択するとポリシーを確認できます。</translation>
    </message>
    <message>
        <source>Pool sections</source>
        <translation>プールのセクション</translation>
    </message>
    <message>
        <source>&amp;MFA policy</source>
        <translation>MFA ポリシー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>登録状況(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Adaptive MFA</source>
        <translation>アダプティブ MFA(&amp;A)</translation>
    </message>
    <message>
        <source>SMS &amp;costs</source>
        <translation>SMS のコスト(&amp;C)</translation>
    </message>
    <message>
        <source>Sign-in &amp;lab</source>
        <translation>サインインラボ(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>プール ID</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation>ユーザー（推定）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>適用するものはありません。</translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>プロファイル %1 の AWS キーが見つかりませんでした: &quot;aws configure --profile %1&quot; を実行するか、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してください。</translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation>プロファイル %1 のセッショントークンの有効期限が切れています: もう一度サインインしてください（SSO の場合は &quot;aws sso login --profile %1&quot;）。</translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation>AWS はプロファイル %1 のキーを受け付けませんでした（%2）: アクセスキーとシークレット、およびリージョンが正しいか確認してください。</translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation>アクセスが拒否されました: プロファイル %1 のキーには cognito-idp:ListUserPools を呼び出す権限がありません。AWS の応答: %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation>エンドポイントに到達できませんでした（%1）: URL またはリージョンとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation>このエンドポイントはユーザープールを一覧表示しません: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::RiskConfigEditor</name>
    <message>
        <source>Adaptive MFA status</source>
        <translation>アダプティブ MFA の状態</translation>
    </message>
    <message>
        <source>Re&amp;view risk changes…</source>
        <translation>リスクの変更を確認(&amp;V)…</translation>
    </message>
    <message>
        <source>Review risk changes</source>
        <translation>リスクの変更を確認</translation>
    </message>
    <message>
        <source>Shows what the edited risk configuration will change before anything is applied.</source>
        <translation>編集したリスク設定で何が変わるかを、適用する前に表示します。</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>元に戻す(&amp;T)</translation>
    </message>
    <message>
        <source>Revert risk changes</source>
        <translation>リスクの変更を元に戻す</translation>
    </message>
    <message>
        <source>Puts back the configuration in force.</source>
        <translation>有効な設定に戻します。</translation>
    </message>
    <message>
        <source>E&amp;xport as code…</source>
        <translation>コードとしてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export risk configuration as code</source>
        <translation>リスク設定をコードとしてエクスポート</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA configuration with the risk settings as edited here, as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>プールの MFA 設定を、ここで編集したリスク設定とともに、CloudFormation、Terraform、または AWS CLI の入力として出力します。</translation>
    </message>
    <message>
        <source>Choose a pool to see its adaptive MFA settings.</source>
        <translation>アダプティブ MFA の設定を表示するプールを選択してください。</translation>
    </message>
    <message>
        <source>When a sign-in looks risky</source>
        <translation>サインインにリスクがありそうな場合</translation>
    </message>
    <message>
        <source>&amp;Low risk:</source>
        <translation>低リスク(&amp;L):</translation>
    </message>
    <message>
        <source>Med&amp;ium risk:</source>
        <translation>中リスク(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;High risk:</source>
        <translation>高リスク(&amp;H):</translation>
    </message>
    <message>
        <source>Low-risk action</source>
        <translation>低リスク時のアクション</translation>
    </message>
    <message>
        <source>Medium-risk action</source>
        <translation>中リスク時のアクション</translation>
    </message>
    <message>
        <source>High-risk action</source>
        <translation>高リスク時のアクション</translation>
    </message>
    <message>
        <source>Notify on low risk</source>
        <translation>低リスク時に通知</translation>
    </message>
    <message>
        <source>Notify on medium risk</source>
        <translation>中リスク時に通知</translation>
    </message>
    <message>
        <source>Notify on high risk</source>
        <translation>高リスク時に通知</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>MFA if configured</source>
        <translation>設定されている場合は MFA</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA 必須</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>What the pool does with a sign-in at this level.</source>
        <translation>このレベルのサインインに対してプールが行うこと。</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tells the user of each such sign-in (by email on AWS, through the outbox on the local engine).</source>
        <translation>該当するサインインのたびにユーザーに通知します（AWS ではメールで、ローカルエンジンでは送信トレイを通じて）。</translation>
    </message>
    <message>
        <source>%1 meaning</source>
        <translation>%1 の意味</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>One CIDR range per line, IPv4 or IPv6, such as 192.0.2.0/24 or 2001:db8::/32. These lists are looked at before any other signal.</source>
        <translation>1 行に 1 つの CIDR 範囲（IPv4 または IPv6。例: 192.0.2.0/24、2001:db8::/32）。これらのリストは他のどのシグナルよりも先に確認されます。</translation>
    </message>
    <message>
        <source>IP ranges help</source>
        <translation>IP 範囲のヘルプ</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>%1 の問題</translation>
    </message>
    <message>
        <source>Al&amp;ways allow (skip the risk checks, count as low risk):</source>
        <translation>常に許可（リスクチェックをスキップし、低リスクとして扱う）(&amp;W):</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>常に許可する IP アドレス範囲</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks; one CIDR range per line.</source>
        <translation>これらの範囲からのサインインはリスクチェックをスキップします。1 行に 1 つの CIDR 範囲。</translation>
    </message>
    <message>
        <source>&amp;Block (refused before the password is looked at):</source>
        <translation>ブロック（パスワードの確認前に拒否）(&amp;B):</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>ブロックする IP アドレス範囲</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused; one CIDR range per line.</source>
        <translation>これらの範囲からのサインインは拒否されます。1 行に 1 つの CIDR 範囲。</translation>
    </message>
    <message>
        <source>How Tessera&apos;s local engine scores a sign-in</source>
        <translation>Tessera のローカルエンジンによるサインインのスコアリング</translation>
    </message>
    <message>
        <source>New device: a device (remembered device key, device data or user agent) not seen in the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>新しいデバイス: ユーザーの過去のサインイン成功で見られなかったデバイス（記憶済みデバイスキー、デバイスデータ、またはユーザーエージェント）は 1 点を加算します。</translation>
    </message>
    <message>
        <source>New device signal</source>
        <translation>新しいデバイスのシグナル</translation>
    </message>
    <message>
        <source>New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>新しいネットワーク: ユーザーの過去のサインイン成功の /24（IPv4）または /48（IPv6）ネットワーク外のアドレスは 1 点を加算します。</translation>
    </message>
    <message>
        <source>New network signal</source>
        <translation>新しいネットワークのシグナル</translation>
    </message>
    <message>
        <source>Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, %2 or more add 2.</source>
        <translation>失敗の頻度: 15 分以内にユーザーのサインイン失敗が %1 回以上あると 1 点、%2 回以上あると 2 点を加算します。</translation>
    </message>
    <message>
        <source>Failure velocity signal</source>
        <translation>失敗の頻度のシグナル</translation>
    </message>
    <message>
        <source>Request rate: %1 or more sign-in attempts from one address in a minute, as a bot makes, add 3 points.</source>
        <translation>リクエストレート: ボットのように 1 つのアドレスから 1 分間に %1 回以上のサインイン試行があると 3 点を加算します。</translation>
    </message>
    <message>
        <source>Request rate signal</source>
        <translation>リクエストレートのシグナル</translation>
    </message>
    <message>
        <source>0 or 1 point is low risk, 2 medium, 3 or more high; a user&apos;s first sign-in has no history to compare with. AWS Cognito scores with its own model instead.</source>
        <translation>0～1 点は低リスク、2 点は中リスク、3 点以上は高リスクです。ユーザーの最初のサインインには比較する履歴がありません。AWS Cognito は代わりに独自のモデルでスコアを付けます。</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API, so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>アダプティブ MFA はここでは利用できません: このエンドポイントにはリスク設定の API がありません。Tessera のローカルエンジンか、脅威保護を有効にした AWS Cognito を使用してください。</translation>
    </message>
    <message>
        <source>Reading the risk configuration…</source>
        <translation>リスク設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API (cognito-local, for one, lacks it), so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>アダプティブ MFA はここでは利用できません: このエンドポイントにはリスク設定の API がありません（たとえば cognito-local にはありません）。Tessera のローカルエンジンか、脅威保護を有効にした AWS Cognito を使用してください。</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available on this pool: AWS Cognito offers it only with threat protection (advanced security) in the pool&apos;s feature plan, which is turned on in AWS.</source>
        <translation>このプールではアダプティブ MFA を利用できません: AWS Cognito では、プールの機能プランで脅威保護（高度なセキュリティ）が有効な場合にのみ提供され、これは AWS で有効にします。</translation>
    </message>
    <message>
        <source>The risk configuration could not be read: %1 (%2).</source>
        <translation>リスク設定を読み込めませんでした: %1（%2）。</translation>
    </message>
    <message>
        <source>What this pool does when a sign-in looks risky, and the addresses it always allows or blocks.</source>
        <translation>サインインにリスクがありそうな場合のこのプールの動作と、常に許可またはブロックするアドレス。</translation>
    </message>
    <message>
        <source>No adaptive MFA is set: every sign-in goes on as the MFA policy says, whatever its risk.</source>
        <translation>アダプティブ MFA は設定されていません: すべてのサインインは、リスクにかかわらず MFA ポリシーに従って続行されます。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabPanel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The pool user to sign in as; pick one or type a name.</source>
        <translation>サインインに使用するプールのユーザー。選択するか名前を入力してください。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>アプリクライアント</translation>
    </message>
    <message>
        <source>The app client the sign-in goes through.</source>
        <translation>サインインが経由するアプリクライアント。</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>アプリクライアント(&amp;C):</translation>
    </message>
    <message>
        <source>App client note</source>
        <translation>アプリクライアントの注記</translation>
    </message>
    <message>
        <source>Create a &amp;test client</source>
        <translation>テスト用クライアントを作成(&amp;T)</translation>
    </message>
    <message>
        <source>Create a test client</source>
        <translation>テスト用クライアントを作成</translation>
    </message>
    <message>
        <source>Creates an app client named tessera-lab that allows password and SRP sign-in.</source>
        <translation>パスワードと SRP によるサインインを許可する tessera-lab という名前のアプリクライアントを作成します。</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>パスワード（USER_PASSWORD_AUTH）</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP（USER_SRP_AUTH）</translation>
    </message>
    <message>
        <source>Authentication flow</source>
        <translation>認証フロー</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>フロー(&amp;F):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>ユーザーのパスワード。消去されるメモリに保持されます。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Set this as the user&apos;s &amp;test password first</source>
        <translation>先にこれをユーザーのテスト用パスワードに設定(&amp;T)</translation>
    </message>
    <message>
        <source>Set a test password</source>
        <translation>テスト用パスワードを設定</translation>
    </message>
    <message>
        <source>Before signing in, makes the password above the user&apos;s permanent password (AdminSetUserPassword).</source>
        <translation>サインインの前に、上のパスワードをユーザーの恒久的なパスワードにします（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Answers NEW_PASSWORD_REQUIRED when the user has a temporary password; empty stops the run there.</source>
        <translation>ユーザーが一時パスワードを持つ場合に NEW_PASSWORD_REQUIRED に応答します。空の場合、実行はそこで停止します。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>The address the sign-in comes from.</source>
        <translation>サインイン元のアドレス。</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP アドレス(&amp;I):</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>A new device, or one the user has remembered (the risk engine and remembered-device rules read it).</source>
        <translation>新しいデバイス、またはユーザーが記憶させたデバイス（リスクエンジンと記憶済みデバイスのルールが参照します）。</translation>
    </message>
    <message>
        <source>A new device</source>
        <translation>新しいデバイス</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>新しいデバイスの名前</translation>
    </message>
    <message>
        <source>The new device&apos;s name.</source>
        <translation>新しいデバイスの名前。</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>デバイス名(&amp;N):</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>ユーザーエージェント</translation>
    </message>
    <message>
        <source>The browser or app the sign-in claims to be.</source>
        <translation>サインインが名乗るブラウザーまたはアプリ。</translation>
    </message>
    <message>
        <source>User &amp;agent:</source>
        <translation>ユーザーエージェント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Walks the sign-in through every challenge.</source>
        <translation>サインインをすべてのチャレンジに沿って進めます。</translation>
    </message>
    <message>
        <source>Set up an &amp;authenticator…</source>
        <translation>認証アプリを設定(&amp;A)…</translation>
    </message>
    <message>
        <source>Set up an authenticator</source>
        <translation>認証アプリを設定</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for the user with the tokens of the last run.</source>
        <translation>前回の実行のトークンを使って、ユーザーの TOTP 認証アプリを登録します。</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>このコンピューターの保管庫に追加(&amp;V)</translation>
    </message>
    <message>
        <source>Add the set-up secret to the vault</source>
        <translation>設定したシークレットを保管庫に追加</translation>
    </message>
    <message>
        <source>Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user.</source>
        <translation>MFA_SETUP で登録したばかりの認証アプリを、ユーザーにリンクした保管庫エントリとして保存します。</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>コードが必要です</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The code the challenge asks for, as the user would type it.</source>
        <translation>チャレンジが求めるコード。ユーザーが入力するとおりに入力します。</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>コードを送信(&amp;C)</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <source>Could not list the pool&apos;s users: %1</source>
        <translation>プールのユーザーを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>アプリクライアントを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (allows neither password nor SRP sign-in)</source>
        <translation>%1（パスワードと SRP のどちらのサインインも許可していません）</translation>
    </message>
    <message>
        <source>The pool has no app client yet.</source>
        <translation>このプールにはまだアプリクライアントがありません。</translation>
    </message>
    <message>
        <source>No app client of this pool allows password or SRP sign-in.</source>
        <translation>このプールには、パスワードまたは SRP によるサインインを許可するアプリクライアントがありません。</translation>
    </message>
    <message>
        <source>Could not create the test client: %1</source>
        <translation>テスト用クライアントを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>記憶済み: %1</translation>
    </message>
    <message>
        <source>Choose an app client, or create a test client.</source>
        <translation>アプリクライアントを選択するか、テスト用クライアントを作成してください。</translation>
    </message>
    <message>
        <source>Choose the user to sign in as.</source>
        <translation>サインインに使用するユーザーを選択してください。</translation>
    </message>
    <message>
        <source>Type the user&apos;s password (or a new one with &quot;Set a test password&quot;).</source>
        <translation>ユーザーのパスワードを入力してください（または「テスト用パスワードを設定」で新しいパスワードを入力してください）。</translation>
    </message>
    <message>
        <source>Could not set the test password: %1</source>
        <translation>テスト用パスワードを設定できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 needs a code: %2. Type the code the user would type.</source>
        <translation>%1 にはコードが必要です: %2。ユーザーが入力するコードを入力してください。</translation>
    </message>
    <message>
        <source>Type the code first.</source>
        <translation>先にコードを入力してください。</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>入力済み</translation>
    </message>
    <message>
        <source>Only the local engine records why it decided; this backend answers without a decision trace.</source>
        <translation>判定の理由を記録するのはローカルエンジンだけです。このバックエンドは判定トレースなしで応答します。</translation>
    </message>
    <message>
        <source>No decision trace: the run ended before the engine decided anything.</source>
        <translation>判定トレースはありません: エンジンが何かを判定する前に実行が終了しました。</translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>保管庫にエントリを追加できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Sign-in steps</source>
        <translation>サインインのステップ</translation>
    </message>
    <message>
        <source>Each request and answer of the run; expand a step for its request and answer, passwords and tokens masked.</source>
        <translation>実行の各リクエストと応答。ステップを展開すると、パスワードとトークンをマスクしたリクエストと応答が表示されます。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>コードの入手元</translation>
    </message>
    <message>
        <source>Step columns</source>
        <translation>ステップの列</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Show token claims</source>
        <translation>トークンのクレームを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>トークンのクレームを表示</translation>
    </message>
    <message>
        <source>Decodes the ID and access tokens&apos; claims (read without checking the signature).</source>
        <translation>ID トークンとアクセストークンのクレームをデコードします（署名は検証せずに読み取ります）。</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>トークンのクレーム</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>判定トレース</translation>
    </message>
    <message>
        <source>Decision trace note</source>
        <translation>判定トレースの注記</translation>
    </message>
    <message>
        <source>Why the local engine decided what it did: risk signals, score, level, action, and whether MFA was asked and why.</source>
        <translation>ローカルエンジンがその判定をした理由: リスクシグナル、スコア、レベル、アクション、MFA を求めたかどうかとその理由。</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: 応答を待っています</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>認証されました。トークンは %n 秒後に期限切れになります（ID トークンの有効期間 %1 秒、アクセストークンの有効期間 %2 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool remembered this device as %1.</source>
        <translation>プールはこのデバイスを %1 として記憶しました。</translation>
    </message>
    <message>
        <source>ID token claims:
%1

Access token claims:
%2</source>
        <translation>ID トークンのクレーム:
%1

アクセストークンのクレーム:
%2</translation>
    </message>
    <message>
        <source>Stopped: %1: %2</source>
        <translation>停止しました: %1: %2</translation>
    </message>
    <message>
        <source>Stopped at %1: %2: %3</source>
        <translation>%1 で停止しました: %2: %3</translation>
    </message>
    <message>
        <source>What to change: %1</source>
        <translation>変更する内容: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>&amp;Hide token claims</source>
        <translation>トークンのクレームを非表示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SmsCostView</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Users now; starts from the pool&apos;s estimated users.</source>
        <translation>現在のユーザー数。プールの推定ユーザー数から開始します。</translation>
    </message>
    <message>
        <source>Sign-ins per user per month</source>
        <translation>ユーザーあたりの月間サインイン数</translation>
    </message>
    <message>
        <source>Share of sign-ins challenged</source>
        <translation>チャレンジされるサインインの割合</translation>
    </message>
    <message>
        <source>Sign-ins asked for an MFA code; starts from the MFA policy.</source>
        <translation>MFA コードを求められるサインイン。MFA ポリシーから開始します。</translation>
    </message>
    <message>
        <source>Share of challenged users on SMS</source>
        <translation>チャレンジされるユーザーのうち SMS の割合</translation>
    </message>
    <message>
        <source>Challenged users whose code comes by text; the rest use TOTP or email.</source>
        <translation>テキストメッセージでコードを受け取る、チャレンジされるユーザー。残りは TOTP またはメールを使用します。</translation>
    </message>
    <message>
        <source>User growth per month</source>
        <translation>月間ユーザー増加数</translation>
    </message>
    <message>
        <source>Use&amp;rs:</source>
        <translation>ユーザー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sign-ins per user per month:</source>
        <translation>ユーザーあたりの月間サインイン数(&amp;S):</translation>
    </message>
    <message>
        <source>Share of sign-ins c&amp;hallenged:</source>
        <translation>チャレンジされるサインインの割合(&amp;H):</translation>
    </message>
    <message>
        <source>Share of challenged users &amp;on SMS:</source>
        <translation>チャレンジされるユーザーのうち SMS の割合(&amp;O):</translation>
    </message>
    <message>
        <source>User &amp;growth per month:</source>
        <translation>月間ユーザー増加数(&amp;G):</translation>
    </message>
    <message>
        <source>Where the shares come from</source>
        <translation>割合の出どころ</translation>
    </message>
    <message>
        <source>Reset &amp;from the pool</source>
        <translation>プールからリセット(&amp;F)</translation>
    </message>
    <message>
        <source>Reset inputs from the pool</source>
        <translation>入力をプールからリセット</translation>
    </message>
    <message>
        <source>Users, and the shares from the MFA policy and the factor mix, read again.</source>
        <translation>ユーザー数と、MFA ポリシーおよび要素の構成から得た割合を再度読み込みます。</translation>
    </message>
    <message>
        <source>Prices as of %1, in %2. %3</source>
        <translation>%1 時点の料金（%2）。%3</translation>
    </message>
    <message>
        <source>About the sample prices</source>
        <translation>サンプル料金について</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Price per SMS (%1)</source>
        <translation>SMS あたりの料金（%1）</translation>
    </message>
    <message>
        <source>Share of texts (%)</source>
        <translation>テキストメッセージの割合（%）</translation>
    </message>
    <message>
        <source>SMS prices by destination country</source>
        <translation>送信先の国別の SMS 料金</translation>
    </message>
    <message>
        <source>Editable: a country code (ISO 3166, such as US), its price per text, and the share of texts sent there; the shares add up to 100.</source>
        <translation>編集可能: 国コード（ISO 3166。例: US）、テキストメッセージ 1 通あたりの料金、その国に送信されるテキストメッセージの割合。割合の合計は 100 です。</translation>
    </message>
    <message>
        <source>Price columns</source>
        <translation>料金の列</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>すべての料金を選択</translation>
    </message>
    <message>
        <source>Add countr&amp;y</source>
        <translation>国を追加(&amp;Y)</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>国を追加</translation>
    </message>
    <message>
        <source>Remo&amp;ve country</source>
        <translation>国を削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>国を削除</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TOTP or email (nothing per message)</source>
        <translation>TOTP またはメール（メッセージごとの料金なし）</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>月間コスト</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>SMS cost over 12 months</source>
        <translation>12 か月間の SMS のコスト</translation>
    </message>
    <message>
        <source>Lines: what SMS codes cost each month, against TOTP or email at nothing per message. The sentences below say the same in words.</source>
        <translation>線: SMS コードに毎月かかるコストと、メッセージごとの料金がかからない TOTP またはメールとの比較。下の文章で同じ内容を説明しています。</translation>
    </message>
    <message>
        <source>SMS cost summary</source>
        <translation>SMS のコストの概要</translation>
    </message>
    <message>
        <source>SMS cost problem</source>
        <translation>SMS のコストの問題</translation>
    </message>
    <message>
        <source>Share of SMS users moved to TOTP</source>
        <translation>TOTP に移行する SMS ユーザーの割合</translation>
    </message>
    <message>
        <source>Cost of moving one user</source>
        <translation>ユーザー 1 人の移行コスト</translation>
    </message>
    <message>
        <source>Paid once per user moved: support time, messages asking them to switch.</source>
        <translation>移行するユーザーごとに 1 回かかるコスト: サポートの時間、切り替えを依頼するメッセージなど。</translation>
    </message>
    <message>
        <source>Share of SMS users moved to &amp;TOTP:</source>
        <translation>TOTP に移行する SMS ユーザーの割合(&amp;T):</translation>
    </message>
    <message>
        <source>Cost of mov&amp;ing one user (%1):</source>
        <translation>ユーザー 1 人の移行コスト（%1）(&amp;I):</translation>
    </message>
    <message>
        <source>Break-even of moving to TOTP</source>
        <translation>TOTP への移行の損益分岐点</translation>
    </message>
    <message>
        <source>The shares come from the MFA policy alone: an upper bound, as if every user had a factor.</source>
        <translation>割合は MFA ポリシーのみから得ています: すべてのユーザーが要素を持つと仮定した上限値です。</translation>
    </message>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>割合は MFA ポリシーと、プールの %n 人のユーザーが設定した要素から得ています（SMS: 要素を持つユーザーのうち SMS を持つユーザー）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot project: %1.</source>
        <translation>予測できません: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>1 か月目: テキストメッセージ %n 通、%1。12 か月目: テキストメッセージ %2 通、%3。12 か月間の合計: %4。TOTP またはメールならメッセージごとの料金はかかりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No texts are sent, so moving users to TOTP saves nothing.</source>
        <translation>テキストメッセージは送信されないため、ユーザーを TOTP に移行しても節約にはなりません。</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs nothing up front and saves %2 from the first month.</source>
        <translation>SMS ユーザーの %1% を TOTP に移行すると、初期費用はかからず、最初の月から %2 節約できます。</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it has paid for itself by month %4.</source>
        <translation>SMS ユーザーの %1% を TOTP に移行すると、1 回 %2 かかり、最初の月に %3 節約できます: %4 か月目までに元が取れます。</translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>SMS ユーザーの %1% を TOTP に移行すると、1 回 %2 かかり、最初の月に %3 節約できます: %n か月以内には元が取れません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for this pool; &quot;Reset from the pool&quot; reads the pool and its policy again.</source>
        <translation>このプール用に保存されます。「プールからリセット」でプールとそのポリシーを再度読み込みます。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message>
        <source>Ne&amp;w user…</source>
        <translation>新しいユーザー(&amp;W)…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新しいユーザー</translation>
    </message>
    <message>
        <source>Create a user with an invitation or a temporary password.</source>
        <translation>招待または一時パスワードでユーザーを作成します。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>CSV からユーザーをインポート</translation>
    </message>
    <message>
        <source>Add users from a CSV file in Cognito&apos;s user-import format.</source>
        <translation>Cognito のユーザーインポート形式の CSV ファイルからユーザーを追加します。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>ユーザーを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>Save every user matching the filter as CSV.</source>
        <translation>フィルターに一致するすべてのユーザーを CSV として保存します。</translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>一括操作(&amp;B)…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>一括操作</translation>
    </message>
    <message>
        <source>Disable, enable, require a factor, reset MFA, forget devices or delete the selected users or every user matching the filter.</source>
        <translation>選択したユーザーまたはフィルターに一致するすべてのユーザーに対して、無効化、有効化、要素の必須化、MFA のリセット、デバイスの削除、または削除を行います。</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>ユーザーをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n 人のユーザーをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users to export…</source>
        <translation>エクスポートするユーザーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>エクスポートするユーザーを読み込んでいます: これまでに %n 人…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n 人のユーザーを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>何もエクスポートされませんでした: %1</translation>
    </message>
    <message>
        <source>%1 The MFA columns are empty: this backend gives them one user at a time (AdminGetUser).</source>
        <translation>%1 MFA の列は空です: このバックエンドはこれらを 1 ユーザーずつ返します（AdminGetUser）。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserDetailPane</name>
    <message>
        <source>User status</source>
        <translation>ユーザーの状態</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>操作の結果</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>操作のエラー</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The device is forgotten: %1&apos;s next sign-in from it asks for MFA again.</source>
        <translation>デバイスは削除されました: そのデバイスからの %1 の次回のサインインでは再び MFA が求められます。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されませんでした。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Stop or allow this user&apos;s sign-ins.</source>
        <translation>このユーザーのサインインを停止または許可します。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードをリセット</translation>
    </message>
    <message>
        <source>The user must set a new password at the next sign-in.</source>
        <translation>ユーザーは次回のサインイン時に新しいパスワードを設定する必要があります。</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>ユーザーを削除…</translation>
    </message>
    <message>
        <source>Deletes the user for good, after you type the username.</source>
        <translation>ユーザー名を入力した後、ユーザーを完全に削除します。</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>The factor Make preferred and Remove factor act on.</source>
        <translation>「優先にする」と「要素を削除」の対象となる要素。</translation>
    </message>
    <message>
        <source>Make preferred</source>
        <translation>優先にする</translation>
    </message>
    <message>
        <source>Sign-ins ask for this factor first.</source>
        <translation>サインイン時にこの要素を最初に求めます。</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>要素を削除</translation>
    </message>
    <message>
        <source>Turns this factor off.</source>
        <translation>この要素をオフにします。</translation>
    </message>
    <message>
        <source>Clear preference</source>
        <translation>優先設定をクリア</translation>
    </message>
    <message>
        <source>No preferred factor; the factors stay on.</source>
        <translation>優先する要素をなくします。要素はオンのままです。</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>MFA をリセット</translation>
    </message>
    <message>
        <source>Turns every factor of this user off.</source>
        <translation>このユーザーのすべての要素をオフにします。</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>記憶済みデバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>最後の IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最後のサインイン</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>デバイスを削除</translation>
    </message>
    <message>
        <source>The next sign-in from the selected device asks for MFA.</source>
        <translation>選択したデバイスからの次回のサインインで MFA を求めます。</translation>
    </message>
    <message>
        <source>Forget all devices</source>
        <translation>すべてのデバイスを削除</translation>
    </message>
    <message>
        <source>The next sign-in from every device asks for MFA.</source>
        <translation>すべてのデバイスからの次回のサインインで MFA を求めます。</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>最近のサインイン</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>Choose a user to see their details.</source>
        <translation>詳細を表示するユーザーを選択してください。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This backend does not list remembered devices (it does not serve AdminListDevices).</source>
        <translation>このバックエンドは記憶済みデバイスを一覧表示しません（AdminListDevices を提供していません）。</translation>
    </message>
    <message>
        <source>This backend keeps no sign-in history (it does not serve AdminListUserAuthEvents).</source>
        <translation>このバックエンドはサインイン履歴を保持しません（AdminListUserAuthEvents を提供していません）。</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3 · changed %4</source>
        <translation>%1 · %2 · 作成 %3 · 変更 %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1（優先）</translation>
    </message>
    <message>
        <source>No MFA factor is on: this user signs in with a password only.</source>
        <translation>オンの MFA 要素はありません: このユーザーはパスワードだけでサインインします。</translation>
    </message>
    <message>
        <source>Factors on: %1.</source>
        <translation>オンの要素: %1。</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>記憶済み</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>記憶されていない</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>記憶済みデバイスはありません。</translation>
    </message>
    <message>
        <source>No sign-ins recorded yet.</source>
        <translation>記録されたサインインはまだありません。</translation>
    </message>
    <message>
        <source>This backend does not serve %1, so %2 is not available.</source>
        <translation>このバックエンドは %1 を提供していないため、%2 は使用できません。</translation>
    </message>
    <message>
        <source>%1 will be forgotten: %2&apos;s next sign-in from it asks for MFA again.</source>
        <translation>%1 は削除されます: そのデバイスからの %2 の次回のサインインでは再び MFA が求められます。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: 処理中…</translation>
    </message>
    <message>
        <source>Set up an authenticator…</source>
        <translation>認証アプリを設定…</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for this user: a QR code for a phone, or an entry in this computer&apos;s vault.</source>
        <translation>このユーザーの TOTP 認証アプリを登録します: スマートフォン用の QR コード、またはこのコンピューターの保管庫のエントリ。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserFilterBar</name>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>優先ユーザー名</translation>
    </message>
    <message>
        <source>Status (CONFIRMED, …)</source>
        <translation>ステータス（CONFIRMED など）</translation>
    </message>
    <message>
        <source>Enabled (Enabled / Disabled)</source>
        <translation>有効（Enabled / Disabled）</translation>
    </message>
    <message>
        <source>User ID (sub)</source>
        <translation>ユーザー ID（sub）</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>ユーザー名を検索</translation>
    </message>
    <message>
        <source>Lists the users whose username starts with this text (username ^= &quot;text&quot;).</source>
        <translation>ユーザー名がこのテキストで始まるユーザーを一覧表示します（username ^= &quot;text&quot;）。</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>フィルターのフィールド</translation>
    </message>
    <message>
        <source>The attribute to filter on: ListUsers can search only these.</source>
        <translation>フィルター対象の属性: ListUsers で検索できるのはこれらだけです。</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>次で始まる</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>次と完全一致</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>フィルターの演算子</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>フィルターの値</translation>
    </message>
    <message>
        <source>Cognito filter, e.g. email ^= &quot;ann&quot;</source>
        <translation>Cognito フィルター。例: email ^= &quot;ann&quot;</translation>
    </message>
    <message>
        <source>Cognito filter</source>
        <translation>Cognito フィルター</translation>
    </message>
    <message>
        <source>The filter as ListUsers receives it; edit it here or with the fields above.</source>
        <translation>ListUsers が受け取るフィルターです。ここで編集するか、上のフィールドで編集します。</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>フィルターを適用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>フィルターを適用</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>すべて表示(&amp;L)</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>すべてのユーザーを表示</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>フィルターの問題</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>CSV からユーザーをインポート</translation>
    </message>
    <message>
        <source>A CSV file in Cognito&apos;s user-import format: the header GetCSVHeader gives (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), one user a row. Imported users must reset their password at the first sign-in.</source>
        <translation>Cognito のユーザーインポート形式の CSV ファイル: GetCSVHeader が返すヘッダー（cognito:username、cognito:mfa_enabled、email、email_verified、phone_number など）と、1 行に 1 人のユーザー。インポートされたユーザーは最初のサインイン時にパスワードをリセットする必要があります。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>インポートの概要</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Users to import</source>
        <translation>インポートするユーザー</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>ユーザーをインポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import goes into the local engine only. For AWS Cognito, start a user import job with the same file in the AWS console or CLI (CreateUserImportJob); the preview still checks the file.</source>
        <translation>インポート先はローカルエンジンのみです。AWS Cognito では、AWS コンソールまたは CLI で同じファイルを使ってユーザーインポートジョブを開始してください（CreateUserImportJob）。プレビューでは引き続きファイルをチェックします。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n 人のユーザーをインポートする準備ができました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Rows with a problem are left out; fix them in the file and choose it again to import them.</source>
        <translation>%1 %2 問題のある行は除外されます。ファイルで修正してから、もう一度選択してインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーをインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>問題のない %n 人のユーザーをインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>%n 人のユーザーをインポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>%n 人のユーザーをインポートしました。各ユーザーは最初のサインイン時にパスワードをリセットする必要があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserPasskeysSection</name>
    <message>
        <source>Passkeys</source>
        <translation>パスキー</translation>
    </message>
    <message>
        <source>Passkeys note</source>
        <translation>パスキーの注記</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>Delete passkey…</source>
        <translation>パスキーを削除…</translation>
    </message>
    <message>
        <source>Delete passkey</source>
        <translation>パスキーを削除</translation>
    </message>
    <message>
        <source>Removes the selected passkey; the user can no longer sign in with it.</source>
        <translation>選択したパスキーを削除します。ユーザーはそのパスキーでサインインできなくなります。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This backend shows passkeys only to their own user (Cognito&apos;s ListWebAuthnCredentials takes the user&apos;s access token), so they are not listed here.</source>
        <translation>このバックエンドはパスキーを本人にしか表示しません（Cognito の ListWebAuthnCredentials はユーザーのアクセストークンを受け取ります）。そのため、ここには一覧表示されません。</translation>
    </message>
    <message>
        <source>%1 has no passkey.</source>
        <translation>%1 にはパスキーがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 には %n 個のパスキーがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Delete the passkey &quot;%1&quot; of %2? They can no longer sign in with it, and must register it again to use it. This cannot be undone.</source>
        <translation>%2 のパスキー「%1」を削除しますか？ そのユーザーはこのパスキーでサインインできなくなり、使用するには再度登録する必要があります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>The passkey &quot;%1&quot; was not deleted: %2</source>
        <translation>パスキー「%1」は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Deleted the passkey &quot;%1&quot; of %2; they can no longer sign in with it.</source>
        <translation>%2 のパスキー「%1」を削除しました。そのユーザーはこのパスキーでサインインできなくなります。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserTableModel</name>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>authenticator app (TOTP)</source>
        <translation>認証アプリ（TOTP）</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>verified</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1、確認済み</translation>
    </message>
    <message>
        <source>%1, not verified</source>
        <translation>%1、未確認</translation>
    </message>
    <message>
        <source>The factors each user has set up, the preferred one first and marked ★. Read per user for the rows on screen.</source>
        <translation>各ユーザーが設定した要素。優先する要素が先頭で、★ が付きます。画面上の行についてユーザーごとに読み込みます。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No MFA factor</source>
        <translation>MFA 要素なし</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1（優先）</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1. Read %2.</source>
        <translation>%1。%2 を読み込みました。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The pool&apos;s users, read a page at a time as you scroll; the MFA column is read for the users on screen.</source>
        <translation>プールのユーザー。スクロールに合わせて 1 ページずつ読み込みます。MFA 列は画面上のユーザーについて読み込みます。</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>ユーザーの列</translation>
    </message>
    <message>
        <source>Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, so users stay in the order the pool returns them.</source>
        <translation>ドラッグで並べ替えます。コンテキストメニューで列を表示または非表示にします。ListUsers は並べ替えができないため、ユーザーはプールが返す順序のままです。</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>ユーザーの状態</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>In the pool&apos;s order: ListUsers cannot sort.</source>
        <translation>プールの順序: ListUsers は並べ替えができません。</translation>
    </message>
    <message>
        <source>Reading users…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n 人のユーザー。%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>これまでに %n 人のユーザーを読み込みました。スクロールするとさらに読み込みます。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 はすでに存在します。新しいファイル名を選んでください</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation>ディスクにフラッシュするためにフォルダー %1 を開けません</translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation>フォルダー %1 をディスクにフラッシュできません</translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>バックアップフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>バックアップのために %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation>古いバックアップ %1 を削除できません</translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation>フォルダー %1 はこのコンピューターのすべてのユーザーが書き込めます（モード %2）: 他の人がそこにある保管庫やバックアップを削除・置換したり、Tessera が使う名前でファイルを置いたりできます。ホームフォルダーなど、自分だけが書き込めるフォルダーに保管庫を置いてください。</translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation>フォルダー %1 はそのグループが書き込めます（モード %2）: グループのメンバーがそこにある保管庫やバックアップを削除・置換できます。自分だけが書き込めるフォルダーに保管庫を置いてください（フォルダーに chmod g-w）。</translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation>フォルダー %1 を調べられません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation>%1 はフォルダーではなくシンボリックリンクです。Tessera はリンクをたどって別の場所にバックアップを書き込むことはしません。リンクを削除してください（代わりにフォルダーが作成されます）。</translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation>%1 はフォルダーではありません。Tessera がそこにバックアップを置けるよう、移動してください</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation>フォルダー %1 は別のユーザー（uid %2）の所有で、そのユーザーは中のバックアップを読んだり置換・削除したりできます。フォルダーを削除するか、自分だけが書き込めるフォルダーに保管庫を移動してください。</translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation>フォルダー %1 は他のユーザーが書き込めます（モード %2）。他のユーザーが中のバックアップを置換・削除できます。自分専用にしてください: chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation>保存の前に %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation>%1 は開いた後に別のプログラムによって変更されました。何も保存されませんでした。変更を確認するには、もう一度開いてください。</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1。何も保存されませんでした</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation>保管庫は別のプログラムが保存中です（ロックファイル %1）。何も保存されませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation>%1 は、Tessera がロックファイルを置く場所にあるシンボリックリンクです。Tessera はこれを決してたどりません（共有フォルダーでは、別のユーザーがリンクを置いて Tessera に別の場所へ書き込ませることができるため）。何も保存されませんでした: リンクを削除するか、自分だけが書き込めるフォルダーに保管庫を置いてください。</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation>フォルダー %1 に書き込めません（%2）: 読み取り専用か他人の所有であるため、何も保存されませんでした。書き込めるフォルダーに保管庫を移動するか、フォルダーのアクセス許可を変更してください。</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation>ロックファイル %1 を作成できません（%2）。何も保存されませんでした</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation>フォルダー %1 に書き込めません: 読み取り専用か他人の所有であるため、何も保存されませんでした。書き込めるフォルダーに保管庫を移動してください。</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation>システムのキーリングが拒否しました: %1</translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation>システムのキーリングにこの保管庫の鍵がありません（削除されたか、別のユーザーアカウントまたはコンピューターです）: パスワードでロックを解除してください</translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation>この Tessera のビルドはシステムのキーリングに対応していません（QtKeychain）</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation>%1 に保管庫がありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation>内容の認証に失敗しました: 書き込み後に変更されたか破損しています</translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation>パスワードスロットを計算できません（メモリ不足？）</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>パスワードが違います</translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation>この保管庫にはパスワードがありません。キーリングでロックを解除してください</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation>保管庫 %1 は破損しています（%2）。%3 内のどのバックアップもこのパスワードでは開けません</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation>保管庫 %1 は破損しています（%2）。このパスワードで開ける最新のバックアップは %3 です: 復元するには、これを保管庫に上書きコピーしてください</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>システムの乱数生成器が失敗しました</translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation>N=2^15、r=8、p=1 を下回る scrypt パラメーターは保管庫には弱すぎます</translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation>この scrypt パラメーターは Tessera が書き込むコスト（最大 %1）を超えています: 遅いコンピューターでは保管庫を開けない可能性があります</translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation>%1 にはすでにファイルがあります。別のパスを選ぶか、そのファイルを移動してください</translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation>この保管庫にはキーリングスロットがありません。パスワードでロックを解除してください</translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation>キーリングが保管庫の鍵を渡しませんでした: %1</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation>キーリング内の鍵ではこの保管庫を開けません。パスワードでロックを解除してください</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation>保管庫 %1 は破損しています（%2）。開けるバックアップを探すには、パスワードで開いてください</translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation>この保管庫には、鍵をローテーションするためのパスワードスロットがありません</translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation>保管庫の鍵をキーリングに保存できません: %1</translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation>保管庫からキーリングスロットを削除しましたが、キーリングには項目 &apos;%1&apos; が残っています: %2</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation>保管庫のヘッダーが破損しています: %1</translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation>鍵スロットがマップではありません</translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation>鍵スロットの nonce またはラップされた鍵の形式が不正です</translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation>パスワードスロットが scrypt 以外の鍵導出を指定しています</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation>パスワードスロットの scrypt パラメーターが無効です</translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation>パスワードスロットが Tessera の実行できる範囲を超える scrypt パラメーターを要求しています</translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation>パスワードスロットのソルトの形式が不正です</translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation>キーリングスロットにキーリング項目の名前がありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation>これは Tessera の保管庫ではありません</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>ファイルが途中で切れています</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation>この保管庫は新しいバージョンの Tessera で作成されています（形式 %1。このバージョンが読めるのは形式 %2）: 開くには Tessera を更新してください</translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation>形式バージョン 0 は存在しません</translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation>ヘッダー長がこのファイルのサイズではあり得ない値です</translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation>ヘッダーが CBOR のマップではありません</translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation>ヘッダーが不明な暗号方式を指定しています</translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation>ペイロードの nonce の形式が不正です</translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation>鍵スロットの一覧がないか、形式が不正です</translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 がマップではありません</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 にテキストではないキーがあります</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 がリストではありません</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 がテキストではありません</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 が有効なテキストではありません</translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation>%1 がバイト列ではありません</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 が有効なバイト列ではありません</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 が整数ではありません</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 が範囲外です</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 が 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 が true でも false でもありません</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 が時刻ではありません</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 が UUID ではありません</translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation>不明なフィールド &apos;%1&apos; が有効な CBOR ではありません</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 が途中で終わっています</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>エントリ %1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 の種類が不明です</translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation>%1 のアルゴリズムが不明です</translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation>%1 にペアではない追加パラメーターがあります</translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation>%1 に ID、種類、またはシークレットキーがありません</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 が無効です: %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 に ID がありません</translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation>保管庫の内容</translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation>保管庫の内容にエントリの一覧がありません</translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation>保管庫の内容の末尾の後にバイトがあります</translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation>保管庫の内容が破損しています: %1</translation>
    </message>
</context>
</TS>
