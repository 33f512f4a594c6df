<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation>（填充符 &apos;=&apos; 只能出现在末尾）</translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation>密钥不是 Base32：第 %2 个位置是 %1%3</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>密钥为空</translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation>密钥太短：解码后至少需要一个字节（两个 Base32 字符）</translation>
    </message>
</context>
<context>
    <name>ChainedCodes</name>
    <message>
        <source>nothing here can answer %1: link a vault entry, or type the code</source>
        <translation>此处无法应答 %1：请关联一个保管库条目，或输入验证码</translation>
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
        <translation>字段不以引号开头，其中却含有引号（请在带引号的字段中写成两个引号）</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>右引号之后还有文本</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>引号已打开但未闭合</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <source>Set up an authenticator with the user&apos;s access token or a sign-in&apos;s session, exactly one of them.</source>
        <translation>请使用用户的访问令牌或登录的会话设置身份验证器，两者必须且只能提供其一。</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken answered with a secret that is not Base32</source>
        <translation>AssociateSoftwareToken 返回的密钥不是 Base32</translation>
    </message>
    <message>
        <source>VerifySoftwareToken did not answer SUCCESS</source>
        <translation>VerifySoftwareToken 未返回 SUCCESS</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>分组名称</translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation>密钥环已锁定或不可用</translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation>密钥环中没有条目 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>不是 JWT：它有 %n 个以点分隔的部分，而不是 3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JWT: its payload is not Base64url</source>
        <translation>不是 JWT：其负载不是 Base64url</translation>
    </message>
    <message>
        <source>not a JWT: its payload is not a JSON object</source>
        <translation>不是 JWT：其负载不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>NewUser</name>
    <message>
        <source>An invitation by email needs the user&apos;s email address.</source>
        <translation>通过电子邮件邀请需要用户的电子邮件地址。</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the user&apos;s phone number.</source>
        <translation>通过短信邀请需要用户的电话号码。</translation>
    </message>
    <message>
        <source>Without an invitation, give a temporary password to hand to the user.</source>
        <translation>如不发送邀请，请提供一个临时密码以交给用户。</translation>
    </message>
</context>
<context>
    <name>OutboxCodes</name>
    <message>
        <source>no %1 code for this user in the outbox</source>
        <translation>发件箱中没有此用户的 %1 验证码</translation>
    </message>
    <message>
        <source>the outbox&apos;s newest %1 code was already given; no new one arrived</source>
        <translation>发件箱中最新的 %1 验证码已使用过；尚未收到新的验证码</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>发件箱</translation>
    </message>
</context>
<context>
    <name>PasskeyLab</name>
    <message>
        <source>could not make a passkey (OpenSSL failed)</source>
        <translation>无法创建通行密钥（OpenSSL 失败）</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1：已应答</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1：被拒绝，%2：%3</translation>
    </message>
    <message>
        <source>The lab&apos;s passkey could not be deleted (%1); delete it in the user&apos;s passkeys.</source>
        <translation>无法删除实验室的通行密钥（%1）；请在该用户的通行密钥中将其删除。</translation>
    </message>
    <message>
        <source>Turn passkeys on in the pool&apos;s sign-in settings and give the relying party ID.</source>
        <translation>请在用户池的登录设置中开启通行密钥，并提供依赖方 ID。</translation>
    </message>
    <message>
        <source>Allow the app client the choice-based flow (ALLOW_USER_AUTH).</source>
        <translation>请允许应用程序客户端使用基于选择的流程（ALLOW_USER_AUTH）。</translation>
    </message>
    <message>
        <source>the creation options name no relying party or challenge</source>
        <translation>创建选项中未指明依赖方或质询</translation>
    </message>
    <message>
        <source>%1: authenticated</source>
        <translation>%1：已通过身份验证</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>服务既未返回质询也未返回令牌</translation>
    </message>
    <message>
        <source>%1: challenge %2</source>
        <translation>%1：质询 %2</translation>
    </message>
    <message>
        <source>SELECT_CHALLENGE does not offer WEB_AUTHN to %1</source>
        <translation>SELECT_CHALLENGE 未向 %1 提供 WEB_AUTHN</translation>
    </message>
    <message>
        <source>Allow passkeys (WEB_AUTHN) among the pool&apos;s first factors.</source>
        <translation>请在用户池的第一因素中允许通行密钥（WEB_AUTHN）。</translation>
    </message>
    <message>
        <source>the assertion failed the lab&apos;s own checks; it was not sent</source>
        <translation>断言未通过实验室自身的检查；未发送</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>实验室无法应答质询 %1</translation>
    </message>
    <message>
        <source>clientDataJSON.challenge %1 is the one the service issued (%2), for type %3</source>
        <translation>clientDataJSON.challenge %1 是服务签发的质询（%2），类型为 %3</translation>
    </message>
    <message>
        <source>clientDataJSON.origin %1 is https on relying party %2 or a subdomain</source>
        <translation>clientDataJSON.origin %1 是依赖方 %2 或其子域上的 https 地址</translation>
    </message>
    <message>
        <source>authenticatorData.rpIdHash %1 is SHA-256(&quot;%2&quot;) %3</source>
        <translation>authenticatorData.rpIdHash %1 为 SHA-256(&quot;%2&quot;) %3</translation>
    </message>
    <message>
        <source>UP (user present) %1, UV (user verified) %2; the pool %3 verification</source>
        <translation>UP（用户在场）%1，UV（用户已验证）%2；用户池%3验证</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>signCount %1 is greater than the %2 stored at registration</source>
        <translation>signCount %1 大于注册时存储的 %2</translation>
    </message>
    <message>
        <source>the ES256 signature over authenticatorData ‖ SHA-256(clientDataJSON) verifies with the registered public key</source>
        <translation>基于 authenticatorData ‖ SHA-256(clientDataJSON) 的 ES256 签名可用已注册的公钥验证</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ShellLabVault</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>保管库已锁定：请在身份验证器中解锁，或输入验证码</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it in the authenticator first.</source>
        <translation>保管库已锁定：请先在身份验证器中解锁。</translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation>无法生成 SRP 值（OpenSSL 失败）</translation>
    </message>
    <message>
        <source>the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1</source>
        <translation>实验室使用 USER_PASSWORD_AUTH 或 USER_SRP_AUTH 登录，而不是 %1</translation>
    </message>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>登录未能在 %n 个请求内完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The service keeps asking; read the steps for the loop.</source>
        <translation>服务一直在提出要求；请查看步骤以了解循环原因。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1：被拒绝，%2：%3</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>已通过身份验证</translation>
    </message>
    <message>
        <source>challenge %1</source>
        <translation>质询 %1</translation>
    </message>
    <message>
        <source>neither a challenge nor tokens</source>
        <translation>既无质询也无令牌</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>服务返回的既不是质询也不是令牌</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run did not start</source>
        <translation>PASSWORD_VERIFIER 应答的是 USER_SRP_AUTH，但本次运行并未启动它</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>PASSWORD_VERIFIER：服务发送的 SRP 值无效</translation>
    </message>
    <message>
        <source>SRP</source>
        <translation>SRP</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password</source>
        <translation>NEW_PASSWORD_REQUIRED：%1 使用临时密码登录</translation>
    </message>
    <message>
        <source>Give the lab a new password for the user, or set a permanent test password (AdminSetUserPassword, Permanent).</source>
        <translation>请为实验室提供该用户的新密码，或设置一个永久测试密码（AdminSetUserPassword，Permanent）。</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and %1 has no factor yet</source>
        <translation>MFA_SETUP：用户池要求 MFA，而 %1 尚无任何因素</translation>
    </message>
    <message>
        <source>Set up an authenticator for the user first.</source>
        <translation>请先为该用户设置身份验证器。</translation>
    </message>
    <message>
        <source>MFA_SETUP offers no authenticator app (TOTP), the only factor the lab can set up</source>
        <translation>MFA_SETUP 未提供身份验证器应用（TOTP），而这是实验室唯一能设置的因素</translation>
    </message>
    <message>
        <source>Turn authenticator apps on in the pool&apos;s MFA policy.</source>
        <translation>请在用户池的 MFA 策略中开启身份验证器应用。</translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, and the lab has no code for any of them</source>
        <translation>SELECT_MFA_TYPE 提供了 %1，但实验室没有其中任何一项的验证码</translation>
    </message>
    <message>
        <source>Link a vault entry to the user, or type the code.</source>
        <translation>请为该用户关联一个保管库条目，或输入验证码。</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>实验室无法应答质询 %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>the secret just set up</source>
        <translation>刚设置的密钥</translation>
    </message>
    <message>
        <source>The risk configuration refused this sign-in (blocked range, BLOCK, or MFA required with no factor): read the decision trace, then change the IP address, the action for this level or the user&apos;s factors.</source>
        <translation>风险配置拒绝了此次登录（被阻止的地址范围、BLOCK，或要求 MFA 但没有因素）：请查看决策跟踪，然后更改 IP 地址、此级别的操作或用户的因素。</translation>
    </message>
    <message>
        <source>Enable the user (AdminEnableUser).</source>
        <translation>请启用该用户（AdminEnableUser）。</translation>
    </message>
    <message>
        <source>Set a new temporary or permanent password (AdminSetUserPassword).</source>
        <translation>请设置新的临时密码或永久密码（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>The session ended (it expires after the client&apos;s AuthSessionValidity, or after too many wrong codes): start again.</source>
        <translation>会话已结束（会话在客户端的 AuthSessionValidity 之后过期，或在输错验证码次数过多后结束）：请重新开始。</translation>
    </message>
    <message>
        <source>Check the password, or set a test password (AdminSetUserPassword).</source>
        <translation>请检查密码，或设置测试密码（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>Check the username: no such user in this pool.</source>
        <translation>请检查用户名：此用户池中没有该用户。</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password (AdminSetUserPassword).</source>
        <translation>请重置该用户的密码（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>The new password breaks the pool&apos;s password policy: choose another.</source>
        <translation>新密码不符合用户池的密码策略：请另选一个。</translation>
    </message>
    <message>
        <source>Five wrong codes ended this sign-in: start again with the right code; the user may be locked out for a while.</source>
        <translation>五次输错验证码，此次登录已结束：请使用正确的验证码重新开始；该用户可能会被锁定一段时间。</translation>
    </message>
    <message>
        <source>The code was wrong, already used or too old: check that the vault entry belongs to this user and the clock is right, or wait for the next code.</source>
        <translation>验证码错误、已使用或已过期：请检查该保管库条目是否属于此用户、时钟是否正确，或等待下一个验证码。</translation>
    </message>
    <message>
        <source>Allow this flow on the app client (ExplicitAuthFlows), or create a test client that allows it.</source>
        <translation>请在应用程序客户端上允许此流程（ExplicitAuthFlows），或创建一个允许此流程的测试客户端。</translation>
    </message>
    <message>
        <source>Check the pool and the app client: one of them does not exist.</source>
        <translation>请检查用户池和应用程序客户端：其中之一不存在。</translation>
    </message>
    <message>
        <source>the device is remembered</source>
        <translation>该设备已被记住</translation>
    </message>
    <message>
        <source>%1: the pool asks the remembered device to prove itself with its own password, which the lab does not have</source>
        <translation>%1：用户池要求记住的设备用其自己的密码证明身份，而实验室没有该密码</translation>
    </message>
    <message>
        <source>Choose a device a lab run in this window remembered, or a new device.</source>
        <translation>请选择此窗口中某次实验室运行记住的设备，或选择新设备。</translation>
    </message>
    <message>
        <source>the device&apos;s password</source>
        <translation>设备的密码</translation>
    </message>
    <message>
        <source>DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>DEVICE_PASSWORD_VERIFIER：服务发送的 SRP 值无效</translation>
    </message>
</context>
<context>
    <name>SignInTrace</name>
    <message>
        <source>The address %1 is in the blocked range %2: the sign-in is refused before any other check.</source>
        <translation>地址 %1 位于被阻止的范围 %2 内：在任何其他检查之前即拒绝登录。</translation>
    </message>
    <message>
        <source>The address %1 is in the allowed range %2: risk checks are skipped and the level is Low.</source>
        <translation>地址 %1 位于允许的范围 %2 内：跳过风险检查，级别为低。</translation>
    </message>
    <message>
        <source>First sign-in: no earlier successful sign-in to compare the device and network with (no points).</source>
        <translation>首次登录：没有更早的成功登录可用于比较设备和网络（不计分）。</translation>
    </message>
    <message>
        <source>New device: &apos;%1&apos; has not signed in as this user before (+1 point).</source>
        <translation>新设备：“%1”此前未以此用户身份登录过（+1 分）。</translation>
    </message>
    <message>
        <source>Known device: &apos;%1&apos; signed in as this user before.</source>
        <translation>已知设备：“%1”此前以此用户身份登录过。</translation>
    </message>
    <message>
        <source>The request names no device (no DEVICE_KEY, device data or User-Agent).</source>
        <translation>请求中未指明设备（没有 DEVICE_KEY、设备数据或 User-Agent）。</translation>
    </message>
    <message>
        <source>New network: the user never signed in from %1 before (+1 point).</source>
        <translation>新网络：该用户此前从未从 %1 登录过（+1 分）。</translation>
    </message>
    <message>
        <source>Known network: the user signed in from %1 before.</source>
        <translation>已知网络：该用户此前从 %1 登录过。</translation>
    </message>
    <message>
        <source>%n failed sign-ins for this user in the last 15 minutes (+%1 points).</source>
        <translation>此用户在过去 15 分钟内有 %n 次登录失败（+%1 分）。</translation>
    </message>
    <message>
        <source>%n sign-in attempts from %1 in the last minute look automated (+3 points).</source>
        <translation>过去一分钟内来自 %1 的 %n 次登录尝试疑似自动化行为（+3 分）。</translation>
    </message>
    <message>
        <source>Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or more High).</source>
        <translation>风险分数 %1：级别 %2（0-1 低，2 中，3 及以上 高）。</translation>
    </message>
    <message>
        <source>The pool&apos;s risk configuration maps %1 risk to %2.</source>
        <translation>用户池的风险配置将 %1 风险映射为 %2。</translation>
    </message>
    <message>
        <source>The configuration notifies at this level: a notice went to %1.</source>
        <translation>配置在此级别发送通知：已向 %1 发送通知。</translation>
    </message>
    <message>
        <source>The configuration notifies at this level, but the user has no email address to notify.</source>
        <translation>配置在此级别发送通知，但该用户没有可接收通知的电子邮件地址。</translation>
    </message>
    <message>
        <source>The action is BLOCK: the sign-in is refused.</source>
        <translation>操作为 BLOCK：登录被拒绝。</translation>
    </message>
    <message>
        <source>The user is disabled: the sign-in is refused.</source>
        <translation>该用户已禁用：登录被拒绝。</translation>
    </message>
    <message>
        <source>The password step failed: %1</source>
        <translation>密码步骤失败：%1</translation>
    </message>
    <message>
        <source>The password is right.</source>
        <translation>密码正确。</translation>
    </message>
    <message>
        <source>The user has a temporary password: NEW_PASSWORD_REQUIRED asks for a new one.</source>
        <translation>该用户使用的是临时密码：NEW_PASSWORD_REQUIRED 要求设置新密码。</translation>
    </message>
    <message>
        <source>The new password meets the pool&apos;s policy and is set.</source>
        <translation>新密码符合用户池的策略，已设置。</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA mode is %1.</source>
        <translation>用户池的 MFA 模式为 %1。</translation>
    </message>
    <message>
        <source>The user&apos;s usable factors: %1.</source>
        <translation>该用户可用的因素：%1。</translation>
    </message>
    <message>
        <source>The user has no usable MFA factor.</source>
        <translation>该用户没有可用的 MFA 因素。</translation>
    </message>
    <message>
        <source>The user&apos;s preferred factor is %1.</source>
        <translation>该用户的首选因素为 %1。</translation>
    </message>
    <message>
        <source>The user has no preferred factor.</source>
        <translation>该用户没有首选因素。</translation>
    </message>
    <message>
        <source>A federated user, and the pool exempts federated users from MFA.</source>
        <translation>联合用户，且用户池对联合用户免除 MFA。</translation>
    </message>
    <message>
        <source>A federated user, and the pool enforces MFA for them.</source>
        <translation>联合用户，且用户池对其强制执行 MFA。</translation>
    </message>
    <message>
        <source>The risk action %1 asks for MFA whatever the pool&apos;s mode.</source>
        <translation>无论用户池的模式如何，风险操作 %1 都要求 MFA。</translation>
    </message>
    <message>
        <source>The risk action %1 requires MFA but the user has no factor: the sign-in is refused.</source>
        <translation>风险操作 %1 要求 MFA，但该用户没有因素：登录被拒绝。</translation>
    </message>
    <message>
        <source>The device is remembered for this user: MFA is skipped.</source>
        <translation>该设备已为此用户记住：跳过 MFA。</translation>
    </message>
    <message>
        <source>No MFA is asked: tokens follow the password.</source>
        <translation>不要求 MFA：密码之后即颁发令牌。</translation>
    </message>
    <message>
        <source>MFA is asked.</source>
        <translation>要求 MFA。</translation>
    </message>
    <message>
        <source>MFA is required but the user has no factor: MFA_SETUP offers %1.</source>
        <translation>要求 MFA，但该用户没有因素：MFA_SETUP 提供 %1。</translation>
    </message>
    <message>
        <source>%1 is challenged without asking (the preferred or only factor).</source>
        <translation>直接质询 %1，无需询问（首选或唯一的因素）。</translation>
    </message>
    <message>
        <source>The user must choose: SELECT_MFA_TYPE offers %1.</source>
        <translation>用户必须选择：SELECT_MFA_TYPE 提供 %1。</translation>
    </message>
    <message>
        <source>%1: the code is accepted.</source>
        <translation>%1：验证码已接受。</translation>
    </message>
    <message>
        <source>%1: the code is refused: %2</source>
        <translation>%1：验证码被拒绝：%2</translation>
    </message>
    <message>
        <source>Authenticated: tokens issued.</source>
        <translation>已通过身份验证：已颁发令牌。</translation>
    </message>
    <message>
        <source>Stopped with %1: %2</source>
        <translation>已因 %1 停止：%2</translation>
    </message>
