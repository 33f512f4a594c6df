<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation> (le remplissage &apos;=&apos; ne peut venir qu&apos;à la fin)</translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation>la clé secrète n&apos;est pas en Base32&#xa0;: %1 à la position %2%3</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>la clé secrète est vide</translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation>la clé secrète est trop courte&#xa0;: elle doit donner au moins un octet une fois décodée (deux caractères Base32)</translation>
    </message>
</context>
<context>
    <name>ChainedCodes</name>
    <message>
        <source>nothing here can answer %1: link a vault entry, or type the code</source>
        <translation>rien ici ne peut répondre à %1&#xa0;: liez une entrée du coffre-fort ou saisissez le code</translation>
    </message>
</context>
<context>
    <name>ConsoleTables</name>
    <message>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one (write it as two quotes inside a quoted field)</source>
        <translation>un guillemet dans un champ qui ne commence pas par un guillemet (écrivez-le sous forme de deux guillemets dans un champ entre guillemets)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>un guillemet est ouvert et jamais fermé</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <source>Set up an authenticator with the user&apos;s access token or a sign-in&apos;s session, exactly one of them.</source>
        <translation>Configurez une application d&apos;authentification avec le jeton d&apos;accès de l&apos;utilisateur ou la session d&apos;une connexion, exactement l&apos;un des deux.</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken answered with a secret that is not Base32</source>
        <translation>AssociateSoftwareToken a répondu avec une clé secrète qui n&apos;est pas en Base32</translation>
    </message>
    <message>
        <source>VerifySoftwareToken did not answer SUCCESS</source>
        <translation>VerifySoftwareToken n&apos;a pas répondu SUCCESS</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation>la note</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>le nom du groupe</translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation>le trousseau est verrouillé ou indisponible</translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation>le trousseau n&apos;a pas d&apos;élément &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>pas un JWT&#xa0;: il a %n partie séparée par des points, pas 3</numerusform>
            <numerusform>pas un JWT&#xa0;: il a %n parties séparées par des points, pas 3</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JWT: its payload is not Base64url</source>
        <translation>pas un JWT&#xa0;: sa charge utile n&apos;est pas en Base64url</translation>
    </message>
    <message>
        <source>not a JWT: its payload is not a JSON object</source>
        <translation>pas un JWT&#xa0;: sa charge utile n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>NewUser</name>
    <message>
        <source>An invitation by email needs the user&apos;s email address.</source>
        <translation>Une invitation par e-mail nécessite l&apos;adresse e-mail de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the user&apos;s phone number.</source>
        <translation>Une invitation par SMS nécessite le numéro de téléphone de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Without an invitation, give a temporary password to hand to the user.</source>
        <translation>Sans invitation, indiquez un mot de passe temporaire à remettre à l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>OutboxCodes</name>
    <message>
        <source>no %1 code for this user in the outbox</source>
        <translation>aucun code %1 pour cet utilisateur dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>the outbox&apos;s newest %1 code was already given; no new one arrived</source>
        <translation>le code %1 le plus récent de la boîte d&apos;envoi a déjà été utilisé&#xa0;; aucun nouveau n&apos;est arrivé</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>PasskeyLab</name>
    <message>
        <source>could not make a passkey (OpenSSL failed)</source>
        <translation>impossible de créer une clé d&apos;identification (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1&#xa0;: répondu</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1&#xa0;: refusé avec %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The lab&apos;s passkey could not be deleted (%1); delete it in the user&apos;s passkeys.</source>
        <translation>La clé d&apos;identification du laboratoire n&apos;a pas pu être supprimée (%1)&#xa0;; supprimez-la dans les clés d&apos;identification de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Turn passkeys on in the pool&apos;s sign-in settings and give the relying party ID.</source>
        <translation>Activez les clés d&apos;identification dans les paramètres de connexion du groupe et indiquez l&apos;ID de la partie de confiance.</translation>
    </message>
    <message>
        <source>Allow the app client the choice-based flow (ALLOW_USER_AUTH).</source>
        <translation>Autorisez pour le client d&apos;application le flux basé sur les choix (ALLOW_USER_AUTH).</translation>
    </message>
    <message>
        <source>the creation options name no relying party or challenge</source>
        <translation>les options de création n&apos;indiquent ni partie de confiance ni défi</translation>
    </message>
    <message>
        <source>%1: authenticated</source>
        <translation>%1&#xa0;: authentifié</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>le service n&apos;a répondu ni par un défi ni par des jetons</translation>
    </message>
    <message>
        <source>%1: challenge %2</source>
        <translation>%1&#xa0;: défi %2</translation>
    </message>
    <message>
        <source>SELECT_CHALLENGE does not offer WEB_AUTHN to %1</source>
        <translation>SELECT_CHALLENGE ne propose pas WEB_AUTHN à %1</translation>
    </message>
    <message>
        <source>Allow passkeys (WEB_AUTHN) among the pool&apos;s first factors.</source>
        <translation>Autorisez les clés d&apos;identification (WEB_AUTHN) parmi les premiers facteurs du groupe.</translation>
    </message>
    <message>
        <source>the assertion failed the lab&apos;s own checks; it was not sent</source>
        <translation>l&apos;assertion a échoué aux propres vérifications du laboratoire&#xa0;; elle n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>le laboratoire ne peut pas répondre au défi %1</translation>
    </message>
    <message>
        <source>clientDataJSON.challenge %1 is the one the service issued (%2), for type %3</source>
        <translation>clientDataJSON.challenge %1 est celui émis par le service (%2), pour le type %3</translation>
    </message>
    <message>
        <source>clientDataJSON.origin %1 is https on relying party %2 or a subdomain</source>
        <translation>clientDataJSON.origin %1 est en https sur la partie de confiance %2 ou un sous-domaine</translation>
    </message>
    <message>
        <source>authenticatorData.rpIdHash %1 is SHA-256(&quot;%2&quot;) %3</source>
        <translation>authenticatorData.rpIdHash %1 est SHA-256(&quot;%2&quot;) %3</translation>
    </message>
    <message>
        <source>UP (user present) %1, UV (user verified) %2; the pool %3 verification</source>
        <translation>UP (utilisateur présent) %1, UV (utilisateur vérifié) %2&#xa0;; le groupe %3 la vérification</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>exige</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>préfère</translation>
    </message>
    <message>
        <source>signCount %1 is greater than the %2 stored at registration</source>
        <translation>signCount %1 est supérieur au %2 enregistré lors de l&apos;inscription</translation>
    </message>
    <message>
        <source>the ES256 signature over authenticatorData ‖ SHA-256(clientDataJSON) verifies with the registered public key</source>
        <translation>la signature ES256 sur authenticatorData ‖ SHA-256(clientDataJSON) est vérifiée avec la clé publique enregistrée</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ShellLabVault</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>le coffre-fort est verrouillé&#xa0;: déverrouillez-le dans l&apos;authentificateur, ou saisissez le code</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it in the authenticator first.</source>
        <translation>Le coffre-fort est verrouillé&#xa0;: déverrouillez-le d&apos;abord dans l&apos;authentificateur.</translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation>impossible de produire les valeurs SRP (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <source>the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1</source>
        <translation>le laboratoire se connecte avec USER_PASSWORD_AUTH ou USER_SRP_AUTH, pas %1</translation>
    </message>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>la connexion ne s&apos;est pas terminée en %n requête</numerusform>
            <numerusform>la connexion ne s&apos;est pas terminée en %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>The service keeps asking; read the steps for the loop.</source>
        <translation>Le service redemande sans cesse&#xa0;; lisez les étapes de la boucle.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1&#xa0;: refusé avec %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>challenge %1</source>
        <translation>défi %1</translation>
    </message>
    <message>
        <source>neither a challenge nor tokens</source>
        <translation>ni défi ni jetons</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>le service n&apos;a répondu ni par un défi ni par des jetons</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run did not start</source>
        <translation>PASSWORD_VERIFIER répond à USER_SRP_AUTH, que cette exécution n&apos;a pas lancé</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>PASSWORD_VERIFIER&#xa0;: le service a envoyé des valeurs SRP non valides</translation>
    </message>
    <message>
        <source>SRP</source>
        <translation>SRP</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password</source>
        <translation>NEW_PASSWORD_REQUIRED&#xa0;: %1 s&apos;est connecté avec un mot de passe temporaire</translation>
    </message>
    <message>
        <source>Give the lab a new password for the user, or set a permanent test password (AdminSetUserPassword, Permanent).</source>
        <translation>Donnez au laboratoire un nouveau mot de passe pour l&apos;utilisateur, ou définissez un mot de passe de test permanent (AdminSetUserPassword, Permanent).</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and %1 has no factor yet</source>
        <translation>MFA_SETUP&#xa0;: le groupe exige la MFA et %1 n&apos;a encore aucun facteur</translation>
    </message>
    <message>
        <source>Set up an authenticator for the user first.</source>
        <translation>Configurez d&apos;abord une application d&apos;authentification pour l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>MFA_SETUP offers no authenticator app (TOTP), the only factor the lab can set up</source>
        <translation>MFA_SETUP ne propose pas d&apos;application d&apos;authentification (TOTP), le seul facteur que le laboratoire peut configurer</translation>
    </message>
    <message>
        <source>Turn authenticator apps on in the pool&apos;s MFA policy.</source>
        <translation>Activez les applications d&apos;authentification dans la stratégie MFA du groupe.</translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, and the lab has no code for any of them</source>
        <translation>SELECT_MFA_TYPE propose %1, et le laboratoire n&apos;a de code pour aucun d&apos;eux</translation>
    </message>
    <message>
        <source>Link a vault entry to the user, or type the code.</source>
        <translation>Liez une entrée du coffre-fort à l&apos;utilisateur, ou saisissez le code.</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>le laboratoire ne peut pas répondre au défi %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>the secret just set up</source>
        <translation>la clé secrète qui vient d&apos;être configurée</translation>
    </message>
    <message>
        <source>The risk configuration refused this sign-in (blocked range, BLOCK, or MFA required with no factor): read the decision trace, then change the IP address, the action for this level or the user&apos;s factors.</source>
        <translation>La configuration des risques a refusé cette connexion (plage bloquée, BLOCK, ou MFA exigée sans facteur)&#xa0;: lisez la trace de décision, puis changez l&apos;adresse IP, l&apos;action pour ce niveau ou les facteurs de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enable the user (AdminEnableUser).</source>
        <translation>Activez l&apos;utilisateur (AdminEnableUser).</translation>
    </message>
    <message>
        <source>Set a new temporary or permanent password (AdminSetUserPassword).</source>
        <translation>Définissez un nouveau mot de passe temporaire ou permanent (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The session ended (it expires after the client&apos;s AuthSessionValidity, or after too many wrong codes): start again.</source>
        <translation>La session a pris fin (elle expire après l&apos;AuthSessionValidity du client, ou après trop de codes erronés)&#xa0;: recommencez.</translation>
    </message>
    <message>
        <source>Check the password, or set a test password (AdminSetUserPassword).</source>
        <translation>Vérifiez le mot de passe, ou définissez un mot de passe de test (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>Check the username: no such user in this pool.</source>
        <translation>Vérifiez le nom d&apos;utilisateur&#xa0;: cet utilisateur n&apos;existe pas dans ce groupe.</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password (AdminSetUserPassword).</source>
        <translation>Réinitialisez le mot de passe de l&apos;utilisateur (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The new password breaks the pool&apos;s password policy: choose another.</source>
        <translation>Le nouveau mot de passe enfreint la stratégie de mot de passe du groupe&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Five wrong codes ended this sign-in: start again with the right code; the user may be locked out for a while.</source>
        <translation>Cinq codes erronés ont mis fin à cette connexion&#xa0;: recommencez avec le bon code&#xa0;; l&apos;utilisateur peut être bloqué pendant un moment.</translation>
    </message>
    <message>
        <source>The code was wrong, already used or too old: check that the vault entry belongs to this user and the clock is right, or wait for the next code.</source>
        <translation>Le code était erroné, déjà utilisé ou trop ancien&#xa0;: vérifiez que l&apos;entrée du coffre-fort appartient à cet utilisateur et que l&apos;horloge est juste, ou attendez le code suivant.</translation>
    </message>
    <message>
        <source>Allow this flow on the app client (ExplicitAuthFlows), or create a test client that allows it.</source>
        <translation>Autorisez ce flux sur le client d&apos;application (ExplicitAuthFlows), ou créez un client de test qui l&apos;autorise.</translation>
    </message>
    <message>
        <source>Check the pool and the app client: one of them does not exist.</source>
        <translation>Vérifiez le groupe et le client d&apos;application&#xa0;: l&apos;un des deux n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the device is remembered</source>
        <translation>l&apos;appareil est mémorisé</translation>
    </message>
    <message>
        <source>%1: the pool asks the remembered device to prove itself with its own password, which the lab does not have</source>
        <translation>%1&#xa0;: le groupe demande à l&apos;appareil mémorisé de s&apos;authentifier avec son propre mot de passe, que le laboratoire n&apos;a pas</translation>
    </message>
    <message>
        <source>Choose a device a lab run in this window remembered, or a new device.</source>
        <translation>Choisissez un appareil mémorisé lors d&apos;une exécution du laboratoire dans cette fenêtre, ou un nouvel appareil.</translation>
    </message>
    <message>
        <source>the device&apos;s password</source>
        <translation>le mot de passe de l&apos;appareil</translation>
    </message>
    <message>
        <source>DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>DEVICE_PASSWORD_VERIFIER&#xa0;: le service a envoyé des valeurs SRP non valides</translation>
    </message>
</context>
<context>
    <name>SignInTrace</name>
    <message>
        <source>The address %1 is in the blocked range %2: the sign-in is refused before any other check.</source>
        <translation>L&apos;adresse %1 est dans la plage bloquée %2&#xa0;: la connexion est refusée avant toute autre vérification.</translation>
    </message>
    <message>
        <source>The address %1 is in the allowed range %2: risk checks are skipped and the level is Low.</source>
        <translation>L&apos;adresse %1 est dans la plage autorisée %2&#xa0;: les vérifications de risque sont ignorées et le niveau est Faible.</translation>
    </message>
    <message>
        <source>First sign-in: no earlier successful sign-in to compare the device and network with (no points).</source>
        <translation>Première connexion&#xa0;: aucune connexion réussie antérieure à laquelle comparer l&apos;appareil et le réseau (aucun point).</translation>
    </message>
    <message>
        <source>New device: &apos;%1&apos; has not signed in as this user before (+1 point).</source>
        <translation>Nouvel appareil&#xa0;: &apos;%1&apos; ne s&apos;est jamais connecté en tant que cet utilisateur (+1 point).</translation>
    </message>
    <message>
        <source>Known device: &apos;%1&apos; signed in as this user before.</source>
        <translation>Appareil connu&#xa0;: &apos;%1&apos; s&apos;est déjà connecté en tant que cet utilisateur.</translation>
    </message>
    <message>
        <source>The request names no device (no DEVICE_KEY, device data or User-Agent).</source>
        <translation>La requête ne nomme aucun appareil (ni DEVICE_KEY, ni données d&apos;appareil, ni User-Agent).</translation>
    </message>
    <message>
        <source>New network: the user never signed in from %1 before (+1 point).</source>
        <translation>Nouveau réseau&#xa0;: l&apos;utilisateur ne s&apos;est jamais connecté depuis %1 (+1 point).</translation>
    </message>
    <message>
        <source>Known network: the user signed in from %1 before.</source>
        <translation>Réseau connu&#xa0;: l&apos;utilisateur s&apos;est déjà connecté depuis %1.</translation>
    </message>
    <message>
        <source>%n failed sign-ins for this user in the last 15 minutes (+%1 points).</source>
        <translation>%n connexion(s) échouée(s) pour cet utilisateur au cours des 15 dernières minutes (+%1 points).</translation>
    </message>
    <message>
        <source>%n sign-in attempts from %1 in the last minute look automated (+3 points).</source>
        <translation>%n tentative(s) de connexion depuis %1 au cours de la dernière minute semblent automatisées (+3 points).</translation>
    </message>
    <message>
        <source>Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or more High).</source>
        <translation>Score de risque %1&#xa0;: niveau %2 (0-1 Faible, 2 Moyen, 3 ou plus Élevé).</translation>
    </message>
    <message>
        <source>The pool&apos;s risk configuration maps %1 risk to %2.</source>
        <translation>La configuration des risques du groupe associe le risque %1 à %2.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level: a notice went to %1.</source>
        <translation>La configuration envoie une notification à ce niveau&#xa0;: une notification a été envoyée à %1.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level, but the user has no email address to notify.</source>
        <translation>La configuration envoie une notification à ce niveau, mais l&apos;utilisateur n&apos;a pas d&apos;adresse e-mail à notifier.</translation>
    </message>
    <message>
        <source>The action is BLOCK: the sign-in is refused.</source>
        <translation>L&apos;action est BLOCK&#xa0;: la connexion est refusée.</translation>
    </message>
    <message>
        <source>The user is disabled: the sign-in is refused.</source>
        <translation>L&apos;utilisateur est désactivé&#xa0;: la connexion est refusée.</translation>
    </message>
    <message>
        <source>The password step failed: %1</source>
        <translation>L&apos;étape du mot de passe a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password is right.</source>
        <translation>Le mot de passe est correct.</translation>
    </message>
    <message>
        <source>The user has a temporary password: NEW_PASSWORD_REQUIRED asks for a new one.</source>
        <translation>L&apos;utilisateur a un mot de passe temporaire&#xa0;: NEW_PASSWORD_REQUIRED en demande un nouveau.</translation>
    </message>
    <message>
        <source>The new password meets the pool&apos;s policy and is set.</source>
        <translation>Le nouveau mot de passe respecte la stratégie du groupe et est défini.</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA mode is %1.</source>
        <translation>Le mode MFA du groupe est %1.</translation>
    </message>
    <message>
        <source>The user&apos;s usable factors: %1.</source>
        <translation>Les facteurs utilisables de l&apos;utilisateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The user has no usable MFA factor.</source>
        <translation>L&apos;utilisateur n&apos;a aucun facteur MFA utilisable.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred factor is %1.</source>
        <translation>Le facteur préféré de l&apos;utilisateur est %1.</translation>
    </message>
    <message>
        <source>The user has no preferred factor.</source>
        <translation>L&apos;utilisateur n&apos;a pas de facteur préféré.</translation>
    </message>
    <message>
        <source>A federated user, and the pool exempts federated users from MFA.</source>
        <translation>Un utilisateur fédéré, et le groupe exempte les utilisateurs fédérés de la MFA.</translation>
    </message>
    <message>
        <source>A federated user, and the pool enforces MFA for them.</source>
        <translation>Un utilisateur fédéré, et le groupe leur impose la MFA.</translation>
    </message>
    <message>
        <source>The risk action %1 asks for MFA whatever the pool&apos;s mode.</source>
        <translation>L&apos;action de risque %1 demande la MFA quel que soit le mode du groupe.</translation>
    </message>
    <message>
        <source>The risk action %1 requires MFA but the user has no factor: the sign-in is refused.</source>
        <translation>L&apos;action de risque %1 exige la MFA mais l&apos;utilisateur n&apos;a aucun facteur&#xa0;: la connexion est refusée.</translation>
    </message>
    <message>
        <source>The device is remembered for this user: MFA is skipped.</source>
        <translation>L&apos;appareil est mémorisé pour cet utilisateur&#xa0;: la MFA est ignorée.</translation>
    </message>
    <message>
        <source>No MFA is asked: tokens follow the password.</source>
        <translation>Aucune MFA n&apos;est demandée&#xa0;: les jetons suivent le mot de passe.</translation>
    </message>
    <message>
        <source>MFA is asked.</source>
        <translation>La MFA est demandée.</translation>
    </message>
    <message>
        <source>MFA is required but the user has no factor: MFA_SETUP offers %1.</source>
        <translation>La MFA est exigée mais l&apos;utilisateur n&apos;a aucun facteur&#xa0;: MFA_SETUP propose %1.</translation>
    </message>
    <message>
        <source>%1 is challenged without asking (the preferred or only factor).</source>
        <translation>%1 est demandé sans poser de question (le facteur préféré ou le seul).</translation>
    </message>
    <message>
        <source>The user must choose: SELECT_MFA_TYPE offers %1.</source>
        <translation>L&apos;utilisateur doit choisir&#xa0;: SELECT_MFA_TYPE propose %1.</translation>
    </message>
    <message>
        <source>%1: the code is accepted.</source>
        <translation>%1&#xa0;: le code est accepté.</translation>
    </message>
    <message>
        <source>%1: the code is refused: %2</source>
        <translation>%1&#xa0;: le code est refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Authenticated: tokens issued.</source>
        <translation>Authentifié&#xa0;: jetons émis.</translation>
    </message>
    <message>
        <source>Stopped with %1: %2</source>
        <translation>Arrêté avec %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SmsCostProjection</name>
    <message>
        <source>the number of users cannot be negative</source>
        <translation>le nombre d&apos;utilisateurs ne peut pas être négatif</translation>
    </message>
    <message>
        <source>sign-ins per user per month cannot be negative</source>
        <translation>les connexions par utilisateur et par mois ne peuvent pas être négatives</translation>
    </message>
    <message>
        <source>the share of sign-ins challenged must be from 0 to 1 (0% to 100%)</source>
        <translation>la part des connexions soumises à un défi doit être comprise entre 0 et 1 (0&#xa0;% à 100&#xa0;%)</translation>
    </message>
    <message>
        <source>the share of SMS users must be from 0 to 1 (0% to 100%)</source>
        <translation>la part des utilisateurs SMS doit être comprise entre 0 et 1 (0&#xa0;% à 100&#xa0;%)</translation>
    </message>
    <message>
        <source>monthly growth must be above -100%</source>
        <translation>la croissance mensuelle doit être supérieure à -100&#xa0;%</translation>
    </message>
    <message>
        <source>say where the texts go: at least one destination country</source>
        <translation>indiquez où vont les messages&#xa0;: au moins un pays de destination</translation>
    </message>
    <message>
        <source>the share of texts to %1 must be from 0 to 1 (0% to 100%)</source>
        <translation>la part des messages vers %1 doit être comprise entre 0 et 1 (0&#xa0;% à 100&#xa0;%)</translation>
    </message>
    <message>
        <source>the price table has no price for %1: add it</source>
        <translation>la grille tarifaire n&apos;a pas de prix pour %1&#xa0;: ajoutez-le</translation>
    </message>
    <message>
        <source>the destination shares add up to %1%, not 100%</source>
        <translation>les parts des destinations totalisent %1&#xa0;%, pas 100&#xa0;%</translation>
    </message>
    <message>
        <source>project 1 to %1 months, not %2</source>
        <translation>projetez sur 1 à %1 mois, pas %2</translation>
    </message>
    <message>
        <source>the share of SMS users moved must be from 0 to 1 (0% to 100%)</source>
        <translation>la part des utilisateurs SMS transférés doit être comprise entre 0 et 1 (0&#xa0;% à 100&#xa0;%)</translation>
    </message>
    <message>
        <source>the cost of moving a user cannot be negative</source>
        <translation>le coût du transfert d&apos;un utilisateur ne peut pas être négatif</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation>%1 dépasse la longueur maximale&#xa0;: &apos;%2&apos; compte %3 caractères&#xa0;; %4 au maximum sont autorisés</translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message>
        <source>vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2</source>
        <translation>l&apos;entrée %1 du coffre-fort répond à SOFTWARE_TOKEN_MFA, pas à %2</translation>
    </message>
    <message>
        <source>could not compute the code of vault entry %1</source>
        <translation>impossible de calculer le code de l&apos;entrée %1 du coffre-fort</translation>
    </message>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>le code de l&apos;entrée %1 du coffre-fort a déjà été utilisé&#xa0;; le suivant arrive dans %n seconde</numerusform>
            <numerusform>le code de l&apos;entrée %1 du coffre-fort a déjà été utilisé&#xa0;; le suivant arrive dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation>entrée %1 du coffre-fort</translation>
    </message>
</context>
<context>
    <name>TypedCodes</name>
    <message>
        <source>%1 needs a code and none is left to type</source>
        <translation>%1 a besoin d&apos;un code et il n&apos;en reste aucun à saisir</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>authenticator app</source>
        <translation>application d&apos;authentification</translation>
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
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Require %1 as preferred factor</source>
        <translation>Exiger %1 comme facteur préféré</translation>
    </message>
    <message>
        <source>Clear MFA preference</source>
        <translation>Effacer la préférence MFA</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Réinitialiser la MFA</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Oublier les appareils</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Tokens already issued stay valid until they expire.</source>
        <translation>%1 ne pourra plus se connecter avant d&apos;être réactivé. Les jetons déjà émis restent valides jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 pourra de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working: at the next sign-in they must set a new one with a code sent to their verified email or phone.</source>
        <translation>Le mot de passe de %1 cesse de fonctionner&#xa0;: à la prochaine connexion, il faudra en définir un nouveau avec un code envoyé à l&apos;adresse e-mail ou au téléphone vérifié.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned on and preferred: sign-ins ask for it first. This fails for a user who has not set it up.</source>
        <translation>Le facteur %2 de %1 sera activé et préféré&#xa0;: les connexions le demanderont en premier. Cela échoue pour un utilisateur qui ne l&apos;a pas configuré.</translation>
    </message>
    <message>
        <source>%1 will have no preferred factor; the factors they have stay on, and a sign-in with more than one asks them to choose.</source>
        <translation>%1 n&apos;aura plus de facteur préféré&#xa0;; ses facteurs restent activés, et une connexion avec plusieurs facteurs lui demandera de choisir.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned off; sign-ins no longer ask for it.</source>
        <translation>Le facteur %2 de %1 sera désactivé&#xa0;; les connexions ne le demanderont plus.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 will be turned off. If the pool requires MFA, they set one up again at the next sign-in.</source>
        <translation>Tous les facteurs MFA de %1 seront désactivés. Si le groupe exige la MFA, un facteur sera de nouveau configuré à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Every device %1 chose to remember will be forgotten: the next sign-in from each asks for MFA again.</source>
        <translation>Tous les appareils que %1 a choisi de mémoriser seront oubliés&#xa0;: la prochaine connexion depuis chacun demandera de nouveau la MFA.</translation>
    </message>
    <message>
        <source>%1 will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>%1 sera supprimé avec ses facteurs et ses appareils. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>%n utilisateur ne pourra plus se connecter avant d&apos;être réactivé.</numerusform>
            <numerusform>%n utilisateurs ne pourront plus se connecter avant d&apos;être réactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n utilisateur pourra de nouveau se connecter.</numerusform>
            <numerusform>%n utilisateurs pourront de nouveau se connecter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n utilisateur doit définir un nouveau mot de passe à sa prochaine connexion.</numerusform>
            <numerusform>%n utilisateurs doivent définir un nouveau mot de passe à leur prochaine connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>%n utilisateur aura %1 activé et préféré&#xa0;; les utilisateurs qui ne l&apos;ont pas configuré échouent et sont listés.</numerusform>
            <numerusform>%n utilisateurs auront %1 activé et préféré&#xa0;; les utilisateurs qui ne l&apos;ont pas configuré échouent et sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n utilisateur n&apos;aura plus de facteur préféré.</numerusform>
            <numerusform>%n utilisateurs n&apos;auront plus de facteur préféré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>%n utilisateur aura %1 désactivé.</numerusform>
            <numerusform>%n utilisateurs auront %1 désactivé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>Tous les facteurs MFA de %n utilisateur seront désactivés.</numerusform>
            <numerusform>Tous les facteurs MFA de %n utilisateurs seront désactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>Tous les appareils mémorisés de %n utilisateur seront oubliés.</numerusform>
            <numerusform>Tous les appareils mémorisés de %n utilisateurs seront oubliés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n utilisateur sera supprimé avec ses facteurs et appareils. Cette action est irréversible.</numerusform>
            <numerusform>%n utilisateurs seront supprimés avec leurs facteurs et appareils. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 est désactivé et ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in.</source>
        <translation>%1 est activé et peut se connecter.</translation>
    </message>
    <message>
        <source>%1 must set a new password at the next sign-in.</source>
        <translation>%1 doit définir un nouveau mot de passe à la prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 now prefers %2.</source>
        <translation>%1 préfère désormais %2.</translation>
    </message>
    <message>
        <source>%1 has no preferred factor now.</source>
        <translation>%1 n&apos;a plus de facteur préféré.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor is off.</source>
        <translation>Le facteur %2 de %1 est désactivé.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 is off.</source>
        <translation>Tous les facteurs MFA de %1 sont désactivés.</translation>
    </message>
    <message>
        <source>%1&apos;s remembered devices are forgotten.</source>
        <translation>Les appareils mémorisés de %1 sont oubliés.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 est supprimé.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Déjà désactivé.</translation>
    </message>
    <message>
        <source>Already enabled.</source>
        <translation>Déjà activé.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>A filter starts with an attribute name, for example: username ^= &quot;jo&quot;</source>
        <translation>Un filtre commence par un nom d&apos;attribut, par exemple&#xa0;: username ^= &quot;jo&quot;</translation>
    </message>
    <message>
        <source>ListUsers cannot search on &quot;%1&quot;; it searches only on: %2</source>
        <translation>ListUsers ne peut pas chercher sur « %1&#xa0;»&#xa0;; il cherche uniquement sur&#xa0;: %2</translation>
    </message>
    <message>
        <source>After the attribute comes = (is exactly) or ^= (starts with).</source>
        <translation>Après l&apos;attribut vient = (est exactement) ou ^= (commence par).</translation>
    </message>
    <message>
        <source>The value goes in double quotes, a quote inside it written as \&quot;, for example: %1 = &quot;value&quot;</source>
        <translation>La valeur se met entre guillemets doubles, un guillemet à l&apos;intérieur s&apos;écrivant \&quot;, par exemple&#xa0;: %1 = &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message>
        <source>The file is empty: it needs the header row.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>La colonne apparaît deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>Not a column of Cognito&apos;s import header (GetCSVHeader).</source>
        <translation>Pas une colonne de l&apos;en-tête d&apos;importation de Cognito (GetCSVHeader).</translation>
    </message>
    <message>
        <source>The header lacks this column: every column of the import header must be present, even when its cells are empty.</source>
        <translation>Il manque cette colonne à l&apos;en-tête&#xa0;: chaque colonne de l&apos;en-tête d&apos;importation doit être présente, même si ses cellules sont vides.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>Plus de %n utilisateur&#xa0;: Cognito en importe au plus autant par fichier.</numerusform>
            <numerusform>Plus de %n utilisateurs&#xa0;: Cognito en importe au plus autant par fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CSV: %1.</source>
        <translation>CSV non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La ligne a %1 champs&#xa0;; l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>Chaque utilisateur a besoin d&apos;un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The username is already on line %1.</source>
        <translation>Le nom d&apos;utilisateur figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Doit être true ou false.</translation>
    </message>
    <message>
        <source>Must be true, false or empty.</source>
        <translation>Doit être true, false ou vide.</translation>
    </message>
    <message>
        <source>Either email_verified or phone_number_verified must be true, so the user can receive the code to set a password.</source>
        <translation>email_verified ou phone_number_verified doit être true, pour que l&apos;utilisateur puisse recevoir le code permettant de définir un mot de passe.</translation>
    </message>
    <message>
        <source>email_verified is true, so the email address is needed.</source>
        <translation>email_verified est true&#xa0;: l&apos;adresse e-mail est donc nécessaire.</translation>
    </message>
    <message>
        <source>%1 Write it as + and the country code and number, digits only (+14325551212).</source>
        <translation>%1 Écrivez-le sous la forme + suivi de l&apos;indicatif du pays et du numéro, chiffres uniquement (+14325551212).</translation>
    </message>
    <message>
        <source>phone_number_verified or cognito:mfa_enabled is true, so the phone number is needed.</source>
        <translation>phone_number_verified ou cognito:mfa_enabled est true&#xa0;: le numéro de téléphone est donc nécessaire.</translation>
    </message>
    <message>
        <source>Must be a number: seconds since 1970-01-01 UTC.</source>
        <translation>Doit être un nombre&#xa0;: secondes depuis le 1970-01-01 UTC.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>The file is larger than 100 MB, Cognito&apos;s limit for one import: split it.</source>
        <translation>Le fichier dépasse 100 Mo, la limite de Cognito pour une importation&#xa0;: divisez-le.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VaultEntryCodes</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>le coffre-fort est verrouillé&#xa0;: déverrouillez-le dans l&apos;authentificateur, ou saisissez le code</translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation>l&apos;entrée &apos;%1&apos; du coffre-fort n&apos;est pas une entrée TOTP&#xa0;; SOFTWARE_TOKEN_MFA exige TOTP</translation>
    </message>
    <message>
        <source>no vault entry is linked to %1 (set up an authenticator for the user, or type the code)</source>
        <translation>aucune entrée du coffre-fort n&apos;est liée à %1 (configurez une application d&apos;authentification pour l&apos;utilisateur, ou saisissez le code)</translation>
    </message>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>%n entrée du coffre-fort a le compte %1 et aucune n&apos;est liée à l&apos;utilisateur&#xa0;; saisissez le code</numerusform>
            <numerusform>%n entrées du coffre-fort ont le compte %1 et aucune n&apos;est liée à l&apos;utilisateur&#xa0;; saisissez le code</numerusform>
        </translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>aucune entrée du coffre-fort ne s&apos;appelle &apos;%1&apos; (&apos;tessera-cli list&apos; les affiche)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation>&apos;%1&apos; désigne %2 entrées du coffre-fort&#xa0;; indiquez-en une par émetteur:compte ou UUID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation>Authentificateur et console MFA pour groupes d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation>Ouvrir le coffre-fort situé à CHEMIN (créé au premier démarrage).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation>Tessera ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation>L&apos;autotest cryptographique a échoué&#xa0;: Tessera ne manipulera donc pas de secrets sur ce système.

%1</translation>
    </message>
    <message>
        <source>Add an account from a QR code on the screen (once the vault is unlocked).</source>
        <translation>Ajouter un compte depuis un code QR à l&apos;écran (une fois le coffre-fort déverrouillé).</translation>
    </message>
    <message>
        <source>Lock the running Tessera.</source>
        <translation>Verrouiller le Tessera en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation>%1 dépasse les %2 Mio que Tessera lit</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation>Le fichier du coffre-fort.</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>Fichier dont la première ligne est le mot de passe.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>commande inconnue &apos;%1&apos; (essayez --help)</translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation>--at doit être un nombre entier de secondes depuis le 1970-01-01 UTC (0 ou plus), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation>L&apos;URI otpauth://.</translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation>Heure Unix en secondes.</translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation>code exige un NAME du coffre-fort, ou --uri URI</translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation>code ne prend pas d&apos;argument positionnel avec --uri</translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>l&apos;URI sur l&apos;entrée standard dépasse %n caractère</numerusform>
            <numerusform>l&apos;URI sur l&apos;entrée standard dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation>code --uri - lit une URI otpauth:// sur l&apos;entrée standard, et n&apos;en a reçu aucune</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>impossible de calculer le code (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation>parse prend exactement une URI</translation>
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
        <translation>Utilisation&#xa0;: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMMANDE [OPTIONS]

Options du coffre-fort&#xa0;:
  --vault PATH          Le fichier du coffre-fort (par défaut&#xa0;: vault.tessera dans le dossier
                        de données de la plateforme).
  --password-file PATH  Lire le mot de passe sur la première ligne de PATH&#xa0;; sinon, tessera-cli
                        le demande dans le terminal sans écho.

Commandes du coffre-fort (NAME est émetteur:compte, un compte ou un UUID donné par &apos;list&apos;)&#xa0;:
  create                Créer un coffre-fort neuf et vide.
  add -                 Ajouter les URI otpauth:// lues sur l&apos;entrée standard, une par ligne
                        (lignes vides et commentaires # ignorés). Tout ou rien, un seul
                        enregistrement. Affiche les UUID des nouvelles entrées.
  add URI...            Idem avec des URI en arguments (voir «&#xa0;Secrets&#xa0;» plus bas).
  list                  Un objet JSON par ligne&#xa0;: uuid et les champs de &apos;parse&apos; sauf secret.
  code NAME [--at UNIX_SECONDS]
                        Afficher le code d&apos;une entrée. HOTP&#xa0;: le compteur avance et est
                        enregistré d&apos;abord.
  remove NAME           Supprimer une entrée.
  passwd --new-password-file PATH
                        Changer le mot de passe du coffre-fort.
  show-uri NAME         Afficher l&apos;URI otpauth:// d&apos;une entrée, clé secrète comprise.
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        Importer les exports d&apos;autres applications, ou des images de codes
                        QR (format reconnu d&apos;après le contenu).
                        Un objet JSON par compte&#xa0;: file, source, les champs de &apos;parse&apos;
                        sauf secret, status (new, duplicate, error) et error. Sans
                        --dry-run, les nouveaux sont ajoutés en un seul enregistrement.
                        Voir docs/import-export.md.
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        Écrire toutes les entrées dans PATH. tessera et aegis avec un mot de
                        passe sont chiffrés&#xa0;; tout export non chiffré exige --plain.

Commandes sans coffre-fort&#xa0;:
  code --uri - [--at UNIX_SECONDS]
      Afficher le code actuel de l&apos;URI otpauth:// lue sur l&apos;entrée standard&#xa0;: TOTP et Steam
      à l&apos;heure donnée (par défaut&#xa0;: maintenant), HOTP au compteur de l&apos;URI.
      &apos;code --uri URI&apos; la prend en argument (voir «&#xa0;Secrets&#xa0;» plus bas).
  parse URI
      Afficher les champs de l&apos;URI en un objet JSON&#xa0;: type, issuer, account, secret,
      algorithm, digits, period, counter.
  scan IMAGE...
      Lire les codes QR de chaque image&#xa0;: un objet JSON par ligne, {&quot;file&quot;: PATH,
      &quot;codes&quot;: [TEXT, ...]}, ou {&quot;file&quot;: PATH, &quot;error&quot;: REASON} si l&apos;image ne peut pas
      être lue (code de sortie 2 après avoir essayé toutes les images).

Commandes de groupe (un groupe d&apos;utilisateurs Cognito&#xa0;: un stockage local, ou AWS Cognito avec
--backend cognito&#xa0;; voir docs/pool-engine.md et docs/cognito-backend.md)&#xa0;:
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        Exécuter une opération Cognito (CreateUserPool, ListUsers,
                        AdminCreateUser, ...) avec son corps de requête&#xa0;; afficher la
                        réponse comme l&apos;affiche l&apos;AWS CLI.
  pool outbox           Les SMS et e-mails du stockage local, un objet JSON par ligne.
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        Se connecter (USER_PASSWORD_AUTH, ou SRP avec --auth-flow
                        USER_SRP_AUTH&#xa0;: le mot de passe est prouvé, jamais envoyé) et
                        répondre à chaque défi&#xa0;: TOTP depuis l&apos;entrée NAME du coffre-fort,
                        codes SMS et e-mail depuis la boîte d&apos;envoi. Une ligne JSON par
                        étape&#xa0;; les jetons ne sont jamais affichés. --trace affiche ensuite
                        la trace de décision du moteur local (signaux de risque, score,
                        niveau, action, pourquoi la MFA a été demandée ou non), une ligne
                        JSON par étape&#xa0;: {&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}.
                        --remember-device confirme l&apos;appareil que le groupe attribue à la
                        connexion (ConfirmDevice, UpdateDeviceStatus) et conserve sa clé et
                        son mot de passe dans un fichier lisible par vous seul (--device-file,
                        par défaut dans le dossier de données)&#xa0;; le signin suivant
                        authentifie l&apos;appareil (DEVICE_SRP_AUTH), sans MFA.
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        Servir le stockage local comme point de terminaison Cognito (AWS
                        JSON 1.1 sur HTTP) jusqu&apos;à Ctrl+C, pour l&apos;AWS CLI, les SDK et les
                        applications&#xa0;: affiche l&apos;URL pour AWS_ENDPOINT_URL. Boucle locale
                        uniquement, sauf indication contraire de --host. Les opérations
                        d&apos;administration exigent une signature SigV4&#xa0;: n&apos;importe quelle
                        clé, ou seulement --access-key, dont le secret vient du fichier ou
                        de AWS_SECRET_ACCESS_KEY. Voir docs/serve.md.
  Où se trouve le groupe (toute commande de groupe)&#xa0;:
  --store PATH          Le stockage local (par défaut&#xa0;: pools.sqlite dans le dossier de
                        données de la plateforme). Un nouveau stockage, et tout dossier créé
                        pour lui, n&apos;est lisible que par vous&#xa0;; un stockage lisible par
                        d&apos;autres fait l&apos;objet d&apos;un avertissement, avec la correction.
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito, ou un point de terminaison compatible Cognito. Les
                        informations d&apos;identification, la région et le point de terminaison
                        sont trouvés comme le fait l&apos;AWS CLI (variables AWS_*,
                        ~/.aws/credentials, ~/.aws/config)&#xa0;; les options ont priorité. Pas
                        de boîte d&apos;envoi avec ce backend.

Secrets sur la ligne de commande&#xa0;: tout utilisateur de cet ordinateur peut lire les arguments
d&apos;une commande pendant son exécution (ps, /proc/PID/cmdline), et les shells les gardent dans
leur historique. Donnez les secrets par l&apos;entrée standard ou par un fichier que vous seul
pouvez lire&#xa0;: &apos;add -&apos;, &apos;code --uri -&apos;, --password-file, --cli-input-json file://PATH pour les
requêtes contenant des mots de passe. Une URI ou un mot de passe écrit en argument est exposé.

Code de sortie&#xa0;: 0 en cas de succès, 2 pour une entrée ou une utilisation invalide, un mauvais
mot de passe ou un chemin qui n&apos;est pas un coffre-fort (avec la raison sur stderr), 1 pour les
autres échecs, 254 quand une opération de groupe échoue au niveau du service (comme l&apos;AWS CLI&#xa0;:
une phrase, puis l&apos;erreur en JSON sur la dernière ligne de stderr)&#xa0;; &apos;pool signin&apos; se termine
avec 2 sur un défi auquel il ne sait pas répondre.
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation>%1&#xa0;; créez-en un avec &apos;tessera-cli create&apos; ou indiquez-en un autre avec --vault</translation>
    </message>
    <message>
        <source>tessera-cli: warning: %1
</source>
        <translation>tessera-cli&#xa0;: avertissement&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>la première ligne du fichier de mot de passe %1 est vide</translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation>pas de mot de passe&#xa0;: utilisez --password-file ou lancez dans un terminal</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation>pas de mot de passe&#xa0;: utilisez --password-file</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>Une erreur s&apos;est produite (%1) lors de l&apos;appel de l&apos;opération %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation>--backend inconnu &apos;%1&apos; (local ou cognito)</translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation>--%1 exige --backend cognito</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation>Le stockage local des groupes.</translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation>local (par défaut) ou cognito.</translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation>cognito&#xa0;: le profil AWS.</translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation>cognito&#xa0;: la région AWS&#xa0;; serve&#xa0;: la région à laquelle les signatures sont limitées et par laquelle commencent les ID de groupe (par défaut us-east-1).</translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation>cognito&#xa0;: un point de terminaison compatible Cognito.</translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation>Le corps de la requête, ou file://PATH qui le contient.</translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation>Afficher le JSON sur une seule ligne.</translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation>signin, export-config&#xa0;: le groupe d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation>export-config&#xa0;: cloudformation, terraform ou cli-json.</translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation>export-config&#xa0;: écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation>signin&#xa0;: le client d&apos;application.</translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation>signin&#xa0;: l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation>signin&#xa0;: fichier contenant le mot de passe de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation>signin&#xa0;: le nouveau mot de passe pour NEW_PASSWORD_REQUIRED.</translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation>signin&#xa0;: l&apos;entrée du coffre-fort qui répond à SOFTWARE_TOKEN_MFA.</translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation>signin&#xa0;: USER_PASSWORD_AUTH (par défaut) ou USER_SRP_AUTH.</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve&#xa0;: l&apos;adresse d&apos;écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation>serve&#xa0;: le port (par défaut 9229&#xa0;; 0 en prend un libre).</translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation>serve&#xa0;: la seule clé d&apos;accès dont les signatures sont acceptées.</translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation>serve&#xa0;: fichier contenant le secret de --access-key.</translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation>serve&#xa0;: connexions servies simultanément (par défaut 1024).</translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation>pool exige une OPERATION (par ex. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; ou &apos;serve&apos;</translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation>serve sert un stockage local, pas --backend %1</translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation>seul le backend local a une boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation>export-config exige --pool-id ID</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation>--format inconnu &apos;%1&apos; (parmi&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation>absent de ce format, à définir à la main&#xa0;: %1</translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation>--cli-input-json n&apos;est pas du JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation>--cli-input-json doit être un objet JSON ({&quot;Name&quot;: value, ...}), pas une liste</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation>--cli-input-json doit être un objet JSON ({&quot;Name&quot;: value, ...}), pas une valeur isolée</translation>
    </message>
    <message>
        <source>signin: then print why the local engine decided what it did.</source>
        <translation>signin&#xa0;: afficher ensuite pourquoi le moteur local a décidé ainsi.</translation>
    </message>
    <message>
        <source>signin: confirm and remember the device the sign-in is given, so the next sign-in skips MFA.</source>
        <translation>signin&#xa0;: confirmer et mémoriser l&apos;appareil attribué à la connexion, pour que la connexion suivante ignore la MFA.</translation>
    </message>
    <message>
        <source>signin: file keeping remembered devices (default: in the data folder).</source>
        <translation>signin&#xa0;: fichier des appareils mémorisés (par défaut&#xa0;: dans le dossier de données).</translation>
    </message>
    <message>
        <source>signin: then register a throwaway software passkey for the user and sign in with it (USER_AUTH, WEB_AUTHN), listing what was checked.</source>
        <translation>signin&#xa0;: inscrire ensuite une clé d&apos;identification logicielle jetable pour l&apos;utilisateur et se connecter avec (USER_AUTH, WEB_AUTHN), en listant ce qui a été vérifié.</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RememberedDeviceFile</name>
    <message>
        <source>cannot read the remembered devices in %1: %2</source>
        <translation>impossible de lire les appareils mémorisés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a remembered-devices file (%2); move it away</source>
        <translation>%1 n&apos;est pas un fichier d&apos;appareils mémorisés (%2)&#xa0;; déplacez-le</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation>scan exige un ou plusieurs fichiers IMAGE</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation>--host doit être une adresse IP (127.0.0.1, ::1, 0.0.0.0...), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation>--port doit être un nombre de 0 à 65535 (0&#xa0;: n&apos;importe quel port libre), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation>--region doit ressembler à une région AWS (us-east-1), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--max-connections doit être un nombre supérieur ou égal à 1, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation>--access-key exige le secret de la clé, pour vérifier les signatures&#xa0;: --secret-key-file PATH ou AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation>--secret-key-file va avec --access-key ID</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation>Stockage de groupes %1 servi à l&apos;adresse %2 (boucle locale uniquement&#xa0;: les autres ordinateurs ne peuvent pas l&apos;atteindre).</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation>Stockage de groupes %1 servi à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation>Région %1. Les opérations d&apos;administration exigent une signature SigV4 de n&apos;importe quelle clé d&apos;accès (--access-key en impose une).</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation>Région %1. Les opérations d&apos;administration exigent une signature SigV4 de la clé d&apos;accès %2.</translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation>Dirigez les clients AWS vers cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation>Clés des jetons&#xa0;: %1/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation>avertissement&#xa0;: écoute sur %1 sans --access-key&#xa0;: quiconque peut atteindre cet ordinateur peut lire et modifier ces groupes</translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation>avertissement&#xa0;: écoute sur %1 en HTTP simple&#xa0;: mots de passe et jetons traversent le réseau sans chiffrement</translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation>arrêté&#xa0;; le stockage est fermé proprement</translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation>SOFTWARE_TOKEN_MFA exige un code&#xa0;: indiquez l&apos;entrée du coffre-fort avec --entry NAME</translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation>%1 a envoyé par %2 un code que seul son destinataire peut lire&#xa0;; ce backend n&apos;a pas de boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation>NEW_PASSWORD_REQUIRED&#xa0;: &apos;%1&apos; s&apos;est connecté avec un mot de passe temporaire et doit en choisir un nouveau&#xa0;; indiquez-le avec --new-password-file PATH</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation>MFA_SETUP&#xa0;: le groupe exige la MFA et &apos;%1&apos; n&apos;a pas encore de facteur&#xa0;; inscrivez-en un d&apos;abord (AssociateSoftwareToken, VerifySoftwareToken)</translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation>signin exige %1</translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation>--auth-flow vaut USER_PASSWORD_AUTH ou USER_SRP_AUTH, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no decision trace: only the local engine records why it decided</source>
        <translation>aucune trace de décision&#xa0;: seul le moteur local enregistre pourquoi il a décidé</translation>
    </message>
    <message>
        <source>no decision trace: AdminListUserAuthEvents failed: %1</source>
        <translation>aucune trace de décision&#xa0;: AdminListUserAuthEvents a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not make the device&apos;s SRP verifier (OpenSSL failed)</source>
        <translation>impossible de créer le vérificateur SRP de l&apos;appareil (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <source>the device is remembered by the pool but could not be kept: %1</source>
        <translation>l&apos;appareil est mémorisé par le groupe mais n&apos;a pas pu être conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the pool gave this sign-in no device key, so there is no device to remember (the pool needs a DeviceConfiguration)</source>
        <translation>le groupe n&apos;a attribué aucune clé d&apos;appareil à cette connexion, il n&apos;y a donc aucun appareil à mémoriser (le groupe a besoin d&apos;une DeviceConfiguration)</translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation>Lire les fichiers dans ce format.</translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation>Fichier dont la première ligne est le mot de passe de l&apos;export chiffré.</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>Montrer ce qui serait importé&#xa0;; ne rien changer.</translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation>import exige un ou plusieurs fichiers</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>format inconnu &apos;%1&apos;&#xa0;; formats connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation>tessera, aegis, uri-list, google-migration ou html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation>Fichier dont la première ligne est le mot de passe qui chiffre l&apos;export.</translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation>Confirmer un export non chiffré.</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export ne prend pas d&apos;argument positionnel</translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation>export exige --format tessera, aegis, uri-list, google-migration ou html</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export exige --output PATH</translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation>les exports %1 ne peuvent pas être chiffrés&#xa0;; retirez --export-password-file</translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation>une sauvegarde Tessera est toujours chiffrée&#xa0;: indiquez --export-password-file</translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation>cet export contiendrait toutes les clés secrètes sans chiffrement&#xa0;: quiconque lit %1 peut générer vos codes. Ajoutez --plain pour confirmer%2</translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation>, ou chiffrez-le avec --export-password-file</translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation>non exporté (Google Authenticator ne peut pas le contenir)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>aucune entrée ne s&apos;appelle &apos;%1&apos; (&apos;tessera-cli list&apos; les affiche)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation>&apos;%1&apos; désigne %2 entrées&#xa0;; désignez-en une par émetteur:compte ou UUID&#xa0;:%3</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation>%1 prend exactement un NAME (émetteur:compte, compte ou UUID)</translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation>create ne prend pas d&apos;argument&#xa0;; indiquez le fichier avec --vault</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation>add exige une ou plusieurs URI otpauth://, ou &apos;-&apos; pour les lire sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation>la ligne %1 dépasse %2 caractères&#xa0;; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation>l&apos;entrée standard dépasse les %1 Mio que Tessera lit&#xa0;; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation>ligne %1&#xa0;: %2&#xa0;; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation>l&apos;entrée standard ne contenait aucune URI otpauth://&#xa0;; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation>URI %1&#xa0;: %2&#xa0;; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>impossible de calculer le code (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>Fichier dont la première ligne est le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation>passwd ne prend pas d&apos;argument&#xa0;; indiquez le nouveau mot de passe avec --new-password-file</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>environ %n jour</numerusform>
            <numerusform>environ %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation>PBKDF2-%1 avec %2 itérations</translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%1 dans chacune de %n dérivation de clé</numerusform>
            <numerusform>%1 dans chacune des %n dérivations de clé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation>%1 de mémoire pour une dérivation</translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation>%1 et %2 de mémoire sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation>%1 itérations PBKDF2 pour un seul fichier, dix fois ce qu&apos;écrivent les applications depuis lesquelles il importe</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>%n seconde de calcul (ou %1 de mémoire) pour un seul fichier</numerusform>
            <numerusform>%n secondes de calcul (ou %1 de mémoire) pour un seul fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation>ce fichier demande %1 pour essayer un mot de passe&#xa0;: %2. Tessera refuse plus de %3, car un fichier malveillant pourrait sinon le bloquer ou épuiser la mémoire avant même que le mot de passe soit vérifié</translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>la clé secrète est trop longue&#xa0;: %n octet&#xa0;; %1 au maximum sont autorisés</numerusform>
            <numerusform>la clé secrète est trop longue&#xa0;: %n octets&#xa0;; %1 au maximum sont autorisés</numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>l&apos;émetteur</translation>
    </message>
    <message>
        <source>the account name</source>
        <translation>le nom du compte</translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation>il y a trop de paramètres supplémentaires&#xa0;: %1&#xa0;; %2 au maximum sont conservés</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>un nom de paramètre</translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation>la valeur du paramètre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>la clé secrète est vide</translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation>le nombre de chiffres doit être compris entre %1 et %2, pas %3</translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation>la période doit être comprise entre %1 et %2 secondes, pas %3</translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation>ceci est un export de Google Authenticator (otpauth-migration://), pas un compte isolé&#xa0;: importez-le plutôt</translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation>ce n&apos;est pas une URI otpauth://</translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation>l&apos;URI n&apos;indique aucun type d&apos;OTP&#xa0;: elle devrait commencer par otpauth://totp/ ou otpauth://hotp/</translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation>type d&apos;OTP inconnu &apos;%1&apos;&#xa0;: totp, hotp ou steam attendu</translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation>la clé secrète est donnée deux fois, avec des valeurs différentes</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>le paramètre &apos;%1&apos; est donné deux fois avec des valeurs différentes (&apos;%2&apos; et &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation>l&apos;URI n&apos;a pas de paramètre secret</translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation>algorithme non pris en charge &apos;%1&apos;&#xa0;: utilisez SHA1, SHA256 ou SHA512</translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation>digits doit être un nombre entier entre %1 et %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation>period doit être un nombre entier de secondes entre %1 et %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>counter doit être un nombre entier de 0 à 18446744073709551615, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tessera::pool</name>
    <message>
        <source>Medium-risk sign-ins</source>
        <translation>Connexions à risque moyen</translation>
    </message>
    <message>
        <source>High-risk sign-ins</source>
        <translation>Connexions à risque élevé</translation>
    </message>
    <message>
        <source>Low-risk sign-ins</source>
        <translation>Connexions à risque faible</translation>
    </message>
    <message>
        <source>Users with a factor are asked for a code, even where MFA is optional; users without one sign in with the password.</source>
        <translation>Les utilisateurs ayant un facteur doivent saisir un code, même là où la MFA est facultative&#xa0;; les utilisateurs sans facteur se connectent avec le mot de passe.</translation>
    </message>
    <message>
        <source>Users are asked for a code; a user with no factor cannot sign in.</source>
        <translation>Les utilisateurs doivent saisir un code&#xa0;; un utilisateur sans facteur ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>These sign-ins are refused, right password or not.</source>
        <translation>Ces connexions sont refusées, que le mot de passe soit correct ou non.</translation>
    </message>
    <message>
        <source>These sign-ins go on as the MFA policy says.</source>
        <translation>Ces connexions se poursuivent selon la stratégie MFA.</translation>
    </message>
    <message>
        <source>The user is emailed about each one.</source>
        <translation>L&apos;utilisateur reçoit un e-mail pour chacune.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>MFA if set up</source>
        <translation>MFA si configurée</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA obligatoire</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <source>%1, notify</source>
        <translation>%1, notifier</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Plages IP bloquées</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused before the password is looked at.</source>
        <translation>Les connexions depuis ces plages sont refusées avant l&apos;examen du mot de passe.</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Plages IP toujours autorisées</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks and count as low risk.</source>
        <translation>Les connexions depuis ces plages ignorent les vérifications de risque et comptent comme risque faible.</translation>
    </message>
    <message>
        <source>Notice sender (SES identity)</source>
        <translation>Expéditeur des notifications (identité SES)</translation>
    </message>
    <message>
        <source>Cognito emails risk notices from this identity.</source>
        <translation>Cognito envoie les notifications de risque par e-mail depuis cette identité.</translation>
    </message>
    <message>
        <source>SetRiskConfiguration replaces the whole risk configuration; on AWS it needs threat protection (advanced security) on the pool&apos;s feature plan.</source>
        <translation>SetRiskConfiguration remplace toute la configuration des risques&#xa0;; sur AWS, elle nécessite la protection contre les menaces (sécurité avancée) dans le plan de fonctionnalités du groupe.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message>
        <source>Not reached: the run was cancelled first.</source>
        <translation>Non atteint&#xa0;: l&apos;exécution a été annulée avant.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>L&apos;utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>Aucun appareil mémorisé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1&#xa0;: %n appareil oublié.</numerusform>
            <numerusform>%1&#xa0;: %n appareils oubliés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>Annulé après l&apos;oubli de %1 appareil sur %n.</numerusform>
            <numerusform>Annulé après l&apos;oubli de %1 appareils sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 terminé(s), %2 en échec, %3 ignoré(s).</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>%n utilisateur traité&#xa0;: %1</numerusform>
            <numerusform>%n utilisateurs traités&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no user was changed. %1</source>
        <translation>Annulé&#xa0;: aucun utilisateur n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>Cancelled. Changed before it stopped: %1. %2</source>
        <translation>Annulé. Modifié avant l&apos;arrêt&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%n utilisateur sur %1</numerusform>
            <numerusform>%n utilisateurs sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>%n des %1 utilisateurs lus jusqu&apos;ici</numerusform>
            <numerusform>%n des %1 utilisateurs lus jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>Codes par e-mail</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Applications d&apos;authentification (TOTP)</translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation>devront configurer une application d&apos;authentification à leur prochaine connexion</translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation>ne peuvent pas configurer de facteur pendant la connexion (seules les applications d&apos;authentification le peuvent alors) et auront besoin d&apos;un numéro de téléphone ou d&apos;une adresse e-mail vérifiés</translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation>Chaque utilisateur doit saisir un code à chaque connexion&#xa0;; les utilisateurs sans facteur %1.</translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation>Le groupe n&apos;a pas encore d&apos;utilisateurs&#xa0;: chacun devra saisir un code à chaque connexion.</translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation>Chaque utilisateur a déjà un facteur&#xa0;; chacun doit saisir un code à chaque connexion.</translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation>%1 n&apos;ont pas de facteur et %2.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation>La MFA devient le choix de chaque utilisateur&#xa0;: %1 n&apos;ont pas de facteur et continuent de se connecter avec un mot de passe seul&#xa0;; les utilisateurs ayant un facteur doivent toujours saisir un code.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation>La MFA devient le choix de chaque utilisateur&#xa0;: ceux qui ont un facteur doivent toujours saisir un code&#xa0;; les autres se connectent avec un mot de passe seul.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation>Les utilisateurs peuvent activer la MFA eux-mêmes&#xa0;; %1 ont déjà un facteur et devront saisir un code à la connexion.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation>Les utilisateurs peuvent activer la MFA eux-mêmes&#xa0;; ceux qui ont un facteur devront saisir un code à la connexion.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation>Aucun code n&apos;est demandé. Les facteurs configurés par %1 sont conservés et réutilisés si la MFA est réactivée.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation>Aucun code n&apos;est demandé. Les facteurs configurés par les utilisateurs sont conservés et réutilisés si la MFA est réactivée.</translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation>Les utilisateurs qui le préfèrent devront choisir un autre facteur.</translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation>%1 le préfèrent et devront choisir un autre facteur.</translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation>%1 n&apos;ont pas d&apos;autre facteur et %2.</translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation>%1 n&apos;ont pas d&apos;autre facteur et se connecteront avec un mot de passe seul.</translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation>Chaque code est un SMS facturé par Amazon SNS, par message et selon le pays. Les SMS passent par le rôle SNS défini dans les paramètres SMS.</translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Les codes sont envoyés selon la configuration e-mail du groupe&#xa0;; sur AWS, la MFA par e-mail exige Amazon SES comme expéditeur des e-mails du groupe.</translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation>Les utilisateurs peuvent ajouter une application d&apos;authentification&#xa0;: gratuite, fonctionne hors ligne, rien à payer par connexion.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Non mémorisés</translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation>Mémorisés si l&apos;utilisateur l&apos;accepte&#xa0;; MFA ignorée sur ces appareils</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Mémorisés si l&apos;utilisateur l&apos;accepte</translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation>Toujours mémorisés&#xa0;; MFA ignorée sur ces appareils</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Toujours mémorisés</translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation>Code toujours demandé</translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation>Jamais demandé (la connexion de leur fournisseur fait foi)</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Selon le paramètre MFA du groupe</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation>Chaque utilisateur doit saisir un code à usage unique à la connexion&#xa0;; les utilisateurs sans facteur en configurent un d&apos;abord.</translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation>Chaque utilisateur choisit d&apos;utiliser ou non un second facteur&#xa0;; ceux qui en ont configuré un doivent saisir un code.</translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation>Les utilisateurs se connectent avec leur seul mot de passe.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>Message SMS</translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation>Les utilisateurs reçoivent&#xa0;: %1</translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation>la région du groupe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation>Expéditeur SMS (rôle SNS)</translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation>Les SMS sont envoyés via ce rôle IAM&#xa0;; s&apos;il ne peut pas publier sur SNS, aucun code SMS n&apos;arrive.</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation>L&apos;objet des e-mails de code.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Message de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Appareils mémorisés</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation>Un appareil mémorisé se connecte sans code&#xa0;; un nouvel appareil doit toujours en saisir un.</translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation>Un code est demandé à chaque connexion, appareil mémorisé ou non.</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Utilisateurs fédérés</translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation>S&apos;applique aux utilisateurs qui se connectent via un autre fournisseur d&apos;identité (moteur local de Tessera).</translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation>Jours de mémorisation d&apos;un appareil</translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>Un utilisateur qui s&apos;est connecté avec un code n&apos;est plus sollicité sur cet appareil pendant %n jour.</numerusform>
            <numerusform>Un utilisateur qui s&apos;est connecté avec un code n&apos;est plus sollicité sur cet appareil pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation>Les appareils ne sont pas mémorisés&#xa0;: un code à chaque connexion.</translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation>le paramètre des applications d&apos;authentification</translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation>le bloc SMS</translation>
    </message>
    <message>
        <source>the email block</source>
        <translation>le bloc e-mail</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation>SetUserPoolMfaConfig remplace toute la configuration MFA&#xa0;; le plan l&apos;envoie en entier.</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation>SetUserPoolMfaConfig remplace toute la configuration MFA, le plan l&apos;envoie donc en entier&#xa0;: ce que vous n&apos;avez pas modifié (%1) reste tel quel.</translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation>UpdateUserPool réinitialise tout paramètre qu&apos;une requête omet&#xa0;: le plan reprend les autres paramètres du groupe pour que rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation>Les nombres d&apos;utilisateurs portent sur les %1 utilisateurs lus jusqu&apos;ici, pas sur tout le groupe.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Users can register passkeys (security keys, phones, laptops) and sign in with them instead of a password. Passkeys need the relying party set below.</source>
        <translation>Les utilisateurs peuvent inscrire des clés d&apos;identification (clés de sécurité, téléphones, ordinateurs portables) et se connecter avec au lieu d&apos;un mot de passe. Les clés d&apos;identification exigent la partie de confiance définie ci-dessous.</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email instead of their password; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Les utilisateurs dont l&apos;adresse e-mail est vérifiée peuvent se connecter avec un code envoyé par e-mail au lieu de leur mot de passe&#xa0;; sur AWS, cela exige Amazon SES comme expéditeur des e-mails du groupe.</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a code sent by text message instead of their password; every code is a message the pool pays for.</source>
        <translation>Les utilisateurs dont le numéro de téléphone est vérifié peuvent se connecter avec un code envoyé par SMS au lieu de leur mot de passe&#xa0;; chaque code est un message payé par le groupe.</translation>
    </message>
    <message>
        <source>Users can sign in with their password.</source>
        <translation>Les utilisateurs peuvent se connecter avec leur mot de passe.</translation>
    </message>
    <message>
        <source>No user has registered a passkey yet: nobody loses a way to sign in.</source>
        <translation>Aucun utilisateur n&apos;a encore inscrit de clé d&apos;identification&#xa0;: personne ne perd de moyen de connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>%n utilisateur ayant une clé d&apos;identification inscrite ne peut plus se connecter avec ni en inscrire une autre&#xa0;; ses clés d&apos;identification restent stockées. Les utilisateurs qui n&apos;ont que des clés d&apos;identification doivent se connecter avec un mot de passe, et un utilisateur sans mot de passe est bloqué jusqu&apos;à ce qu&apos;un administrateur en définisse un.</numerusform>
            <numerusform>%n utilisateurs ayant une clé d&apos;identification inscrite ne peuvent plus se connecter avec ni en inscrire une autre&#xa0;; leurs clés d&apos;identification restent stockées. Les utilisateurs qui n&apos;ont que des clés d&apos;identification doivent se connecter avec un mot de passe, et un utilisateur sans mot de passe est bloqué jusqu&apos;à ce qu&apos;un administrateur en définisse un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users can no longer sign in with a passkey nor register one; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>Les utilisateurs ne peuvent plus se connecter avec une clé d&apos;identification ni en inscrire une&#xa0;; leurs clés d&apos;identification restent stockées. Les utilisateurs qui n&apos;ont que des clés d&apos;identification doivent se connecter avec un mot de passe, et un utilisateur sans mot de passe est bloqué jusqu&apos;à ce qu&apos;un administrateur en définisse un.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with an emailed code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Les utilisateurs ne peuvent plus se connecter avec un code reçu par e-mail&#xa0;; les utilisateurs qui n&apos;ont jamais défini de mot de passe sont bloqués jusqu&apos;à ce qu&apos;un administrateur en définisse un.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a texted code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Les utilisateurs ne peuvent plus se connecter avec un code reçu par SMS&#xa0;; les utilisateurs qui n&apos;ont jamais défini de mot de passe sont bloqués jusqu&apos;à ce qu&apos;un administrateur en définisse un.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a password.</source>
        <translation>Les utilisateurs ne peuvent plus se connecter avec un mot de passe.</translation>
    </message>
    <message>
        <source>Passkey (WEB_AUTHN)</source>
        <translation>Clé d&apos;identification (WEB_AUTHN)</translation>
    </message>
    <message>
        <source>Code by email (EMAIL_OTP)</source>
        <translation>Code par e-mail (EMAIL_OTP)</translation>
    </message>
    <message>
        <source>Code by text message (SMS_OTP)</source>
        <translation>Code par SMS (SMS_OTP)</translation>
    </message>
    <message>
        <source>Password (PASSWORD)</source>
        <translation>Mot de passe (PASSWORD)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préférée</translation>
    </message>
    <message>
        <source>(the pool&apos;s own domain)</source>
        <translation>(le domaine propre du groupe)</translation>
    </message>
    <message>
        <source>Passkey relying party</source>
        <translation>Partie de confiance des clés d&apos;identification</translation>
    </message>
    <message>
        <source>Passkeys are bound to %1: pages on that domain and its subdomains can use them.</source>
        <translation>Les clés d&apos;identification sont liées à %1&#xa0;: les pages de ce domaine et de ses sous-domaines peuvent les utiliser.</translation>
    </message>
    <message>
        <source>Passkeys registered for %1 stop working: a browser offers a passkey only to the relying party it was made for. Their users must register a new one.</source>
        <translation>Les clés d&apos;identification inscrites pour %1 cessent de fonctionner&#xa0;: un navigateur ne propose une clé d&apos;identification qu&apos;à la partie de confiance pour laquelle elle a été créée. Leurs utilisateurs doivent en inscrire une nouvelle.</translation>
    </message>
    <message>
        <source>Passkey user verification</source>
        <translation>Vérification de l&apos;utilisateur des clés d&apos;identification</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Chaque connexion par clé d&apos;identification doit prouver qui détient la clé (code PIN ou biométrie)&#xa0;; les clés qui ne le peuvent pas sont refusées.</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot verify who holds it.</source>
        <translation>Un simple contact avec la clé suffit lorsqu&apos;elle ne peut pas vérifier qui la détient.</translation>
    </message>
    <message>
        <source>First factor: %1</source>
        <translation>Premier facteur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation>L&apos;historique des stratégies %1 est illisible (%2)&#xa0;; il a été laissé tel quel. Déplacez-le pour commencer un nouvel historique.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>Stockage local %1</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>Profil AWS %1</translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation>Groupes gérés par le moteur de Tessera dans %1</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation>Un point de terminaison compatible Cognito à l&apos;adresse %1, signé avec les clés du profil AWS %2</translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation>Amazon Cognito, avec les clés et la région du profil AWS %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::UserListWalk</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::AwsSettings</name>
    <message>
        <source>Partial credentials found in %1, missing: %2</source>
        <translation>Informations d&apos;identification partielles trouvées dans %1, il manque&#xa0;: %2</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation>credential_process &apos;%1&apos; a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation>credential_process &apos;%1&apos; n&apos;a pas affiché d&apos;objet JSON de Version 1</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation>credential_process &apos;%1&apos; n&apos;a affiché ni AccessKeyId ni SecretAccessKey</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>credential_process &apos;%1&apos; a affiché une Expiration qui n&apos;est pas une heure ISO 8601&#xa0;: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation>credential_process &apos;%1&apos; a renvoyé des informations d&apos;identification expirées le %2</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation>Le profil de configuration (%1) est introuvable&#xa0;: ajoutez [%1] à %2 ou [profile %1] à %3</translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation>Vous devez indiquer une région&#xa0;: --region, AWS_REGION ou &apos;region&apos; dans le profil (%1)</translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>l&apos;URL du point de terminaison &apos;%1&apos; n&apos;est pas une URL http(s)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation>statut HTTP %1 sans message</translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation>%1 n&apos;est pas pris en charge par ce point de terminaison (%2)</translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation>Impossible de trouver des informations d&apos;identification pour signer %1&#xa0;: définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou indiquez un profil avec --profile</translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation>%1 a été annulé&#xa0;; il a pu être appliqué ou non</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Impossible de communiquer avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation>%1 a répondu à %2 avec un corps qui n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (après %2 tentatives)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation>DeviceConfiguration (défini avec aws cognito-idp update-user-pool)</translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation>la configuration des risques (définie avec aws cognito-idp set-risk-configuration)</translation>
    </message>
    <message>
        <source>Policies.SignInPolicy (set with aws cognito-idp update-user-pool)</source>
        <translation>Policies.SignInPolicy (définie avec aws cognito-idp update-user-pool)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::lab::SmsCostProjection</name>
    <message>
        <source>Sample prices per outbound transactional SMS, for illustration only; not current AWS prices. Replace them with your own bill&apos;s or the SNS pricing page&apos;s.</source>
        <translation>Exemples de prix par SMS transactionnel sortant, à titre d&apos;illustration seulement&#xa0;; pas les prix AWS actuels. Remplacez-les par ceux de votre facture ou de la page de tarification SNS.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation>impossible de créer le stockage de groupes %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation>impossible de rendre privé le stockage de groupes %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation>d&apos;autres utilisateurs de cet ordinateur peuvent lire ou modifier le stockage de groupes&#xa0;: %1. Il contient les clés secrètes TOTP des utilisateurs, des mots de passe temporaires et la clé qui signe les jetons. Rendez-le privé avec&#xa0;: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn</name>
    <message>
        <source>The authenticator signed for a different relying party than &apos;%1&apos; (its rpIdHash does not match).</source>
        <translation>L&apos;authentificateur a signé pour une autre partie de confiance que « %1&#xa0;» (son rpIdHash ne correspond pas).</translation>
    </message>
    <message>
        <source>The authenticator did not confirm that a user was present (flag UP is clear).</source>
        <translation>L&apos;authentificateur n&apos;a pas confirmé la présence d&apos;un utilisateur (l&apos;indicateur UP n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>This pool requires user verification (a PIN or biometric), and the authenticator did not verify the user (flag UV is clear).</source>
        <translation>Ce groupe exige la vérification de l&apos;utilisateur (code PIN ou biométrie), et l&apos;authentificateur n&apos;a pas vérifié l&apos;utilisateur (l&apos;indicateur UV n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>Packed attestation with a certificate chain is not supported; Tessera accepts self-attestation and &apos;none&apos;.</source>
        <translation>L&apos;attestation packed avec chaîne de certificats n&apos;est pas prise en charge&#xa0;; Tessera accepte l&apos;auto-attestation et &apos;none&apos;.</translation>
    </message>
    <message>
        <source>The attestation is signed with algorithm %1, but the credential key is algorithm %2.</source>
        <translation>L&apos;attestation est signée avec l&apos;algorithme %1, mais la clé des informations d&apos;identification utilise l&apos;algorithme %2.</translation>
    </message>
    <message>
        <source>The packed self-attestation signature does not verify with the credential&apos;s key.</source>
        <translation>La signature d&apos;auto-attestation packed ne se vérifie pas avec la clé des informations d&apos;identification.</translation>
    </message>
    <message>
        <source>An ES256 key must be on curve P-256 (COSE crv 1).</source>
        <translation>Une clé ES256 doit être sur la courbe P-256 (COSE crv 1).</translation>
    </message>
    <message>
        <source>An ES256 key needs 32-byte x and y coordinates; this one has %1 and %2 bytes.</source>
        <translation>Une clé ES256 nécessite des coordonnées x et y de 32 octets&#xa0;; celle-ci en a %1 et %2.</translation>
    </message>
    <message>
        <source>The ES256 key could not be prepared.</source>
        <translation>La clé ES256 n&apos;a pas pu être préparée.</translation>
    </message>
    <message>
        <source>The ES256 key&apos;s point is not on curve P-256.</source>
        <translation>Le point de la clé ES256 n&apos;est pas sur la courbe P-256.</translation>
    </message>
    <message>
        <source>An RS256 key needs a modulus n and an exponent e.</source>
        <translation>Une clé RS256 nécessite un module n et un exposant e.</translation>
    </message>
    <message>
        <source>The RS256 key has a %1-bit modulus; at least 2048 bits are required.</source>
        <translation>La clé RS256 a un module de %1 bits&#xa0;; au moins 2048 bits sont requis.</translation>
    </message>
    <message>
        <source>The RS256 key could not be prepared.</source>
        <translation>La clé RS256 n&apos;a pas pu être préparée.</translation>
    </message>
    <message>
        <source>The RS256 key is not a valid RSA public key.</source>
        <translation>La clé RS256 n&apos;est pas une clé publique RSA valide.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::AuthenticatorData</name>
    <message>
        <source>The authenticator data is %1 bytes long; it needs at least 37.</source>
        <translation>Les données d&apos;authentificateur font %1 octets&#xa0;; il en faut au moins 37.</translation>
    </message>
    <message>
        <source>The authenticator data ends inside the attested credential.</source>
        <translation>Les données d&apos;authentificateur se terminent à l&apos;intérieur des informations d&apos;identification attestées.</translation>
    </message>
    <message>
        <source>The credential ID length %1 is not between 1 and 1023 bytes or runs past the end of the authenticator data.</source>
        <translation>La longueur %1 de l&apos;ID des informations d&apos;identification n&apos;est pas comprise entre 1 et 1023 octets ou dépasse la fin des données d&apos;authentificateur.</translation>
    </message>
    <message>
        <source>The credential public key at byte %1 is not well-formed CBOR.</source>
        <translation>La clé publique des informations d&apos;identification à l&apos;octet %1 n&apos;est pas du CBOR bien formé.</translation>
    </message>
    <message>
        <source>The extensions at byte %1 are not well-formed CBOR.</source>
        <translation>Les extensions à l&apos;octet %1 ne sont pas du CBOR bien formé.</translation>
    </message>
    <message>
        <source>The authenticator data has %n unexpected trailing bytes.</source>
        <translation>Les données d&apos;authentificateur ont %n octets inattendus en fin.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CeremonyVerifier</name>
    <message>
        <source>The attestation object is not a CBOR map.</source>
        <translation>L&apos;objet d&apos;attestation n&apos;est pas une map CBOR.</translation>
    </message>
    <message>
        <source>The attestation object has no attestation statement (attStmt).</source>
        <translation>L&apos;objet d&apos;attestation n&apos;a pas de déclaration d&apos;attestation (attStmt).</translation>
    </message>
    <message>
        <source>The registration carries no credential (flag AT is clear).</source>
        <translation>L&apos;inscription ne contient aucune information d&apos;identification (l&apos;indicateur AT n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>Attestation &apos;none&apos; must carry an empty statement.</source>
        <translation>L&apos;attestation &apos;none&apos; doit comporter une déclaration vide.</translation>
    </message>
    <message>
        <source>The attestation format &apos;%1&apos; is not supported; Tessera accepts &apos;none&apos; and &apos;packed&apos; self-attestation.</source>
        <translation>Le format d&apos;attestation &apos;%1&apos; n&apos;est pas pris en charge&#xa0;; Tessera accepte &apos;none&apos; et l&apos;auto-attestation &apos;packed&apos;.</translation>
    </message>
    <message>
        <source>The assertion&apos;s signature does not verify with the registered key.</source>
        <translation>La signature de l&apos;assertion ne se vérifie pas avec la clé enregistrée.</translation>
    </message>
    <message>
        <source>The signature counter went from %1 to %2 instead of growing: this authenticator may have been cloned, so the sign-in is refused.</source>
        <translation>Le compteur de signatures est passé de %1 à %2 au lieu d&apos;augmenter&#xa0;: cet authentificateur a peut-être été cloné, la connexion est donc refusée.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::ClientData</name>
    <message>
        <source>The client data is not a JSON object: %1.</source>
        <translation>Les données client ne sont pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The client data is of type &apos;%1&apos;, but this step expects &apos;%2&apos;.</source>
        <translation>Les données client sont de type « %1&#xa0;», mais cette étape attend « %2&#xa0;».</translation>
    </message>
    <message>
        <source>The client data answers a different challenge from the one issued for this step.</source>
        <translation>Les données client répondent à un autre défi que celui émis pour cette étape.</translation>
    </message>
    <message>
        <source>The ceremony ran in a frame of another site (crossOrigin is true); this relying party accepts none.</source>
        <translation>La cérémonie s&apos;est déroulée dans un cadre d&apos;un autre site (crossOrigin vaut true)&#xa0;; cette partie de confiance n&apos;en accepte aucun.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not the relying party&apos;s: expected https://%2 or one of its subdomains.</source>
        <translation>L&apos;origine « %1&#xa0;» n&apos;est pas celle de la partie de confiance&#xa0;: attendu https://%2 ou l&apos;un de ses sous-domaines.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CoseKey</name>
    <message>
        <source>The credential public key is not a CBOR map.</source>
        <translation>La clé publique des informations d&apos;identification n&apos;est pas une map CBOR.</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm (COSE %1) is not supported; Tessera accepts ES256 (-7) and RS256 (-257).</source>
        <translation>L&apos;algorithme de la clé (COSE %1) n&apos;est pas pris en charge&#xa0;; Tessera accepte ES256 (-7) et RS256 (-257).</translation>
    </message>
    <message>
        <source>The key type (COSE kty %1) does not match its algorithm %2.</source>
        <translation>Le type de clé (COSE kty %1) ne correspond pas à son algorithme %2.</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>abandon pour cette image&#xa0;: elle contient plus de %n forme semblable aux carrés d&apos;angle d&apos;un code QR (un code en a trois)&#xa0;; recadrez l&apos;image sur le code et réessayez</numerusform>
            <numerusform>abandon pour cette image&#xa0;: elle contient plus de %n formes semblables aux carrés d&apos;angle d&apos;un code QR (un code en a trois)&#xa0;; recadrez l&apos;image sur le code et réessayez</numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation>cette image mesure %1 × %2 pixels&#xa0;; Tessera cherche des codes QR dans des images de %3 mégapixels au plus&#xa0;: recadrez-la sur le code ou enregistrez-la en plus petit</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>abandon après %n s de recherche de codes QR dans cette image&#xa0;; recadrez l&apos;image sur le code et réessayez</numerusform>
            <numerusform>abandon après %n s de recherche de codes QR dans cette image&#xa0;; recadrez l&apos;image sur le code et réessayez</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation>impossible de lire &apos;%1&apos; comme image&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation>il n&apos;y a aucun texte à mettre dans un code QR</translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>le texte est trop long pour un code QR (%n octet&#xa0;; 2953 au maximum)</numerusform>
            <numerusform>le texte est trop long pour un code QR (%n octets&#xa0;; 2953 au maximum)</numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation>libqrencode n&apos;a pas pu encoder le texte</translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation>la réponse du serveur de temps est trop courte (%1 octets)</translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation>le serveur de temps a répondu sous une forme que Tessera ne connaît pas</translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation>le serveur de temps a refusé ou n&apos;est pas synchronisé (strate %1, %2)</translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation>la réponse du serveur de temps ne correspond pas à cette requête</translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation>le serveur de temps %1 n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation>&apos;%1&apos; n&apos;est pas un port valide pour un serveur de temps</translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation>aucun serveur de temps n&apos;est défini</translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation>impossible de joindre le serveur de temps %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation>échec de PBKDF2 (OpenSSL)</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>échec d&apos;Argon2id&#xa0;: %1</translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation>échec du déchiffrement AES-CBC (mauvaise clé ou données endommagées)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AegisFormat</name>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>the entry has no secret</source>
        <translation>l&apos;entrée n&apos;a pas de clé secrète</translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation>l&apos;export Aegis n&apos;a pas de liste d&apos;entrées</translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation>cet export Aegis a la version de fichier %1&#xa0;; Tessera lit la version 1</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation>le &apos;db&apos; de l&apos;export Aegis n&apos;est ni un contenu ni un texte chiffré</translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation>cet export Aegis est chiffré&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation>mauvais mot de passe pour cet export Aegis</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation>les paramètres de chiffrement de l&apos;export Aegis sont endommagés</translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation>le mot de passe est correct mais le contenu de l&apos;export Aegis est endommagé</translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation>le contenu Aegis déchiffré n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation>pas d&apos;octets aléatoires pour l&apos;export Aegis (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation>échec d&apos;AES-GCM lors de l&apos;écriture de l&apos;export Aegis (OpenSSL)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation>la sauvegarde andOTP déchiffrée n&apos;est pas une liste JSON</translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation>ceci ressemble à une sauvegarde andOTP chiffrée&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation>la sauvegarde andOTP chiffrée est trop courte</translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation>mauvais mot de passe pour cette sauvegarde andOTP (ou le fichier est endommagé)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>l&apos;archive zip ne peut pas être lue</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>l&apos;archive zip est endommagée</translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation>cette archive zip ne contient pas d&apos;Accounts.txt&#xa0;: ce n&apos;est donc pas un export Authenticator Plus</translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation>cet export Authenticator Plus est protégé par un mot de passe&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation>Accounts.txt dans l&apos;archive zip est d&apos;une taille invraisemblable</translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation>mauvais mot de passe pour cet export Authenticator Plus</translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation>Accounts.txt ne peut pas être lu depuis l&apos;archive zip</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation>Accounts.txt dans l&apos;archive zip est endommagé</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation>les sauvegardes automatiques exigent un mot de passe de sauvegarde</translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation>impossible de lire le coffre-fort %1 pour le sauvegarder&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation>%1 n&apos;est pas un coffre-fort Tessera&#xa0;; rien n&apos;a été sauvegardé</translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation>les sauvegardes automatiques doivent conserver au moins une sauvegarde</translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation>le dossier de sauvegarde %1 n&apos;existe pas&#xa0;; choisissez-en un autre ou branchez son disque</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation>l&apos;en-tête CSV n&apos;a pas de colonne OTP</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation>le champ TOTP n&apos;est ni une URI otpauth:// ni des paramètres key=...</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation>le format Tessera s&apos;écrit dans un fichier avec exportToFile</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation>une sauvegarde Tessera exige un mot de passe</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation>une valeur scellée FreeOTP est endommagée</translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation>le chiffrement FreeOTP &apos;%1&apos; n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation>le jeton n&apos;a pas de clé secrète lisible</translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation>cette sauvegarde FreeOTP 2 est endommagée&#xa0;: sa table de jetons est illisible</translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation>ceci est une sauvegarde FreeOTP 2 chiffrée&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation>la dérivation de clé FreeOTP &apos;%1&apos; n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation>les paramètres de la clé maîtresse FreeOTP 2 sont endommagés</translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation>mauvais mot de passe pour cette sauvegarde FreeOTP (ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation>les paramètres du jeton sont absents</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation>ce n&apos;est pas une URL otpauth-migration (elle doit commencer par %1)</translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation>l&apos;URL otpauth-migration n&apos;a pas de paramètre &apos;data&apos; en Base64 valide</translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation>les données otpauth-migration sont endommagées (ce n&apos;est pas un export de Google Authenticator)</translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation>les données otpauth-migration ne contiennent aucun compte</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1, compte %2</translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>l&apos;algorithme de hachage %1 n&apos;est pas pris en charge (SHA1, SHA256 et SHA512 le sont)</translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation>le code de nombre de chiffres %1 est inconnu</translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation>le code de type d&apos;OTP %1 est inconnu</translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation>le compte a une clé secrète vide</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation>Sauvegarde papier Tessera</translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation>Secret&#xa0;: quiconque possède cette page peut générer vos codes</translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation>Chaque code QR contient la clé secrète d&apos;un compte, sans chiffrement. Imprimez cette page, rangez le papier en lieu sûr et supprimez ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n compte. Pour restaurer, scannez un code avec n&apos;importe quelle application d&apos;authentification.</numerusform>
            <numerusform>%n comptes. Pour restaurer, scannez un code avec n&apos;importe quelle application d&apos;authentification.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation>impossible de dessiner le code QR de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation>la ligne %1 n&apos;est pas une nouvelle entrée&#xa0;; rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation>une base SQLite, mais ni de Google Authenticator, ni de Microsoft Authenticator, ni d&apos;Authenticator Pro</translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation>une archive zip sans l&apos;Accounts.txt d&apos;un export Authenticator Plus</translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation>un fichier XML qui ne vient ni de FreeOTP, ni de FreeOTP+, ni d&apos;Authy, ni de Battle.net, ni de TOTP Authenticator</translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation>ceci est un coffre-fort ou une sauvegarde Tessera&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation>impossible de préparer la sauvegarde Tessera dans un dossier temporaire</translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation>mauvais mot de passe pour cette sauvegarde Tessera</translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation>ce fichier contient %1 comptes&#xa0;; Tessera en importe au plus %2 par fichier, pour qu&apos;un fichier malveillant ne puisse pas remplir le coffre-fort&#xa0;: découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>format inconnu &apos;%1&apos;&#xa0;; formats connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation>ceci ressemble à %1, que Tessera ne sait pas encore importer</translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation>ce n&apos;est pas un format que Tessera sait importer (il lit %1)</translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation>le fichier n&apos;est pas un fichier XML de préférences Android</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>le fichier n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation>le type d&apos;OTP &apos;%1&apos; n&apos;est pas pris en charge (TOTP, HOTP et Steam le sont)</translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>l&apos;algorithme de hachage &apos;%1&apos; n&apos;est pas pris en charge (SHA1, SHA256 et SHA512 le sont)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation>le jeton n&apos;a pas de clé secrète</translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation>ce fichier Authy a des clés secrètes chiffrées&#xa0;: indiquez le mot de passe de sauvegarde Authy</translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation>la clé secrète chiffrée est endommagée</translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation>mauvais mot de passe pour cette sauvegarde Authy</translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation>le numéro de série ou la clé secrète Battle.net est endommagé</translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation>l&apos;encodage de clé secrète en base %1 n&apos;est pas pris en charge (16, 32 et 64 le sont)</translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation>la clé secrète n&apos;est pas valide en base %1</translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation>ceci ressemble à une sauvegarde TOTP Authenticator chiffrée&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation>mauvais mot de passe pour cette sauvegarde TOTP Authenticator (ou le fichier est endommagé)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation>ce code QR est vide</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation>ce n&apos;est pas une URL otpauth-migration&#xa0;: le code QR doit commencer par otpauth-migration://, et quelque chose le précède</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation>ce n&apos;est pas une URI otpauth://&#xa0;: le code QR doit commencer par otpauth://, et quelque chose le précède</translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>ce code QR contient une adresse web, pas un compte (le code d&apos;un compte commence par otpauth:// ou otpauth-migration://)</translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation>ce code QR contient des paramètres de réseau Wi-Fi, pas un compte</translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation>ce code QR contient une carte de visite, pas un compte</translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>ce code QR contient un lien &apos;%1:&apos;, pas un compte (le code d&apos;un compte commence par otpauth:// ou otpauth-migration://)</translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>ce code QR contient %n caractère de texte qui n&apos;est pas un compte (le code d&apos;un compte commence par otpauth:// ou otpauth-migration://)</numerusform>
            <numerusform>ce code QR contient %n caractères de texte qui ne sont pas un compte (le code d&apos;un compte commence par otpauth:// ou otpauth-migration://)</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>code QR %1</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>ce n&apos;est pas une image PNG, JPEG, GIF, BMP ou WebP</translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation>ceci est une image %1, que ce système ne sait pas décoder (Qt n&apos;a pas de module d&apos;image %1 ici)&#xa0;; enregistrez l&apos;image en PNG et importez celle-ci</translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation>cette image %1 ne peut pas être décodée&#xa0;: %2</translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation>aucun code QR n&apos;a été trouvé dans cette image %1&#xa0;; le code doit être entier, net et pas trop petit (recadrez l&apos;image sur le code et réessayez)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation>shared_secret n&apos;est pas en Base64</translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation>le type Authenticator Pro %1 n&apos;est pas pris en charge (TOTP, HOTP et Steam le sont)</translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation>le code d&apos;algorithme de hachage %1 est inconnu</translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation>cet export Bitwarden est chiffré&#xa0;; exportez-le à nouveau en JSON non chiffré ou en CSV</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation>le type de compte Google Authenticator %1 est inconnu</translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation>la clé secrète n&apos;est pas du Base64 valide</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir la base SQLite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>abandon après %n s de lecture de `%1` dans cette base</numerusform>
            <numerusform>abandon après %n s de lecture de `%1` dans cette base</numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation>`%1` dans cette base contient une ligne de plus de %2 Kio&#xa0;; aucun compte n&apos;est aussi grand, donc Tessera ne la lit pas</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation>`%1` dans cette base ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation>cette base n&apos;a pas de table `%1`</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation>`%1` dans cette base est de type %2, pas une table&#xa0;; Tessera ne lit que des tables dans les fichiers qu&apos;il importe</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation>`%1` dans cette base est une table virtuelle, dont les lignes viennent du code et non du fichier&#xa0;; Tessera ne lit que des tables ordinaires dans les fichiers qu&apos;il importe</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation>`%1` dans cette base a des colonnes calculées (`%2`)&#xa0;; Tessera ne lit que des valeurs stockées dans les fichiers qu&apos;il importe</translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>`%1` dans cette base a plus de %n ligne&#xa0;; Tessera importe au plus autant de comptes d&apos;un seul fichier</numerusform>
            <numerusform>`%1` dans cette base a plus de %n lignes&#xa0;; Tessera importe au plus autant de comptes d&apos;un seul fichier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation>mauvais mot de passe pour cette sauvegarde Authenticator Pro / Stratum (ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation>ceci est une sauvegarde Authenticator Pro / Stratum chiffrée&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation>la sauvegarde Authenticator Pro / Stratum chiffrée est trop courte</translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation>la sauvegarde Authenticator Pro / Stratum déchiffrée n&apos;est pas du JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation>la version de schéma 2FAS %1 n&apos;est pas prise en charge (de 1 à 4, oui)</translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation>cette sauvegarde 2FAS est chiffrée&#xa0;: indiquez son mot de passe</translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation>les services chiffrés de la sauvegarde 2FAS sont endommagés</translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation>le mot de passe est correct mais la sauvegarde 2FAS est endommagée</translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation>mauvais mot de passe pour cette sauvegarde 2FAS</translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation>les services 2FAS déchiffrés ne sont pas une liste JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation>ce n&apos;est pas une URL otpauth-migration&#xa0;: la ligne doit commencer par otpauth-migration://, et quelque chose la précède</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation>ce n&apos;est pas une URI otpauth://&#xa0;: la ligne doit commencer par otpauth://</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>Tessera est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation>Tessera s&apos;appuie sur ces bibliothèques et illustrations&#xa0;:</translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation>Les icônes d&apos;émetteurs sont des logos, marques de leurs propriétaires respectifs. Elles servent seulement à reconnaître un compte et n&apos;impliquent aucune approbation.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>An authenticator and an MFA console for user pools, on your desktop.</source>
        <translation>Un authentificateur et une console MFA pour groupes d&apos;utilisateurs, sur votre bureau.</translation>
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
        <translation>Simple Icons (icônes d&apos;émetteurs)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Afficher en code &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>A&amp;nnuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>Scanner un code QR</translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation>Déposez une image ici, ou lisez-en une depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Écran…</translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation>Tracez un rectangle autour d&apos;un code QR à l&apos;écran, ou cliquez pour lire tout l&apos;écran</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>Caméra…</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Codes trouvés</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>ex. GitHub</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>ex. alice@example.com</translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Base32, ex. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Basé sur le temps (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Basé sur un compteur (HOTP)</translation>
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
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Clé &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>C&amp;hiffres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>Compte&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation>Scannez un code, collez un lien ou saisissez la clé secrète que le service vous a donnée.</translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation>Prêt à ajouter. Rien n&apos;est enregistré avant que vous appuyiez sur Ajouter.</translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation>Ceci est un export de Google Authenticator&#xa0;; ses comptes s&apos;ouvrent dans l&apos;aperçu d&apos;importation.</translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation>Le lien n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Aucun code QR n&apos;a été trouvé dans l&apos;image.</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Export de Google Authenticator</translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation>Pas un compte (%1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>%n code trouvé&#xa0;: choisissez celui à ajouter.</numerusform>
            <numerusform>%n codes trouvés&#xa0;: choisissez celui à ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation>Recherche de codes QR…</translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation>Scanner un code QR depuis une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation>Le presse-papiers ne contient ni image ni lien otpauth://.</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>Lecture de l&apos;écran…</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>Présentez le code QR à la caméra</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation>Non mémorisé dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation>Le coffre-fort se déverrouille désormais via le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation>Le trousseau du système ne déverrouille plus le coffre-fort.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation>Ajoutez un compte en scannant un code QR à l&apos;écran, dans un fichier ou dans le presse-papiers, ou saisissez la clé secrète affichée par le service. Vos secrets restent dans un coffre-fort chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation>Scanner un code QR…</translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation>Ajouter manuellement…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Export de Google Authenticator</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Code copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Code copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation>Les codes sont corrigés de %1 pour cette session.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 est maintenant le numéro %2 sur %n.</numerusform>
            <numerusform>%1 est maintenant le numéro %2 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation>La sauvegarde automatique vers %1 a échoué&#xa0;: %2. Votre coffre-fort lui-même a été enregistré. Les sauvegardes reprendront dès que le dossier sera de nouveau accessible en écriture&#xa0;; les Paramètres permettent d&apos;en choisir un autre.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation>Le dossier de votre coffre-fort n&apos;est pas privé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra&#xa0;:</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation>Branchez une caméra et rouvrez cette fenêtre, ou scannez plutôt le code à l&apos;écran ou dans un fichier image.</translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation>Ce code QR ne contient aucun compte. Présentez le code que le service affiche pour l&apos;authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation>La caméra ne peut pas être utilisée&#xa0;: %1. Fermez les autres applications qui l&apos;utilisent peut-être, et vérifiez que Tessera a le droit d&apos;utiliser la caméra (sous Linux, appartenance au groupe &apos;video&apos;&#xa0;; dans un bac à sable, l&apos;autorisation caméra).</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation>Présentez le code QR à la caméra. Rien n&apos;est enregistré avant votre confirmation.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation>Corriger les codes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation>L&apos;horloge de cet ordinateur a %1 de retard sur %2. Les codes risquent d&apos;être refusés.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation>L&apos;horloge de cet ordinateur a %1 d&apos;avance sur %2. Les codes risquent d&apos;être refusés.</translation>
    </message>
    <message>
        <source>the time server</source>
        <translation>le serveur de temps</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
        <translation>Favori (affiché en premier)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation>Aucun groupe&#xa0;; saisissez un nom pour en créer un</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>É&amp;metteur</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>The secret and code settings stay as they are.</source>
        <translation>La clé secrète et les paramètres du code restent inchangés.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>Exporter des comptes</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation>Sauvegarde Tessera (chiffrée)</translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation>Aegis (chiffré ou non)</translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation>Google Authenticator (codes QR à l&apos;écran)</translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation>Liste de liens otpauth (texte brut)</translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation>Page imprimable (HTML, pour le papier)</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>Chiffrer avec un mot de passe</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Mot de passe d&apos;export</translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation>Répétez le mot de passe d&apos;export</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation>Ces codes contiennent vos secrets. Quiconque les voit ou les photographie peut générer vos codes&#xa0;: scannez-les uniquement avec votre propre téléphone, à l&apos;abri des regards.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Masquer les codes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>A copy of your vault that Tessera opens with the password you set here. The safest way to keep a backup.</source>
        <translation>Une copie de votre coffre-fort que Tessera ouvre avec le mot de passe défini ici. Le moyen le plus sûr de conserver une sauvegarde.</translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation>Un fichier qu&apos;Aegis et de nombreuses autres applications importent. Chiffrez-le, sauf si l&apos;application vers laquelle vous migrez ne sait pas lire les fichiers Aegis chiffrés.</translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation>Affiche des codes QR de dix comptes chacun, à scanner avec Google Authenticator ou une autre application qui les lit. Rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation>Un fichier texte avec un lien otpauth:// par compte, que la plupart des applications d&apos;authentification importent. Non chiffré.</translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation>Une page avec un code QR par compte, à imprimer et à conserver en lieu sûr. Non chiffrée.</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>Afficher les codes QR…</translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation>Choisissez un mot de passe pour l&apos;export.</translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation>Répétez le mot de passe pour vérifier que c&apos;est bien celui voulu.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation>Conservez ce mot de passe&#xa0;: l&apos;export ne peut pas être ouvert sans lui.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation>Afficher les secrets à l&apos;écran&#xa0;?</translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation>Les codes QR affichent toutes les clés secrètes de ce coffre-fort.</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation>Quiconque les voit ou les photographie peut générer vos codes. Affichez-les uniquement à l&apos;abri des regards, et seulement pour les scanner avec votre propre téléphone.</translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>Afficher les codes QR</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Exporter sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation>Ce fichier contiendra toutes les clés secrètes de ce coffre-fort sans chiffrement.</translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation>Quiconque peut lire le fichier peut générer vos codes. Gardez-le hors ligne, sur un disque que vous seul utilisez, et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>Exporter sans chiffrement</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation>Le coffre-fort est verrouillé ou occupé&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>%n compte écrit dans %1.</numerusform>
            <numerusform>%n comptes écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation>%1 Non inclus (le format ne peut pas les contenir)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation>Impossible de créer les codes QR&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>Il n&apos;y a aucun compte à afficher.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation>Google Authenticator ne peut contenir aucun de ces comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation>Non inclus (Google Authenticator ne peut pas les contenir)&#xa0;: %1</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>Code QR %1 sur %2</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation>
            <numerusform>Les codes QR ont été masqués après %n seconde d&apos;inactivité. Affichez-les à nouveau pour continuer.</numerusform>
            <numerusform>Les codes QR ont été masqués après %n secondes d&apos;inactivité. Affichez-les à nouveau pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Masqué dans %n seconde</numerusform>
            <numerusform>Masqué dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation>Choisissez ou déposez des exports d&apos;une autre application d&apos;authentification ou d&apos;un gestionnaire de mots de passe, ou des images de codes QR. Rien n&apos;est ajouté avant votre confirmation.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Mot de passe d&apos;export</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation>Ignorer le fichier</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Comptes trouvés</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Choisir les exports à importer</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation>aucun compte n&apos;a été trouvé dans ce fichier</translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation>Le mot de passe n&apos;ouvre pas «&#xa0;%1&#xa0;». Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Saisissez le mot de passe utilisé lors de l&apos;export.</translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation>ignoré&#xa0;: aucun mot de passe n&apos;a été donné</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation>Le coffre-fort est verrouillé ou occupé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
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
            <numerusform>%n ligne laissée de côté.</numerusform>
            <numerusform>%n lignes laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>Importer %n compte</numerusform>
            <numerusform>Importer %n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>Enregistrement de %n compte…</numerusform>
            <numerusform>Enregistrement de %n comptes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation>Doublon d&apos;une ligne précédente</translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation>Doublon&#xa0;: déjà dans le coffre-fort</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentificateur</translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation>Console des groupes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation>&amp;Authentificateur</translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation>Console des &amp;groupes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>À &amp;propos de Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message>
        <source>Show as QR code</source>
        <translation>Afficher en code QR</translation>
    </message>
    <message>
        <source>The QR code for %1 contains its secret. Anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone.</source>
        <translation>Le code QR de %1 contient sa clé secrète. Quiconque le voit ou le photographie peut générer vos codes. Affichez-le uniquement pour le scanner avec votre propre téléphone.</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Masqué dans %n seconde</numerusform>
            <numerusform>Masqué dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation>Copie rapide</translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation>Tapez pour trouver un compte, Entrée copie son code</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation>Impossible d&apos;enregistrer le coffre-fort, la dernière modification a donc été annulée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>L&apos;écran ne peut pas être lu ici, et cette version de Tessera ne peut pas demander de capture d&apos;écran au bureau (pas de Qt D-Bus). Enregistrez une capture d&apos;écran avec l&apos;outil de votre bureau et scannez le fichier.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation>Sélectionner le code QR</translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation>Zone de l&apos;écran à scanner</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation>Tracez un rectangle autour du code QR</translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation>Relâcher ou Entrée&#xa0;: lire le rectangle  ·  Clic ou Entrée&#xa0;: lire tout l&apos;écran  ·  Échap&#xa0;: annuler</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>Ou enregistrez une capture d&apos;écran avec l&apos;outil de votre bureau et scannez le fichier.</translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation>Le bureau n&apos;a pas fourni de capture d&apos;écran à temps. Réessayez et terminez la capture dans la fenêtre du bureau. %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation>Il n&apos;y a pas de bus de session D-Bus pour demander une capture d&apos;écran au bureau. %1</translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation>Aucun portail de bureau ne répond sur D-Bus, Tessera ne peut donc pas faire de capture d&apos;écran ici. Installez xdg-desktop-portal avec le backend de votre bureau (xdg-desktop-portal-gnome, -kde ou -wlr). %1</translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation>Le portail de bureau ne peut pas faire de captures d&apos;écran ici (%1). Installez le backend de portail de votre bureau (xdg-desktop-portal-gnome, -kde ou -wlr). %2</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation>Le portail de bureau a refusé la capture d&apos;écran&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation>Le bureau a fourni la capture d&apos;écran sous la forme &apos;%1&apos;, qui n&apos;est pas un fichier local. %2</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation>Le bureau n&apos;a pas pu faire la capture d&apos;écran. Vérifiez que Tessera a le droit de faire des captures d&apos;écran dans les paramètres de confidentialité de votre bureau. %1</translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation>Impossible de lire la capture d&apos;écran enregistrée par le bureau dans &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Verrouiller quand l&apos;écran se verrouille</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Verrouiller quand la fenêtre est réduite</translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation>Mémoriser dans le trousseau du système (déverrouiller sans saisie)</translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation>Déverrouillez d&apos;abord le coffre-fort&#xa0;; le trousseau du système doit être disponible.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>Effacer les codes copiés après</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Masquer les codes jusqu&apos;au clic</translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation>Afficher le code suivant au survol</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>Mon ordre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continuer à fonctionner dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>Trier les comptes par</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation>Vérifier l&apos;horloge de cet ordinateur auprès d&apos;un serveur de temps</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation>Serveur de temps (NTP)</translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation>Sauvegarder automatiquement le coffre-fort</translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation>Un dossier sur un autre disque ou un dossier synchronisé</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>After each change</source>
        <translation>Après chaque modification</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation>Les sauvegardes sont des copies de votre coffre-fort chiffré&#xa0;: tessera-backup-DATE-TIME.tessera.
Ouvrez-en une avec le mot de passe du coffre-fort (tessera --vault COPIE-DE-LA-SAUVEGARDE), ou importez-la.
Seules les sauvegardes les plus anciennes au-delà du nombre conservé sont supprimées.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language takes effect when Tessera restarts.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de Tessera.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SingleInstance</name>
    <message>
        <source>Another Tessera is already running with this vault.</source>
        <translation>Un autre Tessera est déjà en cours d&apos;exécution avec ce coffre-fort.</translation>
    </message>
    <message>
        <source>Tessera cannot listen on %1, so launching it again will open a second window instead of raising this one: %2</source>
        <translation>Tessera ne peut pas écouter sur %1&#xa0;; relancer l&apos;application ouvrira donc une seconde fenêtre au lieu d&apos;afficher celle-ci&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenDelegate</name>
    <message>
        <source>Show code</source>
        <translation>Afficher le code</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>suivant %1</translation>
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
        <translation>%1, %2, code masqué</translation>
    </message>
    <message>
        <source>%1, %2, code %3</source>
        <translation>%1, %2, code %3</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListPage</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenSortModel</name>
    <message>
        <source>Accounts can be moved only when they are sorted by “My order” (Settings, Sort accounts by).</source>
        <translation>Les comptes ne peuvent être déplacés que s&apos;ils sont triés par «&#xa0;Mon ordre&#xa0;» (Paramètres, Trier les comptes par).</translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation>Effacez la recherche pour déplacer des comptes&#xa0;: tant qu&apos;elle en masque certains, leur nouvelle place serait ambiguë.</translation>
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
        <translation>&amp;Copier un code…</translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>&amp;Afficher Tessera</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation>Utilisez une longue phrase de passe que vous n&apos;utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Faible&#xa0;: facile à deviner. Ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Moyen&#xa0;: quelques mots de plus le rendraient robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Déverrouiller avec le trousseau du système</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation>Le trousseau de votre session de bureau conserve la clé du coffre-fort&#xa0;: Tessera s&apos;ouvre donc sans mot de passe tant que vous êtes connecté.</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Créer votre coffre-fort</translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation>Vos comptes sont conservés dans un fichier chiffré sur cet ordinateur. Choisissez un mot de passe pour le protéger&#xa0;; il ne pourra pas être récupéré si vous l&apos;oubliez.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Coffre-fort verrouillé</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>Saisissez votre mot de passe pour afficher vos codes.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation>Cette version de Tessera ne peut pas utiliser le trousseau du système.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Le coffre-fort n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation>Le coffre-fort est occupé avec le trousseau du système&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation>Les dernières modifications avant le verrouillage du coffre-fort n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ActionConfirmBar</name>
    <message>
        <source>Confirm action</source>
        <translation>Confirmer l&apos;action</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>Ce que fera l&apos;action</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>Saisir pour confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Saisissez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1 to enable %2.</source>
        <translation>Saisissez %1 pour activer %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>L&apos;utilisateur sélectionné (%n)</numerusform>
            <numerusform>Les %n utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All users matching %1</source>
        <translation>Tous les utilisateurs correspondant à %1</translation>
    </message>
    <message>
        <source>All users of the pool</source>
        <translation>Tous les utilisateurs du groupe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Require a preferred factor</source>
        <translation>Exiger un facteur préféré</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Facteur&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Number of users to confirm</source>
        <translation>Nombre d&apos;utilisateurs à confirmer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>&amp;Enregistrer les résultats en CSV…</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Enregistrer les résultats en CSV</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight finishes first, so its result is known…</source>
        <translation>Annulation&#xa0;: la requête en cours se termine d&apos;abord, afin que son résultat soit connu…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the users it applies to…</source>
        <translation>Lecture des utilisateurs concernés…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>Lecture des utilisateurs concernés&#xa0;: %n pour l&apos;instant…</numerusform>
            <numerusform>Lecture des utilisateurs concernés&#xa0;: %n pour l&apos;instant…</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Les utilisateurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No user matches: there is nothing to do.</source>
        <translation>Aucun utilisateur ne correspond&#xa0;: il n&apos;y a rien à faire.</translation>
    </message>
    <message>
        <source>This backend does not serve %1.</source>
        <translation>Ce backend ne prend pas en charge %1.</translation>
    </message>
    <message>
        <source>%1
Users: %2.</source>
        <translation>%1
Utilisateurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Type the number of users, %1, to confirm:</source>
        <translation>Saisissez le nombre d&apos;utilisateurs, %1, pour confirmer&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>&amp;Supprimer %n utilisateur</numerusform>
            <numerusform>&amp;Supprimer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>%1 utilisateur sur %n traité…</numerusform>
            <numerusform>%1 utilisateurs sur %n traités…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Les résultats n&apos;ont pas pu être enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Results saved to %2.</source>
        <translation>%1 Résultats enregistrés dans %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Vérifier les modifications de %1</translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation>Ce que change l&apos;application de la stratégie modifiée à %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation>Ce que verront les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Sends the changes to the pool.</source>
        <translation>Envoie les modifications au groupe.</translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation>Ceci ne peut pas être appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation>Où se trouvent les groupes&#xa0;: le moteur local de cet ordinateur, un profil AWS ou un autre point de terminaison compatible Cognito.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation>En attente du service de groupes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation>Cesse d&apos;attendre les requêtes encore en cours.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation>Autre point de terminaison…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation>Nouveau groupe d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation>1 à 128 lettres, chiffres, espaces et + = , . @ -</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation>Facultatif et Obligatoire activent les applications d&apos;authentification (TOTP)&#xa0;; modifiez les facteurs plus tard.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>&amp;MFA&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>1 to 128 characters, no spaces.</source>
        <translation>1 à 128 caractères, sans espaces.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>+ then the country code and number, digits only, as Cognito requires.</source>
        <translation>+ puis l&apos;indicatif du pays et le numéro, chiffres uniquement, comme l&apos;exige Cognito.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Send an invitation by email</source>
        <translation>Envoyer une invitation par e-mail</translation>
    </message>
    <message>
        <source>Send an invitation by SMS</source>
        <translation>Envoyer une invitation par SMS</translation>
    </message>
    <message>
        <source>Set a temporary password to hand over</source>
        <translation>Définir un mot de passe temporaire à remettre</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password; on the local engine it lands in the outbox instead of being sent.</source>
        <translation>L&apos;invitation contient un mot de passe temporaire&#xa0;; avec le moteur local, elle arrive dans la boîte d&apos;envoi au lieu d&apos;être envoyée.</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password Cognito makes.</source>
        <translation>L&apos;invitation contient un mot de passe temporaire créé par Cognito.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Stratégie de mot de passe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The password meets the pool&apos;s policy.</source>
        <translation>Le mot de passe respecte la stratégie du groupe.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>Au moins %n caractère, selon la stratégie du groupe.</numerusform>
            <numerusform>Au moins %n caractères, selon la stratégie du groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>%1 is created with the temporary password you set; they choose their own at the first sign-in.</source>
        <translation>%1 est créé avec le mot de passe temporaire que vous avez défini&#xa0;; il choisira le sien à la première connexion.</translation>
    </message>
    <message>
        <source>%1 is created; the invitation with a temporary password is in the local outbox.</source>
        <translation>%1 est créé&#xa0;; l&apos;invitation avec un mot de passe temporaire est dans la boîte d&apos;envoi locale.</translation>
    </message>
    <message>
        <source>%1 is created; Cognito sent the invitation.</source>
        <translation>%1 est créé&#xa0;; Cognito a envoyé l&apos;invitation.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>Supprimer le groupe %1 supprime définitivement son utilisateur (%n), ses facteurs et ses appareils. Les applications qui s&apos;y connectent cessent de fonctionner.</numerusform>
            <numerusform>Supprimer le groupe %1 supprime définitivement ses %n utilisateurs, leurs facteurs et leurs appareils. Les applications qui s&apos;y connectent cessent de fonctionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>Saisissez le nom du groupe, %1, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation>Nom du groupe à confirmer</translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation>Saisissez %1 pour activer Supprimer.</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>&amp;Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Supprimer le groupe</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation>Autre point de terminaison</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation>Un point de terminaison compatible Cognito&#xa0;: cognito-local, LocalStack, ou «&#xa0;tessera-cli pool serve&#xa0;» sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation>http:// ou https:// et un hôte, ex. http://127.0.0.1:9229</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation>La région pour laquelle les requêtes sont signées.</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>(environnement ou valeur par défaut)</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation>Les clés qui signent les requêtes.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation>L&apos;URL doit comporter http:// ou https:// et un hôte, ex. http://127.0.0.1:9229.</translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation>Indiquez la région pour laquelle les requêtes sont signées, ex. us-east-1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message>
        <source>Set up an authenticator for %1</source>
        <translation>Configurer une application d&apos;authentification pour %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>The name the user&apos;s authenticator app shows above the code (the app&apos;s name).</source>
        <translation>Le nom que l&apos;application d&apos;authentification de l&apos;utilisateur affiche au-dessus du code (le nom de l&apos;application).</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>The account the authenticator app shows.</source>
        <translation>Le compte qu&apos;affiche l&apos;application d&apos;authentification.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Comp&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start set-up</source>
        <translation>&amp;Démarrer la configuration</translation>
    </message>
    <message>
        <source>Start set-up</source>
        <translation>Démarrer la configuration</translation>
    </message>
    <message>
        <source>Asks the pool for a new authenticator secret for the user (AssociateSoftwareToken).</source>
        <translation>Demande au groupe une nouvelle clé secrète d&apos;authentification pour l&apos;utilisateur (AssociateSoftwareToken).</translation>
    </message>
    <message>
        <source>Show &amp;QR code for a phone</source>
        <translation>Afficher le code &amp;QR pour un téléphone</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>Affiche la clé secrète sous forme de code QR pendant %n seconde, à scanner avec un téléphone.</numerusform>
            <numerusform>Affiche la clé secrète sous forme de code QR pendant %n secondes, à scanner avec un téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>A&amp;jouter au coffre-fort de cet ordinateur</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s vault</source>
        <translation>Ajouter au coffre-fort de cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps the secret in the unlocked vault as an entry linked to the user, then verifies it.</source>
        <translation>Conserve la clé secrète dans le coffre-fort déverrouillé comme entrée liée à l&apos;utilisateur, puis la vérifie.</translation>
    </message>
    <message>
        <source>&amp;Verify and turn on</source>
        <translation>&amp;Vérifier et activer</translation>
    </message>
    <message>
        <source>Verify and turn on</source>
        <translation>Vérifier et activer</translation>
    </message>
    <message>
        <source>Sends the code the secret gives now (VerifySoftwareToken), then makes TOTP the user&apos;s preferred factor.</source>
        <translation>Envoie le code que donne la clé secrète maintenant (VerifySoftwareToken), puis fait de TOTP le facteur préféré de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enrolment QR code</source>
        <translation>Code QR d&apos;inscription</translation>
    </message>
    <message>
        <source>The secret as an otpauth QR code; scan it with the phone.</source>
        <translation>La clé secrète sous forme de code QR otpauth&#xa0;; scannez-le avec le téléphone.</translation>
    </message>
    <message>
        <source>QR code note</source>
        <translation>Note sur le code QR</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Étapes de la configuration</translation>
    </message>
    <message>
        <source>What each step of the set-up did.</source>
        <translation>Ce qu&apos;a fait chaque étape de la configuration.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cognito sets up an authenticator with the user&apos;s own access token: sign in as the user first.</source>
        <translation>Cognito configure une application d&apos;authentification avec le jeton d&apos;accès de l&apos;utilisateur lui-même&#xa0;: connectez-vous d&apos;abord en tant qu&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Pourquoi se connecter</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>Client d&apos;application</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>&amp;Client d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>Le mot de passe de l&apos;utilisateur&#xa0;; conservé dans une mémoire effacée après usage.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in as the user</source>
        <translation>Se connecter en tant qu&apos;ut&amp;ilisateur</translation>
    </message>
    <message>
        <source>Sign in as the user</source>
        <translation>Se connecter en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>Signs in with the password (and a code from the linked vault entry or the outbox when asked).</source>
        <translation>Se connecte avec le mot de passe (et un code de l&apos;entrée liée du coffre-fort ou de la boîte d&apos;envoi si demandé).</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>Impossible de lister les clients d&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 to get the user&apos;s access token.</source>
        <translation>Connecté en tant que %1 pour obtenir le jeton d&apos;accès de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 %3</source>
        <translation>Impossible de se connecter en tant que %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>The issuer and the account name cannot contain a colon (&quot;:&quot;): authenticator apps read it as the separator between them.</source>
        <translation>L&apos;émetteur et le nom du compte ne peuvent pas contenir de deux-points («&#xa0;:&#xa0;»)&#xa0;: les applications d&apos;authentification le lisent comme séparateur entre les deux.</translation>
    </message>
    <message>
        <source>Done: %1 signs in with the authenticator from now on.</source>
        <translation>Terminé&#xa0;: %1 se connecte désormais avec l&apos;application d&apos;authentification.</translation>
    </message>
    <message>
        <source>The set-up stopped: %1: %2</source>
        <translation>La configuration s&apos;est arrêtée&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken: the pool made a new authenticator secret for %1 (not active until verified).</source>
        <translation>AssociateSoftwareToken&#xa0;: le groupe a créé une nouvelle clé secrète d&apos;authentification pour %1 (inactive tant qu&apos;elle n&apos;est pas vérifiée).</translation>
    </message>
    <message>
        <source>VerifySoftwareToken: the code %1 was accepted; the authenticator is verified.</source>
        <translation>VerifySoftwareToken&#xa0;: le code %1 a été accepté&#xa0;; l&apos;application d&apos;authentification est vérifiée.</translation>
    </message>
    <message>
        <source>SetUserMFAPreference: TOTP is on and the user&apos;s preferred factor.</source>
        <translation>SetUserMFAPreference&#xa0;: TOTP est activé et est le facteur préféré de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Unlock the vault in the authenticator first.</source>
        <translation>Déverrouillez d&apos;abord le coffre-fort dans l&apos;authentificateur.</translation>
    </message>
    <message>
        <source>Could not draw the QR code: %1</source>
        <translation>Impossible de dessiner le code QR&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>Le code QR est affiché pendant %n seconde&#xa0;; scannez-le avec l&apos;application d&apos;authentification du téléphone, puis vérifiez.</numerusform>
            <numerusform>Le code QR est affiché pendant %n secondes&#xa0;; scannez-le avec l&apos;application d&apos;authentification du téléphone, puis vérifiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Masqué dans %n seconde.</numerusform>
            <numerusform>Masqué dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;entrée au coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added %1 to this computer&apos;s vault, linked to the pool user.</source>
        <translation>%1 a été ajouté au coffre-fort de cet ordinateur, lié à l&apos;utilisateur du groupe.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolment summary</source>
        <translation>Résumé des inscriptions</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>No factor</source>
        <translation>Aucun facteur</translation>
    </message>
    <message>
        <source>TOTP app</source>
        <translation>Application TOTP</translation>
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
        <translation>Utilisateurs par facteur</translation>
    </message>
    <message>
        <source>Bars: how many users have set up each factor, and how many prefer it. The summary above says the same in words.</source>
        <translation>Barres&#xa0;: combien d&apos;utilisateurs ont configuré chaque facteur, et combien le préfèrent. Le résumé ci-dessus dit la même chose en mots.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>Refresh chart</source>
        <translation>Actualiser le graphique</translation>
    </message>
    <message>
        <source>Count e&amp;very user…</source>
        <translation>Compter &amp;tous les utilisateurs…</translation>
    </message>
    <message>
        <source>Count every user</source>
        <translation>Compter tous les utilisateurs</translation>
    </message>
    <message>
        <source>Reads every user&apos;s factors; says how many requests that takes before it starts.</source>
        <translation>Lit les facteurs de chaque utilisateur&#xa0;; indique combien de requêtes cela prend avant de commencer.</translation>
    </message>
    <message>
        <source>Full count cost</source>
        <translation>Coût du comptage complet</translation>
    </message>
    <message>
        <source>&amp;Start full count</source>
        <translation>&amp;Démarrer le comptage complet</translation>
    </message>
    <message>
        <source>Start full count</source>
        <translation>Démarrer le comptage complet</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Full count progress</source>
        <translation>Progression du comptage complet</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Annuler le comptage</translation>
    </message>
    <message>
        <source>Cancel full count</source>
        <translation>Annuler le comptage complet</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>%n utilisateur compté.</numerusform>
            <numerusform>Les %n utilisateurs sont comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>Échantillon tiré de %n utilisateur lu jusqu&apos;ici, sur environ %1 dans le groupe. Faites défiler le tableau des utilisateurs pour en lire davantage, ou comptez tous les utilisateurs.</numerusform>
            <numerusform>Échantillon tiré des %n utilisateurs lus jusqu&apos;ici, sur environ %1 dans le groupe. Faites défiler le tableau des utilisateurs pour en lire davantage, ou comptez tous les utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.</source>
        <translation>%1 Sans facteur&#xa0;: %2&#xa0;; application d&apos;authentification&#xa0;: %3&#xa0;; SMS&#xa0;: %4&#xa0;; e-mail&#xa0;: %5.</translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>Un comptage complet lit environ %1 utilisateurs&#xa0;: %2 requêtes (%3 ListUsers, %4 AdminGetUser), %5 à %n requête par seconde.</numerusform>
            <numerusform>Un comptage complet lit environ %1 utilisateurs&#xa0;: %2 requêtes (%3 ListUsers, %4 AdminGetUser), %5 à %n requêtes par seconde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>Comptage complet annulé après %n requête&#xa0;; le graphique montre toujours l&apos;échantillon.</numerusform>
            <numerusform>Comptage complet annulé après %n requêtes&#xa0;; le graphique montre toujours l&apos;échantillon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>%n utilisateur compté (un comptage complet, %1 requêtes).</numerusform>
            <numerusform>Les %n utilisateurs sont comptés (un comptage complet, %1 requêtes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>%n utilisateur compté&#xa0;; %1 n&apos;ont pas pu être lus.</numerusform>
            <numerusform>%n utilisateurs comptés&#xa0;; %1 n&apos;ont pas pu être lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation>Historique des stratégies de %1</translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation>Stratégies appliquées</translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation>Chaque stratégie MFA appliquée à ce groupe depuis Tessera, de la plus récente à la plus ancienne.</translation>
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
        <translation>Aucune stratégie n&apos;a encore été appliquée à ce groupe depuis Tessera.</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation>Présente la stratégie de la version choisie sous forme de plan de modification avant toute application.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation>Exporter la configuration de %1</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
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
        <translation>Entrée AWS CLI (set-user-pool-mfa-config)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation>Le format d&apos;infrastructure en tant que code vers lequel exporter.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation>La configuration exportée, telle qu&apos;elle sera copiée ou enregistrée.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the configuration to the clipboard.</source>
        <translation>Copie la configuration dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saves the configuration to a file.</source>
        <translation>Enregistre la configuration dans un fichier.</translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation>Absent de ce format, à définir à la main&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Authentification multifacteur</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation>F&amp;acultatif</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Obligatoire</translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation>Facteurs utilisables</translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation>Applications d&apos;authentification (&amp;TOTP)</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Applications d&apos;authentification (TOTP)</translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation>Des codes issus d&apos;une application comme Tessera&#xa0;: gratuit, et fonctionne sans réseau mobile.</translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation>Codes par SMS, envoyés et facturés par Amazon SNS à chaque message.</translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation>Codes par &amp;e-mail</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>Codes par e-mail</translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Codes par e-mail&#xa0;; sur AWS, cela exige Amazon SES comme expéditeur des e-mails du groupe.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation>ARN du rôle d&apos;appel SNS</translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation>Le rôle IAM que Cognito assume pour publier des SMS via Amazon SNS, ex. arn:aws:iam::123456789012:role/cognito-sms.</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation>L&apos;ID externe dans la stratégie d&apos;approbation du rôle (sts:ExternalId).</translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation>Région SNS</translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation>D&apos;où partent les SMS&#xa0;; vide signifie la région du groupe.</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>Message SMS</translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation>Le texte que reçoivent les utilisateurs&#xa0;; {####} est remplacé par le code. De 6 à 140 caractères.</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>Aperçu du SMS</translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation>ARN du &amp;rôle SNS&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterne&#xa0;:</translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation>Ré&amp;gion SNS&#xa0;:</translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation>Cognito envoie les SMS via un rôle IAM que vous créez. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;Comment configurer les SMS pour un groupe d&apos;utilisateurs&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation>Jusqu&apos;à 140 caractères.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Message de l&apos;e-mail</translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation>L&apos;e-mail que reçoivent les utilisateurs&#xa0;; {####} est remplacé par le code. De 6 à 20 000 caractères.</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Aperçu de l&apos;e-mail</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Messa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation>Appareils et utilisateurs fédérés</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Non mémorisés</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Toujours mémorisés</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Mémorisés si l&apos;utilisateur l&apos;accepte</translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation>Mémoriser les appareils</translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation>Si Cognito mémorise les appareils depuis lesquels les utilisateurs se connectent (DeviceConfiguration).</translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation>&amp;Ignorer la MFA sur les appareils mémorisés</translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation>Ignorer la MFA sur les appareils mémorisés</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation>Un appareil mémorisé se connecte sans code&#xa0;; un nouvel appareil doit toujours en saisir un (ChallengeRequiredOnNewDevice).</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Selon le paramètre MFA du groupe</translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation>Toujours demander un code</translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation>Ne jamais demander (faire confiance au fournisseur)</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Utilisateurs fédérés</translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation>MFA pour les utilisateurs qui se connectent via un autre fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation>Mémoriser les a&amp;ppareils&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation>Utilisateurs &amp;fédérés&#xa0;:</translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation>Géré uniquement par le moteur local de Tessera&#xa0;; Cognito n&apos;a pas ce paramètre.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation>Les utilisateurs reçoivent le texte par défaut de Cognito&#xa0;: «&#xa0;Your authentication code is 123456.&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>Les utilisateurs reçoivent&#xa0;: «&#xa0;%1&#xa0;» (%n caractère)</numerusform>
            <numerusform>Les utilisateurs reçoivent&#xa0;: «&#xa0;%1&#xa0;» (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation>Le message doit contenir {####}, à l&apos;endroit du code.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation>Les utilisateurs reçoivent l&apos;e-mail par défaut de Cognito.</translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation>Les utilisateurs reçoivent&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PasskeySettings</name>
    <message>
        <source>Passkeys and passwordless sign-in</source>
        <translation>Clés d&apos;identification et connexion sans mot de passe</translation>
    </message>
    <message>
        <source>Passkeys unavailable</source>
        <translation>Clés d&apos;identification indisponibles</translation>
    </message>
    <message>
        <source>Allow sign-in with &amp;passkeys</source>
        <translation>Autoriser la connexion avec des &amp;clés d&apos;identification</translation>
    </message>
    <message>
        <source>Allow sign-in with passkeys</source>
        <translation>Autoriser la connexion avec des clés d&apos;identification</translation>
    </message>
    <message>
        <source>Users can register a passkey (a security key, or the lock of their phone or laptop) and sign in with it instead of a password.</source>
        <translation>Les utilisateurs peuvent inscrire une clé d&apos;identification (une clé de sécurité, ou le verrouillage de leur téléphone ou ordinateur portable) et se connecter avec au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>ID de la partie de confiance</translation>
    </message>
    <message>
        <source>The domain passkeys are bound to, such as example.com.</source>
        <translation>Le domaine auquel les clés d&apos;identification sont liées, par ex. example.com.</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>ID de la &amp;partie de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>The relying party ID must be your app&apos;s own domain or a parent of it that can be registered (a registrable suffix): an app at https://app.example.com may use app.example.com or example.com, never com or another site&apos;s domain. Browsers refuse any other. A passkey works only for the ID it was registered with, so changing the ID later makes every existing passkey useless.</source>
        <translation>L&apos;ID de la partie de confiance doit être le domaine propre de votre application ou un domaine parent de celui-ci pouvant être enregistré (un suffixe enregistrable)&#xa0;: une application sur https://app.example.com peut utiliser app.example.com ou example.com, jamais com ni le domaine d&apos;un autre site. Les navigateurs refusent tout autre ID. Une clé d&apos;identification ne fonctionne que pour l&apos;ID avec lequel elle a été inscrite&#xa0;: changer l&apos;ID plus tard rend donc inutilisables toutes les clés d&apos;identification existantes.</translation>
    </message>
    <message>
        <source>App address to check</source>
        <translation>Adresse de l&apos;application à vérifier</translation>
    </message>
    <message>
        <source>Your app&apos;s address, to check that it can use passkeys for this relying party. Not saved.</source>
        <translation>L&apos;adresse de votre application, pour vérifier qu&apos;elle peut utiliser des clés d&apos;identification pour cette partie de confiance. Non enregistrée.</translation>
    </message>
    <message>
        <source>&amp;App address (check):</source>
        <translation>&amp;Adresse de l&apos;application (vérification)&#xa0;:</translation>
    </message>
    <message>
        <source>Relying party check</source>
        <translation>Vérification de la partie de confiance</translation>
    </message>
    <message>
        <source>Pr&amp;eferred</source>
        <translation>Pré&amp;férée</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot check who holds it.</source>
        <translation>Un simple contact avec la clé suffit lorsqu&apos;elle ne peut pas vérifier qui la détient.</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>O&amp;bligatoire</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Chaque connexion par clé d&apos;identification doit prouver qui détient la clé (code PIN ou biométrie)&#xa0;; les clés qui ne le peuvent pas sont refusées.</translation>
    </message>
    <message>
        <source>User verification: %1</source>
        <translation>Vérification de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>User verification:</source>
        <translation>Vérification de l&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Users may begin signing in with:</source>
        <translation>Les utilisateurs peuvent commencer à se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>First factor: password</source>
        <translation>Premier facteur&#xa0;: mot de passe</translation>
    </message>
    <message>
        <source>Always allowed, so that every user can still sign in.</source>
        <translation>Toujours autorisé, pour que chaque utilisateur puisse encore se connecter.</translation>
    </message>
    <message>
        <source>First factor: code by email</source>
        <translation>Premier facteur&#xa0;: code par e-mail</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email.</source>
        <translation>Les utilisateurs dont l&apos;adresse e-mail est vérifiée peuvent se connecter avec un code envoyé par e-mail.</translation>
    </message>
    <message>
        <source>First factor: code by text message</source>
        <translation>Premier facteur&#xa0;: code par SMS</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a texted code; each code is a message the pool pays for.</source>
        <translation>Les utilisateurs dont le numéro de téléphone est vérifié peuvent se connecter avec un code reçu par SMS&#xa0;; chaque code est un message payé par le groupe.</translation>
    </message>
    <message>
        <source>This endpoint has no passkey operations (it answers ListWebAuthnCredentials as unsupported), so passkey and passwordless settings are hidden.</source>
        <translation>Ce point de terminaison n&apos;a pas d&apos;opérations de clés d&apos;identification (il répond à ListWebAuthnCredentials comme non prise en charge)&#xa0;: les paramètres des clés d&apos;identification et de la connexion sans mot de passe sont donc masqués.</translation>
    </message>
    <message>
        <source>Give the relying party ID: Tessera&apos;s local engine has no domain of its own, and on AWS an empty ID means the pool&apos;s Cognito domain, which your app&apos;s pages cannot use.</source>
        <translation>Indiquez l&apos;ID de la partie de confiance&#xa0;: le moteur local de Tessera n&apos;a pas de domaine propre, et sur AWS un ID vide désigne le domaine Cognito du groupe, que les pages de votre application ne peuvent pas utiliser.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; give your app&apos;s, such as https://app.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse&#xa0;; indiquez celle de votre application, par ex. https://app.example.com.</translation>
    </message>
    <message>
        <source>Pages at %1 can register and use passkeys for %2.</source>
        <translation>Les pages de %1 peuvent inscrire et utiliser des clés d&apos;identification pour %2.</translation>
    </message>
    <message>
        <source>Pages at %1 cannot use passkeys for %2: the relying party ID must be %1 itself or a parent domain of it.</source>
        <translation>Les pages de %1 ne peuvent pas utiliser de clés d&apos;identification pour %2&#xa0;: l&apos;ID de la partie de confiance doit être %1 lui-même ou l&apos;un de ses domaines parents.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation>applications d&apos;authentification</translation>
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
        <translation>La MFA est obligatoire, avec %1.</translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation>La MFA est facultative, avec %1.</translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation>La MFA est désactivée&#xa0;: les utilisateurs se connectent avec un mot de passe seul.</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Message de la console</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>Erreur de la console</translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation>Aucun groupe ouvert</translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation>Modifiez des groupes d&apos;utilisateurs et leur stratégie MFA dans le moteur local de Tessera, ou connectez-vous à AWS Cognito ou à un point de terminaison compatible. Chaque modification est présentée sous forme de plan avant d&apos;être appliquée.</translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation>Ouvrir les groupes locaux</translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation>Se connecter à AWS Cognito…</translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation>Annulé. L&apos;affichage n&apos;est peut-être plus à jour&#xa0;: choisissez à nouveau le groupe pour le relire.</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>Filtrer les groupes</translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation>Affiche les groupes dont le nom ou l&apos;ID contient ce texte.</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>Groupes d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation>Les groupes d&apos;utilisateurs de la connexion&#xa0;; choisissez-en un pour voir et modifier sa stratégie MFA.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation>Trie selon une colonne&#xa0;; son menu contextuel affiche ou masque des colonnes.</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation>S&amp;upprimer le groupe…</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation>Choisissez un groupe</translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation>Sa stratégie MFA, qui a inscrit quel facteur, et ce qu&apos;une modification produira avant d&apos;être appliquée.</translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation>Aucun groupe pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation>Créez un groupe, ou un groupe d&apos;exemple de 200 utilisateurs dans tous les états (sans facteur, SMS, application d&apos;authentification, désactivé, mot de passe temporaire) pour voir la console à l&apos;œuvre.</translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation>Créer un groupe d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation>MFA en vigueur</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;Vérifier les modifications…</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation>Montre ce que la stratégie modifiée va changer, et pour qui, avant toute application.</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>Exporter &amp;la configuration…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>La stratégie en vigueur en CloudFormation, Terraform ou entrée AWS CLI.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation>Les stratégies appliquées à ce groupe depuis Tessera, pour en restaurer une.</translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation>Ce point de terminaison ne peut pas créer de groupes.</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>Lecture du groupe…</translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation>Ce point de terminaison ne prend pas cela en charge.</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Comptage des utilisateurs…</translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation>Utilisateurs (estimation)&#xa0;: %1. Qui a quel facteur se lit utilisateur par utilisateur sur cette connexion&#xa0;; la liste des utilisateurs l&apos;indique.</translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation>Utilisateurs&#xa0;: %1. Sans facteur&#xa0;: %2&#xa0;; avec une application d&apos;authentification&#xa0;: %3&#xa0;; avec SMS&#xa0;: %4&#xa0;; avec e-mail&#xa0;: %5.</translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation>Cette version est la stratégie en vigueur&#xa0;: rien à changer.</translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation>Non appliquée&#xa0;: %1 (%2). La stratégie en vigueur est inchangée.</translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation>Appliquée à %1.</translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation>Appliquée à %1, mais l&apos;historique n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation>Le groupe n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation>Groupe %1 créé.</translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation>Le groupe a été créé, mais sa MFA n&apos;a pas pu être définie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation>Groupe %1 supprimé.</translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation>Le groupe %1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation>Le groupe d&apos;exemple n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation>Groupe d&apos;exemple créé&#xa0;: 200 utilisateurs dans des états variés. Choisissez-le pour voir sa stratégie.</translation>
    </message>
    <message>
        <source>Pool sections</source>
        <translation>Sections du groupe</translation>
    </message>
    <message>
        <source>&amp;MFA policy</source>
        <translation>Stratégie &amp;MFA</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Inscription</translation>
    </message>
    <message>
        <source>&amp;Adaptive MFA</source>
        <translation>MFA &amp;adaptative</translation>
    </message>
    <message>
        <source>SMS &amp;costs</source>
        <translation>&amp;Coûts des SMS</translation>
    </message>
    <message>
        <source>Sign-in &amp;lab</source>
        <translation>La&amp;boratoire de connexion</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation>Application d&apos;authentification</translation>
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
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>ID du groupe</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation>Utilisateurs (estim.)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Il n&apos;y a rien à appliquer.</translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Aucune clé AWS trouvée pour le profil %1&#xa0;: exécutez «&#xa0;aws configure --profile %1&#xa0;» ou définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation>Le jeton de session du profil %1 a expiré&#xa0;: reconnectez-vous (pour SSO, «&#xa0;aws sso login --profile %1&#xa0;»).</translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation>AWS n&apos;a pas accepté les clés du profil %1 (%2)&#xa0;: vérifiez la clé d&apos;accès et le secret, ainsi que la région.</translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation>Accès refusé&#xa0;: les clés du profil %1 ne peuvent pas appeler cognito-idp:ListUserPools. Réponse d&apos;AWS&#xa0;: %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation>Le point de terminaison est injoignable (%1)&#xa0;: vérifiez l&apos;URL ou la région, et le réseau.</translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation>Ce point de terminaison ne liste pas les groupes d&apos;utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::RiskConfigEditor</name>
    <message>
        <source>Adaptive MFA status</source>
        <translation>État de la MFA adaptative</translation>
    </message>
    <message>
        <source>Re&amp;view risk changes…</source>
        <translation>&amp;Vérifier les modifications des risques…</translation>
    </message>
    <message>
        <source>Review risk changes</source>
        <translation>Vérifier les modifications des risques</translation>
    </message>
    <message>
        <source>Shows what the edited risk configuration will change before anything is applied.</source>
        <translation>Montre ce que la configuration des risques modifiée va changer avant toute application.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Revert risk changes</source>
        <translation>Rétablir les modifications des risques</translation>
    </message>
    <message>
        <source>Puts back the configuration in force.</source>
        <translation>Rétablit la configuration en vigueur.</translation>
    </message>
    <message>
        <source>E&amp;xport as code…</source>
        <translation>E&amp;xporter sous forme de code…</translation>
    </message>
    <message>
        <source>Export risk configuration as code</source>
        <translation>Exporter la configuration des risques sous forme de code</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA configuration with the risk settings as edited here, as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>La configuration MFA du groupe avec les paramètres de risque tels que modifiés ici, en CloudFormation, Terraform ou entrée pour l&apos;AWS CLI.</translation>
    </message>
    <message>
        <source>Choose a pool to see its adaptive MFA settings.</source>
        <translation>Choisissez un groupe pour voir ses paramètres de MFA adaptative.</translation>
    </message>
    <message>
        <source>When a sign-in looks risky</source>
        <translation>Quand une connexion semble risquée</translation>
    </message>
    <message>
        <source>&amp;Low risk:</source>
        <translation>Risque &amp;faible&#xa0;:</translation>
    </message>
    <message>
        <source>Med&amp;ium risk:</source>
        <translation>Risque &amp;moyen&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;High risk:</source>
        <translation>Risque é&amp;levé&#xa0;:</translation>
    </message>
    <message>
        <source>Low-risk action</source>
        <translation>Action en cas de risque faible</translation>
    </message>
    <message>
        <source>Medium-risk action</source>
        <translation>Action en cas de risque moyen</translation>
    </message>
    <message>
        <source>High-risk action</source>
        <translation>Action en cas de risque élevé</translation>
    </message>
    <message>
        <source>Notify on low risk</source>
        <translation>Notifier en cas de risque faible</translation>
    </message>
    <message>
        <source>Notify on medium risk</source>
        <translation>Notifier en cas de risque moyen</translation>
    </message>
    <message>
        <source>Notify on high risk</source>
        <translation>Notifier en cas de risque élevé</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>MFA if configured</source>
        <translation>MFA si configurée</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA obligatoire</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>What the pool does with a sign-in at this level.</source>
        <translation>Ce que fait le groupe d&apos;une connexion à ce niveau.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Tells the user of each such sign-in (by email on AWS, through the outbox on the local engine).</source>
        <translation>Informe l&apos;utilisateur de chaque connexion de ce type (par e-mail sur AWS, via la boîte d&apos;envoi avec le moteur local).</translation>
    </message>
    <message>
        <source>%1 meaning</source>
        <translation>Signification de %1</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>One CIDR range per line, IPv4 or IPv6, such as 192.0.2.0/24 or 2001:db8::/32. These lists are looked at before any other signal.</source>
        <translation>Une plage CIDR par ligne, IPv4 ou IPv6, par ex. 192.0.2.0/24 ou 2001:db8::/32. Ces listes sont examinées avant tout autre signal.</translation>
    </message>
    <message>
        <source>IP ranges help</source>
        <translation>Aide sur les plages IP</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problème de %1</translation>
    </message>
    <message>
        <source>Al&amp;ways allow (skip the risk checks, count as low risk):</source>
        <translation>T&amp;oujours autoriser (ignorer les vérifications de risque, compter comme risque faible)&#xa0;:</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Plages IP toujours autorisées</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks; one CIDR range per line.</source>
        <translation>Les connexions depuis ces plages ignorent les vérifications de risque&#xa0;; une plage CIDR par ligne.</translation>
    </message>
    <message>
        <source>&amp;Block (refused before the password is looked at):</source>
        <translation>&amp;Bloquer (refusées avant l&apos;examen du mot de passe)&#xa0;:</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Plages IP bloquées</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused; one CIDR range per line.</source>
        <translation>Les connexions depuis ces plages sont refusées&#xa0;; une plage CIDR par ligne.</translation>
    </message>
    <message>
        <source>How Tessera&apos;s local engine scores a sign-in</source>
        <translation>Comment le moteur local de Tessera évalue une connexion</translation>
    </message>
    <message>
        <source>New device: a device (remembered device key, device data or user agent) not seen in the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Nouvel appareil&#xa0;: un appareil (clé d&apos;appareil mémorisé, données de l&apos;appareil ou agent utilisateur) absent des connexions réussies antérieures de l&apos;utilisateur ajoute 1 point.</translation>
    </message>
    <message>
        <source>New device signal</source>
        <translation>Signal de nouvel appareil</translation>
    </message>
    <message>
        <source>New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Nouveau réseau&#xa0;: une adresse hors des réseaux /24 (IPv4) ou /48 (IPv6) des connexions réussies antérieures de l&apos;utilisateur ajoute 1 point.</translation>
    </message>
    <message>
        <source>New network signal</source>
        <translation>Signal de nouveau réseau</translation>
    </message>
    <message>
        <source>Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, %2 or more add 2.</source>
        <translation>Fréquence des échecs&#xa0;: %1 connexions échouées ou plus pour l&apos;utilisateur en 15 minutes ajoutent 1 point, %2 ou plus en ajoutent 2.</translation>
    </message>
    <message>
        <source>Failure velocity signal</source>
        <translation>Signal de fréquence des échecs</translation>
    </message>
    <message>
        <source>Request rate: %1 or more sign-in attempts from one address in a minute, as a bot makes, add 3 points.</source>
        <translation>Fréquence des requêtes&#xa0;: %1 tentatives de connexion ou plus depuis une même adresse en une minute, comme le fait un robot, ajoutent 3 points.</translation>
    </message>
    <message>
        <source>Request rate signal</source>
        <translation>Signal de fréquence des requêtes</translation>
    </message>
    <message>
        <source>0 or 1 point is low risk, 2 medium, 3 or more high; a user&apos;s first sign-in has no history to compare with. AWS Cognito scores with its own model instead.</source>
        <translation>0 ou 1 point correspond à un risque faible, 2 à un risque moyen, 3 ou plus à un risque élevé&#xa0;; la première connexion d&apos;un utilisateur n&apos;a pas d&apos;historique de comparaison. AWS Cognito évalue plutôt avec son propre modèle.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Niveaux de risque</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API, so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>La MFA adaptative n&apos;est pas disponible ici&#xa0;: ce point de terminaison n&apos;a pas d&apos;API de configuration des risques&#xa0;; utilisez le moteur local de Tessera ou AWS Cognito avec la protection contre les menaces.</translation>
    </message>
    <message>
        <source>Reading the risk configuration…</source>
        <translation>Lecture de la configuration des risques…</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API (cognito-local, for one, lacks it), so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>La MFA adaptative n&apos;est pas disponible ici&#xa0;: ce point de terminaison n&apos;a pas d&apos;API de configuration des risques (cognito-local, par exemple, n&apos;en a pas)&#xa0;; utilisez le moteur local de Tessera ou AWS Cognito avec la protection contre les menaces.</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available on this pool: AWS Cognito offers it only with threat protection (advanced security) in the pool&apos;s feature plan, which is turned on in AWS.</source>
        <translation>La MFA adaptative n&apos;est pas disponible sur ce groupe&#xa0;: AWS Cognito ne la propose qu&apos;avec la protection contre les menaces (sécurité avancée) dans le plan de fonctionnalités du groupe, qui s&apos;active dans AWS.</translation>
    </message>
    <message>
        <source>The risk configuration could not be read: %1 (%2).</source>
        <translation>La configuration des risques n&apos;a pas pu être lue&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>What this pool does when a sign-in looks risky, and the addresses it always allows or blocks.</source>
        <translation>Ce que fait ce groupe quand une connexion semble risquée, et les adresses qu&apos;il autorise ou bloque toujours.</translation>
    </message>
    <message>
        <source>No adaptive MFA is set: every sign-in goes on as the MFA policy says, whatever its risk.</source>
        <translation>Aucune MFA adaptative n&apos;est définie&#xa0;: chaque connexion se déroule selon la stratégie MFA, quel que soit son risque.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabPanel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>The pool user to sign in as; pick one or type a name.</source>
        <translation>L&apos;utilisateur du groupe en tant que lequel se connecter&#xa0;; choisissez-en un ou saisissez un nom.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>Client d&apos;application</translation>
    </message>
    <message>
        <source>The app client the sign-in goes through.</source>
        <translation>Le client d&apos;application par lequel passe la connexion.</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>&amp;Client d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>App client note</source>
        <translation>Note sur le client d&apos;application</translation>
    </message>
    <message>
        <source>Create a &amp;test client</source>
        <translation>Créer un client de &amp;test</translation>
    </message>
    <message>
        <source>Create a test client</source>
        <translation>Créer un client de test</translation>
    </message>
    <message>
        <source>Creates an app client named tessera-lab that allows password and SRP sign-in.</source>
        <translation>Crée un client d&apos;application nommé tessera-lab qui autorise la connexion par mot de passe et SRP.</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>Mot de passe (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Authentication flow</source>
        <translation>Flux d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>Le mot de passe de l&apos;utilisateur&#xa0;; conservé dans une mémoire effacée après usage.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Set this as the user&apos;s &amp;test password first</source>
        <translation>Définir d&apos;abord comme mot de passe de &amp;test de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Set a test password</source>
        <translation>Définir un mot de passe de test</translation>
    </message>
    <message>
        <source>Before signing in, makes the password above the user&apos;s permanent password (AdminSetUserPassword).</source>
        <translation>Avant la connexion, fait du mot de passe ci-dessus le mot de passe permanent de l&apos;utilisateur (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Answers NEW_PASSWORD_REQUIRED when the user has a temporary password; empty stops the run there.</source>
        <translation>Répond à NEW_PASSWORD_REQUIRED quand l&apos;utilisateur a un mot de passe temporaire&#xa0;; vide, l&apos;exécution s&apos;arrête là.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>The address the sign-in comes from.</source>
        <translation>L&apos;adresse d&apos;où provient la connexion.</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP&#xa0;:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>A new device, or one the user has remembered (the risk engine and remembered-device rules read it).</source>
        <translation>Un nouvel appareil, ou un appareil que l&apos;utilisateur a mémorisé (le moteur de risque et les règles des appareils mémorisés en tiennent compte).</translation>
    </message>
    <message>
        <source>A new device</source>
        <translation>Un nouvel appareil</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Nom du nouvel appareil</translation>
    </message>
    <message>
        <source>The new device&apos;s name.</source>
        <translation>Le nom du nouvel appareil.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>N&amp;om de l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>The browser or app the sign-in claims to be.</source>
        <translation>Le navigateur ou l&apos;application que la connexion prétend être.</translation>
    </message>
    <message>
        <source>User &amp;agent:</source>
        <translation>A&amp;gent utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Walks the sign-in through every challenge.</source>
        <translation>Fait passer la connexion par chaque défi.</translation>
    </message>
    <message>
        <source>Set up an &amp;authenticator…</source>
        <translation>Configurer une application d&apos;aut&amp;hentification…</translation>
    </message>
    <message>
        <source>Set up an authenticator</source>
        <translation>Configurer une application d&apos;authentification</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for the user with the tokens of the last run.</source>
        <translation>Inscrit une application d&apos;authentification TOTP pour l&apos;utilisateur avec les jetons de la dernière exécution.</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>A&amp;jouter au coffre-fort de cet ordinateur</translation>
    </message>
    <message>
        <source>Add the set-up secret to the vault</source>
        <translation>Ajouter la clé secrète configurée au coffre-fort</translation>
    </message>
    <message>
        <source>Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user.</source>
        <translation>Conserve l&apos;application d&apos;authentification que MFA_SETUP vient d&apos;inscrire comme entrée du coffre-fort liée à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Code nécessaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code the challenge asks for, as the user would type it.</source>
        <translation>Le code que demande le défi, tel que l&apos;utilisateur le saisirait.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Could not list the pool&apos;s users: %1</source>
        <translation>Impossible de lister les utilisateurs du groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>Impossible de lister les clients d&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (allows neither password nor SRP sign-in)</source>
        <translation>%1 (n&apos;autorise ni la connexion par mot de passe ni par SRP)</translation>
    </message>
    <message>
        <source>The pool has no app client yet.</source>
        <translation>Le groupe n&apos;a pas encore de client d&apos;application.</translation>
    </message>
    <message>
        <source>No app client of this pool allows password or SRP sign-in.</source>
        <translation>Aucun client d&apos;application de ce groupe n&apos;autorise la connexion par mot de passe ou SRP.</translation>
    </message>
    <message>
        <source>Could not create the test client: %1</source>
        <translation>Impossible de créer le client de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>Mémorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose an app client, or create a test client.</source>
        <translation>Choisissez un client d&apos;application, ou créez un client de test.</translation>
    </message>
    <message>
        <source>Choose the user to sign in as.</source>
        <translation>Choisissez l&apos;utilisateur en tant que lequel se connecter.</translation>
    </message>
    <message>
        <source>Type the user&apos;s password (or a new one with &quot;Set a test password&quot;).</source>
        <translation>Saisissez le mot de passe de l&apos;utilisateur (ou un nouveau avec «&#xa0;Définir un mot de passe de test&#xa0;»).</translation>
    </message>
    <message>
        <source>Could not set the test password: %1</source>
        <translation>Impossible de définir le mot de passe de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs a code: %2. Type the code the user would type.</source>
        <translation>%1 exige un code&#xa0;: %2. Saisissez le code que l&apos;utilisateur saisirait.</translation>
    </message>
    <message>
        <source>Type the code first.</source>
        <translation>Saisissez d&apos;abord le code.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>Only the local engine records why it decided; this backend answers without a decision trace.</source>
        <translation>Seul le moteur local enregistre pourquoi il a décidé&#xa0;; ce backend répond sans trace de décision.</translation>
    </message>
    <message>
        <source>No decision trace: the run ended before the engine decided anything.</source>
        <translation>Aucune trace de décision&#xa0;: l&apos;exécution s&apos;est terminée avant que le moteur ne décide quoi que ce soit.</translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;entrée au coffre-fort&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Sign-in steps</source>
        <translation>Étapes de la connexion</translation>
    </message>
    <message>
        <source>Each request and answer of the run; expand a step for its request and answer, passwords and tokens masked.</source>
        <translation>Chaque requête et réponse de l&apos;exécution&#xa0;; développez une étape pour voir sa requête et sa réponse, mots de passe et jetons masqués.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>Code fourni par</translation>
    </message>
    <message>
        <source>Step columns</source>
        <translation>Colonnes des étapes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Show token claims</source>
        <translation>&amp;Afficher les revendications des jetons</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>Afficher les revendications des jetons</translation>
    </message>
    <message>
        <source>Decodes the ID and access tokens&apos; claims (read without checking the signature).</source>
        <translation>Décode les revendications des jetons d&apos;ID et d&apos;accès (lues sans vérifier la signature).</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Revendications des jetons</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>Trace de décision</translation>
    </message>
    <message>
        <source>Decision trace note</source>
        <translation>Note sur la trace de décision</translation>
    </message>
    <message>
        <source>Why the local engine decided what it did: risk signals, score, level, action, and whether MFA was asked and why.</source>
        <translation>Pourquoi le moteur local a décidé ce qu&apos;il a décidé&#xa0;: signaux de risque, score, niveau, action, et si la MFA a été demandée et pourquoi.</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1&#xa0;: en attente de la réponse</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>Authentifié. Les jetons expirent dans %n seconde (durée de vie du jeton d&apos;ID %1 s, du jeton d&apos;accès %2 s).</numerusform>
            <numerusform>Authentifié. Les jetons expirent dans %n secondes (durée de vie du jeton d&apos;ID %1 s, du jeton d&apos;accès %2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool remembered this device as %1.</source>
        <translation>Le groupe a mémorisé cet appareil sous le nom %1.</translation>
    </message>
    <message>
        <source>ID token claims:
%1

Access token claims:
%2</source>
        <translation>Revendications du jeton d&apos;ID&#xa0;:
%1

Revendications du jeton d&apos;accès&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Stopped: %1: %2</source>
        <translation>Arrêté&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped at %1: %2: %3</source>
        <translation>Arrêté à %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>What to change: %1</source>
        <translation>Ce qu&apos;il faut changer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>&amp;Hide token claims</source>
        <translation>&amp;Masquer les revendications des jetons</translation>
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
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users now; starts from the pool&apos;s estimated users.</source>
        <translation>Utilisateurs actuels&#xa0;; part du nombre estimé d&apos;utilisateurs du groupe.</translation>
    </message>
    <message>
        <source>Sign-ins per user per month</source>
        <translation>Connexions par utilisateur et par mois</translation>
    </message>
    <message>
        <source>Share of sign-ins challenged</source>
        <translation>Part des connexions soumises à un défi</translation>
    </message>
    <message>
        <source>Sign-ins asked for an MFA code; starts from the MFA policy.</source>
        <translation>Connexions pour lesquelles un code MFA est demandé&#xa0;; part de la stratégie MFA.</translation>
    </message>
    <message>
        <source>Share of challenged users on SMS</source>
        <translation>Part des utilisateurs soumis à un défi qui utilisent les SMS</translation>
    </message>
    <message>
        <source>Challenged users whose code comes by text; the rest use TOTP or email.</source>
        <translation>Utilisateurs soumis à un défi dont le code arrive par SMS&#xa0;; les autres utilisent TOTP ou l&apos;e-mail.</translation>
    </message>
    <message>
        <source>User growth per month</source>
        <translation>Croissance des utilisateurs par mois</translation>
    </message>
    <message>
        <source>Use&amp;rs:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign-ins per user per month:</source>
        <translation>&amp;Connexions par utilisateur et par mois&#xa0;:</translation>
    </message>
    <message>
        <source>Share of sign-ins c&amp;hallenged:</source>
        <translation>Part des connexions soumises à un &amp;défi&#xa0;:</translation>
    </message>
    <message>
        <source>Share of challenged users &amp;on SMS:</source>
        <translation>Part des utilisateurs soumis à un défi &amp;sur SMS&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;growth per month:</source>
        <translation>C&amp;roissance des utilisateurs par mois&#xa0;:</translation>
    </message>
    <message>
        <source>Where the shares come from</source>
        <translation>D&apos;où viennent les parts</translation>
    </message>
    <message>
        <source>Reset &amp;from the pool</source>
        <translation>Réinitialiser &amp;depuis le groupe</translation>
    </message>
    <message>
        <source>Reset inputs from the pool</source>
        <translation>Réinitialiser les entrées depuis le groupe</translation>
    </message>
    <message>
        <source>Users, and the shares from the MFA policy and the factor mix, read again.</source>
        <translation>Les utilisateurs, et les parts issues de la stratégie MFA et de la répartition des facteurs, sont relus.</translation>
    </message>
    <message>
        <source>Prices as of %1, in %2. %3</source>
        <translation>Prix au %1, en %2. %3</translation>
    </message>
    <message>
        <source>About the sample prices</source>
        <translation>À propos des prix d&apos;exemple</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Price per SMS (%1)</source>
        <translation>Prix par SMS (%1)</translation>
    </message>
    <message>
        <source>Share of texts (%)</source>
        <translation>Part des SMS (%)</translation>
    </message>
    <message>
        <source>SMS prices by destination country</source>
        <translation>Prix des SMS par pays de destination</translation>
    </message>
    <message>
        <source>Editable: a country code (ISO 3166, such as US), its price per text, and the share of texts sent there; the shares add up to 100.</source>
        <translation>Modifiable&#xa0;: un code de pays (ISO 3166, par ex. US), son prix par SMS et la part des SMS envoyés vers ce pays&#xa0;; les parts totalisent 100.</translation>
    </message>
    <message>
        <source>Price columns</source>
        <translation>Colonnes des prix</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>Sélectionner tous les prix</translation>
    </message>
    <message>
        <source>Add countr&amp;y</source>
        <translation>Ajouter un &amp;pays</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <source>Remo&amp;ve country</source>
        <translation>Supprimer le pa&amp;ys</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Supprimer le pays</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TOTP or email (nothing per message)</source>
        <translation>TOTP ou e-mail (aucun coût par message)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Coût par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>SMS cost over 12 months</source>
        <translation>Coût des SMS sur 12 mois</translation>
    </message>
    <message>
        <source>Lines: what SMS codes cost each month, against TOTP or email at nothing per message. The sentences below say the same in words.</source>
        <translation>Courbes&#xa0;: ce que coûtent les codes par SMS chaque mois, face à TOTP ou l&apos;e-mail sans coût par message. Les phrases ci-dessous disent la même chose en mots.</translation>
    </message>
    <message>
        <source>SMS cost summary</source>
        <translation>Résumé du coût des SMS</translation>
    </message>
    <message>
        <source>SMS cost problem</source>
        <translation>Problème du coût des SMS</translation>
    </message>
    <message>
        <source>Share of SMS users moved to TOTP</source>
        <translation>Part des utilisateurs SMS passés à TOTP</translation>
    </message>
    <message>
        <source>Cost of moving one user</source>
        <translation>Coût du passage d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Paid once per user moved: support time, messages asking them to switch.</source>
        <translation>Payé une fois par utilisateur qui change&#xa0;: temps de support, messages lui demandant de changer.</translation>
    </message>
    <message>
        <source>Share of SMS users moved to &amp;TOTP:</source>
        <translation>Part des utilisateurs SMS passés à &amp;TOTP&#xa0;:</translation>
    </message>
    <message>
        <source>Cost of mov&amp;ing one user (%1):</source>
        <translation>Coût du passage d&apos;un util&amp;isateur (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Break-even of moving to TOTP</source>
        <translation>Seuil de rentabilité du passage à TOTP</translation>
    </message>
    <message>
        <source>The shares come from the MFA policy alone: an upper bound, as if every user had a factor.</source>
        <translation>Les parts viennent de la seule stratégie MFA&#xa0;: une limite supérieure, comme si chaque utilisateur avait un facteur.</translation>
    </message>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>Les parts viennent de la stratégie MFA et des facteurs configurés par le %n utilisateur du groupe (SMS&#xa0;: ceux qui ont le SMS parmi ceux qui ont un facteur).</numerusform>
            <numerusform>Les parts viennent de la stratégie MFA et des facteurs configurés par les %n utilisateurs du groupe (SMS&#xa0;: ceux qui ont le SMS parmi ceux qui ont un facteur).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot project: %1.</source>
        <translation>Projection impossible&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>Mois 1&#xa0;: %n SMS, %1. Mois 12&#xa0;: %2 SMS, %3. Sur 12 mois&#xa0;: %4, là où TOTP ou l&apos;e-mail ne coûteraient rien par message.</numerusform>
            <numerusform>Mois 1&#xa0;: %n SMS, %1. Mois 12&#xa0;: %2 SMS, %3. Sur 12 mois&#xa0;: %4, là où TOTP ou l&apos;e-mail ne coûteraient rien par message.</numerusform>
        </translation>
    </message>
    <message>
        <source>No texts are sent, so moving users to TOTP saves nothing.</source>
        <translation>Aucun SMS n&apos;est envoyé&#xa0;: faire passer des utilisateurs à TOTP n&apos;économise donc rien.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs nothing up front and saves %2 from the first month.</source>
        <translation>Faire passer %1&#xa0;% des utilisateurs SMS à TOTP ne coûte rien au départ et économise %2 dès le premier mois.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it has paid for itself by month %4.</source>
        <translation>Faire passer %1&#xa0;% des utilisateurs SMS à TOTP coûte %2 une fois et économise %3 le premier mois&#xa0;: l&apos;opération est rentabilisée au mois %4.</translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>Faire passer %1&#xa0;% des utilisateurs SMS à TOTP coûte %2 une fois et économise %3 le premier mois&#xa0;: l&apos;opération ne serait pas rentabilisée en %n mois.</numerusform>
            <numerusform>Faire passer %1&#xa0;% des utilisateurs SMS à TOTP coûte %2 une fois et économise %3 le premier mois&#xa0;: l&apos;opération ne serait pas rentabilisée en %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for this pool; &quot;Reset from the pool&quot; reads the pool and its policy again.</source>
        <translation>Enregistré pour ce groupe&#xa0;; «&#xa0;Réinitialiser depuis le groupe&#xa0;» relit le groupe et sa stratégie.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message>
        <source>Ne&amp;w user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create a user with an invitation or a temporary password.</source>
        <translation>Créer un utilisateur avec une invitation ou un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Importer des utilisateurs depuis un CSV</translation>
    </message>
    <message>
        <source>Add users from a CSV file in Cognito&apos;s user-import format.</source>
        <translation>Ajouter des utilisateurs depuis un fichier CSV au format d&apos;importation d&apos;utilisateurs de Cognito.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Exporter les utilisateurs en CSV</translation>
    </message>
    <message>
        <source>Save every user matching the filter as CSV.</source>
        <translation>Enregistrer en CSV tous les utilisateurs correspondant au filtre.</translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>Action &amp;groupée…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message>
        <source>Disable, enable, require a factor, reset MFA, forget devices or delete the selected users or every user matching the filter.</source>
        <translation>Désactiver, activer, exiger un facteur, réinitialiser la MFA, oublier les appareils ou supprimer les utilisateurs sélectionnés ou tous les utilisateurs correspondant au filtre.</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n utilisateur importé.</numerusform>
            <numerusform>%n utilisateurs importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users to export…</source>
        <translation>Lecture des utilisateurs à exporter…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>Lecture des utilisateurs à exporter&#xa0;: %n pour l&apos;instant…</numerusform>
            <numerusform>Lecture des utilisateurs à exporter&#xa0;: %n pour l&apos;instant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n utilisateur exporté vers %1.</numerusform>
            <numerusform>%n utilisateurs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 The MFA columns are empty: this backend gives them one user at a time (AdminGetUser).</source>
        <translation>%1 Les colonnes MFA sont vides&#xa0;: ce backend ne les fournit qu&apos;un utilisateur à la fois (AdminGetUser).</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserDetailPane</name>
    <message>
        <source>User status</source>
        <translation>État de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>Résultat de l&apos;action</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Erreur de l&apos;action</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The device is forgotten: %1&apos;s next sign-in from it asks for MFA again.</source>
        <translation>L&apos;appareil est oublié&#xa0;: la prochaine connexion de %1 depuis cet appareil demandera de nouveau la MFA.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Stop or allow this user&apos;s sign-ins.</source>
        <translation>Bloquer ou autoriser les connexions de cet utilisateur.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The user must set a new password at the next sign-in.</source>
        <translation>L&apos;utilisateur doit définir un nouveau mot de passe à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Supprimer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Deletes the user for good, after you type the username.</source>
        <translation>Supprime définitivement l&apos;utilisateur, après que vous avez saisi le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Authentification multifacteur</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>The factor Make preferred and Remove factor act on.</source>
        <translation>Le facteur sur lequel agissent «&#xa0;Rendre préféré&#xa0;» et «&#xa0;Supprimer le facteur&#xa0;».</translation>
    </message>
    <message>
        <source>Make preferred</source>
        <translation>Rendre préféré</translation>
    </message>
    <message>
        <source>Sign-ins ask for this factor first.</source>
        <translation>Les connexions demandent ce facteur en premier.</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Supprimer le facteur</translation>
    </message>
    <message>
        <source>Turns this factor off.</source>
        <translation>Désactive ce facteur.</translation>
    </message>
    <message>
        <source>Clear preference</source>
        <translation>Effacer la préférence</translation>
    </message>
    <message>
        <source>No preferred factor; the factors stay on.</source>
        <translation>Aucun facteur préféré&#xa0;; les facteurs restent activés.</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Réinitialiser la MFA</translation>
    </message>
    <message>
        <source>Turns every factor of this user off.</source>
        <translation>Désactive tous les facteurs de cet utilisateur.</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Appareils mémorisés</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Dernière IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>Oublier l&apos;appareil</translation>
    </message>
    <message>
        <source>The next sign-in from the selected device asks for MFA.</source>
        <translation>La prochaine connexion depuis l&apos;appareil sélectionné demandera la MFA.</translation>
    </message>
    <message>
        <source>Forget all devices</source>
        <translation>Oublier tous les appareils</translation>
    </message>
    <message>
        <source>The next sign-in from every device asks for MFA.</source>
        <translation>La prochaine connexion depuis chaque appareil demandera la MFA.</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Aucun utilisateur choisi</translation>
    </message>
    <message>
        <source>Choose a user to see their details.</source>
        <translation>Choisissez un utilisateur pour voir ses détails.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>This backend does not list remembered devices (it does not serve AdminListDevices).</source>
        <translation>Ce backend ne liste pas les appareils mémorisés (il ne prend pas en charge AdminListDevices).</translation>
    </message>
    <message>
        <source>This backend keeps no sign-in history (it does not serve AdminListUserAuthEvents).</source>
        <translation>Ce backend ne conserve pas d&apos;historique des connexions (il ne prend pas en charge AdminListUserAuthEvents).</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3 · changed %4</source>
        <translation>%1 · %2 · créé le %3 · modifié le %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (préféré)</translation>
    </message>
    <message>
        <source>No MFA factor is on: this user signs in with a password only.</source>
        <translation>Aucun facteur MFA n&apos;est activé&#xa0;: cet utilisateur se connecte avec un mot de passe seulement.</translation>
    </message>
    <message>
        <source>Factors on: %1.</source>
        <translation>Facteurs activés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>mémorisé</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>non mémorisé</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>Aucun appareil mémorisé.</translation>
    </message>
    <message>
        <source>No sign-ins recorded yet.</source>
        <translation>Aucune connexion enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This backend does not serve %1, so %2 is not available.</source>
        <translation>Ce backend ne prend pas en charge %1&#xa0;: %2 n&apos;est donc pas disponible.</translation>
    </message>
    <message>
        <source>%1 will be forgotten: %2&apos;s next sign-in from it asks for MFA again.</source>
        <translation>%1 sera oublié&#xa0;: la prochaine connexion de %2 depuis cet appareil demandera de nouveau la MFA.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1&#xa0;: en cours…</translation>
    </message>
    <message>
        <source>Set up an authenticator…</source>
        <translation>Configurer une application d&apos;authentification…</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for this user: a QR code for a phone, or an entry in this computer&apos;s vault.</source>
        <translation>Inscrit une application d&apos;authentification TOTP pour cet utilisateur&#xa0;: un code QR pour un téléphone, ou une entrée dans le coffre-fort de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserFilterBar</name>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>Nom d&apos;utilisateur préféré</translation>
    </message>
    <message>
        <source>Status (CONFIRMED, …)</source>
        <translation>État (CONFIRMED, …)</translation>
    </message>
    <message>
        <source>Enabled (Enabled / Disabled)</source>
        <translation>Activé (Enabled / Disabled)</translation>
    </message>
    <message>
        <source>User ID (sub)</source>
        <translation>ID utilisateur (sub)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>Rechercher des noms d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Lists the users whose username starts with this text (username ^= &quot;text&quot;).</source>
        <translation>Liste les utilisateurs dont le nom d&apos;utilisateur commence par ce texte (username ^= &quot;text&quot;).</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Champ de filtre</translation>
    </message>
    <message>
        <source>The attribute to filter on: ListUsers can search only these.</source>
        <translation>L&apos;attribut sur lequel filtrer&#xa0;: ListUsers ne peut chercher que sur ceux-ci.</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>est exactement</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Opérateur de filtre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Valeur du filtre</translation>
    </message>
    <message>
        <source>Cognito filter, e.g. email ^= &quot;ann&quot;</source>
        <translation>Filtre Cognito, ex. email ^= &quot;ann&quot;</translation>
    </message>
    <message>
        <source>Cognito filter</source>
        <translation>Filtre Cognito</translation>
    </message>
    <message>
        <source>The filter as ListUsers receives it; edit it here or with the fields above.</source>
        <translation>Le filtre tel que ListUsers le reçoit&#xa0;; modifiez-le ici ou avec les champs ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Appliquer le filtre</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Appliquer le filtre</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Tout affic&amp;her</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>Afficher tous les utilisateurs</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problème de filtre</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Importer des utilisateurs depuis un CSV</translation>
    </message>
    <message>
        <source>A CSV file in Cognito&apos;s user-import format: the header GetCSVHeader gives (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), one user a row. Imported users must reset their password at the first sign-in.</source>
        <translation>Un fichier CSV au format d&apos;importation d&apos;utilisateurs de Cognito&#xa0;: l&apos;en-tête fourni par GetCSVHeader (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), un utilisateur par ligne. Les utilisateurs importés doivent réinitialiser leur mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Users to import</source>
        <translation>Utilisateurs à importer</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer les utilisateurs</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import goes into the local engine only. For AWS Cognito, start a user import job with the same file in the AWS console or CLI (CreateUserImportJob); the preview still checks the file.</source>
        <translation>L&apos;importation se fait uniquement dans le moteur local. Pour AWS Cognito, lancez une tâche d&apos;importation d&apos;utilisateurs avec le même fichier dans la console AWS ou la CLI (CreateUserImportJob)&#xa0;; l&apos;aperçu vérifie tout de même le fichier.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n utilisateur prêt à être importé.</numerusform>
            <numerusform>%n utilisateurs prêts à être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Rows with a problem are left out; fix them in the file and choose it again to import them.</source>
        <translation>%1 %2 Les lignes présentant un problème sont laissées de côté&#xa0;; corrigez-les dans le fichier et choisissez-le de nouveau pour les importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>&amp;Importer %n utilisateur</numerusform>
            <numerusform>&amp;Importer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>&amp;Importer l&apos;utilisateur sans problème (%n)</numerusform>
            <numerusform>&amp;Importer les %n utilisateurs sans problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>Importation de %n utilisateur…</numerusform>
            <numerusform>Importation de %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>%n utilisateur importé&#xa0;; il doit réinitialiser son mot de passe à la première connexion.</numerusform>
            <numerusform>%n utilisateurs importés&#xa0;; chacun doit réinitialiser son mot de passe à la première connexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserPasskeysSection</name>
    <message>
        <source>Passkeys</source>
        <translation>Clés d&apos;identification</translation>
    </message>
    <message>
        <source>Passkeys note</source>
        <translation>Note sur les clés d&apos;identification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Delete passkey…</source>
        <translation>Supprimer la clé d&apos;identification…</translation>
    </message>
    <message>
        <source>Delete passkey</source>
        <translation>Supprimer la clé d&apos;identification</translation>
    </message>
    <message>
        <source>Removes the selected passkey; the user can no longer sign in with it.</source>
        <translation>Supprime la clé d&apos;identification sélectionnée&#xa0;; l&apos;utilisateur ne peut plus se connecter avec.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>This backend shows passkeys only to their own user (Cognito&apos;s ListWebAuthnCredentials takes the user&apos;s access token), so they are not listed here.</source>
        <translation>Ce backend ne montre les clés d&apos;identification qu&apos;à leur propre utilisateur (ListWebAuthnCredentials de Cognito prend le jeton d&apos;accès de l&apos;utilisateur)&#xa0;: elles ne sont donc pas listées ici.</translation>
    </message>
    <message>
        <source>%1 has no passkey.</source>
        <translation>%1 n&apos;a pas de clé d&apos;identification.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 a %n clé d&apos;identification.</numerusform>
            <numerusform>%1 a %n clés d&apos;identification.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Delete the passkey &quot;%1&quot; of %2? They can no longer sign in with it, and must register it again to use it. This cannot be undone.</source>
        <translation>Supprimer la clé d&apos;identification «&#xa0;%1&#xa0;» de %2&#xa0;? Cet utilisateur ne pourra plus se connecter avec et devra l&apos;inscrire à nouveau pour l&apos;utiliser. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The passkey &quot;%1&quot; was not deleted: %2</source>
        <translation>La clé d&apos;identification «&#xa0;%1&#xa0;» n&apos;a pas été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted the passkey &quot;%1&quot; of %2; they can no longer sign in with it.</source>
        <translation>La clé d&apos;identification «&#xa0;%1&#xa0;» de %2 a été supprimée&#xa0;; cet utilisateur ne peut plus se connecter avec.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
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
        <translation>application d&apos;authentification (TOTP)</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1, vérifié</translation>
    </message>
    <message>
        <source>%1, not verified</source>
        <translation>%1, non vérifié</translation>
    </message>
    <message>
        <source>The factors each user has set up, the preferred one first and marked ★. Read per user for the rows on screen.</source>
        <translation>Les facteurs configurés par chaque utilisateur, le préféré en premier et marqué ★. Lus utilisateur par utilisateur pour les lignes à l&apos;écran.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>En cours de lecture…</translation>
    </message>
    <message>
        <source>No MFA factor</source>
        <translation>Aucun facteur MFA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (préféré)</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1. Read %2.</source>
        <translation>%1. Lu %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The pool&apos;s users, read a page at a time as you scroll; the MFA column is read for the users on screen.</source>
        <translation>Les utilisateurs du groupe, lus une page à la fois au fil du défilement&#xa0;; la colonne MFA est lue pour les utilisateurs à l&apos;écran.</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>Colonnes des utilisateurs</translation>
    </message>
    <message>
        <source>Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, so users stay in the order the pool returns them.</source>
        <translation>Faites glisser pour réorganiser&#xa0;; le menu contextuel affiche ou masque les colonnes. ListUsers ne peut pas trier&#xa0;: les utilisateurs restent dans l&apos;ordre renvoyé par le groupe.</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>État des utilisateurs</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>In the pool&apos;s order: ListUsers cannot sort.</source>
        <translation>Dans l&apos;ordre du groupe&#xa0;: ListUsers ne peut pas trier.</translation>
    </message>
    <message>
        <source>Reading users…</source>
        <translation>Lecture des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n utilisateur. %1</numerusform>
            <numerusform>%n utilisateurs. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>%n utilisateur lu jusqu&apos;ici&#xa0;; d&apos;autres sont lus au fil du défilement. %1</numerusform>
            <numerusform>%n utilisateurs lus jusqu&apos;ici&#xa0;; d&apos;autres sont lus au fil du défilement. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation>impossible d&apos;ouvrir le dossier %1 pour le vider sur le disque</translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation>impossible de vider le dossier %1 sur le disque</translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>impossible de lire %1 pour le sauvegarder&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation>impossible de supprimer l&apos;ancienne sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation>le dossier %1 est accessible en écriture à tous les utilisateurs de cet ordinateur (mode %2)&#xa0;: d&apos;autres peuvent y supprimer ou remplacer le coffre-fort et ses sauvegardes, ou y déposer des fichiers sous les noms qu&apos;utilise Tessera. Gardez le coffre-fort dans un dossier où vous seul pouvez écrire, comme votre dossier personnel.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation>le dossier %1 est accessible en écriture à son groupe (mode %2)&#xa0;: ses membres peuvent y supprimer ou remplacer le coffre-fort et ses sauvegardes. Gardez le coffre-fort dans un dossier où vous seul pouvez écrire (chmod g-w sur le dossier).</translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation>impossible d&apos;examiner le dossier %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation>%1 est un lien symbolique, pas un dossier&#xa0;; Tessera ne le suit pas pour écrire des sauvegardes ailleurs. Supprimez le lien (un dossier sera créé à sa place).</translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;; déplacez-le pour que Tessera puisse y conserver des sauvegardes</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation>le dossier %1 appartient à un autre utilisateur (uid %2), qui pourrait lire, remplacer ou supprimer les sauvegardes qu&apos;il contient. Supprimez-le ou déplacez le coffre-fort dans un dossier où vous seul pouvez écrire.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation>le dossier %1 est accessible en écriture à d&apos;autres utilisateurs (mode %2), qui pourraient remplacer ou supprimer les sauvegardes qu&apos;il contient. Réservez-le à vous seul&#xa0;: chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation>impossible de lire %1 avant l&apos;enregistrement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture&#xa0;; rien n&apos;a été enregistré. Rouvrez-le pour voir ces modifications.</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation>le coffre-fort est en cours d&apos;enregistrement par un autre programme (fichier de verrou %1)&#xa0;; rien n&apos;a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation>%1 est un lien symbolique à l&apos;endroit où Tessera garde son fichier de verrou&#xa0;; Tessera ne le suit jamais (dans un dossier partagé, un autre utilisateur peut en déposer un pour faire écrire Tessera ailleurs). Rien n&apos;a été enregistré&#xa0;: supprimez le lien, ou gardez le coffre-fort dans un dossier où vous seul pouvez écrire.</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation>impossible d&apos;écrire dans le dossier %1 (%2)&#xa0;: il est en lecture seule ou appartient à quelqu&apos;un d&apos;autre, donc rien n&apos;a été enregistré. Déplacez le coffre-fort dans un dossier où vous pouvez écrire, ou changez les permissions du dossier.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation>impossible de créer le fichier de verrou %1 (%2)&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation>impossible d&apos;écrire dans le dossier %1&#xa0;: il est en lecture seule ou appartient à quelqu&apos;un d&apos;autre, donc rien n&apos;a été enregistré. Déplacez le coffre-fort dans un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation>le trousseau du système a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation>le trousseau du système n&apos;a pas de clé pour ce coffre-fort (elle a été supprimée, ou il s&apos;agit d&apos;un autre compte utilisateur ou d&apos;un autre ordinateur)&#xa0;: déverrouillez avec le mot de passe</translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation>cette version de Tessera ne prend pas en charge le trousseau du système (QtKeychain)</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation>il n&apos;y a pas de coffre-fort à %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation>l&apos;authentification de son contenu échoue&#xa0;: il a été modifié ou endommagé après son écriture</translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation>son emplacement de mot de passe ne peut pas être calculé (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation>ce coffre-fort n&apos;a pas de mot de passe&#xa0;; déverrouillez-le avec le trousseau</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation>le coffre-fort %1 est endommagé (%2), et aucune sauvegarde dans %3 ne s&apos;ouvre avec ce mot de passe</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation>le coffre-fort %1 est endommagé (%2)&#xa0;; la sauvegarde la plus récente qui s&apos;ouvre avec ce mot de passe est %3&#xa0;: copiez-la par-dessus le coffre-fort pour le restaurer</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>le générateur de nombres aléatoires du système a échoué</translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation>des paramètres scrypt inférieurs à N=2^15, r=8, p=1 sont trop faibles pour un coffre-fort</translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation>ces paramètres scrypt coûtent plus que ce qu&apos;écrit Tessera (%1 au maximum)&#xa0;: un ordinateur plus lent pourrait refuser d&apos;ouvrir le coffre-fort</translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation>un fichier existe déjà à %1&#xa0;; choisissez un autre chemin ou déplacez ce fichier</translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation>ce coffre-fort n&apos;a pas d&apos;emplacement de trousseau&#xa0;; déverrouillez-le avec son mot de passe</translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation>le trousseau n&apos;a pas fourni la clé du coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation>la clé du trousseau n&apos;ouvre pas ce coffre-fort&#xa0;; déverrouillez-le avec son mot de passe</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation>le coffre-fort %1 est endommagé (%2)&#xa0;; ouvrez-le avec son mot de passe pour trouver une sauvegarde qui s&apos;ouvre</translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation>ce coffre-fort n&apos;a pas d&apos;emplacement de mot de passe sous lequel renouveler la clé</translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation>impossible d&apos;enregistrer la clé du coffre-fort dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation>l&apos;emplacement de trousseau a été retiré du coffre-fort, mais le trousseau a gardé son élément &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation>l&apos;en-tête du coffre-fort est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation>un emplacement de clé n&apos;est pas une table</translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation>un emplacement de clé a un nonce ou une clé enveloppée mal formés</translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation>un emplacement de mot de passe indique une dérivation de clé autre que scrypt</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation>un emplacement de mot de passe a des paramètres scrypt invalides</translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation>un emplacement de mot de passe demande des paramètres scrypt au-delà de ce qu&apos;exécute Tessera</translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation>un emplacement de mot de passe a un sel mal formé</translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation>un emplacement de trousseau n&apos;a pas de nom d&apos;élément de trousseau</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation>ce n&apos;est pas un coffre-fort Tessera</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation>ce coffre-fort a été créé par une version plus récente de Tessera (format %1&#xa0;; cette version lit le format %2)&#xa0;: mettez Tessera à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation>la version de format 0 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation>la longueur de l&apos;en-tête est impossible pour la taille de ce fichier</translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation>l&apos;en-tête n&apos;est pas une table CBOR</translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation>l&apos;en-tête indique un chiffrement inconnu</translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation>le nonce de la charge utile est mal formé</translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation>la liste des emplacements de clé est absente ou mal formée</translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 n&apos;est pas une table</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 a une clé qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 n&apos;est pas un texte valide</translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation>%1 n&apos;est pas une chaîne d&apos;octets</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 n&apos;est pas une chaîne d&apos;octets valide</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 n&apos;est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 n&apos;est pas une heure</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation>un champ inconnu &apos;%1&apos; n&apos;est pas du CBOR valide</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 se termine prématurément</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 a un type inconnu</translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation>%1 a un algorithme inconnu</translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation>%1 a un paramètre supplémentaire qui n&apos;est pas une paire</translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation>il manque à %1 son id, son type ou sa clé secrète</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 est invalide&#xa0;: %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation>le contenu du coffre-fort</translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation>le contenu du coffre-fort n&apos;a pas de liste d&apos;entrées</translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation>le contenu du coffre-fort a des octets après sa fin</translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation>le contenu du coffre-fort est endommagé&#xa0;: %1</translation>
    </message>
</context>
</TS>
