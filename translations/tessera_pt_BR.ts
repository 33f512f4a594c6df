<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation> (o preenchimento &apos;=&apos; só pode vir no final)</translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation>a chave secreta não está em Base32: %1 na posição %2%3</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>a chave secreta está vazia</translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation>a chave secreta é curta demais: ela deve decodificar em pelo menos um byte (dois caracteres Base32)</translation>
    </message>
</context>
<context>
    <name>ChainedCodes</name>
    <message>
        <source>nothing here can answer %1: link a vault entry, or type the code</source>
        <translation>nada aqui pode responder a %1: vincule uma entrada do cofre ou digite o código</translation>
    </message>
</context>
<context>
    <name>ConsoleTables</name>
    <message>
        <source>%1 columns</source>
        <translation>%1 colunas</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one (write it as two quotes inside a quoted field)</source>
        <translation>aspas dentro de um campo que não começa com aspas (escreva-as como aspas duplas dentro de um campo entre aspas)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto após aspas de fechamento</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>aspas abertas e nunca fechadas</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <source>Set up an authenticator with the user&apos;s access token or a sign-in&apos;s session, exactly one of them.</source>
        <translation>Configure um autenticador com o token de acesso do usuário ou com a sessão de um login, exatamente um dos dois.</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken answered with a secret that is not Base32</source>
        <translation>AssociateSoftwareToken respondeu com uma chave secreta que não está em Base32</translation>
    </message>
    <message>
        <source>VerifySoftwareToken did not answer SUCCESS</source>
        <translation>VerifySoftwareToken não respondeu SUCCESS</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation>a nota</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>o nome do grupo</translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation>o chaveiro está bloqueado ou indisponível</translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation>o chaveiro não tem o item &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>não é um JWT: tem %n parte separada por pontos, não 3</numerusform>
            <numerusform>não é um JWT: tem %n partes separadas por pontos, não 3</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JWT: its payload is not Base64url</source>
        <translation>não é um JWT: seu payload não está em Base64url</translation>
    </message>
    <message>
        <source>not a JWT: its payload is not a JSON object</source>
        <translation>não é um JWT: seu payload não é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>NewUser</name>
    <message>
        <source>An invitation by email needs the user&apos;s email address.</source>
        <translation>Um convite por e-mail exige o endereço de e-mail do usuário.</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the user&apos;s phone number.</source>
        <translation>Um convite por SMS exige o número de telefone do usuário.</translation>
    </message>
    <message>
        <source>Without an invitation, give a temporary password to hand to the user.</source>
        <translation>Sem convite, informe uma senha temporária para entregar ao usuário.</translation>
    </message>
</context>
<context>
    <name>OutboxCodes</name>
    <message>
        <source>no %1 code for this user in the outbox</source>
        <translation>nenhum código %1 para este usuário na caixa de saída</translation>
    </message>
    <message>
        <source>the outbox&apos;s newest %1 code was already given; no new one arrived</source>
        <translation>o código %1 mais recente da caixa de saída já foi usado; nenhum novo chegou</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>caixa de saída</translation>
    </message>