</context>
<context>
    <name>SmsCostProjection</name>
    <message>
        <source>the number of users cannot be negative</source>
        <translation>用户数不能为负数</translation>
    </message>
    <message>
        <source>sign-ins per user per month cannot be negative</source>
        <translation>每位用户每月的登录次数不能为负数</translation>
    </message>
    <message>
        <source>the share of sign-ins challenged must be from 0 to 1 (0% to 100%)</source>
        <translation>受到质询的登录比例必须在 0 到 1 之间（0% 到 100%）</translation>
    </message>
    <message>
        <source>the share of SMS users must be from 0 to 1 (0% to 100%)</source>
        <translation>短信用户的比例必须在 0 到 1 之间（0% 到 100%）</translation>
    </message>
    <message>
        <source>monthly growth must be above -100%</source>
        <translation>每月增长率必须高于 -100%</translation>
    </message>
    <message>
        <source>say where the texts go: at least one destination country</source>
        <translation>请指定短信发往何处：至少一个目的地国家/地区</translation>
    </message>
    <message>
        <source>the share of texts to %1 must be from 0 to 1 (0% to 100%)</source>
        <translation>发往 %1 的短信比例必须在 0 到 1 之间（0% 到 100%）</translation>
    </message>
    <message>
        <source>the price table has no price for %1: add it</source>
        <translation>价格表中没有 %1 的价格：请添加</translation>
    </message>
    <message>
        <source>the destination shares add up to %1%, not 100%</source>
        <translation>各目的地比例之和为 %1%，而不是 100%</translation>
    </message>
    <message>
        <source>project 1 to %1 months, not %2</source>
        <translation>请预测 1 到 %1 个月，而不是 %2</translation>
    </message>
    <message>
        <source>the share of SMS users moved must be from 0 to 1 (0% to 100%)</source>
        <translation>迁移的短信用户比例必须在 0 到 1 之间（0% 到 100%）</translation>
    </message>
    <message>
        <source>the cost of moving a user cannot be negative</source>
        <translation>迁移一位用户的成本不能为负数</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation>%1 太长：&apos;%2&apos; 有 %3 个字符，最多允许 %4 个</translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message>
        <source>vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2</source>
        <translation>保管库条目 %1 应答的是 SOFTWARE_TOKEN_MFA，而不是 %2</translation>
    </message>
    <message>
        <source>could not compute the code of vault entry %1</source>
        <translation>无法计算保管库条目 %1 的验证码</translation>
    </message>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>保管库条目 %1 的验证码已使用过；下一个将在 %n 秒后生成</numerusform>
        </translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation>保管库条目 %1</translation>
    </message>
</context>
<context>
    <name>TypedCodes</name>
    <message>
        <source>%1 needs a code and none is left to type</source>
        <translation>%1 需要验证码，但已没有可输入的验证码</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>已输入</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>authenticator app</source>
        <translation>身份验证器应用</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Require %1 as preferred factor</source>
        <translation>要求将 %1 作为首选因素</translation>
    </message>
    <message>
        <source>Clear MFA preference</source>
        <translation>清除 MFA 首选项</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>重置 MFA</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>忘记设备</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Tokens already issued stay valid until they expire.</source>
        <translation>在重新启用之前，%1 将无法登录。已颁发的令牌在过期前仍然有效。</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 将可以重新登录。</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working: at the next sign-in they must set a new one with a code sent to their verified email or phone.</source>
        <translation>%1 的密码将失效：下次登录时，该用户必须使用发送到其已验证电子邮件或电话的验证码设置新密码。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned on and preferred: sign-ins ask for it first. This fails for a user who has not set it up.</source>
        <translation>%1 的 %2 因素将被开启并设为首选：登录时会首先要求该因素。对于尚未设置该因素的用户，此操作会失败。</translation>
    </message>
    <message>
        <source>%1 will have no preferred factor; the factors they have stay on, and a sign-in with more than one asks them to choose.</source>
        <translation>%1 将没有首选因素；其已有的因素保持开启，若登录时有多个因素，将要求其选择。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned off; sign-ins no longer ask for it.</source>
        <translation>%1 的 %2 因素将被关闭；登录时不再要求该因素。</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 will be turned off. If the pool requires MFA, they set one up again at the next sign-in.</source>
        <translation>%1 的所有 MFA 因素都将被关闭。如果用户池要求 MFA，该用户将在下次登录时重新设置。</translation>
    </message>
    <message>
        <source>Every device %1 chose to remember will be forgotten: the next sign-in from each asks for MFA again.</source>
        <translation>%1 选择记住的所有设备都将被忘记：下次从各设备登录时将再次要求 MFA。</translation>
    </message>
    <message>
        <source>%1 will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>%1 将连同其因素和设备一起被删除。此操作无法撤消。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>在重新启用之前，%n 位用户将无法登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n 位用户将可以重新登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n 位用户必须在下次登录时设置新密码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>%n 位用户的 %1 将被开启并设为首选；尚未设置该因素的用户会失败并被列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n 位用户将没有首选因素。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>%n 位用户的 %1 将被关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>%n 位用户的所有 MFA 因素都将被关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>%n 位用户记住的所有设备都将被忘记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n 位用户将连同其因素和设备一起被删除。此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 已禁用，无法登录。</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in.</source>
        <translation>%1 已启用，可以登录。</translation>
    </message>
    <message>
        <source>%1 must set a new password at the next sign-in.</source>
        <translation>%1 必须在下次登录时设置新密码。</translation>
    </message>
    <message>
        <source>%1 now prefers %2.</source>
        <translation>%1 现在首选 %2。</translation>
    </message>
    <message>
        <source>%1 has no preferred factor now.</source>
        <translation>%1 现在没有首选因素。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor is off.</source>
        <translation>%1 的 %2 因素已关闭。</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 is off.</source>
        <translation>%1 的所有 MFA 因素均已关闭。</translation>
    </message>
    <message>
        <source>%1&apos;s remembered devices are forgotten.</source>
        <translation>%1 记住的设备已被忘记。</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>已禁用。</translation>
    </message>
    <message>
        <source>Already enabled.</source>
        <translation>已启用。</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>A filter starts with an attribute name, for example: username ^= &quot;jo&quot;</source>
        <translation>筛选条件以属性名称开头，例如：username ^= &quot;jo&quot;</translation>
    </message>
    <message>
        <source>ListUsers cannot search on &quot;%1&quot;; it searches only on: %2</source>
        <translation>ListUsers 无法按“%1”搜索；它只能按以下属性搜索：%2</translation>
    </message>
    <message>
        <source>After the attribute comes = (is exactly) or ^= (starts with).</source>
        <translation>属性之后是 =（完全等于）或 ^=（开头为）。</translation>
    </message>
    <message>
        <source>The value goes in double quotes, a quote inside it written as \&quot;, for example: %1 = &quot;value&quot;</source>
        <translation>值放在双引号中，值内的引号写作 \&quot;，例如：%1 = &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message>
        <source>The file is empty: it needs the header row.</source>
        <translation>文件为空：需要标题行。</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>该列在标题中出现了两次。</translation>
    </message>
    <message>
        <source>Not a column of Cognito&apos;s import header (GetCSVHeader).</source>
        <translation>不是 Cognito 导入标题（GetCSVHeader）中的列。</translation>
    </message>
    <message>
        <source>The header lacks this column: every column of the import header must be present, even when its cells are empty.</source>
        <translation>标题缺少此列：导入标题的每一列都必须存在，即使其单元格为空。</translation>
    </message>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>超过 %n 位用户：Cognito 每个文件最多导入这么多用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CSV: %1.</source>
        <translation>不是有效的 CSV：%1。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段；标题有 %2 个。</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>每位用户都需要用户名。</translation>
    </message>
    <message>
        <source>The username is already on line %1.</source>
        <translation>该用户名已出现在第 %1 行。</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Must be true, false or empty.</source>
        <translation>必须为 true、false 或空。</translation>
    </message>
    <message>
        <source>Either email_verified or phone_number_verified must be true, so the user can receive the code to set a password.</source>
        <translation>email_verified 或 phone_number_verified 必须有一个为 true，以便用户能收到设置密码的验证码。</translation>
    </message>
    <message>
        <source>email_verified is true, so the email address is needed.</source>
        <translation>email_verified 为 true，因此需要电子邮件地址。</translation>
    </message>
    <message>
        <source>%1 Write it as + and the country code and number, digits only (+14325551212).</source>
        <translation>%1 请写成 + 加国家/地区代码和号码，仅限数字（+14325551212）。</translation>
    </message>
    <message>
        <source>phone_number_verified or cognito:mfa_enabled is true, so the phone number is needed.</source>
        <translation>phone_number_verified 或 cognito:mfa_enabled 为 true，因此需要电话号码。</translation>
    </message>
    <message>
        <source>Must be a number: seconds since 1970-01-01 UTC.</source>
        <translation>必须是数字：自 1970-01-01 UTC 起的秒数。</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>The file is larger than 100 MB, Cognito&apos;s limit for one import: split it.</source>
        <translation>文件大于 100 MB，超出 Cognito 单次导入的限制：请拆分文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>VaultEntryCodes</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>保管库已锁定：请在身份验证器中解锁，或输入验证码</translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation>保管库条目 &apos;%1&apos; 不是 TOTP 条目；SOFTWARE_TOKEN_MFA 需要 TOTP</translation>
    </message>
    <message>
        <source>no vault entry is linked to %1 (set up an authenticator for the user, or type the code)</source>
        <translation>没有保管库条目关联到 %1（请为该用户设置身份验证器，或输入验证码）</translation>
    </message>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>有 %n 个保管库条目的账户为 %1，但没有一个关联到该用户；请输入验证码</numerusform>
        </translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>没有名为 &apos;%1&apos; 的保管库条目（&apos;tessera-cli list&apos; 会列出它们）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation>&apos;%1&apos; 对应 %2 个保管库条目；请用 发行方:账户 或 UUID 指定其中一个</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation>身份验证器和用户池 MFA 控制台。</translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation>打开 PATH 处的保管库（首次启动时创建）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation>Tessera 无法启动</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation>密码学自检失败，因此 Tessera 不会在此系统上处理机密信息。

%1</translation>
    </message>
    <message>
        <source>Add an account from a QR code on the screen (once the vault is unlocked).</source>
        <translation>从屏幕上的二维码添加账户（在保管库解锁后）。</translation>
    </message>
    <message>
        <source>Lock the running Tessera.</source>
        <translation>锁定正在运行的 Tessera。</translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation>%1 超过了 Tessera 读取的上限 %2 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation>保管库文件。</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>第一行为密码的文件。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>未知命令 &apos;%1&apos;（请尝试 --help）</translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation>--at 必须是自 1970-01-01 UTC 起的整数秒数（0 或更大），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation>otpauth:// URI。</translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation>Unix 时间（秒）。</translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation>code 需要保管库中的 NAME，或 --uri URI</translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation>使用 --uri 时，code 不接受位置参数</translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>标准输入中的 URI 超过了 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation>code --uri - 会从标准输入读取一个 otpauth:// URI，但没有读到任何内容</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>无法计算验证码（OpenSSL 失败）</translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation>parse 只接受一个 URI</translation>
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
        <translation>用法：tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMMAND [OPTIONS]

保管库选项：
  --vault PATH          保管库文件（默认：平台数据文件夹中的 vault.tessera）。
  --password-file PATH  从 PATH 的第一行读取密码；没有此选项时，tessera-cli
                        在终端上以关闭回显的方式询问。

保管库命令（NAME 为 发行方:账户、账户，或 &apos;list&apos; 列出的 UUID）：
  create                创建一个新的空保管库。
  add -                 添加标准输入中的 otpauth:// URI，每行一个（跳过空行
                        和 # 注释）。全部成功或全部不做，只保存一次。
                        输出新条目的 UUID。
  add URI...            同上，但 URI 作为参数给出（参见下文“机密信息”）。
  list                  每行一个 JSON 对象：uuid 以及 &apos;parse&apos; 的字段（密钥除外）。
  code NAME [--at UNIX_SECONDS]
                        输出条目的验证码。HOTP：计数器递增并先行保存。
  remove NAME           删除条目。
  passwd --new-password-file PATH
                        更改保管库的密码。
  show-uri NAME         输出条目的 otpauth:// URI，包括密钥。
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        导入其他应用的导出文件或二维码图片（格式根据内容
                        识别）。
                        每个账户一个 JSON 对象：file、source、&apos;parse&apos; 的字段
                        （密钥除外）、status（new、duplicate、error）和 error。
                        不带 --dry-run 时，新条目在一次保存中添加。参见
                        docs/import-export.md。
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        将所有条目写入 PATH。带密码的 tessera 和 aegis 会
                        加密；任何未加密的导出都需要 --plain。

无需保管库的命令：
  code --uri - [--at UNIX_SECONDS]
      输出标准输入中 otpauth:// URI 的当前验证码：TOTP 和 Steam 按给定时间
      （默认：现在），HOTP 按 URI 的计数器。&apos;code --uri URI&apos;
      将其作为参数（参见下文“机密信息”）。
  parse URI
      将 URI 的字段输出为一个 JSON 对象：type、issuer、account、secret、
      algorithm、digits、period、counter。
  scan IMAGE...
      读取每张图片中的二维码：每行一个 JSON 对象，{&quot;file&quot;: PATH,
      &quot;codes&quot;: [TEXT, ...]}，图片无法读取时为 {&quot;file&quot;: PATH, &quot;error&quot;: REASON}
      （尝试所有图片后以退出状态 2 退出）。

用户池命令（Cognito 用户池：本地存储，或使用 --backend cognito 的 AWS Cognito；
参见 docs/pool-engine.md 和 docs/cognito-backend.md）：
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        使用请求正文运行一个 Cognito 操作（CreateUserPool、ListUsers、
                        AdminCreateUser 等）；按 AWS CLI 的方式输出
                        响应。
  pool outbox           本地存储的短信和电子邮件消息，每行一个 JSON 对象。
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        登录（USER_PASSWORD_AUTH，或使用 --auth-flow
                        USER_SRP_AUTH 的 SRP：密码只被证明，从不发送），并应答
                        每个质询：TOTP 来自保管库条目 NAME，短信和电子邮件
                        验证码来自发件箱。每步一行 JSON；从不输出令牌。
                        --trace 随后输出本地引擎的决策跟踪
                        （风险信号、分数、级别、操作、为何要求或未要求 MFA），
                        每步一行 JSON：{&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}。
                        --remember-device 确认用户池为此次登录提供的设备
                        （ConfirmDevice、UpdateDeviceStatus），并将其密钥和密码
                        保存在仅所有者可读的文件中（--device-file，默认位于数据文件夹）；
                        下次 signin 会证明该设备（DEVICE_SRP_AUTH），从而跳过 MFA。
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        将本地存储作为 Cognito 终端节点提供服务（基于 HTTP 的
                        AWS JSON 1.1），直到按 Ctrl+C，供 AWS CLI、SDK 和应用使用：
                        它会输出用于 AWS_ENDPOINT_URL 的 URL。除非 --host 另有指定，
                        否则仅限环回地址。管理员操作需要 SigV4 签名：任意密钥，或
                        仅限 --access-key，其私有密钥来自该文件或
                        AWS_SECRET_ACCESS_KEY。参见 docs/serve.md。
  用户池所在位置（任何用户池命令）：
  --store PATH          本地存储（默认：平台数据文件夹中的 pools.sqlite）。
                        新的存储及为其创建的任何文件夹仅您本人可读；
                        若存储可被他人读取，会发出警告并给出修复方法。
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito，或兼容 Cognito 的终端节点。凭证、
                        区域和终端节点的查找方式与 AWS CLI 相同
                        （AWS_* 变量、~/.aws/credentials、~/.aws/config）；
                        选项优先。此后端没有发件箱。

命令行中的机密信息：此计算机的每个用户都能在命令运行时读取其参数
（ps、/proc/PID/cmdline），并且 shell 会将其保存在历史记录中。请通过标准输入
或仅您本人可读的文件提供机密信息：&apos;add -&apos;、&apos;code --uri -&apos;、
--password-file，以及用于包含密码的请求的 --cli-input-json file://PATH。
作为参数写出的 URI 或密码会被泄露。

退出状态：成功时为 0；输入或用法无效、密码错误或路径不是保管库时为 2
（原因输出到 stderr）；其他失败为 1；用户池操作在服务端失败时为 254
（与 AWS CLI 相同：先输出一句说明，然后在 stderr 最后一行以 JSON 输出
错误）；&apos;pool signin&apos; 遇到无法应答的质询时以 2 退出。
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation>%1；请用 &apos;tessera-cli create&apos; 创建一个，或用 --vault 指定另一个</translation>
    </message>
    <message>
        <source>tessera-cli: warning: %1
</source>
        <translation>tessera-cli：警告：%1
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>密码文件 %1 的第一行为空</translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation>没有密码：请使用 --password-file 或在终端中运行</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>密码为空</translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation>没有密码：请使用 --password-file</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>调用 %2 操作时出错（%1）：%3</translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation>未知的 --backend &apos;%1&apos;（local 或 cognito）</translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation>--%1 需要 --backend cognito</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation>本地用户池存储。</translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation>local（默认）或 cognito。</translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation>cognito：AWS 配置文件。</translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation>cognito：AWS 区域；serve：签名所限定的区域，也是用户池 ID 的前缀（默认 us-east-1）。</translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation>cognito：兼容 Cognito 的终端节点。</translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation>请求正文，或包含正文的 file://PATH。</translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation>在一行中输出 JSON。</translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation>signin、export-config：用户池。</translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation>export-config：cloudformation、terraform 或 cli-json。</translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation>export-config：写入此文件而不是标准输出。</translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation>signin：应用客户端。</translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation>signin：用户。</translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation>signin：包含用户密码的文件。</translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation>signin：用于 NEW_PASSWORD_REQUIRED 的新密码。</translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation>signin：回答 SOFTWARE_TOKEN_MFA 的保管库条目。</translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation>signin：USER_PASSWORD_AUTH（默认）或 USER_SRP_AUTH。</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve：监听的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation>serve：端口（默认 9229；0 表示任选一个空闲端口）。</translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation>serve：唯一接受其签名的访问密钥。</translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation>serve：包含 --access-key 私有密钥的文件。</translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation>serve：同时处理的连接数（默认 1024）。</translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation>pool 需要一个 OPERATION（例如 ListUserPools）、&apos;outbox&apos;、&apos;signin&apos; 或 &apos;serve&apos;</translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation>serve 提供的是本地存储，而不是 --backend %1</translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation>只有本地后端有发件箱</translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation>export-config 需要 --pool-id ID</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation>未知的 --format &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation>此格式中没有，需手动设置：%1</translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation>--cli-input-json 不是有效的 JSON：偏移 %2 处 %1</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation>--cli-input-json 必须是 JSON 对象（{&quot;Name&quot;: value, ...}），而不是列表</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation>--cli-input-json 必须是 JSON 对象（{&quot;Name&quot;: value, ...}），而不是单个值</translation>
    </message>
    <message>
        <source>signin: then print why the local engine decided what it did.</source>
        <translation>signin：随后输出本地引擎做出决定的原因。</translation>
    </message>
    <message>
        <source>signin: confirm and remember the device the sign-in is given, so the next sign-in skips MFA.</source>
        <translation>signin：确认并记住此次登录获得的设备，以便下次登录跳过 MFA。</translation>
    </message>
    <message>
        <source>signin: file keeping remembered devices (default: in the data folder).</source>
        <translation>signin：保存记住的设备的文件（默认：位于数据文件夹）。</translation>
    </message>
    <message>
        <source>signin: then register a throwaway software passkey for the user and sign in with it (USER_AUTH, WEB_AUTHN), listing what was checked.</source>
        <translation>signin：随后为该用户注册一个一次性的软件通行密钥并用它登录（USER_AUTH、WEB_AUTHN），列出检查过的内容。</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RememberedDeviceFile</name>
    <message>
        <source>cannot read the remembered devices in %1: %2</source>
        <translation>无法读取 %1 中记住的设备：%2</translation>
    </message>
    <message>
        <source>%1 is not a remembered-devices file (%2); move it away</source>
        <translation>%1 不是记住的设备文件（%2）；请将其移走</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation>scan 需要一个或多个 IMAGE 文件</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation>--host 必须是 IP 地址（127.0.0.1、::1、0.0.0.0 等），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation>--port 必须是 0 到 65535 之间的数字（0：任意空闲端口），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation>--region 必须形如 AWS 区域（us-east-1），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--max-connections 必须是 1 或更大的数字，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation>--access-key 需要该密钥的私有密钥来验证签名：--secret-key-file PATH 或 AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation>--secret-key-file 需与 --access-key ID 一起使用</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation>正在 %2 提供用户池存储 %1（仅限环回地址：其他计算机无法访问）。</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation>正在 %2 提供用户池存储 %1。</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation>区域 %1。管理操作需要任意访问密钥的 SigV4 签名（--access-key 可固定为一个）。</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation>区域 %1。管理操作需要访问密钥 %2 的 SigV4 签名。</translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation>将 AWS 客户端指向此地址：</translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation>令牌密钥：%1/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation>警告：在 %1 上监听且未设置 --access-key：任何能访问这台计算机的人都能读取和更改这些用户池</translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation>警告：通过未加密的 HTTP 在 %1 上监听：密码和令牌将以明文在网络上传输</translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation>已停止；存储已正常关闭</translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation>SOFTWARE_TOKEN_MFA 需要验证码：请用 --entry NAME 指定保管库条目</translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation>%1 通过 %2 发送了只有收件人才能读取的验证码；此后端没有发件箱</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation>NEW_PASSWORD_REQUIRED：&apos;%1&apos; 使用临时密码登录，必须选择一个新密码；请用 --new-password-file PATH 提供</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation>MFA_SETUP：该用户池要求 MFA，而 &apos;%1&apos; 还没有因素；请先注册一个（AssociateSoftwareToken、VerifySoftwareToken）</translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation>signin 需要 %1</translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation>--auth-flow 应为 USER_PASSWORD_AUTH 或 USER_SRP_AUTH，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no decision trace: only the local engine records why it decided</source>
        <translation>没有决策跟踪：只有本地引擎会记录其决定的原因</translation>
    </message>
    <message>
        <source>no decision trace: AdminListUserAuthEvents failed: %1</source>
        <translation>没有决策跟踪：AdminListUserAuthEvents 失败：%1</translation>
    </message>
    <message>
        <source>could not make the device&apos;s SRP verifier (OpenSSL failed)</source>
        <translation>无法生成设备的 SRP 验证器（OpenSSL 失败）</translation>
    </message>
    <message>
        <source>the device is remembered by the pool but could not be kept: %1</source>
        <translation>用户池已记住该设备，但无法保存：%1</translation>
    </message>
    <message>
        <source>the pool gave this sign-in no device key, so there is no device to remember (the pool needs a DeviceConfiguration)</source>
        <translation>用户池未为此次登录提供设备密钥，因此没有可记住的设备（用户池需要 DeviceConfiguration）</translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation>按此格式读取文件。</translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation>第一行为加密导出文件密码的文件。</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>显示将导入的内容，不做任何更改。</translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation>import 需要一个或多个文件</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>未知格式 &apos;%1&apos;；已知格式：%2</translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation>tessera、aegis、uri-list、google-migration 或 html。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation>第一行为用于加密导出的密码的文件。</translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation>确认未加密的导出。</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export 不接受位置参数</translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation>export 需要 --format tessera、aegis、uri-list、google-migration 或 html</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export 需要 --output PATH</translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation>%1 导出无法加密；请去掉 --export-password-file</translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation>Tessera 备份始终是加密的：请提供 --export-password-file</translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation>此导出将以未加密形式包含所有密钥：任何读取 %1 的人都能生成您的验证码。添加 --plain 以确认%2</translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation>，或用 --export-password-file 加密</translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation>未导出（Google Authenticator 无法容纳）：%1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>没有名为 &apos;%1&apos; 的条目（&apos;tessera-cli list&apos; 会列出它们）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation>&apos;%1&apos; 匹配 %2 个条目；请用 发行方:账户 或 UUID 指定其中一个：%3</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation>%1 只接受一个 NAME（发行方:账户、账户或 UUID）</translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation>create 不接受参数；请用 --vault 指定文件</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation>add 需要一个或多个 otpauth:// URI，或用 &apos;-&apos; 从标准输入读取</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation>第 %1 行超过 %2 个字符；未添加任何内容</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation>标准输入超过了 Tessera 读取的上限 %1 MiB；未添加任何内容</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation>第 %1 行：%2；未添加任何内容</translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation>标准输入中没有 otpauth:// URI；未添加任何内容</translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation>URI %1：%2；未添加任何内容</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list 不接受参数</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>无法计算验证码（OpenSSL 失败）</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>第一行为新密码的文件。</translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation>passwd 不接受参数；请用 --new-password-file 提供新密码</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>约 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>约 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>约 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation>PBKDF2-%1（%2 次迭代）</translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%n 次密钥派生中每次 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation>每次派生 %1 内存</translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation>在此计算机上 %1，内存 %2</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>在此计算机上 %1</translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation>每个文件 %1 次 PBKDF2 迭代，是其导入来源应用所写值的十倍</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>每个文件 %n 秒的计算（或 %1 内存）</numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation>此文件尝试一次密码需要 %1：%2。Tessera 拒绝超过 %3 的文件，因为恶意文件可能在检查密码之前就让程序卡死或耗尽内存</translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>密钥太长：%n 字节；最多允许 %1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>发行方</translation>
    </message>
    <message>
        <source>the account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation>额外参数太多：%1 个；最多保留 %2 个</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>参数名称</translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation>参数 &apos;%1&apos; 的值</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>密钥为空</translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation>位数必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation>周期必须在 %1 到 %2 秒之间，而不是 %3</translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation>这是 Google Authenticator 的导出（otpauth-migration://），而不是单个账户：请改为导入它</translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation>不是 otpauth:// URI</translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation>URI 未指明 OTP 类型：它应以 otpauth://totp/ 或 otpauth://hotp/ 开头</translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation>未知的 OTP 类型 &apos;%1&apos;：应为 totp、hotp 或 steam</translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation>密钥被指定了两次，且值不同</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>参数 &apos;%1&apos; 被指定了两次，且值不同（&apos;%2&apos; 和 &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation>URI 没有 secret 参数</translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation>不支持的算法 &apos;%1&apos;：请使用 SHA1、SHA256 或 SHA512</translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation>digits 必须是 %1 到 %2 之间的整数，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation>period 必须是 %1 到 %2 之间的整数秒数，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>counter 必须是 0 到 18446744073709551615 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tessera::pool</name>
    <message>
        <source>Medium-risk sign-ins</source>
        <translation>中风险登录</translation>
    </message>
    <message>
        <source>High-risk sign-ins</source>
        <translation>高风险登录</translation>
    </message>
    <message>
        <source>Low-risk sign-ins</source>
        <translation>低风险登录</translation>
    </message>
    <message>
        <source>Users with a factor are asked for a code, even where MFA is optional; users without one sign in with the password.</source>
        <translation>拥有因素的用户会被要求输入验证码，即使 MFA 为可选；没有因素的用户使用密码登录。</translation>
    </message>
    <message>
        <source>Users are asked for a code; a user with no factor cannot sign in.</source>
        <translation>用户会被要求输入验证码；没有因素的用户无法登录。</translation>
    </message>
    <message>
        <source>These sign-ins are refused, right password or not.</source>
        <translation>无论密码是否正确，这些登录都会被拒绝。</translation>
    </message>
    <message>
        <source>These sign-ins go on as the MFA policy says.</source>
        <translation>这些登录按 MFA 策略的规定继续进行。</translation>
    </message>
    <message>
        <source>The user is emailed about each one.</source>
        <translation>每次都会通过电子邮件通知用户。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>MFA if set up</source>
        <translation>已设置则要求 MFA</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>要求 MFA</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>阻止</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>不执行操作</translation>
    </message>
    <message>
        <source>%1, notify</source>
        <translation>%1，通知</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>阻止的 IP 地址范围</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused before the password is looked at.</source>
        <translation>来自这些范围的登录在检查密码之前即被拒绝。</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>始终允许的 IP 地址范围</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks and count as low risk.</source>
        <translation>来自这些范围的登录跳过风险检查，按低风险计算。</translation>
    </message>
    <message>
        <source>Notice sender (SES identity)</source>
        <translation>通知发件人（SES 身份）</translation>
    </message>
    <message>
        <source>Cognito emails risk notices from this identity.</source>
        <translation>Cognito 从此身份发送风险通知电子邮件。</translation>
    </message>
    <message>
        <source>SetRiskConfiguration replaces the whole risk configuration; on AWS it needs threat protection (advanced security) on the pool&apos;s feature plan.</source>
        <translation>SetRiskConfiguration 会替换整个风险配置；在 AWS 上，它需要用户池的功能计划中启用威胁防护（高级安全功能）。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message>
        <source>Not reached: the run was cancelled first.</source>
        <translation>未执行：运行已先行取消。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>没有记住的设备。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1：已忘记 %n 台设备。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>已忘记 %1 台设备（共 %n 台）后取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 个完成，%2 个失败，%3 个跳过。</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>已处理完 %n 位用户：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no user was changed. %1</source>
        <translation>已取消：未更改任何用户。%1</translation>
    </message>
    <message>
        <source>Cancelled. Changed before it stopped: %1. %2</source>
        <translation>已取消。停止前已更改：%1。%2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%1 个用户中的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>目前已读取的 %1 个用户中的 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>电子邮件验证码</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>身份验证器应用（TOTP）</translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation>将在下次登录时被要求设置身份验证器应用</translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation>无法在登录过程中设置因素（届时只能设置身份验证器应用），并且需要已验证的电话号码或电子邮件地址</translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation>每个用户每次登录都需要输入验证码；没有因素的用户%1。</translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation>该用户池还没有用户：每个用户每次登录都需要输入验证码。</translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation>每个用户都已有因素；每次登录都需要输入验证码。</translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation>%1 没有因素，%2。</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation>MFA 改由每个用户自行选择：%1 没有因素，将继续仅用密码登录；有因素的用户仍需输入验证码。</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation>MFA 改由每个用户自行选择：有因素的用户仍需输入验证码；其他用户仅用密码登录。</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation>用户可以自行开启 MFA；%1 已有因素，登录时将需要输入验证码。</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation>用户可以自行开启 MFA；有因素的用户登录时将需要输入验证码。</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation>不再要求任何人输入验证码。%1 设置的因素会保留，重新开启 MFA 时将再次使用。</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation>不再要求任何人输入验证码。用户设置的因素会保留，重新开启 MFA 时将再次使用。</translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation>首选它的用户将被要求选择其他因素。</translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation>%1 首选它，将被要求选择其他因素。</translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation>%1 没有其他因素，%2。</translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation>%1 没有其他因素，将仅用密码登录。</translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation>每个验证码都是一条短信，由 Amazon SNS 按条、按国家/地区计费。短信通过短信设置中的 SNS 角色发送。</translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>验证码通过用户池的电子邮件配置发送；在 AWS 上，电子邮件 MFA 需要使用 Amazon SES 作为用户池的电子邮件发件人。</translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation>用户可以添加身份验证器应用：免费、可离线使用，每次登录无需付费。</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>不记住</translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation>经用户同意后记住；在这些设备上跳过 MFA</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>经用户同意后记住</translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation>始终记住；在这些设备上跳过 MFA</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>始终记住</translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation>始终要求验证码</translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation>从不要求（信任其提供商的登录）</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>遵循用户池的 MFA 设置</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation>每个用户登录时都必须输入一次性验证码；没有因素的用户需先设置一个。</translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation>每个用户自行决定是否使用第二因素；已设置的用户需要输入验证码。</translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation>用户仅用密码登录。</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>短信消息</translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation>用户收到：%1</translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation>用户池所在区域</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation>短信发送方（SNS 角色）</translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation>短信通过此 IAM 角色发送；如果该角色无法向 SNS 发布，所有短信验证码都将无法送达。</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>电子邮件主题</translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation>验证码电子邮件的主题。</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>电子邮件消息</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>记住的设备</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation>记住的设备无需验证码即可登录；新设备始终需要验证码。</translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation>无论是否为记住的设备，每次登录都需要验证码。</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>联合用户</translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation>适用于通过其他身份提供商登录的用户（Tessera 的本地引擎）。</translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation>记住设备的天数</translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>使用验证码登录过的用户在该设备上 %n 天内不会再次被要求输入验证码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation>不记住设备：每次登录都需要验证码。</translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation>身份验证器应用设置</translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation>短信配置块</translation>
    </message>
    <message>
        <source>the email block</source>
        <translation>电子邮件配置块</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation>SetUserPoolMfaConfig 会替换整个 MFA 配置；计划会发送全部配置。</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation>SetUserPoolMfaConfig 会替换整个 MFA 配置，因此计划会发送全部配置：您未编辑的部分（%1）保持不变。</translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation>UpdateUserPool 会重置请求中省略的所有设置：计划会重复用户池的其他设置，确保其他内容不变。</translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation>用户数量来自目前已读取的 %1 个用户，而不是整个用户池。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Users can register passkeys (security keys, phones, laptops) and sign in with them instead of a password. Passkeys need the relying party set below.</source>
        <translation>用户可以注册通行密钥（安全密钥、手机、笔记本电脑），并用其代替密码登录。通行密钥需要设置下方的依赖方。</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email instead of their password; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>拥有已验证电子邮件地址的用户可以使用通过电子邮件发送的验证码代替密码登录；在 AWS 上，这需要将 Amazon SES 作为用户池的电子邮件发件方。</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a code sent by text message instead of their password; every code is a message the pool pays for.</source>
        <translation>拥有已验证电话号码的用户可以使用通过短信发送的验证码代替密码登录；每个验证码都是一条由用户池付费的短信。</translation>
    </message>
    <message>
        <source>Users can sign in with their password.</source>
        <translation>用户可以使用密码登录。</translation>
    </message>
    <message>
        <source>No user has registered a passkey yet: nobody loses a way to sign in.</source>
        <translation>尚无用户注册通行密钥：没有人会失去登录方式。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>%n 位已注册通行密钥的用户将无法再用其登录，也无法再注册新的通行密钥；他们的通行密钥仍会保留。只有通行密钥的用户必须使用密码登录，没有密码的用户将被锁定，直到管理员为其设置密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users can no longer sign in with a passkey nor register one; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>用户将无法再使用通行密钥登录，也无法再注册通行密钥；他们的通行密钥仍会保留。只有通行密钥的用户必须使用密码登录，没有密码的用户将被锁定，直到管理员为其设置密码。</translation>
    </message>
    <message>
        <source>Users can no longer sign in with an emailed code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>用户将无法再使用电子邮件验证码登录；从未设置密码的用户将被锁定，直到管理员为其设置密码。</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a texted code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>用户将无法再使用短信验证码登录；从未设置密码的用户将被锁定，直到管理员为其设置密码。</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a password.</source>
        <translation>用户将无法再使用密码登录。</translation>
    </message>
    <message>
        <source>Passkey (WEB_AUTHN)</source>
        <translation>通行密钥（WEB_AUTHN）</translation>
    </message>
    <message>
        <source>Code by email (EMAIL_OTP)</source>
        <translation>电子邮件验证码（EMAIL_OTP）</translation>
    </message>
    <message>
        <source>Code by text message (SMS_OTP)</source>
        <translation>短信验证码（SMS_OTP）</translation>
    </message>
    <message>
        <source>Password (PASSWORD)</source>
        <translation>密码（PASSWORD）</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>(the pool&apos;s own domain)</source>
        <translation>（用户池自己的域）</translation>
    </message>
    <message>
        <source>Passkey relying party</source>
        <translation>通行密钥依赖方</translation>
    </message>
    <message>
        <source>Passkeys are bound to %1: pages on that domain and its subdomains can use them.</source>
        <translation>通行密钥绑定到 %1：该域及其子域上的页面可以使用它们。</translation>
    </message>
    <message>
        <source>Passkeys registered for %1 stop working: a browser offers a passkey only to the relying party it was made for. Their users must register a new one.</source>
        <translation>为 %1 注册的通行密钥将失效：浏览器只会向通行密钥所属的依赖方提供该通行密钥。相关用户必须注册新的通行密钥。</translation>
    </message>
    <message>
        <source>Passkey user verification</source>
        <translation>通行密钥用户验证</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>每次通行密钥登录都必须证明密钥持有者的身份（PIN 或生物识别）；无法做到的密钥将被拒绝。</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot verify who holds it.</source>
        <translation>如果密钥无法验证持有者身份，只需触摸密钥即可。</translation>
    </message>
    <message>
        <source>First factor: %1</source>
        <translation>第一因素：%1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation>策略历史记录 %1 无法读取（%2）；已保持原样。将其移到别处即可开始新的历史记录。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation>此计算机</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>本地存储 %1</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS 配置文件 %1</translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation>%1 中由 Tessera 自有引擎管理的用户池</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation>位于 %1 的兼容 Cognito 的终端节点，使用 AWS 配置文件 %2 的密钥签名</translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation>Amazon Cognito，使用 AWS 配置文件 %1 的密钥和区域</translation>
    </message>