</context>
<context>
    <name>PasskeyLab</name>
    <message>
        <source>could not make a passkey (OpenSSL failed)</source>
        <translation>não foi possível criar uma passkey (falha no OpenSSL)</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: respondido</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1: recusado com %2: %3</translation>
    </message>
    <message>
        <source>The lab&apos;s passkey could not be deleted (%1); delete it in the user&apos;s passkeys.</source>
        <translation>Não foi possível excluir a passkey do laboratório (%1); exclua-a nas passkeys do usuário.</translation>
    </message>
    <message>
        <source>Turn passkeys on in the pool&apos;s sign-in settings and give the relying party ID.</source>
        <translation>Ative as passkeys nas configurações de login do grupo e informe o ID da parte confiável.</translation>
    </message>
    <message>
        <source>Allow the app client the choice-based flow (ALLOW_USER_AUTH).</source>
        <translation>Permita ao cliente de aplicativo o fluxo baseado em escolha (ALLOW_USER_AUTH).</translation>
    </message>
    <message>
        <source>the creation options name no relying party or challenge</source>
        <translation>as opções de criação não indicam parte confiável nem desafio</translation>
    </message>
    <message>
        <source>%1: authenticated</source>
        <translation>%1: autenticado</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>o serviço não respondeu nem com um desafio nem com tokens</translation>
    </message>
    <message>
        <source>%1: challenge %2</source>
        <translation>%1: desafio %2</translation>
    </message>
    <message>
        <source>SELECT_CHALLENGE does not offer WEB_AUTHN to %1</source>
        <translation>SELECT_CHALLENGE não oferece WEB_AUTHN a %1</translation>
    </message>
    <message>
        <source>Allow passkeys (WEB_AUTHN) among the pool&apos;s first factors.</source>
        <translation>Permita passkeys (WEB_AUTHN) entre os primeiros fatores do grupo.</translation>
    </message>
    <message>
        <source>the assertion failed the lab&apos;s own checks; it was not sent</source>
        <translation>a asserção não passou nas verificações do próprio laboratório; ela não foi enviada</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>o laboratório não consegue responder ao desafio %1</translation>
    </message>
    <message>
        <source>clientDataJSON.challenge %1 is the one the service issued (%2), for type %3</source>
        <translation>clientDataJSON.challenge %1 é o que o serviço emitiu (%2), para o tipo %3</translation>
    </message>
    <message>
        <source>clientDataJSON.origin %1 is https on relying party %2 or a subdomain</source>
        <translation>clientDataJSON.origin %1 é https na parte confiável %2 ou em um subdomínio</translation>
    </message>
    <message>
        <source>authenticatorData.rpIdHash %1 is SHA-256(&quot;%2&quot;) %3</source>
        <translation>authenticatorData.rpIdHash %1 é SHA-256(&quot;%2&quot;) %3</translation>
    </message>
    <message>
        <source>UP (user present) %1, UV (user verified) %2; the pool %3 verification</source>
        <translation>flag UP (usuário presente) %1, flag UV (usuário verificado) %2; o grupo %3 a verificação</translation>
    </message>
    <message>
        <source>set</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>desmarcada</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>exige</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>prefere</translation>
    </message>
    <message>
        <source>signCount %1 is greater than the %2 stored at registration</source>
        <translation>signCount %1 é maior que o %2 armazenado no registro</translation>
    </message>
    <message>
        <source>the ES256 signature over authenticatorData ‖ SHA-256(clientDataJSON) verifies with the registered public key</source>
        <translation>a assinatura ES256 sobre authenticatorData ‖ SHA-256(clientDataJSON) é verificada com a chave pública registrada</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>não é possível criar a pasta %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ShellLabVault</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>o cofre está bloqueado: desbloqueie-o no autenticador ou digite o código</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it in the authenticator first.</source>
        <translation>O cofre está bloqueado: primeiro desbloqueie-o no autenticador.</translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation>não foi possível gerar os valores SRP (falha do OpenSSL)</translation>
    </message>
    <message>
        <source>the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1</source>
        <translation>o laboratório faz login com USER_PASSWORD_AUTH ou USER_SRP_AUTH, não com %1</translation>
    </message>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>o login não terminou em %n solicitação</numerusform>
            <numerusform>o login não terminou em %n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>The service keeps asking; read the steps for the loop.</source>
        <translation>O serviço continua pedindo; leia as etapas para entender o ciclo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1: recusado com %2: %3</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>challenge %1</source>
        <translation>desafio %1</translation>
    </message>
    <message>
        <source>neither a challenge nor tokens</source>
        <translation>nem um desafio nem tokens</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>o serviço não respondeu nem com um desafio nem com tokens</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run did not start</source>
        <translation>PASSWORD_VERIFIER responde a USER_SRP_AUTH, que esta execução não iniciou</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>PASSWORD_VERIFIER: o serviço enviou valores SRP inválidos</translation>
    </message>
    <message>
        <source>SRP</source>
        <translation>SRP</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password</source>
        <translation>NEW_PASSWORD_REQUIRED: %1 fez login com uma senha temporária</translation>
    </message>
    <message>
        <source>Give the lab a new password for the user, or set a permanent test password (AdminSetUserPassword, Permanent).</source>
        <translation>Informe ao laboratório uma nova senha para o usuário ou defina uma senha de teste permanente (AdminSetUserPassword, Permanent).</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and %1 has no factor yet</source>
        <translation>MFA_SETUP: o grupo exige MFA e %1 ainda não tem nenhum fator</translation>
    </message>
    <message>
        <source>Set up an authenticator for the user first.</source>
        <translation>Primeiro configure um autenticador para o usuário.</translation>
    </message>
    <message>
        <source>MFA_SETUP offers no authenticator app (TOTP), the only factor the lab can set up</source>
        <translation>MFA_SETUP não oferece aplicativo autenticador (TOTP), o único fator que o laboratório pode configurar</translation>
    </message>
    <message>
        <source>Turn authenticator apps on in the pool&apos;s MFA policy.</source>
        <translation>Ative os aplicativos autenticadores na política de MFA do grupo.</translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, and the lab has no code for any of them</source>
        <translation>SELECT_MFA_TYPE oferece %1, e o laboratório não tem código para nenhum deles</translation>
    </message>
    <message>
        <source>Link a vault entry to the user, or type the code.</source>
        <translation>Vincule uma entrada do cofre ao usuário ou digite o código.</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>o laboratório não consegue responder ao desafio %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>the secret just set up</source>
        <translation>a chave secreta recém-configurada</translation>
    </message>
    <message>
        <source>The risk configuration refused this sign-in (blocked range, BLOCK, or MFA required with no factor): read the decision trace, then change the IP address, the action for this level or the user&apos;s factors.</source>
        <translation>A configuração de risco recusou este login (intervalo bloqueado, BLOCK ou MFA exigida sem fator): leia o rastro da decisão e depois altere o endereço IP, a ação para este nível ou os fatores do usuário.</translation>
    </message>
    <message>
        <source>Enable the user (AdminEnableUser).</source>
        <translation>Habilite o usuário (AdminEnableUser).</translation>
    </message>
    <message>
        <source>Set a new temporary or permanent password (AdminSetUserPassword).</source>
        <translation>Defina uma nova senha temporária ou permanente (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The session ended (it expires after the client&apos;s AuthSessionValidity, or after too many wrong codes): start again.</source>
        <translation>A sessão terminou (ela expira após o AuthSessionValidity do cliente ou após muitos códigos errados): comece de novo.</translation>
    </message>
    <message>
        <source>Check the password, or set a test password (AdminSetUserPassword).</source>
        <translation>Verifique a senha ou defina uma senha de teste (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>Check the username: no such user in this pool.</source>
        <translation>Verifique o nome de usuário: não existe esse usuário neste grupo.</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password (AdminSetUserPassword).</source>
        <translation>Redefina a senha do usuário (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The new password breaks the pool&apos;s password policy: choose another.</source>
        <translation>A nova senha viola a política de senhas do grupo: escolha outra.</translation>
    </message>
    <message>
        <source>Five wrong codes ended this sign-in: start again with the right code; the user may be locked out for a while.</source>
        <translation>Cinco códigos errados encerraram este login: comece de novo com o código certo; o usuário pode ficar bloqueado por um tempo.</translation>
    </message>
    <message>
        <source>The code was wrong, already used or too old: check that the vault entry belongs to this user and the clock is right, or wait for the next code.</source>
        <translation>O código estava errado, já foi usado ou é antigo demais: verifique se a entrada do cofre pertence a este usuário e se o relógio está certo, ou aguarde o próximo código.</translation>
    </message>
    <message>
        <source>Allow this flow on the app client (ExplicitAuthFlows), or create a test client that allows it.</source>
        <translation>Permita este fluxo no cliente de aplicativo (ExplicitAuthFlows) ou crie um cliente de teste que o permita.</translation>
    </message>
    <message>
        <source>Check the pool and the app client: one of them does not exist.</source>
        <translation>Verifique o grupo e o cliente de aplicativo: um deles não existe.</translation>
    </message>
    <message>
        <source>the device is remembered</source>
        <translation>o dispositivo é lembrado</translation>
    </message>
    <message>
        <source>%1: the pool asks the remembered device to prove itself with its own password, which the lab does not have</source>
        <translation>%1: o grupo pede ao dispositivo lembrado que se comprove com a própria senha, que o laboratório não tem</translation>
    </message>
    <message>
        <source>Choose a device a lab run in this window remembered, or a new device.</source>
        <translation>Escolha um dispositivo que uma execução do laboratório nesta janela lembrou, ou um novo dispositivo.</translation>
    </message>
    <message>
        <source>the device&apos;s password</source>
        <translation>a senha do dispositivo</translation>
    </message>
    <message>
        <source>DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>DEVICE_PASSWORD_VERIFIER: o serviço enviou valores SRP inválidos</translation>
    </message>
</context>
<context>
    <name>SignInTrace</name>
    <message>
        <source>The address %1 is in the blocked range %2: the sign-in is refused before any other check.</source>
        <translation>O endereço %1 está no intervalo bloqueado %2: o login é recusado antes de qualquer outra verificação.</translation>
    </message>
    <message>
        <source>The address %1 is in the allowed range %2: risk checks are skipped and the level is Low.</source>
        <translation>O endereço %1 está no intervalo permitido %2: as verificações de risco são ignoradas e o nível é Baixo.</translation>
    </message>
    <message>
        <source>First sign-in: no earlier successful sign-in to compare the device and network with (no points).</source>
        <translation>Primeiro login: nenhum login anterior bem-sucedido com o qual comparar o dispositivo e a rede (nenhum ponto).</translation>
    </message>
    <message>
        <source>New device: &apos;%1&apos; has not signed in as this user before (+1 point).</source>
        <translation>Novo dispositivo: “%1” nunca fez login como este usuário (+1 ponto).</translation>
    </message>
    <message>
        <source>Known device: &apos;%1&apos; signed in as this user before.</source>
        <translation>Dispositivo conhecido: “%1” já fez login como este usuário.</translation>
    </message>
    <message>
        <source>The request names no device (no DEVICE_KEY, device data or User-Agent).</source>
        <translation>A solicitação não identifica nenhum dispositivo (sem DEVICE_KEY, dados do dispositivo ou User-Agent).</translation>
    </message>
    <message>
        <source>New network: the user never signed in from %1 before (+1 point).</source>
        <translation>Nova rede: o usuário nunca fez login a partir de %1 (+1 ponto).</translation>
    </message>
    <message>
        <source>Known network: the user signed in from %1 before.</source>
        <translation>Rede conhecida: o usuário já fez login a partir de %1.</translation>
    </message>
    <message>
        <source>%n failed sign-ins for this user in the last 15 minutes (+%1 points).</source>
        <translation>%n logins com falha deste usuário nos últimos 15 minutos (+%1 pontos).</translation>
    </message>
    <message>
        <source>%n sign-in attempts from %1 in the last minute look automated (+3 points).</source>
        <translation>%n tentativas de login a partir de %1 no último minuto parecem automatizadas (+3 pontos).</translation>
    </message>
    <message>
        <source>Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or more High).</source>
        <translation>Pontuação de risco %1: nível %2 (0-1 Baixo, 2 Médio, 3 ou mais Alto).</translation>
    </message>
    <message>
        <source>The pool&apos;s risk configuration maps %1 risk to %2.</source>
        <translation>A configuração de risco do grupo associa o risco %1 a %2.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level: a notice went to %1.</source>
        <translation>A configuração notifica neste nível: um aviso foi enviado para %1.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level, but the user has no email address to notify.</source>
        <translation>A configuração notifica neste nível, mas o usuário não tem endereço de e-mail para notificar.</translation>
    </message>
    <message>
        <source>The action is BLOCK: the sign-in is refused.</source>
        <translation>A ação é BLOCK: o login é recusado.</translation>
    </message>
    <message>
        <source>The user is disabled: the sign-in is refused.</source>
        <translation>O usuário está desabilitado: o login é recusado.</translation>
    </message>
    <message>
        <source>The password step failed: %1</source>
        <translation>A etapa da senha falhou: %1</translation>
    </message>
    <message>
        <source>The password is right.</source>
        <translation>A senha está correta.</translation>
    </message>
    <message>
        <source>The user has a temporary password: NEW_PASSWORD_REQUIRED asks for a new one.</source>
        <translation>O usuário tem uma senha temporária: NEW_PASSWORD_REQUIRED pede uma nova.</translation>
    </message>
    <message>
        <source>The new password meets the pool&apos;s policy and is set.</source>
        <translation>A nova senha atende à política do grupo e foi definida.</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA mode is %1.</source>
        <translation>O modo de MFA do grupo é %1.</translation>
    </message>
    <message>
        <source>The user&apos;s usable factors: %1.</source>
        <translation>Fatores utilizáveis do usuário: %1.</translation>
    </message>
    <message>
        <source>The user has no usable MFA factor.</source>
        <translation>O usuário não tem nenhum fator de MFA utilizável.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred factor is %1.</source>
        <translation>O fator preferido do usuário é %1.</translation>
    </message>
    <message>
        <source>The user has no preferred factor.</source>
        <translation>O usuário não tem fator preferido.</translation>
    </message>
    <message>
        <source>A federated user, and the pool exempts federated users from MFA.</source>
        <translation>Um usuário federado, e o grupo isenta usuários federados da MFA.</translation>
    </message>
    <message>
        <source>A federated user, and the pool enforces MFA for them.</source>
        <translation>Um usuário federado, e o grupo exige MFA para eles.</translation>
    </message>
    <message>
        <source>The risk action %1 asks for MFA whatever the pool&apos;s mode.</source>
        <translation>A ação de risco %1 pede MFA seja qual for o modo do grupo.</translation>
    </message>
    <message>
        <source>The risk action %1 requires MFA but the user has no factor: the sign-in is refused.</source>
        <translation>A ação de risco %1 exige MFA, mas o usuário não tem fator: o login é recusado.</translation>
    </message>
    <message>
        <source>The device is remembered for this user: MFA is skipped.</source>
        <translation>O dispositivo é lembrado para este usuário: a MFA é ignorada.</translation>
    </message>
    <message>
        <source>No MFA is asked: tokens follow the password.</source>
        <translation>Nenhuma MFA é pedida: os tokens vêm após a senha.</translation>
    </message>
    <message>
        <source>MFA is asked.</source>
        <translation>A MFA é pedida.</translation>
    </message>
    <message>
        <source>MFA is required but the user has no factor: MFA_SETUP offers %1.</source>
        <translation>A MFA é exigida, mas o usuário não tem fator: MFA_SETUP oferece %1.</translation>
    </message>
    <message>
        <source>%1 is challenged without asking (the preferred or only factor).</source>
        <translation>%1 é desafiado sem perguntar (o fator preferido ou único).</translation>
    </message>
    <message>
        <source>The user must choose: SELECT_MFA_TYPE offers %1.</source>
        <translation>O usuário precisa escolher: SELECT_MFA_TYPE oferece %1.</translation>
    </message>
    <message>
        <source>%1: the code is accepted.</source>
        <translation>%1: o código foi aceito.</translation>
    </message>
    <message>
        <source>%1: the code is refused: %2</source>
        <translation>%1: o código foi recusado: %2</translation>
    </message>
    <message>
        <source>Authenticated: tokens issued.</source>
        <translation>Autenticado: tokens emitidos.</translation>
    </message>
    <message>
        <source>Stopped with %1: %2</source>
        <translation>Interrompido com %1: %2</translation>
    </message>
</context>
<context>
    <name>SmsCostProjection</name>
    <message>
        <source>the number of users cannot be negative</source>
        <translation>o número de usuários não pode ser negativo</translation>
    </message>
    <message>
        <source>sign-ins per user per month cannot be negative</source>
        <translation>os logins por usuário por mês não podem ser negativos</translation>
    </message>
    <message>
        <source>the share of sign-ins challenged must be from 0 to 1 (0% to 100%)</source>
        <translation>a fração de logins desafiados deve estar entre 0 e 1 (0% a 100%)</translation>
    </message>
    <message>
        <source>the share of SMS users must be from 0 to 1 (0% to 100%)</source>
        <translation>a fração de usuários de SMS deve estar entre 0 e 1 (0% a 100%)</translation>
    </message>
    <message>
        <source>monthly growth must be above -100%</source>
        <translation>o crescimento mensal deve ser maior que -100%</translation>
    </message>
    <message>
        <source>say where the texts go: at least one destination country</source>
        <translation>informe para onde vão as mensagens: pelo menos um país de destino</translation>
    </message>
    <message>
        <source>the share of texts to %1 must be from 0 to 1 (0% to 100%)</source>
        <translation>a fração de mensagens para %1 deve estar entre 0 e 1 (0% a 100%)</translation>
    </message>
    <message>
        <source>the price table has no price for %1: add it</source>
        <translation>a tabela de preços não tem preço para %1: adicione-o</translation>
    </message>
    <message>
        <source>the destination shares add up to %1%, not 100%</source>
        <translation>as frações de destino somam %1%, não 100%</translation>
    </message>
    <message>
        <source>project 1 to %1 months, not %2</source>
        <translation>projete de 1 a %1 meses, não %2</translation>
    </message>
    <message>
        <source>the share of SMS users moved must be from 0 to 1 (0% to 100%)</source>
        <translation>a fração de usuários de SMS migrados deve estar entre 0 e 1 (0% a 100%)</translation>
    </message>
    <message>
        <source>the cost of moving a user cannot be negative</source>
        <translation>o custo de migrar um usuário não pode ser negativo</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation>%1 excede o tamanho máximo: &apos;%2&apos; tem %3 caracteres; são permitidos no máximo %4</translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message>
        <source>vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2</source>
        <translation>a entrada %1 do cofre responde a SOFTWARE_TOKEN_MFA, não a %2</translation>
    </message>
    <message>
        <source>could not compute the code of vault entry %1</source>
        <translation>não foi possível calcular o código da entrada %1 do cofre</translation>
    </message>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>o código da entrada %1 do cofre já foi usado; o próximo vem em %n segundo</numerusform>
            <numerusform>o código da entrada %1 do cofre já foi usado; o próximo vem em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation>entrada %1 do cofre</translation>
    </message>
</context>
<context>
    <name>TypedCodes</name>
    <message>
        <source>%1 needs a code and none is left to type</source>
        <translation>%1 precisa de um código e não resta nenhum para digitar</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>digitado</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>authenticator app</source>
        <translation>aplicativo autenticador</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desabilitar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>Require %1 as preferred factor</source>
        <translation>Exigir %1 como fator preferido</translation>
    </message>
    <message>
        <source>Clear MFA preference</source>
        <translation>Limpar preferência de MFA</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Redefinir MFA</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Esquecer dispositivos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Tokens already issued stay valid until they expire.</source>
        <translation>%1 não poderá fazer login até ser habilitado novamente. Os tokens já emitidos continuam válidos até expirarem.</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 poderá fazer login novamente.</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working: at the next sign-in they must set a new one with a code sent to their verified email or phone.</source>
        <translation>A senha de %1 deixa de funcionar: no próximo login, será preciso definir uma nova com um código enviado ao e-mail ou telefone verificado.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned on and preferred: sign-ins ask for it first. This fails for a user who has not set it up.</source>
        <translation>O fator %2 de %1 será ativado e definido como preferido: os logins o pedirão primeiro. Isso falha para um usuário que não o configurou.</translation>
    </message>
    <message>
        <source>%1 will have no preferred factor; the factors they have stay on, and a sign-in with more than one asks them to choose.</source>
        <translation>%1 ficará sem fator preferido; os fatores existentes continuam ativados, e um login com mais de um pedirá para escolher.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned off; sign-ins no longer ask for it.</source>
        <translation>O fator %2 de %1 será desativado; os logins deixarão de pedi-lo.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 will be turned off. If the pool requires MFA, they set one up again at the next sign-in.</source>
        <translation>Todos os fatores de MFA de %1 serão desativados. Se o grupo exigir MFA, será preciso configurar um novamente no próximo login.</translation>
    </message>
    <message>
        <source>Every device %1 chose to remember will be forgotten: the next sign-in from each asks for MFA again.</source>
        <translation>Todos os dispositivos que %1 escolheu lembrar serão esquecidos: o próximo login de cada um pedirá MFA novamente.</translation>
    </message>
    <message>
        <source>%1 will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>%1 será excluído com seus fatores e dispositivos. Isso não pode ser desfeito.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>%n usuário não poderá fazer login até ser habilitado novamente.</numerusform>
            <numerusform>%n usuários não poderão fazer login até serem habilitados novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n usuário poderá fazer login novamente.</numerusform>
            <numerusform>%n usuários poderão fazer login novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n usuário precisa definir uma nova senha no próximo login.</numerusform>
            <numerusform>%n usuários precisam definir uma nova senha no próximo login.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>%n usuário terá %1 ativado e preferido; usuários que não o configuraram falham e são listados.</numerusform>
            <numerusform>%n usuários terão %1 ativado e preferido; usuários que não o configuraram falham e são listados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n usuário ficará sem fator preferido.</numerusform>
            <numerusform>%n usuários ficarão sem fator preferido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>%n usuário terá %1 desativado.</numerusform>
            <numerusform>%n usuários terão %1 desativado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>Todos os fatores de MFA de %n usuário serão desativados.</numerusform>
            <numerusform>Todos os fatores de MFA de %n usuários serão desativados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>Todos os dispositivos lembrados de %n usuário serão esquecidos.</numerusform>
            <numerusform>Todos os dispositivos lembrados de %n usuários serão esquecidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n usuário será excluído com seus fatores e dispositivos. Isso não pode ser desfeito.</numerusform>
            <numerusform>%n usuários serão excluídos com seus fatores e dispositivos. Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 está desabilitado e não pode fazer login.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in.</source>
        <translation>%1 está habilitado e pode fazer login.</translation>
    </message>
    <message>
        <source>%1 must set a new password at the next sign-in.</source>
        <translation>%1 precisa definir uma nova senha no próximo login.</translation>
    </message>
    <message>
        <source>%1 now prefers %2.</source>
        <translation>%1 agora prefere %2.</translation>
    </message>
    <message>
        <source>%1 has no preferred factor now.</source>
        <translation>%1 agora não tem fator preferido.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor is off.</source>
        <translation>O fator %2 de %1 está desativado.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 is off.</source>
        <translation>Todos os fatores de MFA de %1 estão desativados.</translation>
    </message>
    <message>
        <source>%1&apos;s remembered devices are forgotten.</source>
        <translation>Os dispositivos lembrados de %1 foram esquecidos.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 foi excluído.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Já desabilitado.</translation>
    </message>
    <message>
        <source>Already enabled.</source>
        <translation>Já habilitado.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>A filter starts with an attribute name, for example: username ^= &quot;jo&quot;</source>
        <translation>Um filtro começa com um nome de atributo, por exemplo: username ^= &quot;jo&quot;</translation>
    </message>
    <message>
        <source>ListUsers cannot search on &quot;%1&quot;; it searches only on: %2</source>
        <translation>ListUsers não pode pesquisar em &quot;%1&quot;; só pesquisa em: %2</translation>
    </message>
    <message>
        <source>After the attribute comes = (is exactly) or ^= (starts with).</source>
        <translation>Depois do atributo vem = (é exatamente) ou ^= (começa com).</translation>
    </message>
    <message>
        <source>The value goes in double quotes, a quote inside it written as \&quot;, for example: %1 = &quot;value&quot;</source>
        <translation>O valor fica entre aspas duplas, e uma aspa dentro dele é escrita como \&quot;, por exemplo: %1 = &quot;valor&quot;</translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message>
        <source>The file is empty: it needs the header row.</source>
        <translation>O arquivo está vazio: ele precisa da linha de cabeçalho.</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>A coluna aparece duas vezes no cabeçalho.</translation>
    </message>
    <message>
        <source>Not a column of Cognito&apos;s import header (GetCSVHeader).</source>
        <translation>Não é uma coluna do cabeçalho de importação do Cognito (GetCSVHeader).</translation>
    </message>
    <message>
        <source>The header lacks this column: every column of the import header must be present, even when its cells are empty.</source>
        <translation>Falta esta coluna no cabeçalho: todas as colunas do cabeçalho de importação precisam estar presentes, mesmo quando suas células estão vazias.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>Mais de %n usuário: o Cognito importa no máximo essa quantidade por arquivo.</numerusform>
            <numerusform>Mais de %n usuários: o Cognito importa no máximo essa quantidade por arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CSV: %1.</source>
        <translation>CSV inválido: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>A linha tem %1 campos; o cabeçalho tem %2.</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>Todo usuário precisa de um nome de usuário.</translation>
    </message>
    <message>
        <source>The username is already on line %1.</source>
        <translation>O nome de usuário já está na linha %1.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Deve ser true ou false.</translation>
    </message>
    <message>
        <source>Must be true, false or empty.</source>
        <translation>Deve ser true, false ou vazio.</translation>
    </message>
    <message>
        <source>Either email_verified or phone_number_verified must be true, so the user can receive the code to set a password.</source>
        <translation>email_verified ou phone_number_verified deve ser true, para que o usuário possa receber o código para definir uma senha.</translation>
    </message>
    <message>
        <source>email_verified is true, so the email address is needed.</source>
        <translation>email_verified é true, então o endereço de e-mail é necessário.</translation>
    </message>
    <message>
        <source>%1 Write it as + and the country code and number, digits only (+14325551212).</source>
        <translation>%1 Escreva como + seguido do código do país e do número, somente dígitos (+14325551212).</translation>
    </message>
    <message>
        <source>phone_number_verified or cognito:mfa_enabled is true, so the phone number is needed.</source>
        <translation>phone_number_verified ou cognito:mfa_enabled é true, então o número de telefone é necessário.</translation>
    </message>
    <message>
        <source>Must be a number: seconds since 1970-01-01 UTC.</source>
        <translation>Deve ser um número: segundos desde 1970-01-01 UTC.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>The file is larger than 100 MB, Cognito&apos;s limit for one import: split it.</source>
        <translation>O arquivo tem mais de 100 MB, o limite do Cognito para uma importação: divida-o.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>VaultEntryCodes</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>o cofre está bloqueado: desbloqueie-o no autenticador ou digite o código</translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation>a entrada &apos;%1&apos; do cofre não é TOTP; SOFTWARE_TOKEN_MFA precisa de TOTP</translation>
    </message>
    <message>
        <source>no vault entry is linked to %1 (set up an authenticator for the user, or type the code)</source>
        <translation>nenhuma entrada do cofre está vinculada a %1 (configure um autenticador para o usuário ou digite o código)</translation>
    </message>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>%n entrada do cofre tem a conta %1 e nenhuma está vinculada ao usuário; digite o código</numerusform>
            <numerusform>%n entradas do cofre têm a conta %1 e nenhuma está vinculada ao usuário; digite o código</numerusform>
        </translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>nenhuma entrada do cofre se chama &apos;%1&apos; (&apos;tessera-cli list&apos; mostra as entradas)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation>&apos;%1&apos; corresponde a %2 entradas do cofre; indique uma por emissor:conta ou UUID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation>Autenticador e console de MFA para grupos de usuários.</translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation>Abrir o cofre em CAMINHO (criado na primeira inicialização).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMINHO</translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation>O Tessera não pode iniciar</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation>O autoteste de criptografia falhou, então o Tessera não vai lidar com segredos neste sistema.

%1</translation>
    </message>
    <message>
        <source>Add an account from a QR code on the screen (once the vault is unlocked).</source>
        <translation>Adicionar uma conta a partir de um código QR na tela (depois que o cofre for desbloqueado).</translation>
    </message>
    <message>
        <source>Lock the running Tessera.</source>
        <translation>Bloquear o Tessera em execução.</translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation>%1 é maior que os %2 MiB que o Tessera lê</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>não é possível ler a entrada padrão: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message>
        <source>Show help.</source>
        <translation>Mostrar a ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation>O arquivo do cofre.</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>Arquivo cuja primeira linha é a senha.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>comando desconhecido &apos;%1&apos; (tente --help)</translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation>--at deve ser um número inteiro de segundos desde 1970-01-01 UTC (0 ou mais), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation>O URI otpauth://.</translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation>Horário Unix em segundos.</translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation>code precisa de um NAME do cofre, ou de --uri URI</translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation>code não aceita argumentos posicionais com --uri</translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>o URI na entrada padrão tem mais de %n caractere</numerusform>
            <numerusform>o URI na entrada padrão tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation>code --uri - lê um URI otpauth:// da entrada padrão e não recebeu nenhum</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>não foi possível calcular o código (falha do OpenSSL)</translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation>parse aceita exatamente um URI</translation>
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
        <translation>Uso: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMANDO [OPÇÕES]

Opções do cofre:
  --vault PATH          O arquivo do cofre (padrão: vault.tessera na pasta de dados da
                        plataforma).
  --password-file PATH  Ler a senha da primeira linha de PATH; sem esta opção, o
                        tessera-cli pergunta no terminal sem eco.

Comandos do cofre (NAME é emissor:conta, uma conta ou um UUID de &apos;list&apos;):
  create                Criar um cofre novo e vazio.
  add -                 Adicionar os URIs otpauth:// da entrada padrão, um por linha
                        (linhas em branco e comentários # são ignorados). Tudo ou nada,
                        um único salvamento. Mostra os UUIDs das novas entradas.
  add URI...            O mesmo com URIs como argumentos (veja &quot;Segredos&quot; abaixo).
  list                  Um objeto JSON por linha: uuid e os campos de &apos;parse&apos; exceto secret.
  code NAME [--at UNIX_SECONDS]
                        Mostrar o código de uma entrada. HOTP: o contador avança e é
                        salvo primeiro.
  remove NAME           Remover uma entrada.
  passwd --new-password-file PATH
                        Alterar a senha do cofre.
  show-uri NAME         Mostrar o URI otpauth:// de uma entrada, com a chave secreta.
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        Importar exportações de outros aplicativos ou imagens de códigos
                        QR (formato reconhecido pelo conteúdo).
                        Um objeto JSON por conta: file, source, os campos de &apos;parse&apos;
                        exceto secret, status (new, duplicate, error) e error. Sem
                        --dry-run, as novas são adicionadas em um único salvamento. Veja
                        docs/import-export.md.
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        Gravar todas as entradas em PATH. tessera e aegis com senha são
                        criptografados; toda exportação sem criptografia exige --plain.

Comandos sem cofre:
  code --uri - [--at UNIX_SECONDS]
      Mostrar o código atual do URI otpauth:// da entrada padrão: TOTP e Steam no horário
      indicado (padrão: agora), HOTP no contador do URI. &apos;code --uri URI&apos; recebe o URI
      como argumento (veja &quot;Segredos&quot; abaixo).
  parse URI
      Mostrar os campos do URI como um objeto JSON: type, issuer, account, secret,
      algorithm, digits, period, counter.
  scan IMAGE...
      Ler os códigos QR de cada imagem: um objeto JSON por linha, {&quot;file&quot;: PATH,
      &quot;codes&quot;: [TEXT, ...]}, ou {&quot;file&quot;: PATH, &quot;error&quot;: REASON} quando a imagem não pode
      ser lida (status de saída 2 depois de tentar todas as imagens).

Comandos de grupo (um grupo de usuários do Cognito: um armazenamento local, ou o AWS Cognito
com --backend cognito; veja docs/pool-engine.md e docs/cognito-backend.md):
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        Executar uma operação do Cognito (CreateUserPool, ListUsers,
                        AdminCreateUser, ...) com o corpo da solicitação; mostrar a
                        resposta como a AWS CLI mostra.
  pool outbox           As mensagens SMS e de e-mail do armazenamento local, um objeto
                        JSON por linha.
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        Fazer login (USER_PASSWORD_AUTH, ou SRP com --auth-flow
                        USER_SRP_AUTH: a senha é comprovada, nunca enviada) e responder
                        a cada desafio: TOTP da entrada NAME do cofre, códigos de SMS e
                        e-mail da caixa de saída. Uma linha JSON por etapa; os tokens
                        nunca são mostrados. --trace mostra em seguida o rastro da
                        decisão do mecanismo local (sinais de risco, pontuação, nível,
                        ação, por que a MFA foi ou não pedida), uma linha JSON por
                        etapa: {&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}.
                        --remember-device confirma o dispositivo que o grupo atribui ao
                        login (ConfirmDevice, UpdateDeviceStatus) e guarda a chave e a
                        senha dele em um arquivo que só o dono pode ler (--device-file,
                        padrão na pasta de dados); o próximo signin comprova o
                        dispositivo (DEVICE_SRP_AUTH) e dispensa a MFA.
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        Servir o armazenamento local como endpoint do Cognito (AWS JSON
                        1.1 sobre HTTP) até Ctrl+C, para a AWS CLI, SDKs e aplicativos:
                        mostra a URL para AWS_ENDPOINT_URL. Somente loopback, a menos que
                        --host diga outra coisa. Operações de administração exigem uma
                        assinatura SigV4: qualquer chave, ou somente --access-key, cujo
                        segredo vem do arquivo ou de AWS_SECRET_ACCESS_KEY. Veja
                        docs/serve.md.
  Onde fica o grupo (qualquer comando de grupo):
  --store PATH          O armazenamento local (padrão: pools.sqlite na pasta de dados da
                        plataforma). Um armazenamento novo, e qualquer pasta criada para
                        ele, só pode ser lido por você; um armazenamento que outros podem
                        ler gera um aviso, com a correção.
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito, ou um endpoint compatível com o Cognito. Credenciais,
                        região e endpoint são encontrados como a AWS CLI os encontra
                        (variáveis AWS_*, ~/.aws/credentials, ~/.aws/config); as opções
                        têm prioridade. Sem caixa de saída neste backend.

Segredos na linha de comando: qualquer usuário deste computador pode ler os argumentos de um
comando enquanto ele é executado (ps, /proc/PID/cmdline), e os shells os guardam no histórico.
Passe segredos pela entrada padrão ou por um arquivo que só você pode ler: &apos;add -&apos;,
&apos;code --uri -&apos;, --password-file, --cli-input-json file://PATH para solicitações com senhas.
Um URI ou uma senha escritos como argumento ficam expostos.

Status de saída: 0 em caso de sucesso, 2 para entrada ou uso inválidos, senha errada ou um
caminho que não é um cofre (com o motivo em stderr), 1 para outras falhas, 254 quando uma
operação de grupo falha no serviço (como na AWS CLI: uma frase e depois o erro em JSON na
última linha de stderr); &apos;pool signin&apos; sai com 2 diante de um desafio que não sabe responder.
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation>Senha para %1: </translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation>%1; crie um com &apos;tessera-cli create&apos; ou indique outro com --vault</translation>
    </message>
    <message>
        <source>tessera-cli: warning: %1
</source>
        <translation>tessera-cli: aviso: %1
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>não é possível ler o arquivo de senha %1: %2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>a primeira linha do arquivo de senha %1 está vazia</translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation>sem senha: use --password-file ou execute em um terminal</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>a senha está vazia</translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation>sem senha: use --password-file</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita a senha: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>as duas senhas são diferentes</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>Ocorreu um erro (%1) ao chamar a operação %2: %3</translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation>--backend desconhecido &apos;%1&apos; (local ou cognito)</translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation>--%1 exige --backend cognito</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation>O armazenamento local de grupos.</translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation>local (padrão) ou cognito.</translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation>cognito: o perfil da AWS.</translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation>cognito: a região da AWS; serve: a região à qual as assinaturas se limitam e com a qual os IDs de grupo começam (padrão us-east-1).</translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation>cognito: um endpoint compatível com o Cognito.</translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation>O corpo da solicitação, ou file://PATH que o contém.</translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation>Mostrar o JSON em uma única linha.</translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation>signin, export-config: o grupo de usuários.</translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation>export-config: cloudformation, terraform ou cli-json.</translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation>export-config: gravar neste arquivo em vez da saída padrão.</translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation>signin: o cliente de aplicativo.</translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation>signin: o usuário.</translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation>signin: arquivo com a senha do usuário.</translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation>signin: a nova senha para NEW_PASSWORD_REQUIRED.</translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation>signin: a entrada do cofre que responde a SOFTWARE_TOKEN_MFA.</translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation>signin: USER_PASSWORD_AUTH (padrão) ou USER_SRP_AUTH.</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve: o endereço em que escutar (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation>serve: a porta (padrão 9229; 0 escolhe uma livre).</translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation>serve: a única chave de acesso cujas assinaturas são aceitas.</translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation>serve: arquivo com o segredo de --access-key.</translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation>serve: conexões atendidas ao mesmo tempo (padrão 1024).</translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation>pool precisa de uma OPERATION (por exemplo, ListUserPools), &apos;outbox&apos;, &apos;signin&apos; ou &apos;serve&apos;</translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation>serve serve um armazenamento local, não --backend %1</translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation>só o backend local tem caixa de saída</translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation>export-config precisa de --pool-id ID</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation>--format desconhecido &apos;%1&apos; (um de: %2)</translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation>não existe neste formato, defina manualmente: %1</translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation>--cli-input-json não é um JSON válido: %1 na posição %2</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation>--cli-input-json deve ser um objeto JSON ({&quot;Name&quot;: value, ...}), não uma lista</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation>--cli-input-json deve ser um objeto JSON ({&quot;Name&quot;: value, ...}), não um valor isolado</translation>
    </message>
    <message>
        <source>signin: then print why the local engine decided what it did.</source>
        <translation>signin: depois, mostrar por que o mecanismo local decidiu o que decidiu.</translation>
    </message>
    <message>
        <source>signin: confirm and remember the device the sign-in is given, so the next sign-in skips MFA.</source>
        <translation>signin: confirmar e lembrar o dispositivo recebido no login, para que o próximo login dispense a MFA.</translation>
    </message>
    <message>
        <source>signin: file keeping remembered devices (default: in the data folder).</source>
        <translation>signin: arquivo que guarda os dispositivos lembrados (padrão: na pasta de dados).</translation>
    </message>
    <message>
        <source>signin: then register a throwaway software passkey for the user and sign in with it (USER_AUTH, WEB_AUTHN), listing what was checked.</source>
        <translation>signin: em seguida, registrar uma passkey de software descartável para o usuário e fazer login com ela (USER_AUTH, WEB_AUTHN), listando o que foi verificado.</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RememberedDeviceFile</name>
    <message>
        <source>cannot read the remembered devices in %1: %2</source>
        <translation>não é possível ler os dispositivos lembrados em %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a remembered-devices file (%2); move it away</source>
        <translation>%1 não é um arquivo de dispositivos lembrados (%2); mova-o para outro lugar</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>não é possível criar a pasta para %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation>scan precisa de um ou mais arquivos IMAGE</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation>--host deve ser um endereço IP (127.0.0.1, ::1, 0.0.0.0...), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation>--port deve ser um número de 0 a 65535 (0: qualquer porta livre), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation>--region deve ter o formato de uma região da AWS (us-east-1), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--max-connections deve ser um número igual ou maior que 1, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation>--access-key precisa do segredo da chave para verificar assinaturas: --secret-key-file PATH ou AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation>--secret-key-file acompanha --access-key ID</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>não é possível escutar em %1 porta %2: %3</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation>Servindo o armazenamento de grupos %1 em %2 (somente loopback: outros computadores não conseguem acessá-lo).</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation>Servindo o armazenamento de grupos %1 em %2.</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation>Região %1. Operações de administração exigem uma assinatura SigV4 de qualquer chave de acesso (--access-key fixa uma).</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation>Região %1. Operações de administração exigem uma assinatura SigV4 da chave de acesso %2.</translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation>Aponte os clientes da AWS para cá:</translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation>Chaves dos tokens: %1/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Pare com Ctrl+C.</translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation>aviso: escutando em %1 sem --access-key: qualquer pessoa que alcance este computador pode ler e alterar estes grupos</translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation>aviso: escutando em %1 com HTTP simples: senhas e tokens atravessam a rede sem criptografia</translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation>parado; o armazenamento foi fechado corretamente</translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation>SOFTWARE_TOKEN_MFA precisa de um código: indique a entrada do cofre com --entry NAME</translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation>%1 enviou por %2 um código que só o destinatário pode ler; este backend não tem caixa de saída</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation>NEW_PASSWORD_REQUIRED: &apos;%1&apos; fez login com uma senha temporária e precisa escolher uma nova; informe-a com --new-password-file PATH</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation>MFA_SETUP: o grupo exige MFA e &apos;%1&apos; ainda não tem fator; registre um primeiro (AssociateSoftwareToken, VerifySoftwareToken)</translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation>signin precisa de %1</translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation>--auth-flow é USER_PASSWORD_AUTH ou USER_SRP_AUTH, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no decision trace: only the local engine records why it decided</source>
        <translation>sem rastro da decisão: somente o mecanismo local registra por que decidiu</translation>
    </message>
    <message>
        <source>no decision trace: AdminListUserAuthEvents failed: %1</source>
        <translation>sem rastro da decisão: AdminListUserAuthEvents falhou: %1</translation>
    </message>
    <message>
        <source>could not make the device&apos;s SRP verifier (OpenSSL failed)</source>
        <translation>não foi possível criar o verificador SRP do dispositivo (falha no OpenSSL)</translation>
    </message>
    <message>
        <source>the device is remembered by the pool but could not be kept: %1</source>
        <translation>o dispositivo é lembrado pelo grupo, mas não pôde ser guardado: %1</translation>
    </message>
    <message>
        <source>the pool gave this sign-in no device key, so there is no device to remember (the pool needs a DeviceConfiguration)</source>
        <translation>o grupo não deu a este login uma chave de dispositivo, então não há dispositivo para lembrar (o grupo precisa de uma DeviceConfiguration)</translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation>Ler os arquivos neste formato.</translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation>Arquivo cuja primeira linha é a senha da exportação criptografada.</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>Mostrar o que seria importado; não alterar nada.</translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation>import precisa de um ou mais arquivos</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>formato desconhecido &apos;%1&apos;; formatos conhecidos: %2</translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation>tessera, aegis, uri-list, google-migration ou html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation>Arquivo cuja primeira linha é a senha que criptografa a exportação.</translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation>Confirmar uma exportação sem criptografia.</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export não aceita argumentos posicionais</translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation>export precisa de --format tessera, aegis, uri-list, google-migration ou html</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export precisa de --output PATH</translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation>exportações %1 não podem ser criptografadas; remova --export-password-file</translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation>um backup do Tessera é sempre criptografado: informe --export-password-file</translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation>esta exportação conteria todas as chaves secretas sem criptografia: qualquer pessoa que leia %1 pode gerar seus códigos. Adicione --plain para confirmar%2</translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation>, ou criptografe-a com --export-password-file</translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation>não exportado (o Google Authenticator não comporta): %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>nenhuma entrada se chama &apos;%1&apos; (&apos;tessera-cli list&apos; mostra as entradas)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation>&apos;%1&apos; corresponde a %2 entradas; indique uma por emissor:conta ou UUID:%3</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation>%1 aceita exatamente um NAME (emissor:conta, conta ou UUID)</translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation>create não aceita argumentos; indique o arquivo com --vault</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nova senha para %1: </translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation>add precisa de um ou mais URIs otpauth://, ou de &apos;-&apos; para lê-los da entrada padrão</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation>a linha %1 tem mais de %2 caracteres; nada foi adicionado</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation>a entrada padrão é maior que os %1 MiB que o Tessera lê; nada foi adicionado</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation>linha %1: %2; nada foi adicionado</translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation>a entrada padrão não continha nenhum URI otpauth://; nada foi adicionado</translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation>URI %1: %2; nada foi adicionado</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list não aceita argumentos</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>não foi possível calcular o código (falha do OpenSSL)</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>Arquivo cuja primeira linha é a nova senha.</translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation>passwd não aceita argumentos; informe a nova senha com --new-password-file</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nova senha: </translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>cerca de %n segundo</numerusform>
            <numerusform>cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>cerca de %n dia</numerusform>
            <numerusform>cerca de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation>PBKDF2-%1 com %2 iterações</translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%1 em cada uma de %n derivação de chave</numerusform>
            <numerusform>%1 em cada uma das %n derivações de chave</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation>%1 de memória para uma derivação</translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation>%1 e %2 de memória neste computador</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 neste computador</translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation>%1 iterações PBKDF2 para um único arquivo, dez vezes o que gravam os aplicativos dos quais ele importa</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>%n segundo de processamento (ou %1 de memória) para um único arquivo</numerusform>
            <numerusform>%n segundos de processamento (ou %1 de memória) para um único arquivo</numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation>este arquivo pede %1 para testar uma senha: %2. O Tessera recusa mais de %3, porque um arquivo malicioso poderia travá-lo ou esgotar a memória antes mesmo de a senha ser verificada</translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>a chave secreta é longa demais: %n byte; são permitidos no máximo %1</numerusform>
            <numerusform>a chave secreta é longa demais: %n bytes; são permitidos no máximo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>o emissor</translation>
    </message>
    <message>
        <source>the account name</source>
        <translation>o nome da conta</translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation>há parâmetros extras demais: %1; no máximo %2 são mantidos</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>um nome de parâmetro</translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation>o valor do parâmetro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>a chave secreta está vazia</translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation>os dígitos devem estar entre %1 e %2, não %3</translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation>o período deve estar entre %1 e %2 segundos, não %3</translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation>isto é uma exportação do Google Authenticator (otpauth-migration://), não uma única conta: importe-a</translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation>não é um URI otpauth://</translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation>o URI não indica o tipo de OTP: ele deve começar com otpauth://totp/ ou otpauth://hotp/</translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation>tipo de OTP desconhecido &apos;%1&apos;: esperado totp, hotp ou steam</translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation>a chave secreta aparece duas vezes, com valores diferentes</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>o parâmetro &apos;%1&apos; aparece duas vezes com valores diferentes (&apos;%2&apos; e &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation>o URI não tem o parâmetro secret</translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation>algoritmo sem suporte &apos;%1&apos;: use SHA1, SHA256 ou SHA512</translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation>digits deve ser um número inteiro entre %1 e %2, não &apos;%3&apos;</translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation>period deve ser um número inteiro de segundos entre %1 e %2, não &apos;%3&apos;</translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>counter deve ser um número inteiro de 0 a 18446744073709551615, não &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tessera::pool</name>
    <message>
        <source>Medium-risk sign-ins</source>
        <translation>Logins de risco médio</translation>
    </message>
    <message>
        <source>High-risk sign-ins</source>
        <translation>Logins de risco alto</translation>
    </message>
    <message>
        <source>Low-risk sign-ins</source>
        <translation>Logins de risco baixo</translation>
    </message>
    <message>
        <source>Users with a factor are asked for a code, even where MFA is optional; users without one sign in with the password.</source>
        <translation>Usuários com um fator precisam informar um código, mesmo quando a MFA é opcional; usuários sem fator fazem login com a senha.</translation>
    </message>
    <message>
        <source>Users are asked for a code; a user with no factor cannot sign in.</source>
        <translation>Os usuários precisam informar um código; um usuário sem fator não consegue fazer login.</translation>
    </message>
    <message>
        <source>These sign-ins are refused, right password or not.</source>
        <translation>Esses logins são recusados, com a senha certa ou não.</translation>
    </message>
    <message>
        <source>These sign-ins go on as the MFA policy says.</source>
        <translation>Esses logins seguem o que a política de MFA determina.</translation>
    </message>
    <message>
        <source>The user is emailed about each one.</source>
        <translation>O usuário recebe um e-mail sobre cada um deles.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>MFA if set up</source>
        <translation>MFA se configurada</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA obrigatória</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Nenhuma ação</translation>
    </message>
    <message>
        <source>%1, notify</source>
        <translation>%1, notificar</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Intervalos de IP bloqueados</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused before the password is looked at.</source>
        <translation>Logins desses intervalos são recusados antes de a senha ser verificada.</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Intervalos de IP sempre permitidos</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks and count as low risk.</source>
        <translation>Logins desses intervalos ignoram as verificações de risco e contam como risco baixo.</translation>
    </message>
    <message>
        <source>Notice sender (SES identity)</source>
        <translation>Remetente dos avisos (identidade do SES)</translation>
    </message>
    <message>
        <source>Cognito emails risk notices from this identity.</source>
        <translation>O Cognito envia os avisos de risco por e-mail a partir desta identidade.</translation>
    </message>
    <message>
        <source>SetRiskConfiguration replaces the whole risk configuration; on AWS it needs threat protection (advanced security) on the pool&apos;s feature plan.</source>
        <translation>SetRiskConfiguration substitui toda a configuração de risco; na AWS, exige a proteção contra ameaças (segurança avançada) no plano de recursos do grupo.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message>
        <source>Not reached: the run was cancelled first.</source>
        <translation>Não alcançado: a execução foi cancelada antes.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>O usuário não existe mais.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>Nenhum dispositivo lembrado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1: %n dispositivo esquecido.</numerusform>
            <numerusform>%1: %n dispositivos esquecidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>Cancelado depois que %1 de %n dispositivo foi esquecido.</numerusform>
            <numerusform>Cancelado depois que %1 de %n dispositivos foram esquecidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 concluídos, %2 com falha, %3 ignorados.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>%n usuário concluído: %1</numerusform>
            <numerusform>%n usuários concluídos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no user was changed. %1</source>
        <translation>Cancelado: nenhum usuário foi alterado. %1</translation>
    </message>
    <message>
        <source>Cancelled. Changed before it stopped: %1. %2</source>
        <translation>Cancelado. Alterado antes de parar: %1. %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%n de %1 usuários</numerusform>
            <numerusform>%n de %1 usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>%n dos %1 usuários lidos até agora</numerusform>
            <numerusform>%n dos %1 usuários lidos até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>Mensagens SMS</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>Códigos por e-mail</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Aplicativos autenticadores (TOTP)</translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation>precisarão configurar um aplicativo autenticador no próximo login</translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation>não podem configurar um fator durante o login (nesse momento só é possível configurar aplicativos autenticadores) e precisarão de um número de telefone ou endereço de e-mail verificado</translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation>Todos os usuários precisam informar um código a cada login; os usuários sem fator %1.</translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation>O grupo ainda não tem usuários: cada um precisará informar um código a cada login.</translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation>Todos os usuários já têm um fator; cada um precisa informar um código a cada login.</translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation>%1 não têm fator e %2.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation>A MFA passa a ser escolha de cada usuário: %1 não têm fator e continuam fazendo login só com a senha; usuários com fator continuam precisando informar um código.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation>A MFA passa a ser escolha de cada usuário: usuários com fator continuam precisando informar um código; os demais fazem login só com a senha.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation>Os usuários podem ativar a MFA por conta própria; %1 já têm um fator e precisarão informar um código no login.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation>Os usuários podem ativar a MFA por conta própria; quem tiver um fator precisará informar um código no login.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation>Ninguém precisa informar código. Os fatores que %1 configuraram são mantidos e voltam a ser usados se a MFA for reativada.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation>Ninguém precisa informar código. Os fatores que os usuários configuraram são mantidos e voltam a ser usados se a MFA for reativada.</translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation>Os usuários que o preferem precisarão escolher outro fator.</translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation>%1 o preferem e precisarão escolher outro fator.</translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation>%1 não têm outro fator e %2.</translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation>%1 não têm outro fator e farão login só com a senha.</translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation>Cada código é uma mensagem SMS cobrada pelo Amazon SNS, por mensagem e por país. As mensagens passam pela função do SNS nas configurações de SMS.</translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Os códigos são enviados pela configuração de e-mail do grupo; na AWS, a MFA por e-mail exige o Amazon SES como remetente de e-mail do grupo.</translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation>Os usuários podem adicionar um aplicativo autenticador: gratuito, funciona offline e não tem custo por login.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Não lembrados</translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation>Lembrados se o usuário concordar; MFA ignorada nesses dispositivos</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Lembrados se o usuário concordar</translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation>Sempre lembrados; MFA ignorada nesses dispositivos</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Sempre lembrados</translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation>Código sempre solicitado</translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation>Nunca solicitado (o login do provedor é confiável)</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Conforme a configuração de MFA do grupo</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(padrão)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation>Todo usuário precisa informar um código de uso único no login; quem não tem fator configura um primeiro.</translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation>Cada usuário decide se usa um segundo fator; quem configurar um precisará informar um código.</translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation>Os usuários fazem login só com a senha.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>Mensagem SMS</translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation>Os usuários recebem: %1</translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation>a região do grupo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation>Remetente de SMS (função do SNS)</translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation>As mensagens SMS são enviadas por meio desta função do IAM; se ela não puder publicar no SNS, nenhum código por SMS chega.</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Assunto do e-mail</translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation>O assunto dos e-mails com códigos.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensagem de e-mail</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Dispositivos lembrados</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation>Um dispositivo lembrado faz login sem código; um dispositivo novo sempre precisa informar um.</translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation>Um código é solicitado a cada login, seja o dispositivo lembrado ou não.</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Usuários federados</translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation>Aplica-se aos usuários que fazem login por outro provedor de identidade (mecanismo local do Tessera).</translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation>Dias em que um dispositivo é lembrado</translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>Um usuário que fez login com um código não precisa informá-lo de novo nesse dispositivo por %n dia.</numerusform>
            <numerusform>Um usuário que fez login com um código não precisa informá-lo de novo nesse dispositivo por %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation>Os dispositivos não são lembrados: um código a cada login.</translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation>a configuração de aplicativos autenticadores</translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation>o bloco de SMS</translation>
    </message>
    <message>
        <source>the email block</source>
        <translation>o bloco de e-mail</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation>SetUserPoolMfaConfig substitui toda a configuração de MFA; o plano a envia inteira.</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation>SetUserPoolMfaConfig substitui toda a configuração de MFA, então o plano a envia inteira: o que você não editou (%1) fica como está.</translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation>UpdateUserPool redefine toda configuração que uma solicitação omite: o plano repete as demais configurações do grupo para que nada mais mude.</translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation>As contagens de usuários vêm dos %1 usuários lidos até agora, não do grupo inteiro.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>Users can register passkeys (security keys, phones, laptops) and sign in with them instead of a password. Passkeys need the relying party set below.</source>
        <translation>Os usuários podem registrar passkeys (chaves de segurança, celulares, notebooks) e fazer login com elas em vez de uma senha. As passkeys precisam da parte confiável definida abaixo.</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email instead of their password; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Usuários com endereço de e-mail verificado podem fazer login com um código enviado por e-mail em vez da senha; na AWS, isso exige o Amazon SES como remetente de e-mail do grupo.</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a code sent by text message instead of their password; every code is a message the pool pays for.</source>
        <translation>Usuários com número de telefone verificado podem fazer login com um código enviado por mensagem de texto em vez da senha; cada código é uma mensagem paga pelo grupo.</translation>
    </message>
    <message>
        <source>Users can sign in with their password.</source>
        <translation>Os usuários podem fazer login com a senha.</translation>
    </message>
    <message>
        <source>No user has registered a passkey yet: nobody loses a way to sign in.</source>
        <translation>Nenhum usuário registrou uma passkey ainda: ninguém perde uma forma de fazer login.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>%n usuário com passkey registrada não pode mais fazer login com ela nem registrar outra; as passkeys continuam armazenadas. Usuários que só têm passkeys precisam fazer login com senha, e um usuário sem senha fica bloqueado até que um administrador defina uma.</numerusform>
            <numerusform>%n usuários com passkey registrada não podem mais fazer login com ela nem registrar outra; as passkeys continuam armazenadas. Usuários que só têm passkeys precisam fazer login com senha, e um usuário sem senha fica bloqueado até que um administrador defina uma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users can no longer sign in with a passkey nor register one; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>Os usuários não podem mais fazer login com uma passkey nem registrar uma; as passkeys continuam armazenadas. Usuários que só têm passkeys precisam fazer login com senha, e um usuário sem senha fica bloqueado até que um administrador defina uma.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with an emailed code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Os usuários não podem mais fazer login com um código enviado por e-mail; usuários que nunca definiram uma senha ficam bloqueados até que um administrador defina uma.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a texted code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Os usuários não podem mais fazer login com um código enviado por SMS; usuários que nunca definiram uma senha ficam bloqueados até que um administrador defina uma.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a password.</source>
        <translation>Os usuários não podem mais fazer login com senha.</translation>
    </message>
    <message>
        <source>Passkey (WEB_AUTHN)</source>
        <translation>Passkey (WEB_AUTHN)</translation>
    </message>
    <message>
        <source>Code by email (EMAIL_OTP)</source>
        <translation>Código por e-mail (EMAIL_OTP)</translation>
    </message>
    <message>
        <source>Code by text message (SMS_OTP)</source>
        <translation>Código por mensagem de texto (SMS_OTP)</translation>
    </message>
    <message>
        <source>Password (PASSWORD)</source>
        <translation>Senha (PASSWORD)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>(the pool&apos;s own domain)</source>
        <translation>(o próprio domínio do grupo)</translation>
    </message>
    <message>
        <source>Passkey relying party</source>
        <translation>Parte confiável das passkeys</translation>
    </message>
    <message>
        <source>Passkeys are bound to %1: pages on that domain and its subdomains can use them.</source>
        <translation>As passkeys ficam vinculadas a %1: páginas desse domínio e dos subdomínios dele podem usá-las.</translation>
    </message>
    <message>
        <source>Passkeys registered for %1 stop working: a browser offers a passkey only to the relying party it was made for. Their users must register a new one.</source>
        <translation>As passkeys registradas para %1 deixam de funcionar: um navegador só oferece uma passkey à parte confiável para a qual ela foi criada. Os usuários delas precisam registrar uma nova.</translation>
    </message>
    <message>
        <source>Passkey user verification</source>
        <translation>Verificação do usuário nas passkeys</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Todo login com passkey precisa comprovar quem tem a chave (PIN ou biometria); chaves que não conseguem são recusadas.</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot verify who holds it.</source>
        <translation>Um toque na chave basta quando ela não consegue verificar quem a tem.</translation>
    </message>
    <message>
        <source>First factor: %1</source>
        <translation>Primeiro fator: %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation>O histórico de políticas %1 não pode ser lido (%2); ele foi deixado como está. Mova-o para outro lugar para começar um novo histórico.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>Armazenamento local %1</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>Perfil da AWS %1</translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation>Grupos mantidos pelo próprio mecanismo do Tessera em %1</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation>Um endpoint compatível com o Cognito em %1, assinado com as chaves do perfil da AWS %2</translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation>Amazon Cognito, com as chaves e a região do perfil da AWS %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::UserListWalk</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::AwsSettings</name>
    <message>
        <source>Partial credentials found in %1, missing: %2</source>
        <translation>Credenciais parciais encontradas em %1, faltando: %2</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation>credential_process &apos;%1&apos; falhou (status de saída %2)</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation>credential_process &apos;%1&apos; não mostrou um objeto JSON de Version 1</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation>credential_process &apos;%1&apos; não mostrou AccessKeyId e SecretAccessKey</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>credential_process &apos;%1&apos; mostrou uma Expiration que não é um horário ISO 8601: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation>credential_process &apos;%1&apos; retornou credenciais que expiraram em %2</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation>O perfil de configuração (%1) não foi encontrado: adicione [%1] a %2 ou [profile %1] a %3</translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation>Você precisa especificar uma região: --region, AWS_REGION ou &apos;region&apos; no perfil (%1)</translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>a URL do endpoint &apos;%1&apos; não é uma URL http(s)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation>status HTTP %1 sem mensagem</translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation>%1 não é compatível com este endpoint (%2)</translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation>Não foi possível encontrar credenciais para assinar %1: defina AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY, ou indique um perfil com --profile</translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation>%1 foi cancelado; pode ter sido aplicado ou não</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation>%1 não respondeu em %2 s</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Não foi possível se comunicar com %1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation>%1 respondeu a %2 com um corpo que não é JSON</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (após %2 tentativas)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation>DeviceConfiguration (definido com aws cognito-idp update-user-pool)</translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation>a configuração de risco (definida com aws cognito-idp set-risk-configuration)</translation>
    </message>
    <message>
        <source>Policies.SignInPolicy (set with aws cognito-idp update-user-pool)</source>
        <translation>Policies.SignInPolicy (definida com aws cognito-idp update-user-pool)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::lab::SmsCostProjection</name>
    <message>
        <source>Sample prices per outbound transactional SMS, for illustration only; not current AWS prices. Replace them with your own bill&apos;s or the SNS pricing page&apos;s.</source>
        <translation>Preços de exemplo por SMS transacional enviado, apenas ilustrativos; não são os preços atuais da AWS. Substitua-os pelos da sua fatura ou da página de preços do SNS.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation>não é possível criar o armazenamento de grupos %1: %2</translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation>não é possível tornar privado o armazenamento de grupos %1: %2</translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation>outros usuários deste computador podem ler ou alterar o armazenamento de grupos: %1. Ele contém as chaves secretas TOTP dos usuários, senhas temporárias e a chave que assina os tokens. Torne-o privado com: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn</name>
    <message>
        <source>The authenticator signed for a different relying party than &apos;%1&apos; (its rpIdHash does not match).</source>
        <translation>O autenticador assinou para uma parte confiável diferente de &apos;%1&apos; (o rpIdHash não corresponde).</translation>
    </message>
    <message>
        <source>The authenticator did not confirm that a user was present (flag UP is clear).</source>
        <translation>O autenticador não confirmou a presença de um usuário (flag UP desmarcada).</translation>
    </message>
    <message>
        <source>This pool requires user verification (a PIN or biometric), and the authenticator did not verify the user (flag UV is clear).</source>
        <translation>Este grupo exige verificação do usuário (um PIN ou biometria), e o autenticador não verificou o usuário (flag UV desmarcada).</translation>
    </message>
    <message>
        <source>Packed attestation with a certificate chain is not supported; Tessera accepts self-attestation and &apos;none&apos;.</source>
        <translation>Atestado packed com cadeia de certificados não é compatível; o Tessera aceita autoatestado e &apos;none&apos;.</translation>
    </message>
    <message>
        <source>The attestation is signed with algorithm %1, but the credential key is algorithm %2.</source>
        <translation>O atestado é assinado com o algoritmo %1, mas a chave da credencial usa o algoritmo %2.</translation>
    </message>
    <message>
        <source>The packed self-attestation signature does not verify with the credential&apos;s key.</source>
        <translation>A assinatura do autoatestado packed não é verificada com a chave da credencial.</translation>
    </message>
    <message>
        <source>An ES256 key must be on curve P-256 (COSE crv 1).</source>
        <translation>Uma chave ES256 deve estar na curva P-256 (COSE crv 1).</translation>
    </message>
    <message>
        <source>An ES256 key needs 32-byte x and y coordinates; this one has %1 and %2 bytes.</source>
        <translation>Uma chave ES256 precisa de coordenadas x e y de 32 bytes; esta tem %1 e %2 bytes.</translation>
    </message>
    <message>
        <source>The ES256 key could not be prepared.</source>
        <translation>Não foi possível preparar a chave ES256.</translation>
    </message>
    <message>
        <source>The ES256 key&apos;s point is not on curve P-256.</source>
        <translation>O ponto da chave ES256 não está na curva P-256.</translation>
    </message>
    <message>
        <source>An RS256 key needs a modulus n and an exponent e.</source>
        <translation>Uma chave RS256 precisa de um módulo n e de um expoente e.</translation>
    </message>
    <message>
        <source>The RS256 key has a %1-bit modulus; at least 2048 bits are required.</source>
        <translation>A chave RS256 tem um módulo de %1 bits; são necessários pelo menos 2048 bits.</translation>
    </message>
    <message>
        <source>The RS256 key could not be prepared.</source>
        <translation>Não foi possível preparar a chave RS256.</translation>
    </message>
    <message>
        <source>The RS256 key is not a valid RSA public key.</source>
        <translation>A chave RS256 não é uma chave pública RSA válida.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::AuthenticatorData</name>
    <message>
        <source>The authenticator data is %1 bytes long; it needs at least 37.</source>
        <translation>Os dados do autenticador têm %1 bytes; são necessários pelo menos 37.</translation>
    </message>
    <message>
        <source>The authenticator data ends inside the attested credential.</source>
        <translation>Os dados do autenticador terminam dentro da credencial atestada.</translation>
    </message>
    <message>
        <source>The credential ID length %1 is not between 1 and 1023 bytes or runs past the end of the authenticator data.</source>
        <translation>O comprimento %1 do ID da credencial não está entre 1 e 1023 bytes ou ultrapassa o fim dos dados do autenticador.</translation>
    </message>
    <message>
        <source>The credential public key at byte %1 is not well-formed CBOR.</source>
        <translation>A chave pública da credencial no byte %1 não é CBOR bem formado.</translation>
    </message>
    <message>
        <source>The extensions at byte %1 are not well-formed CBOR.</source>
        <translation>As extensões no byte %1 não são CBOR bem formado.</translation>
    </message>
    <message>
        <source>The authenticator data has %n unexpected trailing bytes.</source>
        <translation>Os dados do autenticador têm %n bytes finais inesperados.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CeremonyVerifier</name>
    <message>
        <source>The attestation object is not a CBOR map.</source>
        <translation>O objeto de atestado não é um mapa CBOR.</translation>
    </message>
    <message>
        <source>The attestation object has no attestation statement (attStmt).</source>
        <translation>O objeto de atestado não tem declaração de atestado (attStmt).</translation>
    </message>
    <message>
        <source>The registration carries no credential (flag AT is clear).</source>
        <translation>O registro não traz nenhuma credencial (flag AT desmarcada).</translation>
    </message>
    <message>
        <source>Attestation &apos;none&apos; must carry an empty statement.</source>
        <translation>O atestado &apos;none&apos; deve trazer uma declaração vazia.</translation>
    </message>
    <message>
        <source>The attestation format &apos;%1&apos; is not supported; Tessera accepts &apos;none&apos; and &apos;packed&apos; self-attestation.</source>
        <translation>O formato de atestado &apos;%1&apos; não é compatível; o Tessera aceita &apos;none&apos; e autoatestado &apos;packed&apos;.</translation>
    </message>
    <message>
        <source>The assertion&apos;s signature does not verify with the registered key.</source>
        <translation>A assinatura da asserção não é verificada com a chave registrada.</translation>
    </message>
    <message>
        <source>The signature counter went from %1 to %2 instead of growing: this authenticator may have been cloned, so the sign-in is refused.</source>
        <translation>O contador de assinaturas foi de %1 para %2 em vez de aumentar: este autenticador pode ter sido clonado, então o login é recusado.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::ClientData</name>
    <message>
        <source>The client data is not a JSON object: %1.</source>
        <translation>Os dados do cliente não são um objeto JSON: %1.</translation>
    </message>
    <message>
        <source>The client data is of type &apos;%1&apos;, but this step expects &apos;%2&apos;.</source>
        <translation>Os dados do cliente são do tipo &apos;%1&apos;, mas esta etapa espera &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The client data answers a different challenge from the one issued for this step.</source>
        <translation>Os dados do cliente respondem a um desafio diferente do emitido para esta etapa.</translation>
    </message>
    <message>
        <source>The ceremony ran in a frame of another site (crossOrigin is true); this relying party accepts none.</source>
        <translation>A cerimônia foi executada em um frame de outro site (crossOrigin é true); esta parte confiável não aceita nenhum.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not the relying party&apos;s: expected https://%2 or one of its subdomains.</source>
        <translation>A origem &apos;%1&apos; não é a da parte confiável: esperava-se https://%2 ou um de seus subdomínios.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CoseKey</name>
    <message>
        <source>The credential public key is not a CBOR map.</source>
        <translation>A chave pública da credencial não é um mapa CBOR.</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm (COSE %1) is not supported; Tessera accepts ES256 (-7) and RS256 (-257).</source>
        <translation>O algoritmo da chave (COSE %1) não é compatível; o Tessera aceita ES256 (-7) e RS256 (-257).</translation>
    </message>
    <message>
        <source>The key type (COSE kty %1) does not match its algorithm %2.</source>
        <translation>O tipo de chave (COSE kty %1) não corresponde ao algoritmo %2.</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>desistiu desta imagem: ela contém mais de %n forma parecida com os quadrados dos cantos de um código QR (um código tem três); recorte a imagem no código e tente de novo</numerusform>
            <numerusform>desistiu desta imagem: ela contém mais de %n formas parecidas com os quadrados dos cantos de um código QR (um código tem três); recorte a imagem no código e tente de novo</numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation>esta imagem tem %1 por %2 pixels; o Tessera procura códigos QR em imagens de no máximo %3 megapixels: recorte-a no código ou salve-a menor</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>desistiu após %n s procurando códigos QR nesta imagem; recorte a imagem no código e tente de novo</numerusform>
            <numerusform>desistiu após %n s procurando códigos QR nesta imagem; recorte a imagem no código e tente de novo</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation>não é possível ler &apos;%1&apos; como imagem: %2</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation>não há texto para colocar em um código QR</translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>o texto é longo demais para um código QR (%n byte; cabem no máximo 2953)</numerusform>
            <numerusform>o texto é longo demais para um código QR (%n bytes; cabem no máximo 2953)</numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation>o libqrencode não conseguiu codificar o texto</translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation>a resposta do servidor de horário é curta demais (%1 bytes)</translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation>o servidor de horário respondeu em um formato que o Tessera não conhece</translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation>o servidor de horário recusou ou não está sincronizado (estrato %1, %2)</translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation>a resposta do servidor de horário não corresponde a esta solicitação</translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation>o servidor de horário %1 não respondeu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation>&apos;%1&apos; não é uma porta válida para servidor de horário</translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation>nenhum servidor de horário está definido</translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation>não é possível alcançar o servidor de horário %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation>o PBKDF2 falhou (OpenSSL)</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>o Argon2id falhou: %1</translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation>a descriptografia AES-CBC falhou (chave errada ou dados danificados)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AegisFormat</name>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>the entry has no secret</source>
        <translation>a entrada não tem chave secreta</translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation>a exportação do Aegis não tem lista de entradas</translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation>esta exportação do Aegis tem a versão de arquivo %1; o Tessera lê a versão 1</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation>o &apos;db&apos; da exportação do Aegis não é nem conteúdo nem texto cifrado</translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation>esta exportação do Aegis está criptografada: informe a senha</translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation>senha errada para esta exportação do Aegis</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation>os parâmetros de criptografia da exportação do Aegis estão danificados</translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation>a senha está certa, mas o conteúdo da exportação do Aegis está danificado</translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation>o conteúdo descriptografado do Aegis não é JSON: %1</translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation>sem bytes aleatórios para a exportação do Aegis (falha do OpenSSL)</translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation>o AES-GCM falhou ao gravar a exportação do Aegis (OpenSSL)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation>o backup do andOTP descriptografado não é uma lista JSON</translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation>isto parece um backup criptografado do andOTP: informe a senha</translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation>o backup criptografado do andOTP é curto demais</translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation>senha errada para este backup do andOTP (ou o arquivo está danificado)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>não é possível ler o arquivo zip</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>o arquivo zip está danificado</translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation>este arquivo zip não contém Accounts.txt, então não é uma exportação do Authenticator Plus</translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation>esta exportação do Authenticator Plus é protegida por senha: informe a senha</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation>o Accounts.txt no arquivo zip é grande demais para ser plausível</translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation>senha errada para esta exportação do Authenticator Plus</translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation>não é possível ler o Accounts.txt do arquivo zip</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation>o Accounts.txt no arquivo zip está danificado</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation>backups automáticos precisam de uma senha de backup</translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation>não é possível ler o cofre %1 para fazer backup: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation>%1 não é um cofre do Tessera; nenhum backup foi feito</translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation>backups automáticos devem manter pelo menos um backup</translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation>a pasta de backup %1 não existe; escolha outra ou conecte a unidade dela</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation>o cabeçalho CSV não tem coluna OTP</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation>o campo TOTP não é nem um URI otpauth:// nem configurações key=...</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation>o formato do Tessera é gravado em um arquivo com exportToFile</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 já existe; escolha um novo nome de arquivo</translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation>um backup do Tessera precisa de uma senha</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation>um valor lacrado do FreeOTP está danificado</translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation>a cifra &apos;%1&apos; do FreeOTP não é compatível</translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation>o token não tem uma chave secreta legível</translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation>este backup do FreeOTP 2 está danificado: não é possível ler seu mapa de tokens</translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation>este é um backup criptografado do FreeOTP 2: informe a senha</translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation>a derivação de chave &apos;%1&apos; do FreeOTP não é compatível</translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation>os parâmetros da chave mestra do FreeOTP 2 estão danificados</translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation>senha errada para este backup do FreeOTP (ou o arquivo está danificado)</translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation>as configurações do token estão faltando</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation>não é uma URL otpauth-migration (ela deve começar com %1)</translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation>a URL otpauth-migration não tem um parâmetro &apos;data&apos; em Base64 válido</translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation>os dados otpauth-migration estão danificados (não são dados de exportação do Google Authenticator)</translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation>os dados otpauth-migration não contêm contas</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1, conta %2</translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>o algoritmo de hash %1 não é compatível (SHA1, SHA256 e SHA512 são)</translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation>o código de quantidade de dígitos %1 é desconhecido</translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation>o código de tipo de OTP %1 é desconhecido</translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation>a conta tem uma chave secreta vazia</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation>Backup em papel do Tessera</translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation>Secreto: qualquer pessoa com esta página pode gerar seus códigos</translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation>Cada código QR contém a chave secreta de uma conta, sem criptografia. Imprima esta página, guarde o papel em um lugar seguro e exclua este arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n conta. Para restaurar, escaneie um código com qualquer aplicativo autenticador.</numerusform>
            <numerusform>%n contas. Para restaurar, escaneie um código com qualquer aplicativo autenticador.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation>não é possível desenhar o código QR de %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation>a linha %1 não é uma entrada nova; nada foi importado</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation>um banco de dados SQLite, mas não do Google Authenticator, do Microsoft Authenticator nem do Authenticator Pro</translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation>um arquivo zip sem o Accounts.txt de uma exportação do Authenticator Plus</translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation>um arquivo XML que não é do FreeOTP, FreeOTP+, Authy, Battle.net nem TOTP Authenticator</translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation>isto é um cofre ou backup do Tessera: informe a senha</translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation>não foi possível preparar o backup do Tessera em uma pasta temporária</translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation>senha errada para este backup do Tessera</translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation>este arquivo contém %1 contas; o Tessera importa no máximo %2 de um arquivo, para que um arquivo malicioso não possa encher o cofre: divida-o em arquivos menores</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>formato desconhecido &apos;%1&apos;; formatos conhecidos: %2</translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation>isto parece ser %1, que o Tessera ainda não sabe importar</translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation>não é um formato que o Tessera sabe importar (ele lê %1)</translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation>o arquivo não é um arquivo XML de preferências do Android</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>o arquivo não é um JSON válido: %1 no byte %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation>o tipo de OTP &apos;%1&apos; não é compatível (TOTP, HOTP e Steam são)</translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>o algoritmo de hash &apos;%1&apos; não é compatível (SHA1, SHA256 e SHA512 são)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation>o token não tem chave secreta</translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation>este arquivo do Authy tem chaves secretas criptografadas: informe a senha do backup do Authy</translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation>a chave secreta criptografada está danificada</translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation>senha errada para este backup do Authy</translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation>o número de série ou a chave secreta do Battle.net está danificado</translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation>a codificação da chave secreta em base %1 não é compatível (16, 32 e 64 são)</translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation>a chave secreta não é válida em base %1</translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation>isto parece um backup criptografado do TOTP Authenticator: informe a senha</translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation>senha errada para este backup do TOTP Authenticator (ou o arquivo está danificado)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation>este código QR está vazio</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation>não é uma URL otpauth-migration: o código QR deve começar com otpauth-migration://, e há algo antes</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation>não é um URI otpauth://: o código QR deve começar com otpauth://, e há algo antes</translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>este código QR contém um endereço da web, não uma conta (o código de uma conta começa com otpauth:// ou otpauth-migration://)</translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation>este código QR contém configurações de rede Wi-Fi, não uma conta</translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation>este código QR contém um cartão de contato, não uma conta</translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>este código QR contém um link &apos;%1:&apos;, não uma conta (o código de uma conta começa com otpauth:// ou otpauth-migration://)</translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>este código QR contém %n caractere de texto que não é uma conta (o código de uma conta começa com otpauth:// ou otpauth-migration://)</numerusform>
            <numerusform>este código QR contém %n caracteres de texto que não são uma conta (o código de uma conta começa com otpauth:// ou otpauth-migration://)</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>código QR %1</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>não é uma imagem PNG, JPEG, GIF, BMP ou WebP</translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation>esta é uma imagem %1, que este sistema não consegue decodificar (o Qt não tem um plug-in de imagem %1 aqui); salve a imagem como PNG e importe-a</translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation>esta imagem %1 não pode ser decodificada: %2</translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation>nenhum código QR foi encontrado nesta imagem %1; o código deve estar inteiro, nítido e não pequeno demais (recorte a imagem no código e tente de novo)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation>shared_secret não está em Base64</translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation>o tipo %1 do Authenticator Pro não é compatível (TOTP, HOTP e Steam são)</translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation>o código de algoritmo de hash %1 é desconhecido</translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation>esta exportação do Bitwarden está criptografada; exporte-a de novo como JSON sem criptografia ou CSV</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation>o tipo de conta %1 do Google Authenticator é desconhecido</translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation>a chave secreta não é um Base64 válido</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation>não é possível abrir o banco de dados SQLite: %1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>desistiu após %n s lendo `%1` deste banco de dados</numerusform>
            <numerusform>desistiu após %n s lendo `%1` deste banco de dados</numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation>`%1` deste banco de dados contém uma linha maior que %2 KiB; nenhuma conta é tão grande, então o Tessera não a lê</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation>não é possível ler `%1` deste banco de dados: %2</translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation>este banco de dados não tem a tabela `%1`</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation>`%1` deste banco de dados é do tipo %2, não uma tabela; o Tessera só lê tabelas dos arquivos que importa</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation>`%1` deste banco de dados é uma tabela virtual, cujas linhas vêm de código e não do arquivo; o Tessera só lê tabelas comuns dos arquivos que importa</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation>`%1` deste banco de dados tem colunas calculadas (`%2`); o Tessera só lê valores armazenados dos arquivos que importa</translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>`%1` deste banco de dados tem mais de %n linha; o Tessera importa no máximo essa quantidade de contas de um arquivo</numerusform>
            <numerusform>`%1` deste banco de dados tem mais de %n linhas; o Tessera importa no máximo essa quantidade de contas de um arquivo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation>senha errada para este backup do Authenticator Pro / Stratum (ou o arquivo está danificado)</translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation>este é um backup criptografado do Authenticator Pro / Stratum: informe a senha</translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation>o backup criptografado do Authenticator Pro / Stratum é curto demais</translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation>o backup descriptografado do Authenticator Pro / Stratum não é JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation>a versão de esquema %1 do 2FAS não é compatível (de 1 a 4 são)</translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation>este backup do 2FAS está criptografado: informe a senha</translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation>os serviços criptografados do backup do 2FAS estão danificados</translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation>a senha está certa, mas o backup do 2FAS está danificado</translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation>senha errada para este backup do 2FAS</translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation>os serviços descriptografados do 2FAS não são uma lista JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation>não é uma URL otpauth-migration: a linha deve começar com otpauth-migration://, e há algo antes</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation>não é um URI otpauth://: a linha deve começar com otpauth://</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>Sobre o Tessera</translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>O Tessera é software livre: você pode redistribuí-lo e/ou modificá-lo nos termos da &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, versão 3 ou qualquer versão posterior (GPL-3.0-or-later). Ele é fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation>O Tessera é feito com estas bibliotecas e artes:</translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation>Os ícones de emissores são marcas de seus respectivos proprietários. Eles só ajudam a reconhecer uma conta e não implicam nenhum endosso.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>An authenticator and an MFA console for user pools, on your desktop.</source>
        <translation>Um autenticador e um console de MFA para grupos de usuários, no seu computador.</translation>
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
        <translation>Simple Icons (ícones de emissores)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Mostrar como código &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Editar conta…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorita</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>Excluir co&amp;nta</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Desfa&amp;zer exclusão</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Configuraçõe&amp;s…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>Escanear um código QR</translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation>Solte uma imagem aqui ou leia uma de:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Arquivo de imagem…</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Área de transferência</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Tela…</translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation>Arraste um retângulo em volta de um código QR na tela, ou clique para ler a tela inteira</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>Câmera…</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Códigos encontrados</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>ex.: GitHub</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>ex.: alice@example.com</translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Base32, ex.: JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Baseado em tempo (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Baseado em contador (HOTP)</translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emissor:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Chave &amp;secreta:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>Dí&amp;gitos:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>C&amp;ontador:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation>Escaneie um código, cole um link ou digite a chave secreta que o serviço forneceu.</translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation>Pronto para adicionar. Nada é salvo até você clicar em Adicionar.</translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation>Isto é uma exportação do Google Authenticator; as contas dela abrem na prévia de importação.</translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation>O link não pode ser usado: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Nenhum código QR foi encontrado na imagem.</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Exportação do Google Authenticator</translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation>Não é uma conta (%1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>%n código encontrado: escolha o que deseja adicionar.</numerusform>
            <numerusform>%n códigos encontrados: escolha o que deseja adicionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation>Procurando códigos QR…</translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation>Escanear código QR de uma imagem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation>A área de transferência não contém imagem nem link otpauth://.</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>Lendo a tela…</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>Aproxime o código QR da câmera</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Nenhuma câmera encontrada</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation>Não foi lembrado no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation>Agora o cofre é desbloqueado pelo chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation>O chaveiro do sistema não desbloqueia mais o cofre.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Nenhuma conta ainda</translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation>Adicione uma conta escaneando um código QR da tela, de um arquivo ou da área de transferência, ou digite a chave secreta que o serviço mostra. Seus segredos ficam em um cofre criptografado neste computador.</translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation>Escanear código QR…</translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation>Adicionar manualmente…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Exportação do Google Authenticator</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>%n conta importada.</numerusform>
            <numerusform>%n contas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Conta %1 adicionada.</translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Código copiado. A área de transferência será limpa em %n segundo.</numerusform>
            <numerusform>Código copiado. A área de transferência será limpa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Conta %1 excluída.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Conta %1 restaurada.</translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation>Os códigos estão corrigidos em %1 nesta sessão.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Conta %1 salva.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 agora está na posição %2 de %n.</numerusform>
            <numerusform>%1 agora está na posição %2 de %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation>O backup automático em %1 falhou: %2. O cofre em si foi salvo. Os backups serão retomados quando a pasta puder ser gravada de novo; em Configurações você pode escolher outra.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation>A pasta do seu cofre não é privada: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Escanear com a câmera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Câmera:</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Nenhuma câmera encontrada</translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation>Conecte uma câmera e abra isto de novo, ou escaneie o código na tela ou em um arquivo de imagem.</translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation>Esse código QR não contém nenhuma conta. Mostre o código que o serviço exibe para a autenticação de dois fatores.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation>A câmera não pode ser usada: %1. Feche outros aplicativos que possam estar usando-a e verifique se o Tessera tem permissão para usar a câmera (no Linux, participação no grupo &apos;video&apos;; em uma sandbox, a permissão de câmera).</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation>Aproxime o código QR da câmera. Nada é salvo até você confirmar.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation>Corrigir códigos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation>O relógio deste computador está %1 atrasado comparado com %2. Os códigos podem ser recusados.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation>O relógio deste computador está %1 adiantado comparado com %2. Os códigos podem ser recusados.</translation>
    </message>
    <message>
        <source>the time server</source>
        <translation>o servidor de horário</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>tessera::ui::EditEntryDialog</name>
    <message>
        <source>Favourite (listed first)</source>
        <translation>Favorita (listada primeiro)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation>Sem grupo; digite um nome para criar um</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Emissor</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>The secret and code settings stay as they are.</source>
        <translation>A chave secreta e as configurações do código continuam como estão.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>Exportar contas</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation>Backup do Tessera (criptografado)</translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation>Aegis (criptografado ou não)</translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation>Google Authenticator (códigos QR na tela)</translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation>Lista de links otpauth (texto simples)</translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation>Página para impressão (HTML, para papel)</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>Criptografar com uma senha</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Senha da exportação</translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation>Repita a senha da exportação</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation>Estes códigos carregam seus segredos. Qualquer pessoa que os veja ou fotografe pode gerar seus códigos: escaneie-os somente com seu próprio celular, onde ninguém possa olhar.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Ocultar códigos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>A copy of your vault that Tessera opens with the password you set here. The safest way to keep a backup.</source>
        <translation>Uma cópia do seu cofre que o Tessera abre com a senha definida aqui. A forma mais segura de guardar um backup.</translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation>Um arquivo que o Aegis e muitos outros aplicativos importam. Criptografe-o, a menos que o aplicativo para o qual você está migrando não consiga ler arquivos do Aegis criptografados.</translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation>Mostra códigos QR, com dez contas cada, para escanear com o Google Authenticator ou outro aplicativo que os leia. Nada é gravado no disco.</translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation>Um arquivo de texto com um link otpauth:// por conta, que a maioria dos aplicativos autenticadores importa. Sem criptografia.</translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation>Uma página com um código QR por conta, para imprimir e guardar em um lugar seguro. Sem criptografia.</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>Mostrar códigos QR…</translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation>Escolha uma senha para a exportação.</translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation>Repita a senha para ter certeza de que é a que você pretendia.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation>Guarde esta senha: a exportação não pode ser aberta sem ela.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nada foi exportado.</translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation>Mostrar os segredos na tela?</translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation>Os códigos QR mostram todas as chaves secretas deste cofre.</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation>Qualquer pessoa que os veja ou fotografe pode gerar seus códigos. Mostre-os somente onde ninguém possa olhar, e apenas para escaneá-los com seu próprio celular.</translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>Mostrar códigos QR</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Exportar sem criptografia?</translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation>Este arquivo conterá todas as chaves secretas deste cofre sem criptografia.</translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation>Qualquer pessoa que possa ler o arquivo pode gerar seus códigos. Mantenha-o offline, em uma unidade que só você usa, e exclua-o assim que não precisar mais dele.</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>Exportar sem criptografia</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation>O cofre está bloqueado ou ocupado; nada foi exportado.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nada foi exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>%n conta gravada em %1.</numerusform>
            <numerusform>%n contas gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation>%1 Não incluídas (o formato não comporta): %2</translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation>Não foi possível gerar os códigos QR: %1</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>Não há contas para mostrar.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation>O Google Authenticator não comporta nenhuma destas contas: %1</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation>Não incluídas (o Google Authenticator não comporta): %1</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>Código QR %1 de %2</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Código %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation>
            <numerusform>Os códigos QR foram ocultados após %n segundo sem uso. Mostre-os de novo para continuar.</numerusform>
            <numerusform>Os códigos QR foram ocultados após %n segundos sem uso. Mostre-os de novo para continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Oculta em %n segundo</numerusform>
            <numerusform>Oculta em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Importar contas</translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation>Escolha ou solte exportações de outro aplicativo autenticador ou gerenciador de senhas, ou imagens de códigos QR. Nada é adicionado até você confirmar.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Escolher arquivos…</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Senha da exportação</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation>Pular arquivo</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Contas encontradas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Escolha as exportações a importar</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation>nenhuma conta foi encontrada neste arquivo</translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation>A senha não abre “%1”. Verifique-a e tente de novo.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation>“%1” está criptografado. Digite a senha usada na exportação.</translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation>pulado: nenhuma senha foi informada</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation>O cofre está bloqueado ou ocupado; nada foi importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>%n conta importada.</numerusform>
            <numerusform>%n contas importadas.</numerusform>
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
            <numerusform>%n linha deixada de fora.</numerusform>
            <numerusform>%n linhas deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>Importar %n conta</numerusform>
            <numerusform>Importar %n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>Salvando %n conta…</numerusform>
            <numerusform>Salvando %n contas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation>Duplicata de uma linha anterior</translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation>Duplicata: já está no cofre</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Seções</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation>Console de grupos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Contas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation>&amp;Autenticador</translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation>&amp;Console de grupos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;Sobre o Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message>
        <source>Show as QR code</source>
        <translation>Mostrar como código QR</translation>
    </message>
    <message>
        <source>The QR code for %1 contains its secret. Anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone.</source>
        <translation>O código QR de %1 contém a chave secreta. Qualquer pessoa que o veja ou fotografe pode gerar seus códigos. Mostre-o somente para escaneá-lo com seu próprio celular.</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Oculta em %n segundo</numerusform>
            <numerusform>Oculta em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation>Cópia rápida</translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation>Digite para encontrar uma conta; Enter copia o código dela</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar contas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation>Não foi possível salvar o cofre, então a última alteração foi desfeita: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>A tela não pode ser lida aqui, e esta versão do Tessera não consegue pedir uma captura de tela ao ambiente de trabalho (sem Qt D-Bus). Salve uma captura de tela com a ferramenta do seu ambiente de trabalho e escaneie o arquivo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation>Selecione o código QR</translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation>Região da tela a escanear</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation>Arraste um retângulo em volta do código QR</translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation>Soltar ou Enter: ler o retângulo  ·  Clique ou Enter: ler a tela inteira  ·  Esc: cancelar</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>Ou salve uma captura de tela com a ferramenta do seu ambiente de trabalho e escaneie o arquivo.</translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation>O ambiente de trabalho não entregou uma captura de tela a tempo. Tente de novo e conclua a captura na janela do ambiente de trabalho. %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation>Não há barramento de sessão D-Bus para pedir uma captura de tela ao ambiente de trabalho. %1</translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation>Nenhum portal do ambiente de trabalho responde no D-Bus, então o Tessera não consegue fazer uma captura de tela aqui. Instale o xdg-desktop-portal com o backend do seu ambiente de trabalho (xdg-desktop-portal-gnome, -kde ou -wlr). %1</translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation>O portal do ambiente de trabalho aqui não consegue fazer capturas de tela (%1). Instale o backend de portal do seu ambiente de trabalho (xdg-desktop-portal-gnome, -kde ou -wlr). %2</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation>O portal do ambiente de trabalho recusou a captura de tela: %1. %2</translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation>O ambiente de trabalho entregou a captura de tela como &apos;%1&apos;, que não é um arquivo local. %2</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation>O ambiente de trabalho não conseguiu fazer a captura de tela. Verifique nas configurações de privacidade do seu ambiente de trabalho se o Tessera pode fazer capturas de tela. %1</translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation>Não é possível ler a captura de tela que o ambiente de trabalho salvou em &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Bloquear quando a tela for bloqueada</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear quando a janela for minimizada</translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation>Lembrar no chaveiro do sistema (desbloquear sem digitar)</translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation>Desbloqueie o cofre primeiro; o chaveiro do sistema precisa estar disponível.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>Limpar códigos copiados após</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear após inatividade</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Ocultar códigos até clicar</translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation>Mostrar o próximo código ao passar o mouse</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>Minha ordem</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usadas recentemente</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continuar em execução na bandeja quando a janela for fechada</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>Ordenar contas por</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation>Verificar o relógio deste computador com um servidor de horário</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation>Servidor de horário (NTP)</translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation>Fazer backup do cofre automaticamente</translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation>Uma pasta em outra unidade ou uma pasta sincronizada</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta de backup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>After each change</source>
        <translation>Após cada alteração</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation>Os backups são cópias do seu cofre criptografado: tessera-backup-DATE-TIME.tessera.
Abra um com a senha do cofre (tessera --vault COPIA-DO-BACKUP) ou importe-o.
Só os backups mais antigos além da quantidade mantida são excluídos.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups a manter</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Escolha a pasta de backup</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Escolha uma pasta para os backups.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>A new language takes effect when Tessera restarts.</source>
        <translation>Um novo idioma entra em vigor quando o Tessera é reiniciado.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SingleInstance</name>
    <message>
        <source>Another Tessera is already running with this vault.</source>
        <translation>Outro Tessera já está em execução com este cofre.</translation>
    </message>
    <message>
        <source>Tessera cannot listen on %1, so launching it again will open a second window instead of raising this one: %2</source>
        <translation>O Tessera não consegue escutar em %1, então abri-lo novamente abrirá uma segunda janela em vez de trazer esta para a frente: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenDelegate</name>
    <message>
        <source>Show code</source>
        <translation>Mostrar código</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>próximo %1</translation>
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
        <translation>%1, %2, código oculto</translation>
    </message>
    <message>
        <source>%1, %2, code %3</source>
        <translation>%1, %2, código %3</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListPage</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar contas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Bloquear (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenSortModel</name>
    <message>
        <source>Accounts can be moved only when they are sorted by “My order” (Settings, Sort accounts by).</source>
        <translation>As contas só podem ser movidas quando estão ordenadas por “Minha ordem” (Configurações, Ordenar contas por).</translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation>Limpe a busca para mover contas: enquanto ela oculta algumas, a nova posição delas ficaria ambígua.</translation>
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
        <translation>&amp;Copiar um código…</translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>&amp;Mostrar o Tessera</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation>Use uma frase secreta longa que você não use em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Fraca: fácil de adivinhar. Adicione palavras ou caracteres.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Razoável: mais algumas palavras a deixariam forte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Lembrar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Desbloquear com o chaveiro do sistema</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation>O chaveiro da sua sessão guarda a chave do cofre, assim o Tessera abre sem a senha enquanto você estiver conectado.</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Crie seu cofre</translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation>Suas contas ficam em um arquivo criptografado neste computador. Escolha uma senha para protegê-lo; ela não pode ser recuperada se você a esquecer.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Criar cofre</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Cofre bloqueado</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>Digite sua senha para mostrar seus códigos.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Senha errada. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation>Esta versão do Tessera não pode usar o chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Não foi possível abrir o cofre.</translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation>O cofre está ocupado com o chaveiro do sistema; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation>As últimas alterações antes de o cofre ser bloqueado não foram salvas: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ActionConfirmBar</name>
    <message>
        <source>Confirm action</source>
        <translation>Confirmar ação</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>O que a ação fará</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>Digite para confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Digite %1 para confirmar:</translation>
    </message>
    <message>
        <source>Type %1 to enable %2.</source>
        <translation>Digite %1 para habilitar %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Ação em massa</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>O %n usuário selecionado</numerusform>
            <numerusform>Os %n usuários selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>All users matching %1</source>
        <translation>Todos os usuários que correspondem a %1</translation>
    </message>
    <message>
        <source>All users of the pool</source>
        <translation>Todos os usuários do grupo</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Usuários:</translation>
    </message>
    <message>
        <source>Require a preferred factor</source>
        <translation>Exigir um fator preferido</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Fator</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Fator:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Number of users to confirm</source>
        <translation>Número de usuários para confirmar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>&amp;Salvar resultados como CSV…</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Salvar resultados como CSV</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar execução</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight finishes first, so its result is known…</source>
        <translation>Cancelando: a solicitação em andamento termina primeiro, para que seu resultado seja conhecido…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Salvar resultados</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the users it applies to…</source>
        <translation>Lendo os usuários aos quais ela se aplica…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>Lendo os usuários aos quais ela se aplica: %n até agora…</numerusform>
            <numerusform>Lendo os usuários aos quais ela se aplica: %n até agora…</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Não foi possível ler os usuários: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No user matches: there is nothing to do.</source>
        <translation>Nenhum usuário corresponde: não há nada a fazer.</translation>
    </message>
    <message>
        <source>This backend does not serve %1.</source>
        <translation>Este backend não oferece %1.</translation>
    </message>
    <message>
        <source>%1
Users: %2.</source>
        <translation>%1
Usuários: %2.</translation>
    </message>
    <message>
        <source>Type the number of users, %1, to confirm:</source>
        <translation>Digite o número de usuários, %1, para confirmar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>&amp;Excluir %n usuário</numerusform>
            <numerusform>&amp;Excluir %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>%1 de %n usuário concluídos…</numerusform>
            <numerusform>%1 de %n usuários concluídos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os resultados em %1: %2</translation>
    </message>
    <message>
        <source>%1 Results saved to %2.</source>
        <translation>%1 Resultados salvos em %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Revisar alterações em %1</translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation>O que a aplicação da política editada a %1 altera:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 para %3</translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation>O que os usuários verão: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Sends the changes to the pool.</source>
        <translation>Envia as alterações ao grupo.</translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation>Não é possível aplicar: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>C&amp;onexão:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation>Onde ficam os grupos: o mecanismo local deste computador, um perfil da AWS ou outro endpoint compatível com o Cognito.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation>Aguardando o serviço de grupos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitação</translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation>Para de aguardar as solicitações ainda em andamento.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation>Outro endpoint…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation>Novo grupo de usuários</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation>De 1 a 128 letras, dígitos, espaços e + = , . @ -</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation>Opcional e Obrigatório ativam aplicativos autenticadores (TOTP); altere os fatores depois.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>&amp;MFA:</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>1 to 128 characters, no spaces.</source>
        <translation>De 1 a 128 caracteres, sem espaços.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome de usuário:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>+ then the country code and number, digits only, as Cognito requires.</source>
        <translation>+ seguido do código do país e do número, somente dígitos, como o Cognito exige.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Send an invitation by email</source>
        <translation>Enviar um convite por e-mail</translation>
    </message>
    <message>
        <source>Send an invitation by SMS</source>
        <translation>Enviar um convite por SMS</translation>
    </message>
    <message>
        <source>Set a temporary password to hand over</source>
        <translation>Definir uma senha temporária para entregar</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password; on the local engine it lands in the outbox instead of being sent.</source>
        <translation>O convite contém uma senha temporária; no mecanismo local, ele vai para a caixa de saída em vez de ser enviado.</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password Cognito makes.</source>
        <translation>O convite contém uma senha temporária gerada pelo Cognito.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Senha temporária</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Senha tem&amp;porária:</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Política de senhas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Criar usuário</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Criar usuário</translation>
    </message>
    <message>
        <source>The password meets the pool&apos;s policy.</source>
        <translation>A senha atende à política do grupo.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>Pelo menos %n caractere, como diz a política do grupo.</numerusform>
            <numerusform>Pelo menos %n caracteres, como diz a política do grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Criando %1…</translation>
    </message>
    <message>
        <source>%1 is created with the temporary password you set; they choose their own at the first sign-in.</source>
        <translation>%1 foi criado com a senha temporária que você definiu; no primeiro login, o usuário escolhe a própria senha.</translation>
    </message>
    <message>
        <source>%1 is created; the invitation with a temporary password is in the local outbox.</source>
        <translation>%1 foi criado; o convite com uma senha temporária está na caixa de saída local.</translation>
    </message>
    <message>
        <source>%1 is created; Cognito sent the invitation.</source>
        <translation>%1 foi criado; o Cognito enviou o convite.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>Excluir o grupo %1 exclui para sempre seu %n usuário, os fatores e os dispositivos dele. Os aplicativos que fazem login nele param de funcionar.</numerusform>
            <numerusform>Excluir o grupo %1 exclui para sempre seus %n usuários, os fatores e os dispositivos deles. Os aplicativos que fazem login nele param de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>Digite o nome do grupo, %1, para confirmar:</translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation>Nome do grupo para confirmar</translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation>Digite %1 para ativar Excluir.</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>&amp;Excluir grupo</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Excluir grupo</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation>Outro endpoint</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation>Um endpoint compatível com o Cognito: cognito-local, LocalStack ou &quot;tessera-cli pool serve&quot; em outro computador.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL do endpoint</translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation>http:// ou https:// e um host, ex.: http://127.0.0.1:9229</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation>A região para a qual as solicitações são assinadas.</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>(ambiente ou padrão)</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Perfil da AWS</translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation>De quem são as chaves que assinam as solicitações.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation>A URL precisa de http:// ou https:// e um host, ex.: http://127.0.0.1:9229.</translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation>Informe a região para a qual as solicitações são assinadas, ex.: us-east-1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message>
        <source>Set up an authenticator for %1</source>
        <translation>Configurar um autenticador para %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>The name the user&apos;s authenticator app shows above the code (the app&apos;s name).</source>
        <translation>O nome que o aplicativo autenticador do usuário mostra acima do código (o nome do aplicativo).</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emissor:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>The account the authenticator app shows.</source>
        <translation>A conta que o aplicativo autenticador mostra.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>&amp;Start set-up</source>
        <translation>&amp;Iniciar configuração</translation>
    </message>
    <message>
        <source>Start set-up</source>
        <translation>Iniciar configuração</translation>
    </message>
    <message>
        <source>Asks the pool for a new authenticator secret for the user (AssociateSoftwareToken).</source>
        <translation>Pede ao grupo uma nova chave secreta de autenticador para o usuário (AssociateSoftwareToken).</translation>
    </message>
    <message>
        <source>Show &amp;QR code for a phone</source>
        <translation>Mostrar código &amp;QR para um celular</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>Mostra a chave secreta como código QR por %n segundo, para ser lida com um celular.</numerusform>
            <numerusform>Mostra a chave secreta como código QR por %n segundos, para ser lida com um celular.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>Adicionar ao &amp;cofre deste computador</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s vault</source>
        <translation>Adicionar ao cofre deste computador</translation>
    </message>
    <message>
        <source>Keeps the secret in the unlocked vault as an entry linked to the user, then verifies it.</source>
        <translation>Guarda a chave secreta no cofre desbloqueado como uma entrada vinculada ao usuário e depois a verifica.</translation>
    </message>
    <message>
        <source>&amp;Verify and turn on</source>
        <translation>&amp;Verificar e ativar</translation>
    </message>
    <message>
        <source>Verify and turn on</source>
        <translation>Verificar e ativar</translation>
    </message>
    <message>
        <source>Sends the code the secret gives now (VerifySoftwareToken), then makes TOTP the user&apos;s preferred factor.</source>
        <translation>Envia o código que a chave secreta gera agora (VerifySoftwareToken) e depois torna o TOTP o fator preferido do usuário.</translation>
    </message>
    <message>
        <source>Enrolment QR code</source>
        <translation>Código QR de registro</translation>
    </message>
    <message>
        <source>The secret as an otpauth QR code; scan it with the phone.</source>
        <translation>A chave secreta como código QR otpauth; leia-o com o celular.</translation>
    </message>
    <message>
        <source>QR code note</source>
        <translation>Observação sobre o código QR</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Etapas da configuração</translation>
    </message>
    <message>
        <source>What each step of the set-up did.</source>
        <translation>O que cada etapa da configuração fez.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cognito sets up an authenticator with the user&apos;s own access token: sign in as the user first.</source>
        <translation>O Cognito configura um autenticador com o próprio token de acesso do usuário: primeiro faça login como o usuário.</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Por que fazer login</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>Cliente de aplicativo</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>&amp;Cliente de aplicativo:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>A senha do usuário; mantida em memória que é apagada.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Sign &amp;in as the user</source>
        <translation>Fazer &amp;login como o usuário</translation>
    </message>
    <message>
        <source>Sign in as the user</source>
        <translation>Fazer login como o usuário</translation>
    </message>
    <message>
        <source>Signs in with the password (and a code from the linked vault entry or the outbox when asked).</source>
        <translation>Faz login com a senha (e com um código da entrada vinculada do cofre ou da caixa de saída, quando pedido).</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>Não foi possível listar os clientes de aplicativo: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 to get the user&apos;s access token.</source>
        <translation>Login feito como %1 para obter o token de acesso do usuário.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 %3</source>
        <translation>Não foi possível fazer login como %1: %2 %3</translation>
    </message>
    <message>
        <source>The issuer and the account name cannot contain a colon (&quot;:&quot;): authenticator apps read it as the separator between them.</source>
        <translation>O emissor e o nome da conta não podem conter dois-pontos (&quot;:&quot;): os aplicativos autenticadores o leem como o separador entre eles.</translation>
    </message>
    <message>
        <source>Done: %1 signs in with the authenticator from now on.</source>
        <translation>Concluído: %1 passa a fazer login com o autenticador.</translation>
    </message>
    <message>
        <source>The set-up stopped: %1: %2</source>
        <translation>A configuração parou: %1: %2</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken: the pool made a new authenticator secret for %1 (not active until verified).</source>
        <translation>AssociateSoftwareToken: o grupo criou uma nova chave secreta de autenticador para %1 (inativa até ser verificada).</translation>
    </message>
    <message>
        <source>VerifySoftwareToken: the code %1 was accepted; the authenticator is verified.</source>
        <translation>VerifySoftwareToken: o código %1 foi aceito; o autenticador está verificado.</translation>
    </message>
    <message>
        <source>SetUserMFAPreference: TOTP is on and the user&apos;s preferred factor.</source>
        <translation>SetUserMFAPreference: o TOTP está ativado e é o fator preferido do usuário.</translation>
    </message>
    <message>
        <source>Unlock the vault in the authenticator first.</source>
        <translation>Primeiro desbloqueie o cofre no autenticador.</translation>
    </message>
    <message>
        <source>Could not draw the QR code: %1</source>
        <translation>Não foi possível desenhar o código QR: %1</translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>O código QR fica visível por %n segundo; leia-o com o aplicativo autenticador do celular e depois verifique.</numerusform>
            <numerusform>O código QR fica visível por %n segundos; leia-o com o aplicativo autenticador do celular e depois verifique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Oculto em %n segundo.</numerusform>
            <numerusform>Oculto em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>Não foi possível adicionar a entrada ao cofre: %1</translation>
    </message>
    <message>
        <source>Added %1 to this computer&apos;s vault, linked to the pool user.</source>
        <translation>A entrada %1 foi adicionada ao cofre deste computador, vinculada ao usuário do grupo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>cerca de %n segundo</numerusform>
            <numerusform>cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolment summary</source>
        <translation>Resumo do registro</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>No factor</source>
        <translation>Nenhum fator</translation>
    </message>
    <message>
        <source>TOTP app</source>
        <translation>Aplicativo TOTP</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Users per factor</source>
        <translation>Usuários por fator</translation>
    </message>
    <message>
        <source>Bars: how many users have set up each factor, and how many prefer it. The summary above says the same in words.</source>
        <translation>Barras: quantos usuários configuraram cada fator e quantos o preferem. O resumo acima diz o mesmo em palavras.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Refresh chart</source>
        <translation>Atualizar gráfico</translation>
    </message>
    <message>
        <source>Count e&amp;very user…</source>
        <translation>Contar &amp;todos os usuários…</translation>
    </message>
    <message>
        <source>Count every user</source>
        <translation>Contar todos os usuários</translation>
    </message>
    <message>
        <source>Reads every user&apos;s factors; says how many requests that takes before it starts.</source>
        <translation>Lê os fatores de todos os usuários; informa quantas solicitações isso exige antes de começar.</translation>
    </message>
    <message>
        <source>Full count cost</source>
        <translation>Custo da contagem completa</translation>
    </message>
    <message>
        <source>&amp;Start full count</source>
        <translation>&amp;Iniciar contagem completa</translation>
    </message>
    <message>
        <source>Start full count</source>
        <translation>Iniciar contagem completa</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Full count progress</source>
        <translation>Progresso da contagem completa</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Cancelar contagem</translation>
    </message>
    <message>
        <source>Cancel full count</source>
        <translation>Cancelar contagem completa</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>%n usuário contado.</numerusform>
            <numerusform>Todos os %n usuários contados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>Amostra do %n usuário lido até agora, de cerca de %1 no grupo. Role a tabela de usuários para ler mais ou conte todos os usuários.</numerusform>
            <numerusform>Amostra dos %n usuários lidos até agora, de cerca de %1 no grupo. Role a tabela de usuários para ler mais ou conte todos os usuários.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.</source>
        <translation>%1 Sem fator: %2; aplicativo autenticador: %3; SMS: %4; e-mail: %5.</translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>Uma contagem completa lê cerca de %1 usuários: %2 solicitações (%3 ListUsers, %4 AdminGetUser), %5 a %n solicitação por segundo.</numerusform>
            <numerusform>Uma contagem completa lê cerca de %1 usuários: %2 solicitações (%3 ListUsers, %4 AdminGetUser), %5 a %n solicitações por segundo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>Contagem completa cancelada após %n solicitação; o gráfico ainda mostra a amostra.</numerusform>
            <numerusform>Contagem completa cancelada após %n solicitações; o gráfico ainda mostra a amostra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>%n usuário contado (uma contagem completa, %1 solicitações).</numerusform>
            <numerusform>Todos os %n usuários contados (uma contagem completa, %1 solicitações).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>%n usuário contado; %1 não puderam ser lidos.</numerusform>
            <numerusform>%n usuários contados; %1 não puderam ser lidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation>Histórico de políticas de %1</translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation>Políticas aplicadas</translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation>Todas as políticas de MFA aplicadas a este grupo pelo Tessera, da mais recente para a mais antiga.</translation>
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
        <translation>Nenhuma política foi aplicada a este grupo pelo Tessera ainda.</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurar esta versão…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versão</translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation>Revisa a política da versão escolhida como um plano de alterações antes de aplicar qualquer coisa.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation>Exportar a configuração de %1</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>AWS CloudFormation (YAML)</source>
        <translation>AWS CloudFormation (YAML)</translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation>Terraform (HCL)</translation>
    </message>
    <message>
        <source>AWS CLI input (set-user-pool-mfa-config)</source>
        <translation>Entrada da AWS CLI (set-user-pool-mfa-config)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation>O formato de infraestrutura como código para o qual exportar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation>A configuração exportada, como será copiada ou salva.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies the configuration to the clipboard.</source>
        <translation>Copia a configuração para a área de transferência.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Saves the configuration to a file.</source>
        <translation>Salva a configuração em um arquivo.</translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation>Não existe neste formato, defina manualmente: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Salvar configuração</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Autenticação multifator</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desativado</translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation>O&amp;pcional</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>O&amp;brigatório</translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation>Fatores que os usuários podem usar</translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation>Aplicativos autenticadores (&amp;TOTP)</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Aplicativos autenticadores (TOTP)</translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation>Códigos de um aplicativo como o Tessera: grátis, e funciona sem sinal de celular.</translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation>Mensagens &amp;SMS</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>Mensagens SMS</translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation>Códigos por SMS, enviados e cobrados por mensagem pelo Amazon SNS.</translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation>Códigos por &amp;e-mail</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>Códigos por e-mail</translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Códigos por e-mail; na AWS, isso exige o Amazon SES como remetente de e-mail do grupo.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation>ARN da função de chamada do SNS</translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation>A função do IAM que o Cognito assume para publicar mensagens SMS pelo Amazon SNS, ex.: arn:aws:iam::123456789012:role/cognito-sms.</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation>O ID externo na política de confiança da função (sts:ExternalId).</translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation>Região do SNS</translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation>De onde as mensagens SMS são enviadas; vazio significa a região do próprio grupo.</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>Mensagem SMS</translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation>O texto que os usuários recebem; {####} é substituído pelo código. De 6 a 140 caracteres.</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>Prévia do SMS</translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation>ARN da &amp;função do SNS:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterno:</translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation>Re&amp;gião do SNS:</translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation>O Cognito envia mensagens SMS por meio de uma função do IAM que você cria. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;Como configurar SMS para um grupo de usuários&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Assunto do e-mail</translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation>Até 140 caracteres.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensagem de e-mail</translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation>O e-mail que os usuários recebem; {####} é substituído pelo código. De 6 a 20.000 caracteres.</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Prévia do e-mail</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ass&amp;unto:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Mensa&amp;gem:</translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation>Dispositivos e usuários federados</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Não lembrados</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Sempre lembrados</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Lembrados se o usuário concordar</translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation>Lembrar dispositivos</translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation>Se o Cognito lembra os dispositivos usados pelos usuários para fazer login (DeviceConfiguration).</translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation>&amp;Ignorar MFA em dispositivos lembrados</translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation>Ignorar MFA em dispositivos lembrados</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation>Um dispositivo lembrado faz login sem código; um dispositivo novo sempre precisa informar um (ChallengeRequiredOnNewDevice).</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Conforme a configuração de MFA do grupo</translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation>Sempre pedir um código</translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation>Nunca pedir (confiar no provedor)</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Usuários federados</translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation>MFA para usuários que fazem login por outro provedor de identidade.</translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation>&amp;Lembrar dispositivos:</translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation>Usuários fede&amp;rados:</translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation>Mantido apenas pelo mecanismo local do Tessera; o Cognito não tem essa configuração.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation>Os usuários recebem o texto padrão do Cognito: &quot;Your authentication code is 123456.&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>Os usuários recebem: “%1” (%n caractere)</numerusform>
            <numerusform>Os usuários recebem: “%1” (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation>A mensagem precisa conter {####}, onde o código entra.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation>Os usuários recebem o e-mail padrão do Cognito.</translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation>Os usuários recebem: “%1”</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PasskeySettings</name>
    <message>
        <source>Passkeys and passwordless sign-in</source>
        <translation>Passkeys e login sem senha</translation>
    </message>
    <message>
        <source>Passkeys unavailable</source>
        <translation>Passkeys indisponíveis</translation>
    </message>
    <message>
        <source>Allow sign-in with &amp;passkeys</source>
        <translation>Permitir login com &amp;passkeys</translation>
    </message>
    <message>
        <source>Allow sign-in with passkeys</source>
        <translation>Permitir login com passkeys</translation>
    </message>
    <message>
        <source>Users can register a passkey (a security key, or the lock of their phone or laptop) and sign in with it instead of a password.</source>
        <translation>Os usuários podem registrar uma passkey (uma chave de segurança ou o bloqueio de tela do celular ou notebook) e fazer login com ela em vez de uma senha.</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>ID da parte confiável</translation>
    </message>
    <message>
        <source>The domain passkeys are bound to, such as example.com.</source>
        <translation>O domínio ao qual as passkeys ficam vinculadas, ex.: example.com.</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>ID da parte &amp;confiável:</translation>
    </message>
    <message>
        <source>The relying party ID must be your app&apos;s own domain or a parent of it that can be registered (a registrable suffix): an app at https://app.example.com may use app.example.com or example.com, never com or another site&apos;s domain. Browsers refuse any other. A passkey works only for the ID it was registered with, so changing the ID later makes every existing passkey useless.</source>
        <translation>O ID da parte confiável precisa ser o próprio domínio do seu aplicativo ou um domínio pai dele que possa ser registrado (um sufixo registrável): um aplicativo em https://app.example.com pode usar app.example.com ou example.com, nunca com nem o domínio de outro site. Os navegadores recusam qualquer outro. Uma passkey só funciona para o ID com que foi registrada; por isso, alterar o ID depois torna inúteis todas as passkeys existentes.</translation>
    </message>
    <message>
        <source>App address to check</source>
        <translation>Endereço do aplicativo a verificar</translation>
    </message>
    <message>
        <source>Your app&apos;s address, to check that it can use passkeys for this relying party. Not saved.</source>
        <translation>O endereço do seu aplicativo, para verificar se ele pode usar passkeys com esta parte confiável. Não é salvo.</translation>
    </message>
    <message>
        <source>&amp;App address (check):</source>
        <translation>Endereço do &amp;aplicativo (verificação):</translation>
    </message>
    <message>
        <source>Relying party check</source>
        <translation>Verificação da parte confiável</translation>
    </message>
    <message>
        <source>Pr&amp;eferred</source>
        <translation>Pr&amp;eferido</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot check who holds it.</source>
        <translation>Um toque na chave basta quando ela não consegue verificar quem a tem.</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>O&amp;brigatório</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Todo login com passkey precisa comprovar quem tem a chave (PIN ou biometria); chaves que não conseguem são recusadas.</translation>
    </message>
    <message>
        <source>User verification: %1</source>
        <translation>Verificação do usuário: %1</translation>
    </message>
    <message>
        <source>User verification:</source>
        <translation>Verificação do usuário:</translation>
    </message>
    <message>
        <source>Users may begin signing in with:</source>
        <translation>Os usuários podem começar o login com:</translation>
    </message>
    <message>
        <source>First factor: password</source>
        <translation>Primeiro fator: senha</translation>
    </message>
    <message>
        <source>Always allowed, so that every user can still sign in.</source>
        <translation>Sempre permitido, para que todo usuário ainda possa fazer login.</translation>
    </message>
    <message>
        <source>First factor: code by email</source>
        <translation>Primeiro fator: código por e-mail</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email.</source>
        <translation>Usuários com endereço de e-mail verificado podem fazer login com um código enviado por e-mail.</translation>
    </message>
    <message>
        <source>First factor: code by text message</source>
        <translation>Primeiro fator: código por mensagem de texto</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a texted code; each code is a message the pool pays for.</source>
        <translation>Usuários com número de telefone verificado podem fazer login com um código enviado por SMS; cada código é uma mensagem paga pelo grupo.</translation>
    </message>
    <message>
        <source>This endpoint has no passkey operations (it answers ListWebAuthnCredentials as unsupported), so passkey and passwordless settings are hidden.</source>
        <translation>Este endpoint não tem operações de passkey (responde a ListWebAuthnCredentials como não suportada), por isso as configurações de passkey e de login sem senha ficam ocultas.</translation>
    </message>
    <message>
        <source>Give the relying party ID: Tessera&apos;s local engine has no domain of its own, and on AWS an empty ID means the pool&apos;s Cognito domain, which your app&apos;s pages cannot use.</source>
        <translation>Informe o ID da parte confiável: o mecanismo local do Tessera não tem domínio próprio e, na AWS, um ID vazio significa o domínio do Cognito do grupo, que as páginas do seu aplicativo não podem usar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; give your app&apos;s, such as https://app.example.com.</source>
        <translation>“%1” não é um endereço; informe o do seu aplicativo, ex.: https://app.example.com.</translation>
    </message>
    <message>
        <source>Pages at %1 can register and use passkeys for %2.</source>
        <translation>As páginas em %1 podem registrar e usar passkeys para %2.</translation>
    </message>
    <message>
        <source>Pages at %1 cannot use passkeys for %2: the relying party ID must be %1 itself or a parent domain of it.</source>
        <translation>As páginas em %1 não podem usar passkeys para %2: o ID da parte confiável precisa ser o próprio %1 ou um domínio pai dele.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation>aplicativos autenticadores</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>MFA is required, with %1.</source>
        <translation>A MFA é obrigatória, com %1.</translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation>A MFA é opcional, com %1.</translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation>A MFA está desativada: os usuários fazem login só com a senha.</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Mensagem do console</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>Erro do console</translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation>Nenhum grupo aberto</translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation>Edite grupos de usuários e sua política de MFA no mecanismo local do Tessera, ou conecte-se ao AWS Cognito ou a um endpoint compatível. Toda alteração é mostrada como um plano antes de ser aplicada.</translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation>Abrir grupos locais</translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation>Conectar ao AWS Cognito…</translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation>Cancelado. O que está na tela pode estar desatualizado: escolha o grupo de novo para lê-lo outra vez.</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>Filtrar grupos</translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation>Mostra os grupos cujo nome ou ID contém este texto.</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>Grupos de usuários</translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation>Os grupos de usuários da conexão; escolha um para ver e editar sua política de MFA.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation>Ordena por uma coluna; o menu de contexto dela mostra ou oculta colunas.</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Novo grupo…</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation>Ex&amp;cluir grupo…</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Excluir grupo</translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation>Escolha um grupo</translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation>A política de MFA dele, quem registrou qual fator e o que uma alteração fará antes de ser aplicada.</translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation>Nenhum grupo ainda</translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation>Crie um grupo, ou um grupo de exemplo com 200 usuários em todos os estados (sem fator, SMS, aplicativo autenticador, desativado, senha temporária) para ver o console em ação.</translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation>Criar grupo de e&amp;xemplo</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Novo grupo…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation>MFA em vigor</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>Re&amp;visar alterações…</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Revisar alterações</translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation>Mostra o que a política editada vai alterar, e para quem, antes de aplicar qualquer coisa.</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>Export&amp;ar configuração…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exportar configuração</translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>A política em vigor como CloudFormation, Terraform ou entrada da AWS CLI.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation>As políticas aplicadas a este grupo pelo Tessera, para restaurar uma.</translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation>Este endpoint não pode criar grupos.</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>Lendo o grupo…</translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation>Este endpoint não é compatível com isso.</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Contando usuários…</translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation>Usuários (estimativa): %1. Nesta conexão, quem tem qual fator é lido usuário por usuário; a lista de usuários mostra isso.</translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation>Usuários: %1. Sem fator: %2; com aplicativo autenticador: %3; com SMS: %4; com e-mail: %5.</translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation>Essa versão é a política em vigor: nada a alterar.</translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation>Não aplicada: %1 (%2). A política em vigor não mudou.</translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation>Aplicada a %1.</translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation>Aplicada a %1, mas não foi possível salvar o histórico: %2</translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation>O grupo não foi criado: %1</translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation>Grupo %1 criado.</translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation>O grupo foi criado, mas não foi possível definir a MFA dele: %1</translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation>Grupo %1 excluído.</translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation>O grupo %1 não foi excluído: %2</translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation>O grupo de exemplo não foi criado: %1</translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation>Grupo de exemplo criado: 200 usuários em estados variados. Escolha-o para ver a política dele.</translation>
    </message>
    <message>
        <source>Pool sections</source>
        <translation>Seções do grupo</translation>
    </message>
    <message>
        <source>&amp;MFA policy</source>
        <translation>Política de &amp;MFA</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuários</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Adaptive MFA</source>
        <translation>MFA &amp;adaptativa</translation>
    </message>
    <message>
        <source>SMS &amp;costs</source>
        <translation>&amp;Custos de SMS</translation>
    </message>
    <message>
        <source>Sign-in &amp;lab</source>
        <translation>&amp;Laboratório de login</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation>Aplicativo autenticador</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>ID do grupo</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Fatores</translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation>Usuários (est.)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Não há nada para aplicar.</translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Nenhuma chave da AWS foi encontrada para o perfil %1: execute &quot;aws configure --profile %1&quot; ou defina AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation>O token de sessão do perfil %1 expirou: faça login de novo (para SSO, &quot;aws sso login --profile %1&quot;).</translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation>A AWS não aceitou as chaves do perfil %1 (%2): verifique a chave de acesso e o segredo, e se a região está certa.</translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation>Acesso negado: as chaves do perfil %1 não podem chamar cognito-idp:ListUserPools. A AWS respondeu: %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation>Não foi possível alcançar o endpoint (%1): verifique a URL ou a região e a rede.</translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation>Este endpoint não lista grupos de usuários: %1</translation>
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
        <translation>Status da MFA adaptativa</translation>
    </message>
    <message>
        <source>Re&amp;view risk changes…</source>
        <translation>&amp;Revisar alterações de risco…</translation>
    </message>
    <message>
        <source>Review risk changes</source>
        <translation>Revisar alterações de risco</translation>
    </message>
    <message>
        <source>Shows what the edited risk configuration will change before anything is applied.</source>
        <translation>Mostra o que a configuração de risco editada vai alterar antes que algo seja aplicado.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Revert risk changes</source>
        <translation>Reverter alterações de risco</translation>
    </message>
    <message>
        <source>Puts back the configuration in force.</source>
        <translation>Restaura a configuração em vigor.</translation>
    </message>
    <message>
        <source>E&amp;xport as code…</source>
        <translation>E&amp;xportar como código…</translation>
    </message>
    <message>
        <source>Export risk configuration as code</source>
        <translation>Exportar a configuração de risco como código</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA configuration with the risk settings as edited here, as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>A configuração de MFA do grupo com as configurações de risco editadas aqui, como entrada do CloudFormation, do Terraform ou da AWS CLI.</translation>
    </message>
    <message>
        <source>Choose a pool to see its adaptive MFA settings.</source>
        <translation>Escolha um grupo para ver as configurações de MFA adaptativa dele.</translation>
    </message>
    <message>
        <source>When a sign-in looks risky</source>
        <translation>Quando um login parece arriscado</translation>
    </message>
    <message>
        <source>&amp;Low risk:</source>
        <translation>Risco &amp;baixo:</translation>
    </message>
    <message>
        <source>Med&amp;ium risk:</source>
        <translation>Risco &amp;médio:</translation>
    </message>
    <message>
        <source>&amp;High risk:</source>
        <translation>Risco &amp;alto:</translation>
    </message>
    <message>
        <source>Low-risk action</source>
        <translation>Ação para risco baixo</translation>
    </message>
    <message>
        <source>Medium-risk action</source>
        <translation>Ação para risco médio</translation>
    </message>
    <message>
        <source>High-risk action</source>
        <translation>Ação para risco alto</translation>
    </message>
    <message>
        <source>Notify on low risk</source>
        <translation>Notificar em risco baixo</translation>
    </message>
    <message>
        <source>Notify on medium risk</source>
        <translation>Notificar em risco médio</translation>
    </message>
    <message>
        <source>Notify on high risk</source>
        <translation>Notificar em risco alto</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>MFA if configured</source>
        <translation>MFA se configurada</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA obrigatória</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>What the pool does with a sign-in at this level.</source>
        <translation>O que o grupo faz com um login neste nível.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Tells the user of each such sign-in (by email on AWS, through the outbox on the local engine).</source>
        <translation>Avisa o usuário de cada login desse tipo (por e-mail na AWS, pela caixa de saída no mecanismo local).</translation>
    </message>
    <message>
        <source>%1 meaning</source>
        <translation>Significado de %1</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Endereços IP</translation>
    </message>
    <message>
        <source>One CIDR range per line, IPv4 or IPv6, such as 192.0.2.0/24 or 2001:db8::/32. These lists are looked at before any other signal.</source>
        <translation>Um intervalo CIDR por linha, IPv4 ou IPv6, ex.: 192.0.2.0/24 ou 2001:db8::/32. Essas listas são consultadas antes de qualquer outro sinal.</translation>
    </message>
    <message>
        <source>IP ranges help</source>
        <translation>Ajuda sobre intervalos de IP</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problema em %1</translation>
    </message>
    <message>
        <source>Al&amp;ways allow (skip the risk checks, count as low risk):</source>
        <translation>&amp;Sempre permitir (ignorar as verificações de risco, contar como risco baixo):</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Intervalos de IP sempre permitidos</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks; one CIDR range per line.</source>
        <translation>Logins desses intervalos ignoram as verificações de risco; um intervalo CIDR por linha.</translation>
    </message>
    <message>
        <source>&amp;Block (refused before the password is looked at):</source>
        <translation>B&amp;loquear (recusado antes de a senha ser verificada):</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Intervalos de IP bloqueados</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused; one CIDR range per line.</source>
        <translation>Logins desses intervalos são recusados; um intervalo CIDR por linha.</translation>
    </message>
    <message>
        <source>How Tessera&apos;s local engine scores a sign-in</source>
        <translation>Como o mecanismo local do Tessera pontua um login</translation>
    </message>
    <message>
        <source>New device: a device (remembered device key, device data or user agent) not seen in the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Novo dispositivo: um dispositivo (chave de dispositivo lembrado, dados do dispositivo ou agente do usuário) não visto nos logins bem-sucedidos anteriores do usuário soma 1 ponto.</translation>
    </message>
    <message>
        <source>New device signal</source>
        <translation>Sinal de novo dispositivo</translation>
    </message>
    <message>
        <source>New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Nova rede: um endereço fora das redes /24 (IPv4) ou /48 (IPv6) dos logins bem-sucedidos anteriores do usuário soma 1 ponto.</translation>
    </message>
    <message>
        <source>New network signal</source>
        <translation>Sinal de nova rede</translation>
    </message>
    <message>
        <source>Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, %2 or more add 2.</source>
        <translation>Velocidade de falhas: %1 ou mais logins com falha do usuário em 15 minutos somam 1 ponto; %2 ou mais somam 2.</translation>
    </message>
    <message>
        <source>Failure velocity signal</source>
        <translation>Sinal de velocidade de falhas</translation>
    </message>
    <message>
        <source>Request rate: %1 or more sign-in attempts from one address in a minute, as a bot makes, add 3 points.</source>
        <translation>Taxa de solicitações: %1 ou mais tentativas de login de um mesmo endereço em um minuto, como faz um bot, somam 3 pontos.</translation>
    </message>
    <message>
        <source>Request rate signal</source>
        <translation>Sinal de taxa de solicitações</translation>
    </message>
    <message>
        <source>0 or 1 point is low risk, 2 medium, 3 or more high; a user&apos;s first sign-in has no history to compare with. AWS Cognito scores with its own model instead.</source>
        <translation>0 ou 1 ponto é risco baixo, 2 é médio, 3 ou mais é alto; o primeiro login de um usuário não tem histórico para comparar. O AWS Cognito pontua com um modelo próprio.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Níveis de risco</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API, so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>A MFA adaptativa não está disponível aqui: este endpoint não tem API de configuração de risco; use o mecanismo local do Tessera ou o AWS Cognito com proteção contra ameaças.</translation>
    </message>
    <message>
        <source>Reading the risk configuration…</source>
        <translation>Lendo a configuração de risco…</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API (cognito-local, for one, lacks it), so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>A MFA adaptativa não está disponível aqui: este endpoint não tem API de configuração de risco (o cognito-local, por exemplo, não tem); use o mecanismo local do Tessera ou o AWS Cognito com proteção contra ameaças.</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available on this pool: AWS Cognito offers it only with threat protection (advanced security) in the pool&apos;s feature plan, which is turned on in AWS.</source>
        <translation>A MFA adaptativa não está disponível neste grupo: o AWS Cognito só a oferece com a proteção contra ameaças (segurança avançada) no plano de recursos do grupo, que é ativada na AWS.</translation>
    </message>
    <message>
        <source>The risk configuration could not be read: %1 (%2).</source>
        <translation>Não foi possível ler a configuração de risco: %1 (%2).</translation>
    </message>
    <message>
        <source>What this pool does when a sign-in looks risky, and the addresses it always allows or blocks.</source>
        <translation>O que este grupo faz quando um login parece arriscado, e os endereços que ele sempre permite ou bloqueia.</translation>
    </message>
    <message>
        <source>No adaptive MFA is set: every sign-in goes on as the MFA policy says, whatever its risk.</source>
        <translation>Nenhuma MFA adaptativa definida: todo login segue o que a política de MFA diz, qualquer que seja o risco.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabPanel</name>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>The pool user to sign in as; pick one or type a name.</source>
        <translation>O usuário do grupo com o qual fazer login; escolha um ou digite um nome.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>Cliente de aplicativo</translation>
    </message>
    <message>
        <source>The app client the sign-in goes through.</source>
        <translation>O cliente de aplicativo pelo qual o login passa.</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>&amp;Cliente de aplicativo:</translation>
    </message>
    <message>
        <source>App client note</source>
        <translation>Observação sobre o cliente de aplicativo</translation>
    </message>
    <message>
        <source>Create a &amp;test client</source>
        <translation>Criar um cliente de &amp;teste</translation>
    </message>
    <message>
        <source>Create a test client</source>
        <translation>Criar um cliente de teste</translation>
    </message>
    <message>
        <source>Creates an app client named tessera-lab that allows password and SRP sign-in.</source>
        <translation>Cria um cliente de aplicativo chamado tessera-lab que permite login com senha e com SRP.</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>Senha (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Authentication flow</source>
        <translation>Fluxo de autenticação</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Fluxo:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>A senha do usuário; mantida em memória que é apagada.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Set this as the user&apos;s &amp;test password first</source>
        <translation>Definir antes como senha de t&amp;este do usuário</translation>
    </message>
    <message>
        <source>Set a test password</source>
        <translation>Definir uma senha de teste</translation>
    </message>
    <message>
        <source>Before signing in, makes the password above the user&apos;s permanent password (AdminSetUserPassword).</source>
        <translation>Antes do login, torna a senha acima a senha permanente do usuário (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Answers NEW_PASSWORD_REQUIRED when the user has a temporary password; empty stops the run there.</source>
        <translation>Responde a NEW_PASSWORD_REQUIRED quando o usuário tem uma senha temporária; se vazio, a execução para ali.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>The address the sign-in comes from.</source>
        <translation>O endereço de onde vem o login.</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Endereço &amp;IP:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>A new device, or one the user has remembered (the risk engine and remembered-device rules read it).</source>
        <translation>Um novo dispositivo ou um que o usuário lembrou (o mecanismo de risco e as regras de dispositivos lembrados o leem).</translation>
    </message>
    <message>
        <source>A new device</source>
        <translation>Um novo dispositivo</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Nome do novo dispositivo</translation>
    </message>
    <message>
        <source>The new device&apos;s name.</source>
        <translation>O nome do novo dispositivo.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>No&amp;me do dispositivo:</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente do usuário</translation>
    </message>
    <message>
        <source>The browser or app the sign-in claims to be.</source>
        <translation>O navegador ou aplicativo que o login diz ser.</translation>
    </message>
    <message>
        <source>User &amp;agent:</source>
        <translation>&amp;Agente do usuário:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Walks the sign-in through every challenge.</source>
        <translation>Conduz o login por todos os desafios.</translation>
    </message>
    <message>
        <source>Set up an &amp;authenticator…</source>
        <translation>Configurar um au&amp;tenticador…</translation>
    </message>
    <message>
        <source>Set up an authenticator</source>
        <translation>Configurar um autenticador</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for the user with the tokens of the last run.</source>
        <translation>Registra um autenticador TOTP para o usuário com os tokens da última execução.</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>Adicionar ao co&amp;fre deste computador</translation>
    </message>
    <message>
        <source>Add the set-up secret to the vault</source>
        <translation>Adicionar a chave secreta configurada ao cofre</translation>
    </message>
    <message>
        <source>Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user.</source>
        <translation>Guarda o autenticador recém-registrado em MFA_SETUP como uma entrada do cofre vinculada ao usuário.</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Código necessário</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The code the challenge asks for, as the user would type it.</source>
        <translation>O código que o desafio pede, como o usuário o digitaria.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Enviar código</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Could not list the pool&apos;s users: %1</source>
        <translation>Não foi possível listar os usuários do grupo: %1</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>Não foi possível listar os clientes de aplicativo: %1</translation>
    </message>
    <message>
        <source>%1 (allows neither password nor SRP sign-in)</source>
        <translation>%1 (não permite login com senha nem com SRP)</translation>
    </message>
    <message>
        <source>The pool has no app client yet.</source>
        <translation>O grupo ainda não tem cliente de aplicativo.</translation>
    </message>
    <message>
        <source>No app client of this pool allows password or SRP sign-in.</source>
        <translation>Nenhum cliente de aplicativo deste grupo permite login com senha ou SRP.</translation>
    </message>
    <message>
        <source>Could not create the test client: %1</source>
        <translation>Não foi possível criar o cliente de teste: %1</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>Lembrado: %1</translation>
    </message>
    <message>
        <source>Choose an app client, or create a test client.</source>
        <translation>Escolha um cliente de aplicativo ou crie um cliente de teste.</translation>
    </message>
    <message>
        <source>Choose the user to sign in as.</source>
        <translation>Escolha o usuário com o qual fazer login.</translation>
    </message>
    <message>
        <source>Type the user&apos;s password (or a new one with &quot;Set a test password&quot;).</source>
        <translation>Digite a senha do usuário (ou uma nova com “Definir uma senha de teste”).</translation>
    </message>
    <message>
        <source>Could not set the test password: %1</source>
        <translation>Não foi possível definir a senha de teste: %1</translation>
    </message>
    <message>
        <source>%1 needs a code: %2. Type the code the user would type.</source>
        <translation>%1 precisa de um código: %2. Digite o código que o usuário digitaria.</translation>
    </message>
    <message>
        <source>Type the code first.</source>
        <translation>Primeiro digite o código.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>digitado</translation>
    </message>
    <message>
        <source>Only the local engine records why it decided; this backend answers without a decision trace.</source>
        <translation>Só o mecanismo local registra por que decidiu; este backend responde sem rastro da decisão.</translation>
    </message>
    <message>
        <source>No decision trace: the run ended before the engine decided anything.</source>
        <translation>Sem rastro da decisão: a execução terminou antes de o mecanismo decidir qualquer coisa.</translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>Não foi possível adicionar a entrada ao cofre: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Sign-in steps</source>
        <translation>Etapas do login</translation>
    </message>
    <message>
        <source>Each request and answer of the run; expand a step for its request and answer, passwords and tokens masked.</source>
        <translation>Cada solicitação e resposta da execução; expanda uma etapa para ver a solicitação e a resposta, com senhas e tokens mascarados.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>Código de</translation>
    </message>
    <message>
        <source>Step columns</source>
        <translation>Colunas das etapas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Show token claims</source>
        <translation>&amp;Mostrar declarações dos tokens</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>Mostrar declarações dos tokens</translation>
    </message>
    <message>
        <source>Decodes the ID and access tokens&apos; claims (read without checking the signature).</source>
        <translation>Decodifica as declarações dos tokens de ID e de acesso (lidas sem verificar a assinatura).</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Declarações dos tokens</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>Rastro da decisão</translation>
    </message>
    <message>
        <source>Decision trace note</source>
        <translation>Observação sobre o rastro da decisão</translation>
    </message>
    <message>
        <source>Why the local engine decided what it did: risk signals, score, level, action, and whether MFA was asked and why.</source>
        <translation>Por que o mecanismo local decidiu o que decidiu: sinais de risco, pontuação, nível, ação e se a MFA foi pedida e por quê.</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: aguardando a resposta</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>Autenticado. Os tokens expiram em %n segundo (duração do token de ID: %1 s, do token de acesso: %2 s).</numerusform>
            <numerusform>Autenticado. Os tokens expiram em %n segundos (duração do token de ID: %1 s, do token de acesso: %2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool remembered this device as %1.</source>
        <translation>O grupo lembrou este dispositivo como %1.</translation>
    </message>
    <message>
        <source>ID token claims:
%1

Access token claims:
%2</source>
        <translation>Declarações do token de ID:
%1

Declarações do token de acesso:
%2</translation>
    </message>
    <message>
        <source>Stopped: %1: %2</source>
        <translation>Parado: %1: %2</translation>
    </message>
    <message>
        <source>Stopped at %1: %2: %3</source>
        <translation>Parado em %1: %2: %3</translation>
    </message>
    <message>
        <source>What to change: %1</source>
        <translation>O que alterar: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Em execução…</translation>
    </message>
    <message>
        <source>&amp;Hide token claims</source>
        <translation>&amp;Ocultar declarações dos tokens</translation>
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
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Users now; starts from the pool&apos;s estimated users.</source>
        <translation>Usuários atuais; começa pelo número estimado de usuários do grupo.</translation>
    </message>
    <message>
        <source>Sign-ins per user per month</source>
        <translation>Logins por usuário por mês</translation>
    </message>
    <message>
        <source>Share of sign-ins challenged</source>
        <translation>Parcela de logins com desafio</translation>
    </message>
    <message>
        <source>Sign-ins asked for an MFA code; starts from the MFA policy.</source>
        <translation>Logins em que um código de MFA é pedido; começa pela política de MFA.</translation>
    </message>
    <message>
        <source>Share of challenged users on SMS</source>
        <translation>Parcela de usuários desafiados que usam SMS</translation>
    </message>
    <message>
        <source>Challenged users whose code comes by text; the rest use TOTP or email.</source>
        <translation>Usuários desafiados cujo código chega por SMS; os demais usam TOTP ou e-mail.</translation>
    </message>
    <message>
        <source>User growth per month</source>
        <translation>Crescimento de usuários por mês</translation>
    </message>
    <message>
        <source>Use&amp;rs:</source>
        <translation>&amp;Usuários:</translation>
    </message>
    <message>
        <source>&amp;Sign-ins per user per month:</source>
        <translation>&amp;Logins por usuário por mês:</translation>
    </message>
    <message>
        <source>Share of sign-ins c&amp;hallenged:</source>
        <translation>Parcela de logins com &amp;desafio:</translation>
    </message>
    <message>
        <source>Share of challenged users &amp;on SMS:</source>
        <translation>Parcela de usuários desafiados que usam &amp;SMS:</translation>
    </message>
    <message>
        <source>User &amp;growth per month:</source>
        <translation>&amp;Crescimento de usuários por mês:</translation>
    </message>
    <message>
        <source>Where the shares come from</source>
        <translation>De onde vêm as parcelas</translation>
    </message>
    <message>
        <source>Reset &amp;from the pool</source>
        <translation>&amp;Redefinir a partir do grupo</translation>
    </message>
    <message>
        <source>Reset inputs from the pool</source>
        <translation>Redefinir as entradas a partir do grupo</translation>
    </message>
    <message>
        <source>Users, and the shares from the MFA policy and the factor mix, read again.</source>
        <translation>Os usuários e as parcelas da política de MFA e da combinação de fatores são lidos novamente.</translation>
    </message>
    <message>
        <source>Prices as of %1, in %2. %3</source>
        <translation>Preços de %1, em %2. %3</translation>
    </message>
    <message>
        <source>About the sample prices</source>
        <translation>Sobre os preços de exemplo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Price per SMS (%1)</source>
        <translation>Preço por SMS (%1)</translation>
    </message>
    <message>
        <source>Share of texts (%)</source>
        <translation>Parcela das mensagens (%)</translation>
    </message>
    <message>
        <source>SMS prices by destination country</source>
        <translation>Preços de SMS por país de destino</translation>
    </message>
    <message>
        <source>Editable: a country code (ISO 3166, such as US), its price per text, and the share of texts sent there; the shares add up to 100.</source>
        <translation>Editável: um código de país (ISO 3166, ex.: US), o preço por mensagem e a parcela das mensagens enviadas para lá; as parcelas somam 100.</translation>
    </message>
    <message>
        <source>Price columns</source>
        <translation>Colunas de preços</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>Selecionar todos os preços</translation>
    </message>
    <message>
        <source>Add countr&amp;y</source>
        <translation>Adicionar &amp;país</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Adicionar país</translation>
    </message>
    <message>
        <source>Remo&amp;ve country</source>
        <translation>Remo&amp;ver país</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Remover país</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TOTP or email (nothing per message)</source>
        <translation>TOTP ou e-mail (nada por mensagem)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Custo por mês</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>SMS cost over 12 months</source>
        <translation>Custo de SMS em 12 meses</translation>
    </message>
    <message>
        <source>Lines: what SMS codes cost each month, against TOTP or email at nothing per message. The sentences below say the same in words.</source>
        <translation>Linhas: quanto os códigos por SMS custam a cada mês, comparado com TOTP ou e-mail, sem custo por mensagem. As frases abaixo dizem o mesmo em palavras.</translation>
    </message>
    <message>
        <source>SMS cost summary</source>
        <translation>Resumo do custo de SMS</translation>
    </message>
    <message>
        <source>SMS cost problem</source>
        <translation>Problema no custo de SMS</translation>
    </message>
    <message>
        <source>Share of SMS users moved to TOTP</source>
        <translation>Parcela de usuários de SMS migrados para TOTP</translation>
    </message>
    <message>
        <source>Cost of moving one user</source>
        <translation>Custo de migrar um usuário</translation>
    </message>
    <message>
        <source>Paid once per user moved: support time, messages asking them to switch.</source>
        <translation>Pago uma vez por usuário migrado: tempo de suporte, mensagens pedindo que mudem.</translation>
    </message>
    <message>
        <source>Share of SMS users moved to &amp;TOTP:</source>
        <translation>Parcela de usuários de SMS migrados para &amp;TOTP:</translation>
    </message>
    <message>
        <source>Cost of mov&amp;ing one user (%1):</source>
        <translation>Custo de m&amp;igrar um usuário (%1):</translation>
    </message>
    <message>
        <source>Break-even of moving to TOTP</source>
        <translation>Ponto de equilíbrio da migração para TOTP</translation>
    </message>
    <message>
        <source>The shares come from the MFA policy alone: an upper bound, as if every user had a factor.</source>
        <translation>As parcelas vêm só da política de MFA: um limite superior, como se todo usuário tivesse um fator.</translation>
    </message>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>As parcelas vêm da política de MFA e dos fatores que o %n usuário do grupo configurou (SMS: os que têm SMS entre os que têm um fator).</numerusform>
            <numerusform>As parcelas vêm da política de MFA e dos fatores que os %n usuários do grupo configuraram (SMS: os que têm SMS entre os que têm um fator).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot project: %1.</source>
        <translation>Não é possível projetar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>Mês 1: %n mensagem, %1. Mês 12: %2 mensagens, %3. Em 12 meses: %4, enquanto TOTP ou e-mail não custariam nada por mensagem.</numerusform>
            <numerusform>Mês 1: %n mensagens, %1. Mês 12: %2 mensagens, %3. Em 12 meses: %4, enquanto TOTP ou e-mail não custariam nada por mensagem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No texts are sent, so moving users to TOTP saves nothing.</source>
        <translation>Nenhuma mensagem é enviada; portanto, migrar usuários para TOTP não economiza nada.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs nothing up front and saves %2 from the first month.</source>
        <translation>Migrar %1% dos usuários de SMS para TOTP não custa nada de início e economiza %2 desde o primeiro mês.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it has paid for itself by month %4.</source>
        <translation>Migrar %1% dos usuários de SMS para TOTP custa %2 uma vez e economiza %3 no primeiro mês: o valor se paga até o mês %4.</translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>Migrar %1% dos usuários de SMS para TOTP custa %2 uma vez e economiza %3 no primeiro mês: o valor não se pagaria em %n mês.</numerusform>
            <numerusform>Migrar %1% dos usuários de SMS para TOTP custa %2 uma vez e economiza %3 no primeiro mês: o valor não se pagaria em %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for this pool; &quot;Reset from the pool&quot; reads the pool and its policy again.</source>
        <translation>Salvo para este grupo; “Redefinir a partir do grupo” lê novamente o grupo e a política dele.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message>
        <source>Ne&amp;w user…</source>
        <translation>No&amp;vo usuário…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>Create a user with an invitation or a temporary password.</source>
        <translation>Criar um usuário com um convite ou uma senha temporária.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Importar usuários de CSV</translation>
    </message>
    <message>
        <source>Add users from a CSV file in Cognito&apos;s user-import format.</source>
        <translation>Adicionar usuários de um arquivo CSV no formato de importação de usuários do Cognito.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Exportar usuários como CSV</translation>
    </message>
    <message>
        <source>Save every user matching the filter as CSV.</source>
        <translation>Salvar como CSV todos os usuários que correspondem ao filtro.</translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>Ação em &amp;massa…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Ação em massa</translation>
    </message>
    <message>
        <source>Disable, enable, require a factor, reset MFA, forget devices or delete the selected users or every user matching the filter.</source>
        <translation>Desabilitar, habilitar, exigir um fator, redefinir a MFA, esquecer dispositivos ou excluir os usuários selecionados ou todos os usuários que correspondem ao filtro.</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuários</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n usuário importado.</numerusform>
            <numerusform>%n usuários importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users to export…</source>
        <translation>Lendo os usuários a exportar…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>Lendo os usuários a exportar: %n até agora…</numerusform>
            <numerusform>Lendo os usuários a exportar: %n até agora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n usuário exportado para %1.</numerusform>
            <numerusform>%n usuários exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nada foi exportado: %1</translation>
    </message>
    <message>
        <source>%1 The MFA columns are empty: this backend gives them one user at a time (AdminGetUser).</source>
        <translation>%1 As colunas de MFA estão vazias: este backend as fornece um usuário por vez (AdminGetUser).</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserDetailPane</name>
    <message>
        <source>User status</source>
        <translation>Status do usuário</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>Resultado da ação</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Erro da ação</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The device is forgotten: %1&apos;s next sign-in from it asks for MFA again.</source>
        <translation>O dispositivo foi esquecido: o próximo login de %1 a partir dele pedirá MFA novamente.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desabilitar</translation>
    </message>
    <message>
        <source>Stop or allow this user&apos;s sign-ins.</source>
        <translation>Bloquear ou permitir os logins deste usuário.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>The user must set a new password at the next sign-in.</source>
        <translation>O usuário precisa definir uma nova senha no próximo login.</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Excluir usuário…</translation>
    </message>
    <message>
        <source>Deletes the user for good, after you type the username.</source>
        <translation>Exclui o usuário definitivamente, depois que você digitar o nome de usuário.</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Autenticação multifator</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Fatores</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Fator</translation>
    </message>
    <message>
        <source>The factor Make preferred and Remove factor act on.</source>
        <translation>O fator sobre o qual Tornar preferido e Remover fator atuam.</translation>
    </message>
    <message>
        <source>Make preferred</source>
        <translation>Tornar preferido</translation>
    </message>
    <message>
        <source>Sign-ins ask for this factor first.</source>
        <translation>Os logins pedem este fator primeiro.</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Remover fator</translation>
    </message>
    <message>
        <source>Turns this factor off.</source>
        <translation>Desativa este fator.</translation>
    </message>
    <message>
        <source>Clear preference</source>
        <translation>Limpar preferência</translation>
    </message>
    <message>
        <source>No preferred factor; the factors stay on.</source>
        <translation>Nenhum fator preferido; os fatores continuam ativados.</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Redefinir MFA</translation>
    </message>
    <message>
        <source>Turns every factor of this user off.</source>
        <translation>Desativa todos os fatores deste usuário.</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Dispositivos lembrados</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Último IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último login</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>Esquecer dispositivo</translation>
    </message>
    <message>
        <source>The next sign-in from the selected device asks for MFA.</source>
        <translation>O próximo login a partir do dispositivo selecionado pedirá MFA.</translation>
    </message>
    <message>
        <source>Forget all devices</source>
        <translation>Esquecer todos os dispositivos</translation>
    </message>
    <message>
        <source>The next sign-in from every device asks for MFA.</source>
        <translation>O próximo login a partir de cada dispositivo pedirá MFA.</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Logins recentes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Nenhum usuário escolhido</translation>
    </message>
    <message>
        <source>Choose a user to see their details.</source>
        <translation>Escolha um usuário para ver os detalhes.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>This backend does not list remembered devices (it does not serve AdminListDevices).</source>
        <translation>Este backend não lista dispositivos lembrados (não oferece AdminListDevices).</translation>
    </message>
    <message>
        <source>This backend keeps no sign-in history (it does not serve AdminListUserAuthEvents).</source>
        <translation>Este backend não mantém histórico de logins (não oferece AdminListUserAuthEvents).</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3 · changed %4</source>
        <translation>%1 · %2 · criado em %3 · alterado em %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desabilitado</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (preferido)</translation>
    </message>
    <message>
        <source>No MFA factor is on: this user signs in with a password only.</source>
        <translation>Nenhum fator de MFA está ativado: este usuário faz login somente com senha.</translation>
    </message>
    <message>
        <source>Factors on: %1.</source>
        <translation>Fatores ativados: %1.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>lembrado</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>não lembrado</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>Nenhum dispositivo lembrado.</translation>
    </message>
    <message>
        <source>No sign-ins recorded yet.</source>
        <translation>Nenhum login registrado ainda.</translation>
    </message>
    <message>
        <source>This backend does not serve %1, so %2 is not available.</source>
        <translation>Este backend não oferece %1, então %2 não está disponível.</translation>
    </message>
    <message>
        <source>%1 will be forgotten: %2&apos;s next sign-in from it asks for MFA again.</source>
        <translation>%1 será esquecido: o próximo login de %2 a partir dele pedirá MFA novamente.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: processando…</translation>
    </message>
    <message>
        <source>Set up an authenticator…</source>
        <translation>Configurar um autenticador…</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for this user: a QR code for a phone, or an entry in this computer&apos;s vault.</source>
        <translation>Registra um autenticador TOTP para este usuário: um código QR para um celular ou uma entrada no cofre deste computador.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserFilterBar</name>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>Nome de usuário preferido</translation>
    </message>
    <message>
        <source>Status (CONFIRMED, …)</source>
        <translation>Status (CONFIRMED, …)</translation>
    </message>
    <message>
        <source>Enabled (Enabled / Disabled)</source>
        <translation>Habilitado (Enabled / Disabled)</translation>
    </message>
    <message>
        <source>User ID (sub)</source>
        <translation>ID do usuário (sub)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>Pesquisar nomes de usuário</translation>
    </message>
    <message>
        <source>Lists the users whose username starts with this text (username ^= &quot;text&quot;).</source>
        <translation>Lista os usuários cujo nome de usuário começa com este texto (username ^= &quot;texto&quot;).</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Campo do filtro</translation>
    </message>
    <message>
        <source>The attribute to filter on: ListUsers can search only these.</source>
        <translation>O atributo pelo qual filtrar: o ListUsers só pode pesquisar nestes.</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>começa com</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>é exatamente</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Operador do filtro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Valor do filtro</translation>
    </message>
    <message>
        <source>Cognito filter, e.g. email ^= &quot;ann&quot;</source>
        <translation>Filtro do Cognito, ex.: email ^= &quot;ann&quot;</translation>
    </message>
    <message>
        <source>Cognito filter</source>
        <translation>Filtro do Cognito</translation>
    </message>
    <message>
        <source>The filter as ListUsers receives it; edit it here or with the fields above.</source>
        <translation>O filtro como o ListUsers o recebe; edite-o aqui ou com os campos acima.</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Aplicar filtro</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Aplicar filtro</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>Mostrar todos os usuários</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problema no filtro</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Importar usuários de CSV</translation>
    </message>
    <message>
        <source>A CSV file in Cognito&apos;s user-import format: the header GetCSVHeader gives (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), one user a row. Imported users must reset their password at the first sign-in.</source>
        <translation>Um arquivo CSV no formato de importação de usuários do Cognito: o cabeçalho que GetCSVHeader fornece (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), um usuário por linha. Os usuários importados precisam redefinir a senha no primeiro login.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Users to import</source>
        <translation>Usuários a importar</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuários</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import goes into the local engine only. For AWS Cognito, start a user import job with the same file in the AWS console or CLI (CreateUserImportJob); the preview still checks the file.</source>
        <translation>A importação vai somente para o mecanismo local. Para o AWS Cognito, inicie um trabalho de importação de usuários com o mesmo arquivo no console ou na CLI da AWS (CreateUserImportJob); a prévia ainda verifica o arquivo.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n usuário pronto para importar.</numerusform>
            <numerusform>%n usuários prontos para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Rows with a problem are left out; fix them in the file and choose it again to import them.</source>
        <translation>%1 %2 As linhas com problema ficam de fora; corrija-as no arquivo e escolha-o novamente para importá-las.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>&amp;Importar %n usuário</numerusform>
            <numerusform>&amp;Importar %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>&amp;Importar o %n usuário sem problemas</numerusform>
            <numerusform>&amp;Importar os %n usuários sem problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>Importando %n usuário…</numerusform>
            <numerusform>Importando %n usuários…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>%n usuário importado; ele precisa redefinir a senha no primeiro login.</numerusform>
            <numerusform>%n usuários importados; cada um precisa redefinir a senha no primeiro login.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserPasskeysSection</name>
    <message>
        <source>Passkeys</source>
        <translation>Passkeys</translation>
    </message>
    <message>
        <source>Passkeys note</source>
        <translation>Observação sobre passkeys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Delete passkey…</source>
        <translation>Excluir passkey…</translation>
    </message>
    <message>
        <source>Delete passkey</source>
        <translation>Excluir passkey</translation>
    </message>
    <message>
        <source>Removes the selected passkey; the user can no longer sign in with it.</source>
        <translation>Remove a passkey selecionada; o usuário não poderá mais fazer login com ela.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>This backend shows passkeys only to their own user (Cognito&apos;s ListWebAuthnCredentials takes the user&apos;s access token), so they are not listed here.</source>
        <translation>Este backend mostra as passkeys somente ao próprio usuário (o ListWebAuthnCredentials do Cognito recebe o token de acesso do usuário), por isso elas não são listadas aqui.</translation>
    </message>
    <message>
        <source>%1 has no passkey.</source>
        <translation>%1 não tem passkey.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 tem %n passkey.</numerusform>
            <numerusform>%1 tem %n passkeys.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Delete the passkey &quot;%1&quot; of %2? They can no longer sign in with it, and must register it again to use it. This cannot be undone.</source>
        <translation>Excluir a passkey “%1” de %2? O usuário não poderá mais fazer login com ela e precisará registrá-la de novo para usá-la. Não é possível desfazer esta ação.</translation>
    </message>
    <message>
        <source>The passkey &quot;%1&quot; was not deleted: %2</source>
        <translation>A passkey “%1” não foi excluída: %2</translation>
    </message>
    <message>
        <source>Deleted the passkey &quot;%1&quot; of %2; they can no longer sign in with it.</source>
        <translation>A passkey “%1” de %2 foi excluída; o usuário não pode mais fazer login com ela.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>authenticator app (TOTP)</source>
        <translation>aplicativo autenticador (TOTP)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>verified</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1, verificado</translation>
    </message>
    <message>
        <source>%1, not verified</source>
        <translation>%1, não verificado</translation>
    </message>
    <message>
        <source>The factors each user has set up, the preferred one first and marked ★. Read per user for the rows on screen.</source>
        <translation>Os fatores que cada usuário configurou, o preferido primeiro e marcado com ★. Lidos por usuário para as linhas na tela.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificação</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Não foi possível ler: %1</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>Sendo lido…</translation>
    </message>
    <message>
        <source>No MFA factor</source>
        <translation>Nenhum fator de MFA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (preferido)</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1. Read %2.</source>
        <translation>%1. Lido às %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>The pool&apos;s users, read a page at a time as you scroll; the MFA column is read for the users on screen.</source>
        <translation>Os usuários do grupo, lidos uma página por vez conforme você rola; a coluna MFA é lida para os usuários na tela.</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>Colunas de usuários</translation>
    </message>
    <message>
        <source>Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, so users stay in the order the pool returns them.</source>
        <translation>Arraste para reordenar; o menu de contexto mostra ou oculta colunas. O ListUsers não ordena, então os usuários ficam na ordem em que o grupo os retorna.</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>Status dos usuários</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>In the pool&apos;s order: ListUsers cannot sort.</source>
        <translation>Na ordem do grupo: o ListUsers não ordena.</translation>
    </message>
    <message>
        <source>Reading users…</source>
        <translation>Lendo usuários…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n usuário. %1</numerusform>
            <numerusform>%n usuários. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>%n usuário lido até agora; mais são lidos conforme você rola. %1</numerusform>
            <numerusform>%n usuários lidos até agora; mais são lidos conforme você rola. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 já existe; escolha um novo nome de arquivo</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation>não é possível abrir a pasta %1 para descarregá-la no disco</translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation>não é possível descarregar a pasta %1 no disco</translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>não é possível criar a pasta de backup %1</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>não é possível ler %1 para fazer backup: %2</translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation>não é possível excluir o backup antigo %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation>qualquer usuário deste computador pode gravar na pasta %1 (modo %2): outros podem excluir ou substituir ali o cofre e seus backups, ou colocar arquivos com os nomes que o Tessera usa. Mantenha o cofre em uma pasta em que só você possa gravar, como sua pasta pessoal.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation>o grupo da pasta %1 pode gravar nela (modo %2): os membros podem excluir ou substituir ali o cofre e seus backups. Mantenha o cofre em uma pasta em que só você possa gravar (chmod g-w na pasta).</translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation>não é possível examinar a pasta %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation>%1 é um link simbólico, não uma pasta; o Tessera não o segue para gravar backups em outro lugar. Remova o link (uma pasta será criada no lugar dele).</translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation>%1 não é uma pasta; mova-o para que o Tessera possa guardar backups ali</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation>a pasta %1 pertence a outro usuário (uid %2), que poderia ler, substituir ou excluir os backups nela. Remova-a ou mova o cofre para uma pasta em que só você possa gravar.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation>outros usuários podem gravar na pasta %1 (modo %2) e poderiam substituir ou excluir os backups nela. Deixe-a só para você: chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation>não é possível ler %1 antes de salvar: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation>%1 foi alterado por outro programa desde que foi aberto; nada foi salvo. Abra-o de novo para ver essas alterações.</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1; nada foi salvo</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation>o cofre está sendo salvo por outro programa (arquivo de bloqueio %1); nada foi salvo. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation>%1 é um link simbólico onde o Tessera guarda seu arquivo de bloqueio; o Tessera nunca o segue (em uma pasta compartilhada, outro usuário pode colocar um para fazer o Tessera gravar em outro lugar). Nada foi salvo: remova o link ou mantenha o cofre em uma pasta em que só você possa gravar.</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation>não é possível gravar na pasta %1 (%2): ela é somente leitura ou pertence a outra pessoa, então nada foi salvo. Mova o cofre para uma pasta em que você possa gravar, ou altere as permissões da pasta.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation>não é possível criar o arquivo de bloqueio %1 (%2); nada foi salvo</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation>não é possível gravar na pasta %1: ela é somente leitura ou pertence a outra pessoa, então nada foi salvo. Mova o cofre para uma pasta em que você possa gravar.</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation>o chaveiro do sistema recusou: %1</translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation>o chaveiro do sistema não tem chave para este cofre (ela foi removida, ou esta é outra conta de usuário ou outro computador): desbloqueie com a senha</translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation>esta versão do Tessera não tem suporte ao chaveiro do sistema (QtKeychain)</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation>não há cofre em %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation>o conteúdo falha na autenticação: foi alterado ou danificado depois de gravado</translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation>não é possível calcular o slot de senha (falta de memória?)</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>a senha está errada</translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation>este cofre não tem senha; desbloqueie-o com o chaveiro</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation>o cofre %1 está danificado (%2), e nenhum backup em %3 abre com esta senha</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation>o cofre %1 está danificado (%2); o backup mais recente que abre com esta senha é %3: copie-o sobre o cofre para restaurá-lo</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>o gerador de números aleatórios do sistema falhou</translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation>parâmetros do scrypt abaixo de N=2^15, r=8, p=1 são fracos demais para um cofre</translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation>estes parâmetros do scrypt custam mais do que o Tessera grava (no máximo %1): um computador mais lento poderia se recusar a abrir o cofre</translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation>já existe um arquivo em %1; escolha outro caminho ou mova esse arquivo</translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation>este cofre não tem slot de chaveiro; desbloqueie-o com a senha</translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation>o chaveiro não entregou a chave do cofre: %1</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation>a chave no chaveiro não abre este cofre; desbloqueie-o com a senha</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation>o cofre %1 está danificado (%2); abra-o com a senha para encontrar um backup que abra</translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation>este cofre não tem slot de senha sob o qual trocar a chave</translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation>não é possível guardar a chave do cofre no chaveiro: %1</translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation>o slot de chaveiro foi removido do cofre, mas o chaveiro manteve o item &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation>o cabeçalho do cofre está danificado: %1</translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation>um slot de chave não é um mapa</translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation>um slot de chave tem um nonce ou uma chave encapsulada malformados</translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation>um slot de senha indica uma derivação de chave diferente do scrypt</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation>um slot de senha tem parâmetros do scrypt inválidos</translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation>um slot de senha pede parâmetros do scrypt além do que o Tessera executa</translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation>um slot de senha tem um salt malformado</translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation>um slot de chaveiro não tem nome de item do chaveiro</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation>isto não é um cofre do Tessera</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>o arquivo está truncado</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation>este cofre foi criado por uma versão mais nova do Tessera (formato %1; esta versão lê o formato %2): atualize o Tessera para abri-lo</translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation>a versão de formato 0 não existe</translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation>o tamanho do cabeçalho é impossível para o tamanho deste arquivo</translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation>o cabeçalho não é um mapa CBOR</translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation>o cabeçalho indica uma cifra desconhecida</translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation>o nonce da carga útil está malformado</translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation>a lista de slots de chave está ausente ou malformada</translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 não é um mapa</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 tem uma chave que não é texto</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 não é uma lista</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 não é texto</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 não é um texto válido</translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation>%1 não é uma sequência de bytes</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 tem mais de %2 bytes</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 não é uma sequência de bytes válida</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 não é um número inteiro</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fora do intervalo</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 não é um número inteiro igual ou maior que 0</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 não é true nem false</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 não é um horário</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 não é um UUID</translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation>um campo desconhecido &apos;%1&apos; não é um CBOR válido</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 termina antes do esperado</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 tem um tipo desconhecido</translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation>%1 tem um algoritmo desconhecido</translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation>%1 tem um parâmetro extra que não é um par</translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation>%1 não tem id, tipo ou chave secreta</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 tem um erro: %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 não tem id</translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation>o conteúdo do cofre</translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation>o conteúdo do cofre não tem lista de entradas</translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation>o conteúdo do cofre tem bytes depois do fim</translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation>o conteúdo do cofre está danificado: %1</translation>
    </message>
</context>
</TS>