</context>
<context>
    <name>tessera::pool::UserListWalk</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::AwsSettings</name>
    <message>
        <source>Partial credentials found in %1, missing: %2</source>
        <translation>在 %1 中找到不完整的凭证，缺少：%2</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation>credential_process &apos;%1&apos; 失败（退出状态 %2）</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation>credential_process &apos;%1&apos; 未输出 Version 1 的 JSON 对象</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation>credential_process &apos;%1&apos; 未输出 AccessKeyId 和 SecretAccessKey</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>credential_process &apos;%1&apos; 输出的 Expiration 不是 ISO 8601 时间：&apos;%2&apos;</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation>credential_process &apos;%1&apos; 返回的凭证已于 %2 过期</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation>找不到配置文件（%1）：请将 [%1] 添加到 %2，或将 [profile %1] 添加到 %3</translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation>您必须指定区域：--region、AWS_REGION 或配置文件（%1）中的 &apos;region&apos;</translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>终端节点 URL &apos;%1&apos; 不是 http(s) URL</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation>HTTP 状态 %1，无消息</translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation>此终端节点不支持 %1（%2）</translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation>找不到用于签名 %1 的凭证：请设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY，或用 --profile 指定配置文件</translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation>%1 已取消；它可能已生效，也可能未生效</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>无法与 %1 通信：%2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation>%1 对 %2 的响应正文不是 JSON</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1（尝试 %2 次后）</translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation>DeviceConfiguration（用 aws cognito-idp update-user-pool 设置）</translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation>风险配置（用 aws cognito-idp set-risk-configuration 设置）</translation>
    </message>
    <message>
        <source>Policies.SignInPolicy (set with aws cognito-idp update-user-pool)</source>
        <translation>Policies.SignInPolicy（使用 aws cognito-idp update-user-pool 设置）</translation>
    </message>
</context>
<context>
    <name>tessera::pool::lab::SmsCostProjection</name>
    <message>
        <source>Sample prices per outbound transactional SMS, for illustration only; not current AWS prices. Replace them with your own bill&apos;s or the SNS pricing page&apos;s.</source>
        <translation>每条出站事务性短信的示例价格，仅作说明之用，并非当前的 AWS 价格。请替换为您账单上的价格或 SNS 定价页面上的价格。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation>无法创建用户池存储 %1：%2</translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation>无法将用户池存储 %1 设为私有：%2</translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation>这台计算机上的其他用户可以读取或更改用户池存储：%1。其中包含用户的 TOTP 密钥、临时密码以及用于签名令牌的密钥。请用以下命令将其设为私有：chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn</name>
    <message>
        <source>The authenticator signed for a different relying party than &apos;%1&apos; (its rpIdHash does not match).</source>
        <translation>身份验证器签名的依赖方不是“%1”（其 rpIdHash 不匹配）。</translation>
    </message>
    <message>
        <source>The authenticator did not confirm that a user was present (flag UP is clear).</source>
        <translation>身份验证器未确认用户在场（UP 标志未设置）。</translation>
    </message>
    <message>
        <source>This pool requires user verification (a PIN or biometric), and the authenticator did not verify the user (flag UV is clear).</source>
        <translation>此用户池要求用户验证（PIN 或生物识别），而身份验证器未验证用户（UV 标志未设置）。</translation>
    </message>
    <message>
        <source>Packed attestation with a certificate chain is not supported; Tessera accepts self-attestation and &apos;none&apos;.</source>
        <translation>不支持带证书链的 packed 证明；Tessera 接受自我证明和 &apos;none&apos;。</translation>
    </message>
    <message>
        <source>The attestation is signed with algorithm %1, but the credential key is algorithm %2.</source>
        <translation>证明使用算法 %1 签名，但凭证密钥的算法为 %2。</translation>
    </message>
    <message>
        <source>The packed self-attestation signature does not verify with the credential&apos;s key.</source>
        <translation>packed 自我证明的签名无法用凭证的密钥验证。</translation>
    </message>
    <message>
        <source>An ES256 key must be on curve P-256 (COSE crv 1).</source>
        <translation>ES256 密钥必须位于曲线 P-256 上（COSE crv 1）。</translation>
    </message>
    <message>
        <source>An ES256 key needs 32-byte x and y coordinates; this one has %1 and %2 bytes.</source>
        <translation>ES256 密钥需要 32 字节的 x 和 y 坐标；此密钥分别为 %1 和 %2 字节。</translation>
    </message>
    <message>
        <source>The ES256 key could not be prepared.</source>
        <translation>无法准备 ES256 密钥。</translation>
    </message>
    <message>
        <source>The ES256 key&apos;s point is not on curve P-256.</source>
        <translation>ES256 密钥的点不在曲线 P-256 上。</translation>
    </message>
    <message>
        <source>An RS256 key needs a modulus n and an exponent e.</source>
        <translation>RS256 密钥需要模数 n 和指数 e。</translation>
    </message>
    <message>
        <source>The RS256 key has a %1-bit modulus; at least 2048 bits are required.</source>
        <translation>RS256 密钥的模数为 %1 位；至少需要 2048 位。</translation>
    </message>
    <message>
        <source>The RS256 key could not be prepared.</source>
        <translation>无法准备 RS256 密钥。</translation>
    </message>
    <message>
        <source>The RS256 key is not a valid RSA public key.</source>
        <translation>RS256 密钥不是有效的 RSA 公钥。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::AuthenticatorData</name>
    <message>
        <source>The authenticator data is %1 bytes long; it needs at least 37.</source>
        <translation>身份验证器数据长 %1 字节；至少需要 37 字节。</translation>
    </message>
    <message>
        <source>The authenticator data ends inside the attested credential.</source>
        <translation>身份验证器数据在已证明的凭证内部结束。</translation>
    </message>
    <message>
        <source>The credential ID length %1 is not between 1 and 1023 bytes or runs past the end of the authenticator data.</source>
        <translation>凭证 ID 长度 %1 不在 1 到 1023 字节之间，或超出了身份验证器数据的末尾。</translation>
    </message>
    <message>
        <source>The credential public key at byte %1 is not well-formed CBOR.</source>
        <translation>位于字节 %1 处的凭证公钥不是格式正确的 CBOR。</translation>
    </message>
    <message>
        <source>The extensions at byte %1 are not well-formed CBOR.</source>
        <translation>位于字节 %1 处的扩展不是格式正确的 CBOR。</translation>
    </message>
    <message>
        <source>The authenticator data has %n unexpected trailing bytes.</source>
        <translation>身份验证器数据末尾有 %n 个意外的多余字节。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CeremonyVerifier</name>
    <message>
        <source>The attestation object is not a CBOR map.</source>
        <translation>证明对象不是 CBOR 映射。</translation>
    </message>
    <message>
        <source>The attestation object has no attestation statement (attStmt).</source>
        <translation>证明对象没有证明声明（attStmt）。</translation>
    </message>
    <message>
        <source>The registration carries no credential (flag AT is clear).</source>
        <translation>注册中未携带凭证（AT 标志未设置）。</translation>
    </message>
    <message>
        <source>Attestation &apos;none&apos; must carry an empty statement.</source>
        <translation>证明 &apos;none&apos; 必须携带空声明。</translation>
    </message>
    <message>
        <source>The attestation format &apos;%1&apos; is not supported; Tessera accepts &apos;none&apos; and &apos;packed&apos; self-attestation.</source>
        <translation>不支持证明格式 &apos;%1&apos;；Tessera 接受 &apos;none&apos; 和 &apos;packed&apos; 自我证明。</translation>
    </message>
    <message>
        <source>The assertion&apos;s signature does not verify with the registered key.</source>
        <translation>断言的签名无法用已注册的密钥验证。</translation>
    </message>
    <message>
        <source>The signature counter went from %1 to %2 instead of growing: this authenticator may have been cloned, so the sign-in is refused.</source>
        <translation>签名计数器从 %1 变为 %2，而不是递增：此身份验证器可能已被克隆，因此拒绝登录。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::ClientData</name>
    <message>
        <source>The client data is not a JSON object: %1.</source>
        <translation>客户端数据不是 JSON 对象：%1。</translation>
    </message>
    <message>
        <source>The client data is of type &apos;%1&apos;, but this step expects &apos;%2&apos;.</source>
        <translation>客户端数据的类型为 &apos;%1&apos;，但此步骤需要 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>The client data answers a different challenge from the one issued for this step.</source>
        <translation>客户端数据应答的质询与为此步骤发出的质询不同。</translation>
    </message>
    <message>
        <source>The ceremony ran in a frame of another site (crossOrigin is true); this relying party accepts none.</source>
        <translation>该仪式在另一站点的框架中运行（crossOrigin 为 true）；此依赖方不接受任何跨源请求。</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not the relying party&apos;s: expected https://%2 or one of its subdomains.</source>
        <translation>来源 &apos;%1&apos; 不属于该依赖方：应为 https://%2 或其子域之一。</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CoseKey</name>
    <message>
        <source>The credential public key is not a CBOR map.</source>
        <translation>凭证公钥不是 CBOR 映射。</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm (COSE %1) is not supported; Tessera accepts ES256 (-7) and RS256 (-257).</source>
        <translation>不支持该密钥的算法（COSE %1）；Tessera 接受 ES256 (-7) 和 RS256 (-257)。</translation>
    </message>
    <message>
        <source>The key type (COSE kty %1) does not match its algorithm %2.</source>
        <translation>密钥类型（COSE kty %1）与其算法 %2 不匹配。</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>已放弃此图片：其中有超过 %n 个类似二维码角上方块的图形（一个二维码只有三个）；请将图片裁剪到二维码后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation>此图片为 %1 × %2 像素；Tessera 只在不超过 %3 百万像素的图片中查找二维码：请将其裁剪到二维码，或保存为较小尺寸</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>在此图片中查找二维码 %n 秒后已放弃；请将图片裁剪到二维码后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation>无法将 &apos;%1&apos; 作为图片读取：%2</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation>没有可放入二维码的文本</translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>文本太长，无法放入二维码（%n 字节；最多 2953 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation>libqrencode 无法编码该文本</translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation>时间服务器的回复太短（%1 字节）</translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation>时间服务器以 Tessera 不认识的格式作答</translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation>时间服务器拒绝了请求或未同步（层级 %1，%2）</translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation>时间服务器的回复与此请求不对应</translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation>时间服务器 %1 没有响应</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation>&apos;%1&apos; 不是有效的时间服务器端口</translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation>未设置时间服务器</translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation>无法连接到时间服务器 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation>PBKDF2 失败（OpenSSL）</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>Argon2id 失败：%1</translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation>AES-CBC 解密失败（密钥错误或数据损坏）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AegisFormat</name>
    <message>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>the entry has no secret</source>
        <translation>该条目没有密钥</translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation>Aegis 导出中没有条目列表</translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation>此 Aegis 导出的文件版本为 %1；Tessera 读取版本 1</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation>Aegis 导出中的 &apos;db&apos; 既不是内容也不是密文</translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation>此 Aegis 导出已加密：请提供其密码</translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation>此 Aegis 导出的密码错误</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation>Aegis 导出的加密参数已损坏</translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation>密码正确，但 Aegis 导出的内容已损坏</translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation>解密后的 Aegis 内容不是 JSON：%1</translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation>无法为 Aegis 导出生成随机字节（OpenSSL 失败）</translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation>写入 Aegis 导出时 AES-GCM 失败（OpenSSL）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation>解密后的 andOTP 备份不是 JSON 列表</translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation>这看起来是加密的 andOTP 备份：请提供其密码</translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation>加密的 andOTP 备份太短</translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation>此 andOTP 备份的密码错误（或文件已损坏）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>无法读取该 zip 压缩包</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>该 zip 压缩包已损坏</translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation>此 zip 压缩包中没有 Accounts.txt，因此不是 Authenticator Plus 导出</translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation>此 Authenticator Plus 导出受密码保护：请提供其密码</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation>zip 压缩包中的 Accounts.txt 大得不合常理</translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation>此 Authenticator Plus 导出的密码错误</translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation>无法从 zip 压缩包中读取 Accounts.txt</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation>zip 压缩包中的 Accounts.txt 已损坏</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation>自动备份需要备份密码</translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation>无法读取保管库 %1 进行备份：%2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation>%1 不是 Tessera 保管库；未备份任何内容</translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation>自动备份必须至少保留一个备份</translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation>备份文件夹 %1 不存在；请选择其他文件夹，或连接其所在的驱动器</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation>CSV 标题行中没有 OTP 列</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation>TOTP 字段既不是 otpauth:// URI，也不是 key=... 设置</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation>Tessera 格式通过 exportToFile 写入文件</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 已存在；请选择新的文件名</translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation>Tessera 备份需要密码</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation>FreeOTP 的密封值已损坏</translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation>不支持 FreeOTP 加密算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation>该令牌没有可读取的密钥</translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation>此 FreeOTP 2 备份已损坏：无法读取其令牌映射</translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation>这是加密的 FreeOTP 2 备份：请提供其密码</translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation>不支持 FreeOTP 密钥派生 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation>FreeOTP 2 主密钥参数已损坏</translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation>此 FreeOTP 备份的密码错误（或文件已损坏）</translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation>缺少该令牌的设置</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation>不是 otpauth-migration URL（必须以 %1 开头）</translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation>otpauth-migration URL 没有有效的 Base64 &apos;data&apos; 参数</translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation>otpauth-migration 数据已损坏（不是 Google Authenticator 导出数据）</translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation>otpauth-migration 数据中没有账户</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1，账户 %2</translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>不支持哈希算法 %1（支持 SHA1、SHA256 和 SHA512）</translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation>位数代码 %1 未知</translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation>OTP 类型代码 %1 未知</translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation>该账户的密钥为空</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation>Tessera 纸质备份</translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation>机密：任何拿到此页的人都能生成您的验证码</translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation>每个二维码都以未加密形式包含一个账户的密钥。请打印出来，将纸张存放在安全的地方，并删除此文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n 个账户。如需恢复，请用任意身份验证器应用扫描二维码。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation>无法绘制 %1 的二维码：%2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation>第 %1 行不是新条目；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation>一个 SQLite 数据库，但不属于 Google Authenticator、Microsoft Authenticator 或 Authenticator Pro</translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation>一个不含 Authenticator Plus 导出中 Accounts.txt 的 zip 压缩包</translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation>一个不属于 FreeOTP、FreeOTP+、Authy、Battle.net 或 TOTP Authenticator 的 XML 文件</translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation>这是 Tessera 保管库或备份：请提供其密码</translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation>无法在临时文件夹中准备 Tessera 备份</translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation>此 Tessera 备份的密码错误</translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation>此文件包含 %1 个账户；为防止恶意文件填满保管库，Tessera 每个文件最多导入 %2 个：请将其拆分为较小的文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>未知格式 &apos;%1&apos;；已知格式：%2</translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation>这看起来是 %1，Tessera 暂时无法导入</translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation>不是 Tessera 能导入的格式（它可读取 %1）</translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation>该文件不是 Android 首选项 XML 文件</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>该文件不是有效的 JSON：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation>不支持 OTP 类型 &apos;%1&apos;（支持 TOTP、HOTP 和 Steam）</translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>不支持哈希算法 &apos;%1&apos;（支持 SHA1、SHA256 和 SHA512）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation>该令牌没有密钥</translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation>此 Authy 文件中的密钥已加密：请提供 Authy 备份密码</translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation>加密的密钥已损坏</translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation>此 Authy 备份的密码错误</translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation>Battle.net 序列号或密钥已损坏</translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation>不支持 %1 进制的密钥编码（支持 16、32 和 64）</translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation>该密钥不是有效的 %1 进制编码</translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation>这看起来是加密的 TOTP Authenticator 备份：请提供其密码</translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation>此 TOTP Authenticator 备份的密码错误（或文件已损坏）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation>此二维码为空</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation>不是 otpauth-migration URL：二维码必须以 otpauth-migration:// 开头，但前面还有其他内容</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation>不是 otpauth:// URI：二维码必须以 otpauth:// 开头，但前面还有其他内容</translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>此二维码包含的是网址，而不是账户（账户的二维码以 otpauth:// 或 otpauth-migration:// 开头）</translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation>此二维码包含的是 Wi-Fi 网络设置，而不是账户</translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation>此二维码包含的是联系人名片，而不是账户</translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>此二维码包含的是 &apos;%1:&apos; 链接，而不是账户（账户的二维码以 otpauth:// 或 otpauth-migration:// 开头）</translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>此二维码包含 %n 个字符的文本，而不是账户（账户的二维码以 otpauth:// 或 otpauth-migration:// 开头）</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>二维码 %1</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>不是 PNG、JPEG、GIF、BMP 或 WebP 图片</translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation>这是 %1 图片，此系统无法解码（这里没有 Qt 的 %1 图片插件）；请将图片另存为 PNG 后导入</translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation>无法解码此 %1 图片：%2</translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation>在此 %1 图片中未找到二维码；二维码必须完整、清晰且不能太小（请将图片裁剪到二维码后重试）</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation>shared_secret 不是 Base64</translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation>不支持 Authenticator Pro 类型 %1（支持 TOTP、HOTP 和 Steam）</translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation>哈希算法代码 %1 未知</translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation>此 Bitwarden 导出已加密；请重新导出为未加密的 JSON 或 CSV</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation>Google Authenticator 账户类型 %1 未知</translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation>该密钥不是有效的 Base64</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation>无法打开 SQLite 数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>读取此数据库的 `%1` %n 秒后已放弃</numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation>此数据库的 `%1` 中有一行超过 %2 KiB；没有账户会这么大，因此 Tessera 不读取它</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation>无法读取此数据库的 `%1`：%2</translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation>此数据库没有表 `%1`</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation>此数据库的 `%1` 是 %2，不是表；Tessera 只从导入的文件中读取表</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation>此数据库的 `%1` 是虚拟表，其行来自代码而非文件；Tessera 只从导入的文件中读取普通表</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation>此数据库的 `%1` 有计算列（`%2`）；Tessera 只从导入的文件中读取存储的值</translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>此数据库的 `%1` 超过 %n 行；Tessera 从一个文件中最多导入这么多账户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation>此 Authenticator Pro / Stratum 备份的密码错误（或文件已损坏）</translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation>这是加密的 Authenticator Pro / Stratum 备份：请提供其密码</translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation>加密的 Authenticator Pro / Stratum 备份太短</translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation>解密后的 Authenticator Pro / Stratum 备份不是 JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation>不支持 2FAS 架构版本 %1（支持 1 到 4）</translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation>此 2FAS 备份已加密：请提供其密码</translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation>2FAS 备份中加密的服务已损坏</translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation>密码正确，但 2FAS 备份已损坏</translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation>此 2FAS 备份的密码错误</translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation>解密后的 2FAS 服务不是 JSON 列表</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation>不是 otpauth-migration URL：该行必须以 otpauth-migration:// 开头，但前面还有其他内容</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation>不是 otpauth:// URI：该行必须以 otpauth:// 开头</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>关于 Tessera</translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>Tessera 是自由软件：您可以根据 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或（您选择的）任何更高版本（GPL-3.0-or-later）的条款重新分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation>Tessera 基于以下库和图稿构建：</translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation>发行方图标是品牌标志，属于其各自所有者的商标。它们仅用于帮助您识别账户，并不代表任何认可。</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>An authenticator and an MFA console for user pools, on your desktop.</source>
        <translation>您桌面上的身份验证器和用户池 MFA 控制台。</translation>
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
        <translation>Simple Icons（发行方图标）</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>复制验证码(&amp;C)</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>显示为二维码(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>编辑账户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>删除账户(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation>将图片拖放到此处，或从以下来源读取：</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>图片文件…</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>屏幕…</translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation>在屏幕上的二维码周围拖出一个矩形，或单击以读取整个屏幕</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>摄像头…</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>找到的二维码</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>例如 GitHub</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>例如 alice@example.com</translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Base32，例如 JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>基于时间（TOTP）</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>基于计数器（HOTP）</translation>
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
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发行方(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>算法(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>位数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>计数器(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation>扫描二维码、粘贴链接，或输入服务提供给您的密钥。</translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation>可以添加了。在您按下“添加”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation>这是 Google Authenticator 的导出；其中的账户将在导入预览中打开。</translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation>该链接不可用：%1</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>在图片中未找到二维码。</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator 导出</translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation>不是账户（%1…）</translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>找到 %n 个二维码：请选择要添加的一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation>正在查找二维码…</translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation>从图片扫描二维码</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation>剪贴板中既没有图片，也没有 otpauth:// 链接。</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>正在读取屏幕…</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>将二维码对准摄像头</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation>未能记住在系统密钥环中：%1</translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation>现在通过系统密钥环解锁保管库。</translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation>系统密钥环不再解锁保管库。</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有账户</translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation>从屏幕、文件或剪贴板扫描二维码，或输入服务显示的密钥来添加账户。您的机密信息保存在这台计算机上的加密保管库中。</translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation>扫描二维码…</translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation>手动添加…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator 导出</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>已导入 %n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>验证码已复制。剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation>本次会话中验证码按 %1 校正。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 现在是第 %2 个（共 %n 个）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation>自动备份到 %1 失败：%2。您的保管库本身已保存。文件夹恢复可写后将继续备份；也可以在设置中选择其他文件夹。</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation>您的保管库所在文件夹不是私有的：%1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>用摄像头扫描</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation>请连接摄像头后重新打开此窗口，或改为从屏幕或图片文件扫描二维码。</translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation>该二维码不包含账户。请出示服务为双重身份验证显示的二维码。</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation>无法使用摄像头：%1。请关闭可能正在使用它的其他应用程序，并确认 Tessera 有权使用摄像头（在 Linux 上需属于 &apos;video&apos; 组；在沙盒中需要摄像头权限）。</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation>将二维码对准摄像头。在您确认之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation>校正验证码</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation>这台计算机的时钟比%2慢 %1。验证码可能会被拒绝。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation>这台计算机的时钟比%2快 %1。验证码可能会被拒绝。</translation>
    </message>
    <message>
        <source>the time server</source>
        <translation>时间服务器</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>tessera::ui::EditEntryDialog</name>
    <message>
        <source>Favourite (listed first)</source>
        <translation>收藏（列在最前）</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation>无分组；输入名称以创建分组</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>发行方(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>The secret and code settings stay as they are.</source>
        <translation>密钥和验证码设置保持不变。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>导出账户</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation>Tessera 备份（加密）</translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation>Aegis（加密或明文）</translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation>Google Authenticator（屏幕上的二维码）</translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation>otpauth 链接列表（纯文本）</translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation>可打印页面（HTML，用于纸质保存）</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>使用密码加密</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>导出密码</translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation>再次输入导出密码</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation>这些二维码包含您的机密信息。任何看到或拍下它们的人都能生成您的验证码：请只用您自己的手机在没人能看到的地方扫描。</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>隐藏二维码</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>A copy of your vault that Tessera opens with the password you set here. The safest way to keep a backup.</source>
        <translation>保管库的副本，Tessera 使用您在此设置的密码打开它。这是保存备份最安全的方式。</translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation>Aegis 和许多其他应用都能导入的文件。请加密，除非您要迁移到的应用无法读取加密的 Aegis 文件。</translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation>显示二维码（每个包含十个账户），供 Google Authenticator 或其他能读取它们的应用扫描。不会向磁盘写入任何内容。</translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation>每个账户一个 otpauth:// 链接的文本文件，大多数身份验证器应用都能导入。未加密。</translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation>每个账户一个二维码的页面，用于打印并妥善保存。未加密。</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>显示二维码…</translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation>为导出选择一个密码。</translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation>再次输入密码，确保它是您想要的密码。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation>请记住此密码：没有它就无法打开导出文件。</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation>在屏幕上显示机密信息？</translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation>这些二维码会显示此保管库中的所有密钥。</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation>任何看到或拍下它们的人都能生成您的验证码。请只在没人能看到的地方显示，并且只用于以您自己的手机扫描。</translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>不加密导出？</translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation>此文件将以未加密形式包含此保管库中的所有密钥。</translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation>任何能读取该文件的人都能生成您的验证码。请离线保存在只有您使用的驱动器上，不再需要时立即删除。</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>不加密导出</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation>保管库已锁定或正忙；未导出任何内容。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>已将 %n 个账户写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation>%1 未包含（该格式无法容纳）：%2</translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation>无法生成二维码：%1</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>没有可显示的账户。</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation>Google Authenticator 无法容纳这些账户中的任何一个：%1</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation>未包含（Google Authenticator 无法容纳）：%1</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>二维码 %1/%2</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>验证码 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation>
            <numerusform>二维码在 %n 秒无操作后已隐藏。请重新显示以继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>%n 秒后隐藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>导入账户</translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation>选择或拖放来自其他身份验证器应用或密码管理器的导出文件，或二维码图片。在您确认之前不会添加任何内容。</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>导出密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation>跳过文件</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>找到的账户</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>选择要导入的导出文件</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation>在此文件中未找到账户</translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation>该密码无法打开“%1”。请检查后重试。</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation>“%1”已加密。请输入导出时使用的密码。</translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation>已跳过：未提供密码</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation>保管库已锁定或正忙；未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>已导入 %n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>imported, then left out</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out.</source>
        <translation>
            <numerusform>已略过 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>导入 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>正在保存 %n 个账户…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation>与前面某行重复</translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation>重复：已在保管库中</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发行方</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>位置</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>身份验证器</translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation>用户池控制台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation>身份验证器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation>用户池控制台(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>关于 Tessera(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message>
        <source>Show as QR code</source>
        <translation>显示为二维码</translation>
    </message>
    <message>
        <source>The QR code for %1 contains its secret. Anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone.</source>
        <translation>%1 的二维码包含其密钥。任何看到或拍下它的人都能生成您的验证码。请只在用您自己的手机扫描时显示。</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>%1 的二维码</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>%n 秒后隐藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation>快速复制</translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation>输入以查找账户，按 Enter 复制其验证码</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation>无法保存保管库，因此已撤销最后一次更改：%1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>此处无法读取屏幕，而且此版本的 Tessera 无法向桌面请求截图（没有 Qt D-Bus）。请用桌面的工具保存截图，然后扫描该文件。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation>选择二维码</translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation>要扫描的屏幕区域</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation>在二维码周围拖出一个矩形</translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation>松开或 Enter：读取矩形区域  ·  单击或 Enter：读取整个屏幕  ·  Esc：取消</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>或者用桌面的工具保存截图，然后扫描该文件。</translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation>桌面未能及时提供截图。请重试，并在桌面的窗口中完成截图。%1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation>没有 D-Bus 会话总线可用于向桌面请求截图。%1</translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation>D-Bus 上没有桌面门户响应，因此 Tessera 无法在此截图。请安装 xdg-desktop-portal 及适用于您桌面的后端（xdg-desktop-portal-gnome、-kde 或 -wlr）。%1</translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation>此处的桌面门户无法截图（%1）。请安装适用于您桌面的门户后端（xdg-desktop-portal-gnome、-kde 或 -wlr）。%2</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation>桌面门户拒绝了截图：%1。%2</translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation>桌面以 &apos;%1&apos; 的形式提供了截图，但它不是本地文件。%2</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation>桌面无法截图。请在桌面的隐私设置中确认 Tessera 可以截图。%1</translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation>无法读取桌面保存在 &apos;%1&apos; 的截图：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>屏幕锁定时锁定</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>窗口最小化时锁定</translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation>记住在系统密钥环中（无需输入即可解锁）</translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation>请先解锁保管库；系统密钥环必须可用。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>复制的验证码清除时间</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>无操作后锁定</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>单击前隐藏验证码</translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation>悬停时显示下一个验证码</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>我的顺序</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发行方</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>关闭窗口时继续在托盘中运行</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>账户排序方式</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation>用时间服务器检查这台计算机的时钟</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation>时间服务器（NTP）</translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation>自动备份保管库</translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation>其他驱动器上的文件夹或同步文件夹</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>After each change</source>
        <translation>每次更改后</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation>备份是您加密保管库的副本：tessera-backup-DATE-TIME.tessera。
使用保管库密码打开（tessera --vault 备份的副本），或将其导入。
只会删除超出保留数量的最旧备份。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份时机</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>为备份选择一个文件夹。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language takes effect when Tessera restarts.</source>
        <translation>新语言将在 Tessera 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SingleInstance</name>
    <message>
        <source>Another Tessera is already running with this vault.</source>
        <translation>另一个 Tessera 已在使用此保管库运行。</translation>
    </message>
    <message>
        <source>Tessera cannot listen on %1, so launching it again will open a second window instead of raising this one: %2</source>
        <translation>Tessera 无法在 %1 上侦听，因此再次启动它将打开第二个窗口，而不是将此窗口置于前台：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenDelegate</name>
    <message>
        <source>Show code</source>
        <translation>显示验证码</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下一个 %1</translation>
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
        <translation>%1，%2，验证码已隐藏</translation>
    </message>
    <message>
        <source>%1, %2, code %3</source>
        <translation>%1，%2，验证码 %3</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListPage</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenSortModel</name>
    <message>
        <source>Accounts can be moved only when they are sorted by “My order” (Settings, Sort accounts by).</source>
        <translation>只有按“我的顺序”排序时才能移动账户（设置，账户排序方式）。</translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation>请清除搜索后再移动账户：搜索隐藏了部分账户时，新位置将不明确。</translation>
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
        <translation>复制验证码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>显示 Tessera(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation>请使用一个您在其他地方都没用过的长密码短语。</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>弱：容易被猜到。请添加单词或字符。</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>一般：再加几个单词就会很强。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>记住在系统密钥环中</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>使用系统密钥环解锁</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation>桌面会话的密钥环会保存保管库的密钥，因此在您登录期间，Tessera 无需密码即可打开。</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>创建您的保管库</translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation>您的账户保存在这台计算机上的一个加密文件中。请选择一个密码来保护它；如果忘记密码，将无法找回。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保管库</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>保管库已锁定</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>输入密码以显示您的验证码。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>密码错误。请重试。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation>此版本的 Tessera 无法使用系统密钥环。</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>无法打开保管库。</translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation>保管库正忙于处理系统密钥环；请稍后重试。</translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation>保管库锁定前的最后更改未保存：%1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ActionConfirmBar</name>
    <message>
        <source>Confirm action</source>
        <translation>确认操作</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>该操作将执行的内容</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>输入以确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message>
        <source>Type %1 to enable %2.</source>
        <translation>输入 %1 以启用 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>批量操作</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>所选的 %n 位用户</numerusform>
        </translation>
    </message>
    <message>
        <source>All users matching %1</source>
        <translation>所有匹配 %1 的用户</translation>
    </message>
    <message>
        <source>All users of the pool</source>
        <translation>用户池的所有用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Require a preferred factor</source>
        <translation>要求首选因素</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>因素(&amp;F)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Number of users to confirm</source>
        <translation>要确认的用户数</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>将结果另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>将结果另存为 CSV</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight finishes first, so its result is known…</source>
        <translation>正在取消：进行中的请求会先完成，以便知道其结果…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the users it applies to…</source>
        <translation>正在读取适用的用户…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>正在读取适用的用户：目前已读取 %n 位…</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No user matches: there is nothing to do.</source>
        <translation>没有匹配的用户：无需执行任何操作。</translation>
    </message>
    <message>
        <source>This backend does not serve %1.</source>
        <translation>此后端不支持 %1。</translation>
    </message>
    <message>
        <source>%1
Users: %2.</source>
        <translation>%1
用户：%2。</translation>
    </message>
    <message>
        <source>Type the number of users, %1, to confirm:</source>
        <translation>输入用户数 %1 以确认：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>删除 %n 位用户(&amp;D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>已完成 %1 位，共 %n 位用户…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>无法将结果保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 Results saved to %2.</source>
        <translation>%1 结果已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>审阅对 %1 的更改</translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation>将编辑后的策略应用到 %1 会更改的内容：</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：从 %2 改为 %3</translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation>用户将看到的内容：%1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Sends the changes to the pool.</source>
        <translation>将更改发送到用户池。</translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation>用户池所在位置：这台计算机的本地引擎、AWS 配置文件或其他兼容 Cognito 的终端节点。</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation>正在等待用户池服务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation>停止等待仍在进行中的请求。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation>其他终端节点…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation>新建用户池</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>用户池名称</translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation>1 到 128 个字母、数字、空格及 + = , . @ -</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation>“可选”和“必需”会开启身份验证器应用（TOTP）；因素可以稍后更改。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>MFA(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>1 to 128 characters, no spaces.</source>
        <translation>1 到 128 个字符，不含空格。</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>+ then the country code and number, digits only, as Cognito requires.</source>
        <translation>按 Cognito 的要求，以 + 开头，后跟国家/地区代码和号码，仅限数字。</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Send an invitation by email</source>
        <translation>通过电子邮件发送邀请</translation>
    </message>
    <message>
        <source>Send an invitation by SMS</source>
        <translation>通过短信发送邀请</translation>
    </message>
    <message>
        <source>Set a temporary password to hand over</source>
        <translation>设置要交给用户的临时密码</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password; on the local engine it lands in the outbox instead of being sent.</source>
        <translation>邀请中包含临时密码；在本地引擎上，邀请会放入发件箱，而不会实际发送。</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password Cognito makes.</source>
        <translation>邀请中包含 Cognito 生成的临时密码。</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>密码策略</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>创建用户(&amp;C)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>The password meets the pool&apos;s policy.</source>
        <translation>密码符合用户池的策略。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>按用户池的策略，至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>%1 is created with the temporary password you set; they choose their own at the first sign-in.</source>
        <translation>已使用您设置的临时密码创建 %1；该用户将在首次登录时选择自己的密码。</translation>
    </message>
    <message>
        <source>%1 is created; the invitation with a temporary password is in the local outbox.</source>
        <translation>已创建 %1；包含临时密码的邀请位于本地发件箱中。</translation>
    </message>
    <message>
        <source>%1 is created; Cognito sent the invitation.</source>
        <translation>已创建 %1；Cognito 已发送邀请。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>删除用户池 %1 会永久删除其 %n 个用户及其因素和设备。登录到该用户池的应用将停止工作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>输入用户池名称 %1 以确认：</translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation>用于确认的用户池名称</translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation>输入 %1 以启用“删除”。</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>删除用户池(&amp;D)</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>删除用户池</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation>其他终端节点</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation>兼容 Cognito 的终端节点：cognito-local、LocalStack，或另一台计算机上的“tessera-cli pool serve”。</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>终端节点 URL</translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation>http:// 或 https:// 加主机，例如 http://127.0.0.1:9229</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation>对请求进行签名所用的区域。</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>（环境变量或默认值）</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS 配置文件</translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation>使用谁的密钥为请求签名。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation>URL 需要 http:// 或 https:// 加主机，例如 http://127.0.0.1:9229。</translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation>请提供对请求进行签名所用的区域，例如 us-east-1。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message>
        <source>Set up an authenticator for %1</source>
        <translation>为 %1 设置身份验证器</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发行方</translation>
    </message>
    <message>
        <source>The name the user&apos;s authenticator app shows above the code (the app&apos;s name).</source>
        <translation>用户的身份验证器应用在验证码上方显示的名称（应用的名称）。</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发行方(&amp;I)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>The account the authenticator app shows.</source>
        <translation>身份验证器应用显示的账户。</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start set-up</source>
        <translation>开始设置(&amp;S)</translation>
    </message>
    <message>
        <source>Start set-up</source>
        <translation>开始设置</translation>
    </message>
    <message>
        <source>Asks the pool for a new authenticator secret for the user (AssociateSoftwareToken).</source>
        <translation>向用户池请求为该用户生成新的身份验证器密钥（AssociateSoftwareToken）。</translation>
    </message>
    <message>
        <source>Show &amp;QR code for a phone</source>
        <translation>显示供手机扫描的二维码(&amp;Q)</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>显示二维码</translation>
    </message>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>将密钥以二维码形式显示 %n 秒，供手机扫描。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>添加到此计算机的保管库(&amp;V)</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s vault</source>
        <translation>添加到此计算机的保管库</translation>
    </message>
    <message>
        <source>Keeps the secret in the unlocked vault as an entry linked to the user, then verifies it.</source>
        <translation>将密钥保存在已解锁的保管库中，作为关联到该用户的条目，然后进行验证。</translation>
    </message>
    <message>
        <source>&amp;Verify and turn on</source>
        <translation>验证并开启(&amp;V)</translation>
    </message>
    <message>
        <source>Verify and turn on</source>
        <translation>验证并开启</translation>
    </message>
    <message>
        <source>Sends the code the secret gives now (VerifySoftwareToken), then makes TOTP the user&apos;s preferred factor.</source>
        <translation>发送该密钥当前生成的验证码（VerifySoftwareToken），然后将 TOTP 设为该用户的首选因素。</translation>
    </message>
    <message>
        <source>Enrolment QR code</source>
        <translation>注册二维码</translation>
    </message>
    <message>
        <source>The secret as an otpauth QR code; scan it with the phone.</source>
        <translation>以 otpauth 二维码形式显示的密钥；请用手机扫描。</translation>
    </message>
    <message>
        <source>QR code note</source>
        <translation>二维码说明</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>设置步骤</translation>
    </message>
    <message>
        <source>What each step of the set-up did.</source>
        <translation>设置的每个步骤所执行的操作。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cognito sets up an authenticator with the user&apos;s own access token: sign in as the user first.</source>
        <translation>Cognito 使用用户自己的访问令牌设置身份验证器：请先以该用户身份登录。</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>为何需要登录</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>应用程序客户端</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>应用程序客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>用户的密码；保存在会被擦除的内存中。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign &amp;in as the user</source>
        <translation>以该用户身份登录(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in as the user</source>
        <translation>以该用户身份登录</translation>
    </message>
    <message>
        <source>Signs in with the password (and a code from the linked vault entry or the outbox when asked).</source>
        <translation>使用密码登录（需要时使用关联保管库条目或发件箱中的验证码）。</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>无法列出应用程序客户端：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 to get the user&apos;s access token.</source>
        <translation>已以 %1 身份登录，以获取该用户的访问令牌。</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 %3</source>
        <translation>无法以 %1 身份登录：%2 %3</translation>
    </message>
    <message>
        <source>The issuer and the account name cannot contain a colon (&quot;:&quot;): authenticator apps read it as the separator between them.</source>
        <translation>发行方和账户名称不能包含冒号（“:”）：身份验证器应用会将其视为两者之间的分隔符。</translation>
    </message>
    <message>
        <source>Done: %1 signs in with the authenticator from now on.</source>
        <translation>完成：%1 从现在起使用身份验证器登录。</translation>
    </message>
    <message>
        <source>The set-up stopped: %1: %2</source>
        <translation>设置已停止：%1：%2</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken: the pool made a new authenticator secret for %1 (not active until verified).</source>
        <translation>AssociateSoftwareToken：用户池为 %1 生成了新的身份验证器密钥（验证前不生效）。</translation>
    </message>
    <message>
        <source>VerifySoftwareToken: the code %1 was accepted; the authenticator is verified.</source>
        <translation>VerifySoftwareToken：验证码 %1 已被接受；身份验证器已验证。</translation>
    </message>
    <message>
        <source>SetUserMFAPreference: TOTP is on and the user&apos;s preferred factor.</source>
        <translation>SetUserMFAPreference：TOTP 已开启，并成为该用户的首选因素。</translation>
    </message>
    <message>
        <source>Unlock the vault in the authenticator first.</source>
        <translation>请先在身份验证器中解锁保管库。</translation>
    </message>
    <message>
        <source>Could not draw the QR code: %1</source>
        <translation>无法绘制二维码：%1</translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>二维码将显示 %n 秒；请用手机的身份验证器应用扫描，然后进行验证。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>无法将条目添加到保管库：%1</translation>
    </message>
    <message>
        <source>Added %1 to this computer&apos;s vault, linked to the pool user.</source>
        <translation>已将 %1 添加到此计算机的保管库，并关联到该用户池用户。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>约 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>约 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolment summary</source>
        <translation>注册情况摘要</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>No factor</source>
        <translation>无因素</translation>
    </message>
    <message>
        <source>TOTP app</source>
        <translation>TOTP 应用</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Users per factor</source>
        <translation>各因素的用户数</translation>
    </message>
    <message>
        <source>Bars: how many users have set up each factor, and how many prefer it. The summary above says the same in words.</source>
        <translation>条形图：每个因素有多少用户已设置、多少用户将其设为首选。上方的摘要以文字说明相同内容。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh chart</source>
        <translation>刷新图表</translation>
    </message>
    <message>
        <source>Count e&amp;very user…</source>
        <translation>统计所有用户(&amp;V)…</translation>
    </message>
    <message>
        <source>Count every user</source>
        <translation>统计所有用户</translation>
    </message>
    <message>
        <source>Reads every user&apos;s factors; says how many requests that takes before it starts.</source>
        <translation>读取每位用户的因素；开始前会说明需要多少个请求。</translation>
    </message>
    <message>
        <source>Full count cost</source>
        <translation>完整统计的开销</translation>
    </message>
    <message>
        <source>&amp;Start full count</source>
        <translation>开始完整统计(&amp;S)</translation>
    </message>
    <message>
        <source>Start full count</source>
        <translation>开始完整统计</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Full count progress</source>
        <translation>完整统计进度</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>取消统计</translation>
    </message>
    <message>
        <source>Cancel full count</source>
        <translation>取消完整统计</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>已统计全部 %n 位用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>抽样自目前已读取的 %n 位用户，用户池中约有 %1 位。滚动用户表以读取更多用户，或统计所有用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.</source>
        <translation>%1 无因素：%2；身份验证器应用：%3；短信：%4；电子邮件：%5。</translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>完整统计约需读取 %1 位用户：%2 个请求（%3 个 ListUsers，%4 个 AdminGetUser），按每秒 %n 个请求计需 %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>完整统计在 %n 个请求后已取消；图表仍显示抽样结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>已统计全部 %n 位用户（完整统计，%1 个请求）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>已统计 %n 位用户；%1 位无法读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation>%1 的策略历史记录</translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation>已应用的策略</translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation>从 Tessera 应用到此用户池的所有 MFA 策略，最新的在前。</translation>
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
        <translation>尚未从 Tessera 向此用户池应用任何策略。</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation>在应用任何内容之前，将所选版本的策略作为变更计划进行审阅。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation>导出 %1 的配置</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
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
        <translation>AWS CLI 输入（set-user-pool-mfa-config）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation>要导出的基础设施即代码格式。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation>导出的配置，与将要复制或保存的内容一致。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copies the configuration to the clipboard.</source>
        <translation>将配置复制到剪贴板。</translation>
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
        <translation>将配置保存到文件。</translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation>此格式中没有，需手动设置：%1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>多重身份验证</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation>可选(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>必需(&amp;R)</translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation>用户可使用的因素</translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation>身份验证器应用（&amp;TOTP）</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>身份验证器应用（TOTP）</translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation>来自 Tessera 等应用的验证码：免费，无需手机信号即可使用。</translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation>短信(&amp;S)</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation>通过短信发送的验证码，由 Amazon SNS 发送并按条计费。</translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation>电子邮件验证码(&amp;E)</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>电子邮件验证码</translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>通过电子邮件发送的验证码；在 AWS 上需要使用 Amazon SES 作为用户池的电子邮件发件人。</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation>SNS 调用方角色 ARN</translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation>Cognito 代入以通过 Amazon SNS 发布短信的 IAM 角色，例如 arn:aws:iam::123456789012:role/cognito-sms。</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation>角色信任策略中的外部 ID（sts:ExternalId）。</translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation>SNS 区域</translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation>短信的发送区域；留空表示用户池自身的区域。</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>短信消息</translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation>用户收到的文本；{####} 会被替换为验证码。6 到 140 个字符。</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>短信预览</translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation>SNS 角色 ARN(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation>SNS 区域(&amp;G)：</translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation>Cognito 通过您创建的 IAM 角色发送短信。&lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;如何为用户池设置短信&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>电子邮件主题</translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation>最多 140 个字符。</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>电子邮件消息</translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation>用户收到的电子邮件；{####} 会被替换为验证码。6 到 20,000 个字符。</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>电子邮件预览</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>消息(&amp;G)：</translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation>设备和联合用户</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>不记住</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>始终记住</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>经用户同意后记住</translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation>记住设备</translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation>Cognito 是否记住用户登录时使用的设备（DeviceConfiguration）。</translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation>在记住的设备上跳过 MFA(&amp;K)</translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation>在记住的设备上跳过 MFA</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation>记住的设备无需验证码即可登录；新设备始终需要验证码（ChallengeRequiredOnNewDevice）。</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>遵循用户池的 MFA 设置</translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation>始终要求验证码</translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation>从不要求（信任提供商）</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>联合用户</translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation>通过其他身份提供商登录的用户的 MFA。</translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation>记住设备(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation>联合用户(&amp;F)：</translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation>仅由 Tessera 的本地引擎保存；Cognito 没有此设置。</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation>用户收到 Cognito 的默认文本：&quot;Your authentication code is 123456.&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>用户收到：“%1”（%n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation>消息必须包含 {####}，即验证码所在的位置。</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation>用户收到 Cognito 的默认电子邮件。</translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation>用户收到：“%1”</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PasskeySettings</name>
    <message>
        <source>Passkeys and passwordless sign-in</source>
        <translation>通行密钥和无密码登录</translation>
    </message>
    <message>
        <source>Passkeys unavailable</source>
        <translation>通行密钥不可用</translation>
    </message>
    <message>
        <source>Allow sign-in with &amp;passkeys</source>
        <translation>允许使用通行密钥登录(&amp;P)</translation>
    </message>
    <message>
        <source>Allow sign-in with passkeys</source>
        <translation>允许使用通行密钥登录</translation>
    </message>
    <message>
        <source>Users can register a passkey (a security key, or the lock of their phone or laptop) and sign in with it instead of a password.</source>
        <translation>用户可以注册通行密钥（安全密钥，或其手机、笔记本电脑的屏幕锁），并用其代替密码登录。</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>依赖方 ID</translation>
    </message>
    <message>
        <source>The domain passkeys are bound to, such as example.com.</source>
        <translation>通行密钥绑定的域，例如 example.com。</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>依赖方 ID(&amp;R)：</translation>
    </message>
    <message>
        <source>The relying party ID must be your app&apos;s own domain or a parent of it that can be registered (a registrable suffix): an app at https://app.example.com may use app.example.com or example.com, never com or another site&apos;s domain. Browsers refuse any other. A passkey works only for the ID it was registered with, so changing the ID later makes every existing passkey useless.</source>
        <translation>依赖方 ID 必须是您的应用自己的域，或其可注册的上级域（可注册后缀）：位于 https://app.example.com 的应用可以使用 app.example.com 或 example.com，但绝不能使用 com 或其他网站的域。浏览器会拒绝其他任何 ID。通行密钥仅适用于注册时使用的 ID，因此之后更改 ID 会使所有现有通行密钥失效。</translation>
    </message>
    <message>
        <source>App address to check</source>
        <translation>要检查的应用地址</translation>
    </message>
    <message>
        <source>Your app&apos;s address, to check that it can use passkeys for this relying party. Not saved.</source>
        <translation>您的应用的地址，用于检查它能否为此依赖方使用通行密钥。不会保存。</translation>
    </message>
    <message>
        <source>&amp;App address (check):</source>
        <translation>应用地址（检查）(&amp;A)：</translation>
    </message>
    <message>
        <source>Relying party check</source>
        <translation>依赖方检查</translation>
    </message>
    <message>
        <source>Pr&amp;eferred</source>
        <translation>首选(&amp;E)</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot check who holds it.</source>
        <translation>如果密钥无法检查持有者身份，只需触摸密钥即可。</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>必需(&amp;Q)</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>每次通行密钥登录都必须证明密钥持有者的身份（PIN 或生物识别）；无法做到的密钥将被拒绝。</translation>
    </message>
    <message>
        <source>User verification: %1</source>
        <translation>用户验证：%1</translation>
    </message>
    <message>
        <source>User verification:</source>
        <translation>用户验证：</translation>
    </message>
    <message>
        <source>Users may begin signing in with:</source>
        <translation>用户可以通过以下方式开始登录：</translation>
    </message>
    <message>
        <source>First factor: password</source>
        <translation>第一因素：密码</translation>
    </message>
    <message>
        <source>Always allowed, so that every user can still sign in.</source>
        <translation>始终允许，以确保每个用户仍可登录。</translation>
    </message>
    <message>
        <source>First factor: code by email</source>
        <translation>第一因素：电子邮件验证码</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email.</source>
        <translation>拥有已验证电子邮件地址的用户可以使用通过电子邮件发送的验证码登录。</translation>
    </message>
    <message>
        <source>First factor: code by text message</source>
        <translation>第一因素：短信验证码</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a texted code; each code is a message the pool pays for.</source>
        <translation>拥有已验证电话号码的用户可以使用短信验证码登录；每个验证码都是一条由用户池付费的短信。</translation>
    </message>
    <message>
        <source>This endpoint has no passkey operations (it answers ListWebAuthnCredentials as unsupported), so passkey and passwordless settings are hidden.</source>
        <translation>此终端节点没有通行密钥操作（它将 ListWebAuthnCredentials 答复为不支持），因此通行密钥和无密码设置已隐藏。</translation>
    </message>
    <message>
        <source>Give the relying party ID: Tessera&apos;s local engine has no domain of its own, and on AWS an empty ID means the pool&apos;s Cognito domain, which your app&apos;s pages cannot use.</source>
        <translation>请提供依赖方 ID：Tessera 的本地引擎没有自己的域；在 AWS 上，空 ID 表示用户池的 Cognito 域，而您的应用页面无法使用该域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; give your app&apos;s, such as https://app.example.com.</source>
        <translation>“%1”不是地址；请提供您的应用的地址，例如 https://app.example.com。</translation>
    </message>
    <message>
        <source>Pages at %1 can register and use passkeys for %2.</source>
        <translation>%1 上的页面可以为 %2 注册和使用通行密钥。</translation>
    </message>
    <message>
        <source>Pages at %1 cannot use passkeys for %2: the relying party ID must be %1 itself or a parent domain of it.</source>
        <translation>%1 上的页面无法为 %2 使用通行密钥：依赖方 ID 必须是 %1 本身或其上级域。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation>身份验证器应用</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>MFA is required, with %1.</source>
        <translation>MFA 为必需，使用%1。</translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation>MFA 为可选，使用%1。</translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation>MFA 已关闭：用户仅用密码登录。</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>控制台消息</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>控制台错误</translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation>未打开用户池</translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation>在 Tessera 的本地引擎中编辑用户池及其 MFA 策略，或连接到 AWS Cognito 或兼容的终端节点。每项更改在应用前都会以计划的形式显示。</translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation>打开本地用户池</translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation>连接到 AWS Cognito…</translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation>已取消。显示的内容可能已过时：请重新选择用户池以重新读取。</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>筛选用户池</translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation>显示名称或 ID 包含此文本的用户池。</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>用户池</translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation>此连接的用户池；选择一个以查看和编辑其 MFA 策略。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation>按列排序；其上下文菜单可显示或隐藏列。</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>新建用户池(&amp;N)…</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新建用户池</translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation>删除用户池(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>删除用户池</translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation>选择一个用户池</translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation>其 MFA 策略、谁注册了哪种因素，以及某项更改在应用前会产生什么影响。</translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation>还没有用户池</translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation>创建一个用户池，或创建一个包含 200 个处于各种状态（无因素、短信、身份验证器应用、已禁用、临时密码）的用户的示例用户池，看看控制台如何工作。</translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation>创建示例用户池(&amp;S)</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>新建用户池…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>用户池</translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation>生效中的 MFA</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>注册情况</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>审阅更改(&amp;V)…</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>审阅更改</translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation>在应用任何内容之前，显示编辑后的策略将更改什么以及影响哪些用户。</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>导出配置(&amp;X)…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>以 CloudFormation、Terraform 或 AWS CLI 输入形式导出生效中的策略。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation>从 Tessera 应用到此用户池的策略，可从中恢复一个。</translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation>此终端节点无法创建用户池。</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>正在读取用户池…</translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation>此终端节点不支持此操作。</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>正在统计用户…</translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation>用户（估计）：%1。在此连接上，谁拥有哪种因素需要逐个用户读取；用户列表中会显示。</translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation>用户：%1。无因素：%2；使用身份验证器应用：%3；使用短信：%4；使用电子邮件：%5。</translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation>该版本就是生效中的策略：无需更改。</translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation>未应用：%1（%2）。生效中的策略未变。</translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation>已应用到 %1。</translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation>已应用到 %1，但无法保存历史记录：%2</translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation>未创建用户池：%1</translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation>已创建用户池 %1。</translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation>已创建用户池，但无法设置其 MFA：%1</translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation>已删除用户池 %1。</translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation>未删除用户池 %1：%2</translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation>未创建示例用户池：%1</translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation>已创建示例用户池：200 个处于不同状态的用户。选择它即可查看其策略。</translation>
    </message>
    <message>
        <source>Pool sections</source>
        <translation>用户池分区</translation>
    </message>
    <message>
        <source>&amp;MFA policy</source>
        <translation>MFA 策略(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>注册情况(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Adaptive MFA</source>
        <translation>自适应 MFA(&amp;A)</translation>
    </message>
    <message>
        <source>SMS &amp;costs</source>
        <translation>短信费用(&amp;C)</translation>
    </message>
    <message>
        <source>Sign-in &amp;lab</source>
        <translation>登录实验室(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation>身份验证器应用</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>用户池 ID</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation>用户（估计）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>没有可应用的内容。</translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>找不到配置文件 %1 的 AWS 密钥：请运行“aws configure --profile %1”，或设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY。</translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation>配置文件 %1 的会话令牌已过期：请重新登录（对于 SSO，运行“aws sso login --profile %1”）。</translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation>AWS 不接受配置文件 %1 的密钥（%2）：请检查访问密钥和私有密钥，并确认区域正确。</translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation>访问被拒绝：配置文件 %1 的密钥无权调用 cognito-idp:ListUserPools。AWS 返回：%2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation>无法访问终端节点（%1）：请检查 URL 或区域以及网络。</translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation>此终端节点不列出用户池：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::RiskConfigEditor</name>
    <message>
        <source>Adaptive MFA status</source>
        <translation>自适应 MFA 状态</translation>
    </message>
    <message>
        <source>Re&amp;view risk changes…</source>
        <translation>审阅风险更改(&amp;V)…</translation>
    </message>
    <message>
        <source>Review risk changes</source>
        <translation>审阅风险更改</translation>
    </message>
    <message>
        <source>Shows what the edited risk configuration will change before anything is applied.</source>
        <translation>在应用任何内容之前，显示编辑后的风险配置将更改的内容。</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <source>Revert risk changes</source>
        <translation>还原风险更改</translation>
    </message>
    <message>
        <source>Puts back the configuration in force.</source>
        <translation>恢复生效中的配置。</translation>
    </message>
    <message>
        <source>E&amp;xport as code…</source>
        <translation>导出为代码(&amp;X)…</translation>
    </message>
    <message>
        <source>Export risk configuration as code</source>
        <translation>将风险配置导出为代码</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA configuration with the risk settings as edited here, as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>用户池的 MFA 配置，以及此处编辑后的风险设置，格式为 CloudFormation、Terraform 或 AWS CLI 输入。</translation>
    </message>
    <message>
        <source>Choose a pool to see its adaptive MFA settings.</source>
        <translation>请选择一个用户池以查看其自适应 MFA 设置。</translation>
    </message>
    <message>
        <source>When a sign-in looks risky</source>
        <translation>当登录看起来有风险时</translation>
    </message>
    <message>
        <source>&amp;Low risk:</source>
        <translation>低风险(&amp;L)：</translation>
    </message>
    <message>
        <source>Med&amp;ium risk:</source>
        <translation>中风险(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;High risk:</source>
        <translation>高风险(&amp;H)：</translation>
    </message>
    <message>
        <source>Low-risk action</source>
        <translation>低风险操作</translation>
    </message>
    <message>
        <source>Medium-risk action</source>
        <translation>中风险操作</translation>
    </message>
    <message>
        <source>High-risk action</source>
        <translation>高风险操作</translation>
    </message>
    <message>
        <source>Notify on low risk</source>
        <translation>低风险时通知</translation>
    </message>
    <message>
        <source>Notify on medium risk</source>
        <translation>中风险时通知</translation>
    </message>
    <message>
        <source>Notify on high risk</source>
        <translation>高风险时通知</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>MFA if configured</source>
        <translation>如已配置则要求 MFA</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>要求 MFA</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>阻止</translation>
    </message>
    <message>
        <source>What the pool does with a sign-in at this level.</source>
        <translation>用户池对此级别的登录执行的操作。</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tells the user of each such sign-in (by email on AWS, through the outbox on the local engine).</source>
        <translation>将每次此类登录告知用户（在 AWS 上通过电子邮件，在本地引擎上通过发件箱）。</translation>
    </message>
    <message>
        <source>%1 meaning</source>
        <translation>%1 含义</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>One CIDR range per line, IPv4 or IPv6, such as 192.0.2.0/24 or 2001:db8::/32. These lists are looked at before any other signal.</source>
        <translation>每行一个 CIDR 范围，IPv4 或 IPv6，例如 192.0.2.0/24 或 2001:db8::/32。这些列表会在任何其他信号之前检查。</translation>
    </message>
    <message>
        <source>IP ranges help</source>
        <translation>IP 地址范围帮助</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>%1 问题</translation>
    </message>
    <message>
        <source>Al&amp;ways allow (skip the risk checks, count as low risk):</source>
        <translation>始终允许（跳过风险检查，计为低风险）(&amp;W)：</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>始终允许的 IP 地址范围</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks; one CIDR range per line.</source>
        <translation>来自这些范围的登录将跳过风险检查；每行一个 CIDR 范围。</translation>
    </message>
    <message>
        <source>&amp;Block (refused before the password is looked at):</source>
        <translation>阻止（在检查密码之前拒绝）(&amp;B)：</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>阻止的 IP 地址范围</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused; one CIDR range per line.</source>
        <translation>来自这些范围的登录将被拒绝；每行一个 CIDR 范围。</translation>
    </message>
    <message>
        <source>How Tessera&apos;s local engine scores a sign-in</source>
        <translation>Tessera 的本地引擎如何为登录评分</translation>
    </message>
    <message>
        <source>New device: a device (remembered device key, device data or user agent) not seen in the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>新设备：未在该用户此前成功登录中出现过的设备（记住的设备密钥、设备数据或用户代理）加 1 分。</translation>
    </message>
    <message>
        <source>New device signal</source>
        <translation>新设备信号</translation>
    </message>
    <message>
        <source>New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>新网络：不在该用户此前成功登录所在的 /24（IPv4）或 /48（IPv6）网络中的地址加 1 分。</translation>
    </message>
    <message>
        <source>New network signal</source>
        <translation>新网络信号</translation>
    </message>
    <message>
        <source>Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, %2 or more add 2.</source>
        <translation>失败频率：该用户在 15 分钟内登录失败 %1 次或以上加 1 分，%2 次或以上加 2 分。</translation>
    </message>
    <message>
        <source>Failure velocity signal</source>
        <translation>失败频率信号</translation>
    </message>
    <message>
        <source>Request rate: %1 or more sign-in attempts from one address in a minute, as a bot makes, add 3 points.</source>
        <translation>请求速率：一分钟内来自同一地址的登录尝试达到 %1 次或以上（如机器人所为）加 3 分。</translation>
    </message>
    <message>
        <source>Request rate signal</source>
        <translation>请求速率信号</translation>
    </message>
    <message>
        <source>0 or 1 point is low risk, 2 medium, 3 or more high; a user&apos;s first sign-in has no history to compare with. AWS Cognito scores with its own model instead.</source>
        <translation>0 或 1 分为低风险，2 分为中风险，3 分或以上为高风险；用户的首次登录没有可比较的历史记录。AWS Cognito 则使用其自己的模型评分。</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API, so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>此处不提供自适应 MFA：此终端节点没有风险配置 API，请使用 Tessera 的本地引擎或启用了威胁防护的 AWS Cognito。</translation>
    </message>
    <message>
        <source>Reading the risk configuration…</source>
        <translation>正在读取风险配置…</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API (cognito-local, for one, lacks it), so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>此处不提供自适应 MFA：此终端节点没有风险配置 API（例如 cognito-local 就没有），请使用 Tessera 的本地引擎或启用了威胁防护的 AWS Cognito。</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available on this pool: AWS Cognito offers it only with threat protection (advanced security) in the pool&apos;s feature plan, which is turned on in AWS.</source>
        <translation>此用户池不提供自适应 MFA：AWS Cognito 仅在用户池的功能计划包含威胁防护（高级安全功能）时提供该功能，需在 AWS 中开启。</translation>
    </message>
    <message>
        <source>The risk configuration could not be read: %1 (%2).</source>
        <translation>无法读取风险配置：%1（%2）。</translation>
    </message>
    <message>
        <source>What this pool does when a sign-in looks risky, and the addresses it always allows or blocks.</source>
        <translation>当登录看起来有风险时此用户池的处理方式，以及它始终允许或阻止的地址。</translation>
    </message>
    <message>
        <source>No adaptive MFA is set: every sign-in goes on as the MFA policy says, whatever its risk.</source>
        <translation>未设置自适应 MFA：无论风险如何，每次登录都按 MFA 策略进行。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabPanel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The pool user to sign in as; pick one or type a name.</source>
        <translation>要以其身份登录的用户池用户；请选择一个或输入名称。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>应用程序客户端</translation>
    </message>
    <message>
        <source>The app client the sign-in goes through.</source>
        <translation>登录所经过的应用程序客户端。</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>应用程序客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>App client note</source>
        <translation>应用程序客户端说明</translation>
    </message>
    <message>
        <source>Create a &amp;test client</source>
        <translation>创建测试客户端(&amp;T)</translation>
    </message>
    <message>
        <source>Create a test client</source>
        <translation>创建测试客户端</translation>
    </message>
    <message>
        <source>Creates an app client named tessera-lab that allows password and SRP sign-in.</source>
        <translation>创建一个名为 tessera-lab 的应用程序客户端，允许密码和 SRP 登录。</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>密码（USER_PASSWORD_AUTH）</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP（USER_SRP_AUTH）</translation>
    </message>
    <message>
        <source>Authentication flow</source>
        <translation>身份验证流程</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>流程(&amp;F)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>用户的密码；保存在会被擦除的内存中。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Set this as the user&apos;s &amp;test password first</source>
        <translation>先将此设为用户的测试密码(&amp;T)</translation>
    </message>
    <message>
        <source>Set a test password</source>
        <translation>设置测试密码</translation>
    </message>
    <message>
        <source>Before signing in, makes the password above the user&apos;s permanent password (AdminSetUserPassword).</source>
        <translation>登录前，将上方的密码设为该用户的永久密码（AdminSetUserPassword）。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Answers NEW_PASSWORD_REQUIRED when the user has a temporary password; empty stops the run there.</source>
        <translation>当用户有临时密码时应答 NEW_PASSWORD_REQUIRED；留空则运行在此停止。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>The address the sign-in comes from.</source>
        <translation>登录来源地址。</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP 地址(&amp;I)：</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>A new device, or one the user has remembered (the risk engine and remembered-device rules read it).</source>
        <translation>新设备，或用户已记住的设备（风险引擎和记住的设备规则会读取它）。</translation>
    </message>
    <message>
        <source>A new device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>新设备名称</translation>
    </message>
    <message>
        <source>The new device&apos;s name.</source>
        <translation>新设备的名称。</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>设备名称(&amp;N)：</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>用户代理</translation>
    </message>
    <message>
        <source>The browser or app the sign-in claims to be.</source>
        <translation>登录所声称的浏览器或应用。</translation>
    </message>
    <message>
        <source>User &amp;agent:</source>
        <translation>用户代理(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Walks the sign-in through every challenge.</source>
        <translation>引导登录完成每个质询。</translation>
    </message>
    <message>
        <source>Set up an &amp;authenticator…</source>
        <translation>设置身份验证器(&amp;A)…</translation>
    </message>
    <message>
        <source>Set up an authenticator</source>
        <translation>设置身份验证器</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for the user with the tokens of the last run.</source>
        <translation>使用上次运行的令牌为该用户注册 TOTP 身份验证器。</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>添加到此计算机的保管库(&amp;V)</translation>
    </message>
    <message>
        <source>Add the set-up secret to the vault</source>
        <translation>将设置的密钥添加到保管库</translation>
    </message>
    <message>
        <source>Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user.</source>
        <translation>将刚通过 MFA_SETUP 注册的身份验证器保存为关联到该用户的保管库条目。</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>需要验证码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>The code the challenge asks for, as the user would type it.</source>
        <translation>质询要求的验证码，按用户输入的方式填写。</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>发送验证码(&amp;C)</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>Could not list the pool&apos;s users: %1</source>
        <translation>无法列出用户池的用户：%1</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>无法列出应用程序客户端：%1</translation>
    </message>
    <message>
        <source>%1 (allows neither password nor SRP sign-in)</source>
        <translation>%1（既不允许密码登录也不允许 SRP 登录）</translation>
    </message>
    <message>
        <source>The pool has no app client yet.</source>
        <translation>该用户池还没有应用程序客户端。</translation>
    </message>
    <message>
        <source>No app client of this pool allows password or SRP sign-in.</source>
        <translation>该用户池没有允许密码或 SRP 登录的应用程序客户端。</translation>
    </message>
    <message>
        <source>Could not create the test client: %1</source>
        <translation>无法创建测试客户端：%1</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>已记住：%1</translation>
    </message>
    <message>
        <source>Choose an app client, or create a test client.</source>
        <translation>请选择一个应用程序客户端，或创建测试客户端。</translation>
    </message>
    <message>
        <source>Choose the user to sign in as.</source>
        <translation>请选择要以其身份登录的用户。</translation>
    </message>
    <message>
        <source>Type the user&apos;s password (or a new one with &quot;Set a test password&quot;).</source>
        <translation>请输入用户的密码（或通过“设置测试密码”输入新密码）。</translation>
    </message>
    <message>
        <source>Could not set the test password: %1</source>
        <translation>无法设置测试密码：%1</translation>
    </message>
    <message>
        <source>%1 needs a code: %2. Type the code the user would type.</source>
        <translation>%1 需要验证码：%2。请输入用户会输入的验证码。</translation>
    </message>
    <message>
        <source>Type the code first.</source>
        <translation>请先输入验证码。</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>已输入</translation>
    </message>
    <message>
        <source>Only the local engine records why it decided; this backend answers without a decision trace.</source>
        <translation>只有本地引擎会记录其决策原因；此后端的应答不含决策跟踪。</translation>
    </message>
    <message>
        <source>No decision trace: the run ended before the engine decided anything.</source>
        <translation>没有决策跟踪：运行在引擎做出任何决策之前就已结束。</translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>无法将条目添加到保管库：%1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Sign-in steps</source>
        <translation>登录步骤</translation>
    </message>
    <message>
        <source>Each request and answer of the run; expand a step for its request and answer, passwords and tokens masked.</source>
        <translation>本次运行的每个请求和应答；展开步骤可查看其请求和应答，密码和令牌已遮盖。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>验证码来源</translation>
    </message>
    <message>
        <source>Step columns</source>
        <translation>步骤列</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Show token claims</source>
        <translation>显示令牌声明(&amp;S)</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>显示令牌声明</translation>
    </message>
    <message>
        <source>Decodes the ID and access tokens&apos; claims (read without checking the signature).</source>
        <translation>解码 ID 令牌和访问令牌的声明（读取时不检查签名）。</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>令牌声明</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>决策跟踪</translation>
    </message>
    <message>
        <source>Decision trace note</source>
        <translation>决策跟踪说明</translation>
    </message>
    <message>
        <source>Why the local engine decided what it did: risk signals, score, level, action, and whether MFA was asked and why.</source>
        <translation>本地引擎做出其决策的原因：风险信号、分数、级别、操作，以及是否要求 MFA 及其原因。</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1：正在等待应答</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>已通过身份验证。令牌将在 %n 秒后过期（ID 令牌有效期 %1 秒，访问令牌有效期 %2 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool remembered this device as %1.</source>
        <translation>用户池已将此设备记住为 %1。</translation>
    </message>
    <message>
        <source>ID token claims:
%1

Access token claims:
%2</source>
        <translation>ID 令牌声明：
%1

访问令牌声明：
%2</translation>
    </message>
    <message>
        <source>Stopped: %1: %2</source>
        <translation>已停止：%1：%2</translation>
    </message>
    <message>
        <source>Stopped at %1: %2: %3</source>
        <translation>在 %1 处停止：%2：%3</translation>
    </message>
    <message>
        <source>What to change: %1</source>
        <translation>需要更改的内容：%1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>&amp;Hide token claims</source>
        <translation>隐藏令牌声明(&amp;H)</translation>
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
        <translation>用户数</translation>
    </message>
    <message>
        <source>Users now; starts from the pool&apos;s estimated users.</source>
        <translation>当前用户数；初始值为用户池的估计用户数。</translation>
    </message>
    <message>
        <source>Sign-ins per user per month</source>
        <translation>每位用户每月登录次数</translation>
    </message>
    <message>
        <source>Share of sign-ins challenged</source>
        <translation>被质询的登录比例</translation>
    </message>
    <message>
        <source>Sign-ins asked for an MFA code; starts from the MFA policy.</source>
        <translation>被要求提供 MFA 验证码的登录；初始值来自 MFA 策略。</translation>
    </message>
    <message>
        <source>Share of challenged users on SMS</source>
        <translation>被质询用户中使用短信的比例</translation>
    </message>
    <message>
        <source>Challenged users whose code comes by text; the rest use TOTP or email.</source>
        <translation>通过短信接收验证码的被质询用户；其余用户使用 TOTP 或电子邮件。</translation>
    </message>
    <message>
        <source>User growth per month</source>
        <translation>每月用户增长</translation>
    </message>
    <message>
        <source>Use&amp;rs:</source>
        <translation>用户数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Sign-ins per user per month:</source>
        <translation>每位用户每月登录次数(&amp;S)：</translation>
    </message>
    <message>
        <source>Share of sign-ins c&amp;hallenged:</source>
        <translation>被质询的登录比例(&amp;H)：</translation>
    </message>
    <message>
        <source>Share of challenged users &amp;on SMS:</source>
        <translation>被质询用户中使用短信的比例(&amp;O)：</translation>
    </message>
    <message>
        <source>User &amp;growth per month:</source>
        <translation>每月用户增长(&amp;G)：</translation>
    </message>
    <message>
        <source>Where the shares come from</source>
        <translation>比例的来源</translation>
    </message>
    <message>
        <source>Reset &amp;from the pool</source>
        <translation>从用户池重置(&amp;F)</translation>
    </message>
    <message>
        <source>Reset inputs from the pool</source>
        <translation>从用户池重置输入</translation>
    </message>
    <message>
        <source>Users, and the shares from the MFA policy and the factor mix, read again.</source>
        <translation>重新读取用户数，以及来自 MFA 策略和因素组合的比例。</translation>
    </message>
    <message>
        <source>Prices as of %1, in %2. %3</source>
        <translation>价格截至 %1，以 %2 计。%3</translation>
    </message>
    <message>
        <source>About the sample prices</source>
        <translation>关于示例价格</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Price per SMS (%1)</source>
        <translation>每条短信价格（%1）</translation>
    </message>
    <message>
        <source>Share of texts (%)</source>
        <translation>短信占比（%）</translation>
    </message>
    <message>
        <source>SMS prices by destination country</source>
        <translation>按目标国家/地区划分的短信价格</translation>
    </message>
    <message>
        <source>Editable: a country code (ISO 3166, such as US), its price per text, and the share of texts sent there; the shares add up to 100.</source>
        <translation>可编辑：国家/地区代码（ISO 3166，例如 US）、每条短信的价格，以及发往该处的短信占比；各占比之和为 100。</translation>
    </message>
    <message>
        <source>Price columns</source>
        <translation>价格列</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>选择所有价格</translation>
    </message>
    <message>
        <source>Add countr&amp;y</source>
        <translation>添加国家/地区(&amp;Y)</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>添加国家/地区</translation>
    </message>
    <message>
        <source>Remo&amp;ve country</source>
        <translation>删除国家/地区(&amp;V)</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>删除国家/地区</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>TOTP or email (nothing per message)</source>
        <translation>TOTP 或电子邮件（无按条费用）</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>SMS cost over 12 months</source>
        <translation>12 个月内的短信费用</translation>
    </message>
    <message>
        <source>Lines: what SMS codes cost each month, against TOTP or email at nothing per message. The sentences below say the same in words.</source>
        <translation>折线：短信验证码每月的费用，与无按条费用的 TOTP 或电子邮件对比。下方的文字以文字形式说明相同内容。</translation>
    </message>
    <message>
        <source>SMS cost summary</source>
        <translation>短信费用摘要</translation>
    </message>
    <message>
        <source>SMS cost problem</source>
        <translation>短信费用问题</translation>
    </message>
    <message>
        <source>Share of SMS users moved to TOTP</source>
        <translation>改用 TOTP 的短信用户比例</translation>
    </message>
    <message>
        <source>Cost of moving one user</source>
        <translation>迁移一位用户的成本</translation>
    </message>
    <message>
        <source>Paid once per user moved: support time, messages asking them to switch.</source>
        <translation>每迁移一位用户支付一次：支持时间、请其切换的消息。</translation>
    </message>
    <message>
        <source>Share of SMS users moved to &amp;TOTP:</source>
        <translation>改用 TOTP 的短信用户比例(&amp;T)：</translation>
    </message>
    <message>
        <source>Cost of mov&amp;ing one user (%1):</source>
        <translation>迁移一位用户的成本（%1）(&amp;I)：</translation>
    </message>
    <message>
        <source>Break-even of moving to TOTP</source>
        <translation>改用 TOTP 的收支平衡</translation>
    </message>
    <message>
        <source>The shares come from the MFA policy alone: an upper bound, as if every user had a factor.</source>
        <translation>比例仅来自 MFA 策略：这是一个上限，相当于每个用户都设置了因素。</translation>
    </message>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>比例来自 MFA 策略以及用户池的 %n 位用户已设置的因素（短信：已设置因素的用户中设置了短信的用户）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot project: %1.</source>
        <translation>无法预测：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>第 1 个月：%n 条短信，%1。第 12 个月：%2 条短信，%3。12 个月合计：%4，而 TOTP 或电子邮件没有按条费用。</numerusform>
        </translation>
    </message>
    <message>
        <source>No texts are sent, so moving users to TOTP saves nothing.</source>
        <translation>没有发送任何短信，因此将用户迁移到 TOTP 不会节省费用。</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs nothing up front and saves %2 from the first month.</source>
        <translation>将 %1% 的短信用户迁移到 TOTP 没有前期成本，并从第一个月起节省 %2。</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it has paid for itself by month %4.</source>
        <translation>将 %1% 的短信用户迁移到 TOTP 需一次性花费 %2，第一个月节省 %3：到第 %4 个月即可收回成本。</translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>将 %1% 的短信用户迁移到 TOTP 需一次性花费 %2，第一个月节省 %3：在 %n 个月内无法收回成本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for this pool; &quot;Reset from the pool&quot; reads the pool and its policy again.</source>
        <translation>已为此用户池保存；“从用户池重置”会重新读取用户池及其策略。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message>
        <source>Ne&amp;w user…</source>
        <translation>新建用户(&amp;W)…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Create a user with an invitation or a temporary password.</source>
        <translation>使用邀请或临时密码创建用户。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>从 CSV 导入用户</translation>
    </message>
    <message>
        <source>Add users from a CSV file in Cognito&apos;s user-import format.</source>
        <translation>从 Cognito 用户导入格式的 CSV 文件添加用户。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>将用户导出为 CSV</translation>
    </message>
    <message>
        <source>Save every user matching the filter as CSV.</source>
        <translation>将匹配筛选条件的所有用户保存为 CSV。</translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>批量操作(&amp;B)…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Disable, enable, require a factor, reset MFA, forget devices or delete the selected users or every user matching the filter.</source>
        <translation>对所选用户或匹配筛选条件的所有用户执行禁用、启用、要求因素、重置 MFA、忘记设备或删除操作。</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 位用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users to export…</source>
        <translation>正在读取要导出的用户…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>正在读取要导出的用户：目前已读取 %n 位…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 位用户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>%1 The MFA columns are empty: this backend gives them one user at a time (AdminGetUser).</source>
        <translation>%1 MFA 列为空：此后端只能逐个用户提供这些信息（AdminGetUser）。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserDetailPane</name>
    <message>
        <source>User status</source>
        <translation>用户状态</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>操作结果</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>操作错误</translation>
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
        <translation>值</translation>
    </message>
    <message>
        <source>The device is forgotten: %1&apos;s next sign-in from it asks for MFA again.</source>
        <translation>该设备已被忘记：%1 下次从该设备登录时将再次要求 MFA。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Stop or allow this user&apos;s sign-ins.</source>
        <translation>停止或允许该用户登录。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The user must set a new password at the next sign-in.</source>
        <translation>该用户必须在下次登录时设置新密码。</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>删除用户…</translation>
    </message>
    <message>
        <source>Deletes the user for good, after you type the username.</source>
        <translation>在您输入用户名后永久删除该用户。</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>多重身份验证</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>The factor Make preferred and Remove factor act on.</source>
        <translation>“设为首选”和“移除因素”所作用的因素。</translation>
    </message>
    <message>
        <source>Make preferred</source>
        <translation>设为首选</translation>
    </message>
    <message>
        <source>Sign-ins ask for this factor first.</source>
        <translation>登录时首先要求此因素。</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>移除因素</translation>
    </message>
    <message>
        <source>Turns this factor off.</source>
        <translation>关闭此因素。</translation>
    </message>
    <message>
        <source>Clear preference</source>
        <translation>清除首选项</translation>
    </message>
    <message>
        <source>No preferred factor; the factors stay on.</source>
        <translation>没有首选因素；各因素保持开启。</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>重置 MFA</translation>
    </message>
    <message>
        <source>Turns every factor of this user off.</source>
        <translation>关闭该用户的所有因素。</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>记住的设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>上次 IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>忘记设备</translation>
    </message>
    <message>
        <source>The next sign-in from the selected device asks for MFA.</source>
        <translation>下次从所选设备登录时将要求 MFA。</translation>
    </message>
    <message>
        <source>Forget all devices</source>
        <translation>忘记所有设备</translation>
    </message>
    <message>
        <source>The next sign-in from every device asks for MFA.</source>
        <translation>下次从任何设备登录时都将要求 MFA。</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>最近的登录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>Choose a user to see their details.</source>
        <translation>选择一个用户以查看其详细信息。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>This backend does not list remembered devices (it does not serve AdminListDevices).</source>
        <translation>此后端不列出记住的设备（不支持 AdminListDevices）。</translation>
    </message>
    <message>
        <source>This backend keeps no sign-in history (it does not serve AdminListUserAuthEvents).</source>
        <translation>此后端不保留登录历史记录（不支持 AdminListUserAuthEvents）。</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3 · changed %4</source>
        <translation>%1 · %2 · 创建于 %3 · 更改于 %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1（首选）</translation>
    </message>
    <message>
        <source>No MFA factor is on: this user signs in with a password only.</source>
        <translation>未开启任何 MFA 因素：该用户仅使用密码登录。</translation>
    </message>
    <message>
        <source>Factors on: %1.</source>
        <translation>已开启的因素：%1。</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>已记住</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>未记住</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>没有记住的设备。</translation>
    </message>
    <message>
        <source>No sign-ins recorded yet.</source>
        <translation>尚无登录记录。</translation>
    </message>
    <message>
        <source>This backend does not serve %1, so %2 is not available.</source>
        <translation>此后端不支持 %1，因此 %2 不可用。</translation>
    </message>
    <message>
        <source>%1 will be forgotten: %2&apos;s next sign-in from it asks for MFA again.</source>
        <translation>%1 将被忘记：%2 下次从该设备登录时将再次要求 MFA。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1：正在处理…</translation>
    </message>
    <message>
        <source>Set up an authenticator…</source>
        <translation>设置身份验证器…</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for this user: a QR code for a phone, or an entry in this computer&apos;s vault.</source>
        <translation>为该用户注册 TOTP 身份验证器：供手机扫描的二维码，或此计算机保管库中的条目。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserFilterBar</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>首选用户名</translation>
    </message>
    <message>
        <source>Status (CONFIRMED, …)</source>
        <translation>状态（CONFIRMED，…）</translation>
    </message>
    <message>
        <source>Enabled (Enabled / Disabled)</source>
        <translation>已启用（Enabled / Disabled）</translation>
    </message>
    <message>
        <source>User ID (sub)</source>
        <translation>用户 ID (sub)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>搜索用户名</translation>
    </message>
    <message>
        <source>Lists the users whose username starts with this text (username ^= &quot;text&quot;).</source>
        <translation>列出用户名以此文本开头的用户（username ^= &quot;text&quot;）。</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>筛选字段</translation>
    </message>
    <message>
        <source>The attribute to filter on: ListUsers can search only these.</source>
        <translation>要筛选的属性：ListUsers 只能搜索这些属性。</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>完全等于</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>筛选运算符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>筛选值</translation>
    </message>
    <message>
        <source>Cognito filter, e.g. email ^= &quot;ann&quot;</source>
        <translation>Cognito 筛选条件，例如 email ^= &quot;ann&quot;</translation>
    </message>
    <message>
        <source>Cognito filter</source>
        <translation>Cognito 筛选条件</translation>
    </message>
    <message>
        <source>The filter as ListUsers receives it; edit it here or with the fields above.</source>
        <translation>ListUsers 所接收的筛选条件；可在此处编辑，或使用上方的字段。</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>应用筛选条件(&amp;A)</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>应用筛选条件</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>显示全部(&amp;L)</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>显示所有用户</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>筛选条件问题</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>从 CSV 导入用户</translation>
    </message>
    <message>
        <source>A CSV file in Cognito&apos;s user-import format: the header GetCSVHeader gives (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), one user a row. Imported users must reset their password at the first sign-in.</source>
        <translation>Cognito 用户导入格式的 CSV 文件：采用 GetCSVHeader 给出的标题（cognito:username、cognito:mfa_enabled、email、email_verified、phone_number……），每行一位用户。导入的用户必须在首次登录时重置密码。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Users to import</source>
        <translation>要导入的用户</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import goes into the local engine only. For AWS Cognito, start a user import job with the same file in the AWS console or CLI (CreateUserImportJob); the preview still checks the file.</source>
        <translation>导入只会进入本地引擎。对于 AWS Cognito，请在 AWS 控制台或 CLI 中使用同一文件启动用户导入作业（CreateUserImportJob）；预览仍会检查该文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n 位用户可以导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Rows with a problem are left out; fix them in the file and choose it again to import them.</source>
        <translation>%1 %2 有问题的行将被忽略；请在文件中修正这些行，然后再次选择该文件以导入它们。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>导入 %n 位用户(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>导入没有问题的 %n 位用户(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>正在导入 %n 位用户…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>已导入 %n 位用户；每位用户都必须在首次登录时重置密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserPasskeysSection</name>
    <message>
        <source>Passkeys</source>
        <translation>通行密钥</translation>
    </message>
    <message>
        <source>Passkeys note</source>
        <translation>通行密钥说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用时间</translation>
    </message>
    <message>
        <source>Delete passkey…</source>
        <translation>删除通行密钥…</translation>
    </message>
    <message>
        <source>Delete passkey</source>
        <translation>删除通行密钥</translation>
    </message>
    <message>
        <source>Removes the selected passkey; the user can no longer sign in with it.</source>
        <translation>删除所选通行密钥；该用户将无法再用其登录。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>This backend shows passkeys only to their own user (Cognito&apos;s ListWebAuthnCredentials takes the user&apos;s access token), so they are not listed here.</source>
        <translation>此后端仅向通行密钥所属的用户本人显示通行密钥（Cognito 的 ListWebAuthnCredentials 需要该用户的访问令牌），因此此处不列出它们。</translation>
    </message>
    <message>
        <source>%1 has no passkey.</source>
        <translation>%1 没有通行密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 有 %n 个通行密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Delete the passkey &quot;%1&quot; of %2? They can no longer sign in with it, and must register it again to use it. This cannot be undone.</source>
        <translation>要删除 %2 的通行密钥“%1”吗？该用户将无法再用其登录，若要使用必须重新注册。此操作无法撤消。</translation>
    </message>
    <message>
        <source>The passkey &quot;%1&quot; was not deleted: %2</source>
        <translation>通行密钥“%1”未删除：%2</translation>
    </message>
    <message>
        <source>Deleted the passkey &quot;%1&quot; of %2; they can no longer sign in with it.</source>
        <translation>已删除 %2 的通行密钥“%1”；该用户将无法再用其登录。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
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
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>authenticator app (TOTP)</source>
        <translation>身份验证器应用（TOTP）</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>verified</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1，已验证</translation>
    </message>
    <message>
        <source>%1, not verified</source>
        <translation>%1，未验证</translation>
    </message>
    <message>
        <source>The factors each user has set up, the preferred one first and marked ★. Read per user for the rows on screen.</source>
        <translation>每位用户已设置的因素，首选因素排在最前并标有 ★。仅为屏幕上的行逐个用户读取。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>上次修改时间</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>No MFA factor</source>
        <translation>无 MFA 因素</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1（首选）</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1. Read %2.</source>
        <translation>%1。读取于 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The pool&apos;s users, read a page at a time as you scroll; the MFA column is read for the users on screen.</source>
        <translation>用户池的用户，随滚动逐页读取；MFA 列仅为屏幕上的用户读取。</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>用户列</translation>
    </message>
    <message>
        <source>Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, so users stay in the order the pool returns them.</source>
        <translation>拖动以重新排序；上下文菜单可显示或隐藏列。ListUsers 无法排序，因此用户保持用户池返回的顺序。</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>用户状态</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>In the pool&apos;s order: ListUsers cannot sort.</source>
        <translation>按用户池的顺序：ListUsers 无法排序。</translation>
    </message>
    <message>
        <source>Reading users…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n 位用户。%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>目前已读取 %n 位用户；滚动时会读取更多。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 已存在；请选择新的文件名</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation>无法打开文件夹 %1 以将其刷新到磁盘</translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation>无法将文件夹 %1 刷新到磁盘</translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>无法读取 %1 进行备份：%2</translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation>无法删除旧备份 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation>这台计算机的所有用户都可以写入文件夹 %1（模式 %2）：其他人可以删除或替换其中的保管库及其备份，或以 Tessera 使用的文件名放置文件。请将保管库放在只有您能写入的文件夹中，例如您的主文件夹。</translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation>文件夹 %1 的所属组可以写入（模式 %2）：组成员可以删除或替换其中的保管库及其备份。请将保管库放在只有您能写入的文件夹中（对该文件夹执行 chmod g-w）。</translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation>无法检查文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation>%1 是符号链接，不是文件夹；Tessera 不会跟随它将备份写到别处。请删除该链接（将在其位置创建文件夹）。</translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation>%1 不是文件夹；请将其移走，以便 Tessera 在那里保存备份</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation>文件夹 %1 属于另一个用户（uid %2），该用户可以读取、替换或删除其中的备份。请删除该文件夹，或将保管库移到只有您能写入的文件夹。</translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation>其他用户可以写入文件夹 %1（模式 %2），他们可以替换或删除其中的备份。请将其设为仅您可用：chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation>保存前无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation>%1 在打开后被另一个程序更改；未保存任何内容。请重新打开以查看这些更改。</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation>另一个程序正在保存保管库（锁文件 %1）；未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation>%1 是 Tessera 存放锁文件位置上的符号链接；Tessera 从不跟随它（在共享文件夹中，其他用户可以放置一个链接，让 Tessera 写到别处）。未保存任何内容：请删除该链接，或将保管库放在只有您能写入的文件夹中。</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation>无法在文件夹 %1 中写入（%2）：该文件夹为只读或属于他人，因此未保存任何内容。请将保管库移到您能写入的文件夹，或更改该文件夹的权限。</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation>无法创建锁文件 %1（%2）；未保存任何内容</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation>无法在文件夹 %1 中写入：该文件夹为只读或属于他人，因此未保存任何内容。请将保管库移到您能写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation>系统密钥环拒绝了请求：%1</translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation>系统密钥环中没有此保管库的密钥（已被删除，或这是其他用户账户或其他计算机）：请使用密码解锁</translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation>此版本的 Tessera 不支持系统密钥环（QtKeychain）</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation>%1 处没有保管库</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation>其内容未通过身份验证：写入后被更改或已损坏</translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation>无法计算其密码槽（内存不足？）</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation>此保管库没有密码；请使用密钥环解锁</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation>保管库 %1 已损坏（%2），且 %3 中没有可用此密码打开的备份</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation>保管库 %1 已损坏（%2）；可用此密码打开的最新备份是 %3：将其复制覆盖保管库即可恢复</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>系统的随机数生成器失败</translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation>低于 N=2^15、r=8、p=1 的 scrypt 参数对保管库来说太弱</translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation>这些 scrypt 参数的开销超过 Tessera 写入的上限（最多 %1）：较慢的计算机可能会拒绝打开该保管库</translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation>%1 处已存在文件；请选择其他路径，或将该文件移走</translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation>此保管库没有密钥环槽；请使用密码解锁</translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation>密钥环未提供保管库的密钥：%1</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation>密钥环中的密钥无法打开此保管库；请使用密码解锁</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation>保管库 %1 已损坏（%2）；请用密码打开它以查找可以打开的备份</translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation>此保管库没有可用于轮换密钥的密码槽</translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation>无法将保管库的密钥存入密钥环：%1</translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation>已从保管库中移除密钥环槽，但密钥环保留了其条目 &apos;%1&apos;：%2</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation>保管库头部已损坏：%1</translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation>密钥槽不是映射</translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation>密钥槽的 nonce 或封装密钥格式错误</translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation>密码槽指定了 scrypt 以外的密钥派生方法</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation>密码槽的 scrypt 参数无效</translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation>密码槽要求的 scrypt 参数超出了 Tessera 可运行的范围</translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation>密码槽的盐值格式错误</translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation>密钥环槽没有密钥环条目名称</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation>这不是 Tessera 保管库</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>文件被截断</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation>此保管库由更新版本的 Tessera 创建（格式 %1；此版本读取格式 %2）：请更新 Tessera 以打开它</translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation>格式版本 0 不存在</translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation>对于此文件的大小，头部长度不可能成立</translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation>头部不是 CBOR 映射</translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation>头部指定了未知的加密算法</translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation>有效负载的 nonce 格式错误</translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation>密钥槽列表缺失或格式错误</translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 不是映射</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 有一个不是文本的键</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 不是列表</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 不是文本</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 不是有效的文本</translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation>%1 不是字节串</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 超过 %2 字节</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 不是有效的字节串</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 不是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 不是时间</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 不是 UUID</translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation>未知字段 &apos;%1&apos; 不是有效的 CBOR</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 提前结束</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 的类型未知</translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation>%1 的算法未知</translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation>%1 有一个不是键值对的额外参数</translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation>%1 缺少 ID、类型或密钥</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 没有 ID</translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation>保管库内容</translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation>保管库内容没有条目列表</translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation>保管库内容在结尾之后还有字节</translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation>保管库内容已损坏：%1</translation>
    </message>
</context>
</TS>
