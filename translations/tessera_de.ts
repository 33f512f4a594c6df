<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation> (Auffüllzeichen &apos;=&apos; dürfen nur am Ende stehen)</translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation>der geheime Schlüssel ist kein Base32: %1 an Position %2%3</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>der geheime Schlüssel ist leer</translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation>der geheime Schlüssel ist zu kurz: er muss mindestens ein Byte ergeben (zwei Base32-Zeichen)</translation>
    </message>
</context>
<context>
    <name>ChainedCodes</name>
    <message>
        <source>nothing here can answer %1: link a vault entry, or type the code</source>
        <translation>nichts hier kann %1 beantworten: Verknüpfen Sie einen Tresoreintrag oder geben Sie den Code ein</translation>
    </message>
</context>
<context>
    <name>ConsoleTables</name>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one (write it as two quotes inside a quoted field)</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (schreiben Sie es als zwei Anführungszeichen in einem Feld in Anführungszeichen)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>ein Anführungszeichen wird geöffnet und nie geschlossen</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <source>Set up an authenticator with the user&apos;s access token or a sign-in&apos;s session, exactly one of them.</source>
        <translation>Richten Sie einen Authentifikator mit dem Zugriffstoken des Benutzers oder der Sitzung einer Anmeldung ein, genau einem davon.</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken answered with a secret that is not Base32</source>
        <translation>AssociateSoftwareToken antwortete mit einem geheimen Schlüssel, der nicht Base32 ist</translation>
    </message>
    <message>
        <source>VerifySoftwareToken did not answer SUCCESS</source>
        <translation>VerifySoftwareToken antwortete nicht mit SUCCESS</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>der Gruppenname</translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation>der Schlüsselbund ist gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation>der Schlüsselbund hat keinen Eintrag &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>kein JWT: Es hat %n durch Punkte getrennten Teil, nicht 3</numerusform>
            <numerusform>kein JWT: Es hat %n durch Punkte getrennte Teile, nicht 3</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JWT: its payload is not Base64url</source>
        <translation>kein JWT: Seine Nutzdaten sind nicht Base64url</translation>
    </message>
    <message>
        <source>not a JWT: its payload is not a JSON object</source>
        <translation>kein JWT: Seine Nutzdaten sind kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>NewUser</name>
    <message>
        <source>An invitation by email needs the user&apos;s email address.</source>
        <translation>Eine Einladung per E-Mail braucht die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the user&apos;s phone number.</source>
        <translation>Eine Einladung per SMS braucht die Telefonnummer des Benutzers.</translation>
    </message>
    <message>
        <source>Without an invitation, give a temporary password to hand to the user.</source>
        <translation>Geben Sie ohne Einladung ein temporäres Passwort an, das Sie dem Benutzer aushändigen.</translation>
    </message>
</context>
<context>
    <name>OutboxCodes</name>
    <message>
        <source>no %1 code for this user in the outbox</source>
        <translation>kein %1-Code für diesen Benutzer im Postausgang</translation>
    </message>
    <message>
        <source>the outbox&apos;s newest %1 code was already given; no new one arrived</source>
        <translation>der neueste %1-Code im Postausgang wurde bereits verwendet; kein neuer ist eingetroffen</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Postausgang</translation>
    </message>
</context>
<context>
    <name>PasskeyLab</name>
    <message>
        <source>could not make a passkey (OpenSSL failed)</source>
        <translation>Passkey konnte nicht erstellt werden (OpenSSL ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: beantwortet</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1: abgelehnt mit %2: %3</translation>
    </message>
    <message>
        <source>The lab&apos;s passkey could not be deleted (%1); delete it in the user&apos;s passkeys.</source>
        <translation>Der Passkey des Labors konnte nicht gelöscht werden (%1); löschen Sie ihn bei den Passkeys des Benutzers.</translation>
    </message>
    <message>
        <source>Turn passkeys on in the pool&apos;s sign-in settings and give the relying party ID.</source>
        <translation>Aktivieren Sie Passkeys in den Anmeldeeinstellungen des Pools und geben Sie die ID der vertrauenden Partei an.</translation>
    </message>
    <message>
        <source>Allow the app client the choice-based flow (ALLOW_USER_AUTH).</source>
        <translation>Erlauben Sie dem App-Client den auswahlbasierten Ablauf (ALLOW_USER_AUTH).</translation>
    </message>
    <message>
        <source>the creation options name no relying party or challenge</source>
        <translation>die Erstellungsoptionen nennen keine vertrauende Partei und keine Challenge</translation>
    </message>
    <message>
        <source>%1: authenticated</source>
        <translation>%1: authentifiziert</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>der Dienst antwortete weder mit einer Challenge noch mit Token</translation>
    </message>
    <message>
        <source>%1: challenge %2</source>
        <translation>%1: Challenge %2</translation>
    </message>
    <message>
        <source>SELECT_CHALLENGE does not offer WEB_AUTHN to %1</source>
        <translation>SELECT_CHALLENGE bietet %1 kein WEB_AUTHN an</translation>
    </message>
    <message>
        <source>Allow passkeys (WEB_AUTHN) among the pool&apos;s first factors.</source>
        <translation>Erlauben Sie Passkeys (WEB_AUTHN) unter den ersten Faktoren des Pools.</translation>
    </message>
    <message>
        <source>the assertion failed the lab&apos;s own checks; it was not sent</source>
        <translation>die Assertion hat die eigenen Prüfungen des Labors nicht bestanden; sie wurde nicht gesendet</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>das Labor kann die Challenge %1 nicht beantworten</translation>
    </message>
    <message>
        <source>clientDataJSON.challenge %1 is the one the service issued (%2), for type %3</source>
        <translation>clientDataJSON.challenge %1 ist die vom Dienst ausgestellte (%2), für Typ %3</translation>
    </message>
    <message>
        <source>clientDataJSON.origin %1 is https on relying party %2 or a subdomain</source>
        <translation>clientDataJSON.origin %1 ist https bei der vertrauenden Partei %2 oder einer Subdomain</translation>
    </message>
    <message>
        <source>authenticatorData.rpIdHash %1 is SHA-256(&quot;%2&quot;) %3</source>
        <translation>authenticatorData.rpIdHash %1 ist SHA-256(&quot;%2&quot;) %3</translation>
    </message>
    <message>
        <source>UP (user present) %1, UV (user verified) %2; the pool %3 verification</source>
        <translation>UP (Benutzer anwesend) %1, UV (Benutzer überprüft) %2; der Pool %3 die Überprüfung</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>erfordert</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>signCount %1 is greater than the %2 stored at registration</source>
        <translation>signCount %1 ist größer als der bei der Registrierung gespeicherte Wert %2</translation>
    </message>
    <message>
        <source>the ES256 signature over authenticatorData ‖ SHA-256(clientDataJSON) verifies with the registered public key</source>
        <translation>die ES256-Signatur über authenticatorData ‖ SHA-256(clientDataJSON) wird mit dem registrierten öffentlichen Schlüssel bestätigt</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
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
        <translation>der Tresor ist gesperrt: Entsperren Sie ihn im Authentifikator, oder geben Sie den Code ein</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it in the authenticator first.</source>
        <translation>Der Tresor ist gesperrt: Entsperren Sie ihn zuerst im Authentifikator.</translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation>SRP-Werte konnten nicht erzeugt werden (OpenSSL schlug fehl)</translation>
    </message>
    <message>
        <source>the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1</source>
        <translation>das Labor meldet sich mit USER_PASSWORD_AUTH oder USER_SRP_AUTH an, nicht mit %1</translation>
    </message>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Anfrage abgeschlossen</numerusform>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Anfragen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>The service keeps asking; read the steps for the loop.</source>
        <translation>Der Dienst fragt immer wieder; lesen Sie die Schritte zu der Schleife.</translation>
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
        <translation>%1: abgelehnt mit %2: %3</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifiziert</translation>
    </message>
    <message>
        <source>challenge %1</source>
        <translation>Challenge %1</translation>
    </message>
    <message>
        <source>neither a challenge nor tokens</source>
        <translation>weder eine Challenge noch Token</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>der Dienst antwortete weder mit einer Challenge noch mit Token</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run did not start</source>
        <translation>PASSWORD_VERIFIER beantwortet USER_SRP_AUTH, was dieser Lauf nicht gestartet hat</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>PASSWORD_VERIFIER: Der Dienst hat ungültige SRP-Werte gesendet</translation>
    </message>
    <message>
        <source>SRP</source>
        <translation>SRP</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password</source>
        <translation>NEW_PASSWORD_REQUIRED: %1 hat sich mit einem temporären Passwort angemeldet</translation>
    </message>
    <message>
        <source>Give the lab a new password for the user, or set a permanent test password (AdminSetUserPassword, Permanent).</source>
        <translation>Geben Sie dem Labor ein neues Passwort für den Benutzer, oder legen Sie ein dauerhaftes Testpasswort fest (AdminSetUserPassword, Permanent).</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and %1 has no factor yet</source>
        <translation>MFA_SETUP: Der Pool erfordert MFA und %1 hat noch keinen Faktor</translation>
    </message>
    <message>
        <source>Set up an authenticator for the user first.</source>
        <translation>Richten Sie zuerst einen Authentifikator für den Benutzer ein.</translation>
    </message>
    <message>
        <source>MFA_SETUP offers no authenticator app (TOTP), the only factor the lab can set up</source>
        <translation>MFA_SETUP bietet keine Authentifikator-App (TOTP) an, den einzigen Faktor, den das Labor einrichten kann</translation>
    </message>
    <message>
        <source>Turn authenticator apps on in the pool&apos;s MFA policy.</source>
        <translation>Schalten Sie Authentifikator-Apps in der MFA-Richtlinie des Pools ein.</translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, and the lab has no code for any of them</source>
        <translation>SELECT_MFA_TYPE bietet %1 an, und das Labor hat für keinen davon einen Code</translation>
    </message>
    <message>
        <source>Link a vault entry to the user, or type the code.</source>
        <translation>Verknüpfen Sie einen Tresoreintrag mit dem Benutzer oder geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>das Labor kann die Challenge %1 nicht beantworten</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>the secret just set up</source>
        <translation>der gerade eingerichtete geheime Schlüssel</translation>
    </message>
    <message>
        <source>The risk configuration refused this sign-in (blocked range, BLOCK, or MFA required with no factor): read the decision trace, then change the IP address, the action for this level or the user&apos;s factors.</source>
        <translation>Die Risikokonfiguration hat diese Anmeldung abgelehnt (gesperrter Bereich, BLOCK oder MFA erforderlich ohne Faktor): Lesen Sie die Entscheidungsspur und ändern Sie dann die IP-Adresse, die Aktion für diese Stufe oder die Faktoren des Benutzers.</translation>
    </message>
    <message>
        <source>Enable the user (AdminEnableUser).</source>
        <translation>Aktivieren Sie den Benutzer (AdminEnableUser).</translation>
    </message>
    <message>
        <source>Set a new temporary or permanent password (AdminSetUserPassword).</source>
        <translation>Legen Sie ein neues temporäres oder dauerhaftes Passwort fest (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The session ended (it expires after the client&apos;s AuthSessionValidity, or after too many wrong codes): start again.</source>
        <translation>Die Sitzung ist abgelaufen (sie endet nach der AuthSessionValidity des Clients oder nach zu vielen falschen Codes): Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Check the password, or set a test password (AdminSetUserPassword).</source>
        <translation>Prüfen Sie das Passwort, oder legen Sie ein Testpasswort fest (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>Check the username: no such user in this pool.</source>
        <translation>Prüfen Sie den Benutzernamen: kein solcher Benutzer in diesem Pool.</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password (AdminSetUserPassword).</source>
        <translation>Setzen Sie das Passwort des Benutzers zurück (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The new password breaks the pool&apos;s password policy: choose another.</source>
        <translation>Das neue Passwort verletzt die Passwortrichtlinie des Pools: Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Five wrong codes ended this sign-in: start again with the right code; the user may be locked out for a while.</source>
        <translation>Fünf falsche Codes haben diese Anmeldung beendet: Beginnen Sie mit dem richtigen Code neu; der Benutzer ist möglicherweise eine Weile gesperrt.</translation>
    </message>
    <message>
        <source>The code was wrong, already used or too old: check that the vault entry belongs to this user and the clock is right, or wait for the next code.</source>
        <translation>Der Code war falsch, bereits verwendet oder zu alt: Prüfen Sie, ob der Tresoreintrag zu diesem Benutzer gehört und die Uhr richtig geht, oder warten Sie auf den nächsten Code.</translation>
    </message>
    <message>
        <source>Allow this flow on the app client (ExplicitAuthFlows), or create a test client that allows it.</source>
        <translation>Erlauben Sie diesen Ablauf im App-Client (ExplicitAuthFlows), oder legen Sie einen Test-Client an, der ihn erlaubt.</translation>
    </message>
    <message>
        <source>Check the pool and the app client: one of them does not exist.</source>
        <translation>Prüfen Sie den Pool und den App-Client: Einer von beiden existiert nicht.</translation>
    </message>
    <message>
        <source>the device is remembered</source>
        <translation>das Gerät ist gemerkt</translation>
    </message>
    <message>
        <source>%1: the pool asks the remembered device to prove itself with its own password, which the lab does not have</source>
        <translation>%1: der Pool verlangt, dass sich das gemerkte Gerät mit seinem eigenen Passwort ausweist, das das Labor nicht hat</translation>
    </message>
    <message>
        <source>Choose a device a lab run in this window remembered, or a new device.</source>
        <translation>Wählen Sie ein Gerät, das ein Laborlauf in diesem Fenster gemerkt hat, oder ein neues Gerät.</translation>
    </message>
    <message>
        <source>the device&apos;s password</source>
        <translation>das Passwort des Geräts</translation>
    </message>
    <message>
        <source>DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>DEVICE_PASSWORD_VERIFIER: der Dienst hat ungültige SRP-Werte gesendet</translation>
    </message>
</context>
<context>
    <name>SignInTrace</name>
    <message>
        <source>The address %1 is in the blocked range %2: the sign-in is refused before any other check.</source>
        <translation>Die Adresse %1 liegt im gesperrten Bereich %2: Die Anmeldung wird vor jeder anderen Prüfung abgelehnt.</translation>
    </message>
    <message>
        <source>The address %1 is in the allowed range %2: risk checks are skipped and the level is Low.</source>
        <translation>Die Adresse %1 liegt im erlaubten Bereich %2: Risikoprüfungen werden übersprungen und die Stufe ist Niedrig.</translation>
    </message>
    <message>
        <source>First sign-in: no earlier successful sign-in to compare the device and network with (no points).</source>
        <translation>Erste Anmeldung: keine frühere erfolgreiche Anmeldung, mit der Gerät und Netzwerk verglichen werden können (keine Punkte).</translation>
    </message>
    <message>
        <source>New device: &apos;%1&apos; has not signed in as this user before (+1 point).</source>
        <translation>Neues Gerät: „%1“ hat sich noch nie als dieser Benutzer angemeldet (+1 Punkt).</translation>
    </message>
    <message>
        <source>Known device: &apos;%1&apos; signed in as this user before.</source>
        <translation>Bekanntes Gerät: „%1“ hat sich bereits als dieser Benutzer angemeldet.</translation>
    </message>
    <message>
        <source>The request names no device (no DEVICE_KEY, device data or User-Agent).</source>
        <translation>Die Anfrage nennt kein Gerät (kein DEVICE_KEY, keine Gerätedaten, kein User-Agent).</translation>
    </message>
    <message>
        <source>New network: the user never signed in from %1 before (+1 point).</source>
        <translation>Neues Netzwerk: Der Benutzer hat sich noch nie von %1 angemeldet (+1 Punkt).</translation>
    </message>
    <message>
        <source>Known network: the user signed in from %1 before.</source>
        <translation>Bekanntes Netzwerk: Der Benutzer hat sich bereits von %1 angemeldet.</translation>
    </message>
    <message>
        <source>%n failed sign-ins for this user in the last 15 minutes (+%1 points).</source>
        <translation>%n fehlgeschlagene Anmeldungen für diesen Benutzer in den letzten 15 Minuten (+%1 Punkte).</translation>
    </message>
    <message>
        <source>%n sign-in attempts from %1 in the last minute look automated (+3 points).</source>
        <translation>%n Anmeldeversuche von %1 in der letzten Minute wirken automatisiert (+3 Punkte).</translation>
    </message>
    <message>
        <source>Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or more High).</source>
        <translation>Risikowert %1: Stufe %2 (0–1 Niedrig, 2 Mittel, 3 oder mehr Hoch).</translation>
    </message>
    <message>
        <source>The pool&apos;s risk configuration maps %1 risk to %2.</source>
        <translation>Die Risikokonfiguration des Pools ordnet dem Risiko %1 die Aktion %2 zu.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level: a notice went to %1.</source>
        <translation>Die Konfiguration benachrichtigt bei dieser Stufe: Eine Benachrichtigung ging an %1.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level, but the user has no email address to notify.</source>
        <translation>Die Konfiguration benachrichtigt bei dieser Stufe, aber der Benutzer hat keine E-Mail-Adresse für die Benachrichtigung.</translation>
    </message>
    <message>
        <source>The action is BLOCK: the sign-in is refused.</source>
        <translation>Die Aktion ist BLOCK: Die Anmeldung wird abgelehnt.</translation>
    </message>
    <message>
        <source>The user is disabled: the sign-in is refused.</source>
        <translation>Der Benutzer ist deaktiviert: Die Anmeldung wird abgelehnt.</translation>
    </message>
    <message>
        <source>The password step failed: %1</source>
        <translation>Der Passwortschritt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The password is right.</source>
        <translation>Das Passwort ist richtig.</translation>
    </message>
    <message>
        <source>The user has a temporary password: NEW_PASSWORD_REQUIRED asks for a new one.</source>
        <translation>Der Benutzer hat ein temporäres Passwort: NEW_PASSWORD_REQUIRED fragt nach einem neuen.</translation>
    </message>
    <message>
        <source>The new password meets the pool&apos;s policy and is set.</source>
        <translation>Das neue Passwort erfüllt die Richtlinie des Pools und ist festgelegt.</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA mode is %1.</source>
        <translation>Der MFA-Modus des Pools ist %1.</translation>
    </message>
    <message>
        <source>The user&apos;s usable factors: %1.</source>
        <translation>Die nutzbaren Faktoren des Benutzers: %1.</translation>
    </message>
    <message>
        <source>The user has no usable MFA factor.</source>
        <translation>Der Benutzer hat keinen nutzbaren MFA-Faktor.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred factor is %1.</source>
        <translation>Der bevorzugte Faktor des Benutzers ist %1.</translation>
    </message>
    <message>
        <source>The user has no preferred factor.</source>
        <translation>Der Benutzer hat keinen bevorzugten Faktor.</translation>
    </message>
    <message>
        <source>A federated user, and the pool exempts federated users from MFA.</source>
        <translation>Ein Verbundbenutzer, und der Pool nimmt Verbundbenutzer von MFA aus.</translation>
    </message>
    <message>
        <source>A federated user, and the pool enforces MFA for them.</source>
        <translation>Ein Verbundbenutzer, und der Pool erzwingt MFA für sie.</translation>
    </message>
    <message>
        <source>The risk action %1 asks for MFA whatever the pool&apos;s mode.</source>
        <translation>Die Risikoaktion %1 verlangt MFA, unabhängig vom Modus des Pools.</translation>
    </message>
    <message>
        <source>The risk action %1 requires MFA but the user has no factor: the sign-in is refused.</source>
        <translation>Die Risikoaktion %1 erfordert MFA, aber der Benutzer hat keinen Faktor: Die Anmeldung wird abgelehnt.</translation>
    </message>
    <message>
        <source>The device is remembered for this user: MFA is skipped.</source>
        <translation>Das Gerät ist für diesen Benutzer gemerkt: MFA wird übersprungen.</translation>
    </message>
    <message>
        <source>No MFA is asked: tokens follow the password.</source>
        <translation>Keine MFA-Abfrage: Token folgen auf das Passwort.</translation>
    </message>
    <message>
        <source>MFA is asked.</source>
        <translation>MFA wird abgefragt.</translation>
    </message>
    <message>
        <source>MFA is required but the user has no factor: MFA_SETUP offers %1.</source>
        <translation>MFA ist erforderlich, aber der Benutzer hat keinen Faktor: MFA_SETUP bietet %1 an.</translation>
    </message>
    <message>
        <source>%1 is challenged without asking (the preferred or only factor).</source>
        <translation>%1 wird ohne Rückfrage abgefragt (der bevorzugte oder einzige Faktor).</translation>
    </message>
    <message>
        <source>The user must choose: SELECT_MFA_TYPE offers %1.</source>
        <translation>Der Benutzer muss wählen: SELECT_MFA_TYPE bietet %1 an.</translation>
    </message>
    <message>
        <source>%1: the code is accepted.</source>
        <translation>%1: Der Code wird angenommen.</translation>
    </message>
    <message>
        <source>%1: the code is refused: %2</source>
        <translation>%1: Der Code wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>Authenticated: tokens issued.</source>
        <translation>Authentifiziert: Token ausgestellt.</translation>
    </message>
    <message>
        <source>Stopped with %1: %2</source>
        <translation>Beendet mit %1: %2</translation>
    </message>
</context>
<context>
    <name>SmsCostProjection</name>
    <message>
        <source>the number of users cannot be negative</source>
        <translation>die Anzahl der Benutzer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>sign-ins per user per month cannot be negative</source>
        <translation>Anmeldungen pro Benutzer und Monat können nicht negativ sein</translation>
    </message>
    <message>
        <source>the share of sign-ins challenged must be from 0 to 1 (0% to 100%)</source>
        <translation>der Anteil der abgefragten Anmeldungen muss zwischen 0 und 1 liegen (0 % bis 100 %)</translation>
    </message>
    <message>
        <source>the share of SMS users must be from 0 to 1 (0% to 100%)</source>
        <translation>der Anteil der SMS-Benutzer muss zwischen 0 und 1 liegen (0 % bis 100 %)</translation>
    </message>
    <message>
        <source>monthly growth must be above -100%</source>
        <translation>das monatliche Wachstum muss über -100 % liegen</translation>
    </message>
    <message>
        <source>say where the texts go: at least one destination country</source>
        <translation>geben Sie an, wohin die Nachrichten gehen: mindestens ein Zielland</translation>
    </message>
    <message>
        <source>the share of texts to %1 must be from 0 to 1 (0% to 100%)</source>
        <translation>der Anteil der Nachrichten nach %1 muss zwischen 0 und 1 liegen (0 % bis 100 %)</translation>
    </message>
    <message>
        <source>the price table has no price for %1: add it</source>
        <translation>die Preistabelle hat keinen Preis für %1: Fügen Sie ihn hinzu</translation>
    </message>
    <message>
        <source>the destination shares add up to %1%, not 100%</source>
        <translation>die Zielanteile ergeben zusammen %1 %, nicht 100 %</translation>
    </message>
    <message>
        <source>project 1 to %1 months, not %2</source>
        <translation>planen Sie 1 bis %1 Monate, nicht %2</translation>
    </message>
    <message>
        <source>the share of SMS users moved must be from 0 to 1 (0% to 100%)</source>
        <translation>der Anteil der verlagerten SMS-Benutzer muss zwischen 0 und 1 liegen (0 % bis 100 %)</translation>
    </message>
    <message>
        <source>the cost of moving a user cannot be negative</source>
        <translation>die Kosten für das Verlagern eines Benutzers können nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation>%1 ist zu lang: &apos;%2&apos; hat %3 Zeichen; höchstens %4 sind erlaubt</translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message>
        <source>vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2</source>
        <translation>Tresoreintrag %1 beantwortet SOFTWARE_TOKEN_MFA, nicht %2</translation>
    </message>
    <message>
        <source>could not compute the code of vault entry %1</source>
        <translation>der Code von Tresoreintrag %1 konnte nicht berechnet werden</translation>
    </message>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>der Code von Tresoreintrag %1 wurde bereits verwendet; der nächste kommt in %n Sekunde</numerusform>
            <numerusform>der Code von Tresoreintrag %1 wurde bereits verwendet; der nächste kommt in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation>Tresoreintrag %1</translation>
    </message>
</context>
<context>
    <name>TypedCodes</name>
    <message>
        <source>%1 needs a code and none is left to type</source>
        <translation>%1 braucht einen Code, und keiner ist mehr zum Eingeben übrig</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>authenticator app</source>
        <translation>Authentifikator-App</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Require %1 as preferred factor</source>
        <translation>%1 als bevorzugten Faktor verlangen</translation>
    </message>
    <message>
        <source>Clear MFA preference</source>
        <translation>MFA-Präferenz löschen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>MFA zurücksetzen</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Geräte vergessen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Tokens already issued stay valid until they expire.</source>
        <translation>%1 kann sich erst wieder anmelden, wenn der Benutzer erneut aktiviert wird. Bereits ausgestellte Token bleiben gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working: at the next sign-in they must set a new one with a code sent to their verified email or phone.</source>
        <translation>Das Passwort von %1 funktioniert nicht mehr: Bei der nächsten Anmeldung muss ein neues mit einem Code festgelegt werden, der an die bestätigte E-Mail-Adresse oder Telefonnummer gesendet wird.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned on and preferred: sign-ins ask for it first. This fails for a user who has not set it up.</source>
        <translation>Der Faktor %2 von %1 wird eingeschaltet und bevorzugt: Anmeldungen fragen zuerst nach ihm. Das schlägt bei einem Benutzer fehl, der ihn nicht eingerichtet hat.</translation>
    </message>
    <message>
        <source>%1 will have no preferred factor; the factors they have stay on, and a sign-in with more than one asks them to choose.</source>
        <translation>%1 hat dann keinen bevorzugten Faktor; die vorhandenen Faktoren bleiben eingeschaltet, und eine Anmeldung mit mehr als einem lässt die Wahl.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned off; sign-ins no longer ask for it.</source>
        <translation>Der Faktor %2 von %1 wird ausgeschaltet; Anmeldungen fragen nicht mehr nach ihm.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 will be turned off. If the pool requires MFA, they set one up again at the next sign-in.</source>
        <translation>Jeder MFA-Faktor von %1 wird ausgeschaltet. Wenn der Pool MFA erfordert, wird bei der nächsten Anmeldung erneut einer eingerichtet.</translation>
    </message>
    <message>
        <source>Every device %1 chose to remember will be forgotten: the next sign-in from each asks for MFA again.</source>
        <translation>Jedes Gerät, das %1 gemerkt hat, wird vergessen: Die nächste Anmeldung von jedem fragt wieder nach MFA.</translation>
    </message>
    <message>
        <source>%1 will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>%1 wird mit allen Faktoren und Geräten gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>%n Benutzer kann sich erst wieder anmelden, wenn er erneut aktiviert wird.</numerusform>
            <numerusform>%n Benutzer können sich erst wieder anmelden, wenn sie erneut aktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n Benutzer kann sich wieder anmelden.</numerusform>
            <numerusform>%n Benutzer können sich wieder anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n Benutzer muss bei der nächsten Anmeldung ein neues Passwort festlegen.</numerusform>
            <numerusform>%n Benutzer müssen bei der nächsten Anmeldung ein neues Passwort festlegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>Bei %n Benutzer wird %1 eingeschaltet und bevorzugt; Benutzer, die ihn nicht eingerichtet haben, schlagen fehl und werden aufgeführt.</numerusform>
            <numerusform>Bei %n Benutzern wird %1 eingeschaltet und bevorzugt; Benutzer, die ihn nicht eingerichtet haben, schlagen fehl und werden aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n Benutzer hat dann keinen bevorzugten Faktor.</numerusform>
            <numerusform>%n Benutzer haben dann keinen bevorzugten Faktor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>Bei %n Benutzer wird %1 ausgeschaltet.</numerusform>
            <numerusform>Bei %n Benutzern wird %1 ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>Jeder MFA-Faktor von %n Benutzer wird ausgeschaltet.</numerusform>
            <numerusform>Jeder MFA-Faktor von %n Benutzern wird ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>Jedes gemerkte Gerät von %n Benutzer wird vergessen.</numerusform>
            <numerusform>Jedes gemerkte Gerät von %n Benutzern wird vergessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n Benutzer wird mit Faktoren und Geräten gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Benutzer werden mit ihren Faktoren und Geräten gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in.</source>
        <translation>%1 ist aktiviert und kann sich anmelden.</translation>
    </message>
    <message>
        <source>%1 must set a new password at the next sign-in.</source>
        <translation>%1 muss bei der nächsten Anmeldung ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <source>%1 now prefers %2.</source>
        <translation>%1 bevorzugt jetzt %2.</translation>
    </message>
    <message>
        <source>%1 has no preferred factor now.</source>
        <translation>%1 hat jetzt keinen bevorzugten Faktor.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor is off.</source>
        <translation>Der Faktor %2 von %1 ist aus.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 is off.</source>
        <translation>Jeder MFA-Faktor von %1 ist aus.</translation>
    </message>
    <message>
        <source>%1&apos;s remembered devices are forgotten.</source>
        <translation>Die gemerkten Geräte von %1 sind vergessen.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 ist gelöscht.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Already enabled.</source>
        <translation>Bereits aktiviert.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>A filter starts with an attribute name, for example: username ^= &quot;jo&quot;</source>
        <translation>Ein Filter beginnt mit einem Attributnamen, zum Beispiel: username ^= &quot;jo&quot;</translation>
    </message>
    <message>
        <source>ListUsers cannot search on &quot;%1&quot;; it searches only on: %2</source>
        <translation>ListUsers kann nicht nach „%1“ suchen; es sucht nur nach: %2</translation>
    </message>
    <message>
        <source>After the attribute comes = (is exactly) or ^= (starts with).</source>
        <translation>Nach dem Attribut folgt = (ist genau) oder ^= (beginnt mit).</translation>
    </message>
    <message>
        <source>The value goes in double quotes, a quote inside it written as \&quot;, for example: %1 = &quot;value&quot;</source>
        <translation>Der Wert steht in doppelten Anführungszeichen, ein Anführungszeichen darin als \&quot;, zum Beispiel: %1 = &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message>
        <source>The file is empty: it needs the header row.</source>
        <translation>Die Datei ist leer: Sie braucht die Kopfzeile.</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>Die Spalte kommt in der Kopfzeile zweimal vor.</translation>
    </message>
    <message>
        <source>Not a column of Cognito&apos;s import header (GetCSVHeader).</source>
        <translation>Keine Spalte der Cognito-Importkopfzeile (GetCSVHeader).</translation>
    </message>
    <message>
        <source>The header lacks this column: every column of the import header must be present, even when its cells are empty.</source>
        <translation>Der Kopfzeile fehlt diese Spalte: Jede Spalte der Importkopfzeile muss vorhanden sein, auch wenn ihre Zellen leer sind.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>Mehr als %n Benutzer: Cognito importiert höchstens so viele pro Datei.</numerusform>
            <numerusform>Mehr als %n Benutzer: Cognito importiert höchstens so viele pro Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CSV: %1.</source>
        <translation>Kein gültiges CSV: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>Jeder Benutzer braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>The username is already on line %1.</source>
        <translation>Der Benutzername steht bereits in Zeile %1.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Muss true oder false sein.</translation>
    </message>
    <message>
        <source>Must be true, false or empty.</source>
        <translation>Muss true, false oder leer sein.</translation>
    </message>
    <message>
        <source>Either email_verified or phone_number_verified must be true, so the user can receive the code to set a password.</source>
        <translation>email_verified oder phone_number_verified muss true sein, damit der Benutzer den Code zum Festlegen eines Passworts erhalten kann.</translation>
    </message>
    <message>
        <source>email_verified is true, so the email address is needed.</source>
        <translation>email_verified ist true, daher wird die E-Mail-Adresse benötigt.</translation>
    </message>
    <message>
        <source>%1 Write it as + and the country code and number, digits only (+14325551212).</source>
        <translation>%1 Schreiben Sie sie als + mit Ländervorwahl und Nummer, nur Ziffern (+14325551212).</translation>
    </message>
    <message>
        <source>phone_number_verified or cognito:mfa_enabled is true, so the phone number is needed.</source>
        <translation>phone_number_verified oder cognito:mfa_enabled ist true, daher wird die Telefonnummer benötigt.</translation>
    </message>
    <message>
        <source>Must be a number: seconds since 1970-01-01 UTC.</source>
        <translation>Muss eine Zahl sein: Sekunden seit 1970-01-01 UTC.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>The file is larger than 100 MB, Cognito&apos;s limit for one import: split it.</source>
        <translation>Die Datei ist größer als 100 MB, die Grenze von Cognito für einen Import: Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>VaultEntryCodes</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>der Tresor ist gesperrt: Entsperren Sie ihn im Authentifikator, oder geben Sie den Code ein</translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation>Tresoreintrag &apos;%1&apos; ist kein TOTP-Eintrag; SOFTWARE_TOKEN_MFA braucht TOTP</translation>
    </message>
    <message>
        <source>no vault entry is linked to %1 (set up an authenticator for the user, or type the code)</source>
        <translation>kein Tresoreintrag ist mit %1 verknüpft (richten Sie einen Authentifikator für den Benutzer ein, oder geben Sie den Code ein)</translation>
    </message>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>%n Tresoreintrag hat das Konto %1 und ist nicht mit dem Benutzer verknüpft; geben Sie den Code ein</numerusform>
            <numerusform>%n Tresoreinträge haben das Konto %1 und keiner ist mit dem Benutzer verknüpft; geben Sie den Code ein</numerusform>
        </translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>kein Tresoreintrag heißt &apos;%1&apos; (&apos;tessera-cli list&apos; zeigt sie)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation>&apos;%1&apos; bezeichnet %2 Tresoreinträge; nennen Sie einen mit issuer:account oder UUID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation>Authentifikator und MFA-Konsole für Benutzerpools.</translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation>Den Tresor unter PFAD öffnen (wird beim ersten Start angelegt).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation>Tessera kann nicht starten</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation>Der Selbsttest der Kryptografie ist fehlgeschlagen, daher verarbeitet Tessera auf diesem System keine Geheimnisse.

%1</translation>
    </message>
    <message>
        <source>Add an account from a QR code on the screen (once the vault is unlocked).</source>
        <translation>Ein Konto aus einem QR-Code auf dem Bildschirm hinzufügen (sobald der Tresor entsperrt ist).</translation>
    </message>
    <message>
        <source>Lock the running Tessera.</source>
        <translation>Das laufende Tessera sperren.</translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation>%1 ist größer als die %2 MiB, die Tessera liest</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation>Die Tresordatei.</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>Datei, deren erste Zeile das Passwort ist.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (versuchen Sie --help)</translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation>--at muss eine ganze Zahl von Sekunden seit dem 01.01.1970 UTC sein (0 oder mehr), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation>Die otpauth://-URI.</translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation>Unix-Zeit in Sekunden.</translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation>code braucht einen NAME aus dem Tresor oder --uri URI</translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation>code nimmt mit --uri keine Positionsargumente</translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>die URI auf der Standardeingabe ist länger als %n Zeichen</numerusform>
            <numerusform>die URI auf der Standardeingabe ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation>code --uri - liest eine otpauth://-URI von der Standardeingabe, hat aber keine erhalten</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>der Code konnte nicht berechnet werden (OpenSSL ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation>parse nimmt genau eine URI</translation>
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
        <translation>Aufruf: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] BEFEHL [OPTIONEN]

Tresor-Optionen:
  --vault PATH          Die Tresordatei (Standard: vault.tessera im Datenordner der Plattform).
  --password-file PATH  Das Passwort aus der ersten Zeile von PATH lesen; ohne diese Option
                        fragt tessera-cli im Terminal ohne Echo danach.

Tresor-Befehle (NAME ist Aussteller:Konto, ein Konto oder eine UUID aus &apos;list&apos;):
  create                Einen neuen, leeren Tresor anlegen.
  add -                 Die otpauth://-URIs von der Standardeingabe hinzufügen, einen je Zeile
                        (Leerzeilen und #-Kommentare werden übersprungen). Alles oder
                        nichts, ein Speichervorgang. Gibt die UUIDs der neuen Einträge aus.
  add URI...            Dasselbe mit URIs als Argumenten (siehe &apos;Geheimnisse&apos; unten).
  list                  Ein JSON-Objekt je Zeile: uuid und die Felder von &apos;parse&apos; außer secret.
  code NAME [--at UNIX_SECONDS]
                        Den Code eines Eintrags ausgeben. HOTP: Der Zähler rückt vor und wird
                        zuerst gespeichert.
  remove NAME           Einen Eintrag entfernen.
  passwd --new-password-file PATH
                        Das Passwort des Tresors ändern.
  show-uri NAME         Die otpauth://-URI eines Eintrags ausgeben, samt geheimem Schlüssel.
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        Exporte anderer Apps oder Bilder von QR-Codes importieren (das
                        Format wird am Inhalt erkannt).
                        Ein JSON-Objekt je Konto: file, source, die Felder von &apos;parse&apos;
                        außer secret, status (new, duplicate, error) und error. Ohne
                        --dry-run werden die neuen in einem Speichervorgang hinzugefügt.
                        Siehe docs/import-export.md.
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        Jeden Eintrag nach PATH schreiben. tessera und aegis mit Passwort
                        sind verschlüsselt; jeder unverschlüsselte Export braucht --plain.

Befehle ohne Tresor:
  code --uri - [--at UNIX_SECONDS]
      Den aktuellen Code für die otpauth://-URI von der Standardeingabe ausgeben: TOTP und
      Steam zur angegebenen Zeit (Standard: jetzt), HOTP beim Zähler der URI.
      &apos;code --uri URI&apos; nimmt sie als Argument (siehe &apos;Geheimnisse&apos; unten).
  parse URI
      Die Felder der URI als ein JSON-Objekt ausgeben: type, issuer, account, secret,
      algorithm, digits, period, counter.
  scan IMAGE...
      Die QR-Codes in jedem Bild lesen: ein JSON-Objekt je Zeile, {&quot;file&quot;: PATH,
      &quot;codes&quot;: [TEXT, ...]}, oder {&quot;file&quot;: PATH, &quot;error&quot;: REASON}, wenn das Bild nicht
      gelesen werden kann (Exit-Status 2, nachdem jedes Bild versucht wurde).

Pool-Befehle (ein Cognito-Benutzerpool: ein lokaler Speicher oder AWS Cognito mit
--backend cognito; siehe docs/pool-engine.md und docs/cognito-backend.md):
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        Eine Cognito-Operation (CreateUserPool, ListUsers,
                        AdminCreateUser, ...) mit ihrem Anfragetext ausführen; die Antwort
                        so ausgeben, wie die AWS CLI sie ausgibt.
  pool outbox           Die SMS- und E-Mail-Nachrichten des lokalen Speichers, ein
                        JSON-Objekt je Zeile.
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        Anmelden (USER_PASSWORD_AUTH, oder SRP mit --auth-flow
                        USER_SRP_AUTH: Das Passwort wird nachgewiesen, nie gesendet) und
                        jede Challenge beantworten: TOTP aus dem Tresoreintrag NAME, SMS-
                        und E-Mail-Codes aus dem Postausgang. Eine JSON-Zeile je Schritt;
                        Token werden nie ausgegeben. --trace gibt danach die
                        Entscheidungsspur der lokalen Engine aus (Risikosignale, Wert,
                        Stufe, Aktion, warum MFA abgefragt wurde oder nicht), eine
                        JSON-Zeile je Schritt: {&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}.
                        --remember-device bestätigt das Gerät, das der Pool der Anmeldung
                        gibt (ConfirmDevice, UpdateDeviceStatus), und speichert seinen
                        Schlüssel und sein Passwort in einer Datei, die nur der Besitzer
                        lesen kann (--device-file, Standard im Datenordner); die nächste
                        Anmeldung weist das Gerät nach (DEVICE_SRP_AUTH) und überspringt MFA.
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        Den lokalen Speicher bis Strg+C als Cognito-Endpunkt bereitstellen
                        (AWS JSON 1.1 über HTTP), für die AWS CLI, SDKs und Apps: Es gibt
                        die URL für AWS_ENDPOINT_URL aus. Nur Loopback, sofern --host
                        nichts anderes sagt. Admin-Operationen brauchen eine
                        SigV4-Signatur: beliebiger Schlüssel oder nur --access-key, dessen
                        geheimer Schlüssel aus der Datei oder AWS_SECRET_ACCESS_KEY kommt.
                        Siehe docs/serve.md.
  Wo der Pool liegt (jeder Pool-Befehl):
  --store PATH          Der lokale Speicher (Standard: pools.sqlite im Datenordner der
                        Plattform). Einen neuen Speicher und jeden dafür angelegten Ordner
                        können nur Sie lesen; vor einem Speicher, den andere lesen können,
                        wird gewarnt, mit der Abhilfe.
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito oder ein Cognito-kompatibler Endpunkt. Anmeldedaten,
                        Region und Endpunkt werden so gefunden wie von der AWS CLI
                        (AWS_*-Variablen, ~/.aws/credentials, ~/.aws/config); die Optionen
                        haben Vorrang. Mit diesem Backend gibt es keinen Postausgang.

Geheimnisse auf der Befehlszeile: Jeder Benutzer dieses Computers kann die Argumente eines
Befehls lesen, solange er läuft (ps, /proc/PID/cmdline), und Shells speichern sie in ihrem
Verlauf. Geben Sie Geheimnisse über die Standardeingabe oder eine Datei, die nur Sie lesen
können: &apos;add -&apos;, &apos;code --uri -&apos;, --password-file, --cli-input-json file://PATH für Anfragen
mit Passwörtern. Eine URI oder ein Passwort als Argument ist offengelegt.

Exit-Status: 0 bei Erfolg, 2 bei ungültiger Eingabe oder Verwendung, falschem Passwort oder
einem Pfad, der kein Tresor ist (mit dem Grund auf stderr), 1 bei anderen Fehlern, 254, wenn
eine Pool-Operation beim Dienst fehlschlägt (wie bei der AWS CLI: ein Satz, dann der Fehler als
JSON in der letzten Zeile von stderr); &apos;pool signin&apos; endet mit 2 bei einer Challenge, die es
nicht beantworten kann.
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation>%1; legen Sie einen mit &apos;tessera-cli create&apos; an oder nennen Sie mit --vault einen anderen</translation>
    </message>
    <message>
        <source>tessera-cli: warning: %1
</source>
        <translation>tessera-cli: Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>die erste Zeile der Passwortdatei %1 ist leer</translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation>kein Passwort: verwenden Sie --password-file oder starten Sie in einem Terminal</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation>kein Passwort: verwenden Sie --password-file</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>Beim Aufruf der Operation %2 ist ein Fehler aufgetreten (%1): %3</translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation>unbekanntes --backend &apos;%1&apos; (local oder cognito)</translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation>--%1 braucht --backend cognito</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation>Der lokale Pool-Speicher.</translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation>local (Standard) oder cognito.</translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation>cognito: das AWS-Profil.</translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation>cognito: die AWS-Region; serve: die Region, auf die Signaturen beschränkt sind und mit der Pool-IDs beginnen (Standard us-east-1).</translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation>cognito: ein Cognito-kompatibler Endpunkt.</translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation>Der Anfragetext oder file://PATH, das ihn enthält.</translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation>JSON in einer Zeile ausgeben.</translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation>signin, export-config: der Benutzerpool.</translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation>export-config: cloudformation, terraform oder cli-json.</translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation>export-config: in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation>signin: der App-Client.</translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation>signin: der Benutzer.</translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation>signin: Datei mit dem Passwort des Benutzers.</translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation>signin: das neue Passwort für NEW_PASSWORD_REQUIRED.</translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation>signin: der Tresoreintrag, der SOFTWARE_TOKEN_MFA beantwortet.</translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation>signin: USER_PASSWORD_AUTH (Standard) oder USER_SRP_AUTH.</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve: die Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation>serve: der Port (Standard 9229; 0 nimmt einen freien).</translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation>serve: der einzige Zugriffsschlüssel, dessen Signaturen angenommen werden.</translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation>serve: Datei mit dem geheimen Schlüssel zu --access-key.</translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation>serve: gleichzeitig bediente Verbindungen (Standard 1024).</translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation>pool braucht eine OPERATION (z. B. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; oder &apos;serve&apos;</translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation>serve stellt einen lokalen Speicher bereit, nicht --backend %1</translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation>nur das lokale Backend hat einen Postausgang</translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation>export-config braucht --pool-id ID</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation>unbekanntes --format &apos;%1&apos; (eines von: %2)</translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation>nicht in diesem Format, von Hand festgelegt: %1</translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation>--cli-input-json ist kein gültiges JSON: %1 an Offset %2</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation>--cli-input-json muss ein JSON-Objekt sein ({&quot;Name&quot;: value, ...}), keine Liste</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation>--cli-input-json muss ein JSON-Objekt sein ({&quot;Name&quot;: value, ...}), kein einzelner Wert</translation>
    </message>
    <message>
        <source>signin: then print why the local engine decided what it did.</source>
        <translation>signin: danach ausgeben, warum die lokale Engine so entschieden hat.</translation>
    </message>
    <message>
        <source>signin: confirm and remember the device the sign-in is given, so the next sign-in skips MFA.</source>
        <translation>signin: das Gerät, das die Anmeldung erhält, bestätigen und merken, damit die nächste Anmeldung MFA überspringt.</translation>
    </message>
    <message>
        <source>signin: file keeping remembered devices (default: in the data folder).</source>
        <translation>signin: Datei mit den gemerkten Geräten (Standard: im Datenordner).</translation>
    </message>
    <message>
        <source>signin: then register a throwaway software passkey for the user and sign in with it (USER_AUTH, WEB_AUTHN), listing what was checked.</source>
        <translation>signin: danach einen Wegwerf-Software-Passkey für den Benutzer registrieren und sich damit anmelden (USER_AUTH, WEB_AUTHN), mit einer Liste der Prüfungen.</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RememberedDeviceFile</name>
    <message>
        <source>cannot read the remembered devices in %1: %2</source>
        <translation>die gemerkten Geräte in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a remembered-devices file (%2); move it away</source>
        <translation>%1 ist keine Datei mit gemerkten Geräten (%2); verschieben Sie sie</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation>scan braucht eine oder mehrere IMAGE-Dateien</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation>--host muss eine IP-Adresse sein (127.0.0.1, ::1, 0.0.0.0 ...), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein (0: ein beliebiger freier Port), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation>--region muss wie eine AWS-Region aussehen (us-east-1), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--max-connections muss eine Zahl ab 1 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation>--access-key braucht den geheimen Schlüssel des Schlüssels, um Signaturen zu prüfen: --secret-key-file PATH oder AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation>--secret-key-file gehört zu --access-key ID</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation>Der Pool-Speicher %1 wird unter %2 bereitgestellt (nur Loopback: andere Computer können ihn nicht erreichen).</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation>Der Pool-Speicher %1 wird unter %2 bereitgestellt.</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation>Region %1. Admin-Operationen brauchen eine SigV4-Signatur mit einem beliebigen Zugriffsschlüssel (--access-key legt einen fest).</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation>Region %1. Admin-Operationen brauchen eine SigV4-Signatur mit dem Zugriffsschlüssel %2.</translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation>Richten Sie AWS-Clients darauf aus:</translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation>Token-Schlüssel: %1/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Mit Strg+C beenden.</translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation>Warnung: Lauschen auf %1 ohne --access-key: Jeder, der diesen Computer erreicht, kann diese Pools lesen und ändern</translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation>Warnung: Lauschen auf %1 über unverschlüsseltes HTTP: Passwörter und Token gehen unverschlüsselt über das Netzwerk</translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation>beendet; der Speicher wurde sauber geschlossen</translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation>SOFTWARE_TOKEN_MFA braucht einen Code: nennen Sie den Tresoreintrag mit --entry NAME</translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation>%1 hat einen Code per %2 gesendet, den nur sein Empfänger lesen kann; dieses Backend hat keinen Postausgang</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation>NEW_PASSWORD_REQUIRED: &apos;%1&apos; hat sich mit einem temporären Passwort angemeldet und muss ein neues wählen; geben Sie es mit --new-password-file PATH an</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation>MFA_SETUP: Der Pool verlangt MFA und &apos;%1&apos; hat noch keinen Faktor; richten Sie zuerst einen ein (AssociateSoftwareToken, VerifySoftwareToken)</translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation>signin braucht %1</translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation>--auth-flow ist USER_PASSWORD_AUTH oder USER_SRP_AUTH, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no decision trace: only the local engine records why it decided</source>
        <translation>keine Entscheidungsspur: nur die lokale Engine zeichnet auf, warum sie entschieden hat</translation>
    </message>
    <message>
        <source>no decision trace: AdminListUserAuthEvents failed: %1</source>
        <translation>keine Entscheidungsspur: AdminListUserAuthEvents ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not make the device&apos;s SRP verifier (OpenSSL failed)</source>
        <translation>der SRP-Verifier des Geräts konnte nicht erstellt werden (OpenSSL ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the device is remembered by the pool but could not be kept: %1</source>
        <translation>das Gerät ist beim Pool gemerkt, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the pool gave this sign-in no device key, so there is no device to remember (the pool needs a DeviceConfiguration)</source>
        <translation>der Pool hat dieser Anmeldung keinen Geräteschlüssel gegeben, also gibt es kein Gerät zum Merken (der Pool braucht eine DeviceConfiguration)</translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation>Die Dateien in diesem Format lesen.</translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation>Datei, deren erste Zeile das Passwort des verschlüsselten Exports ist.</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>Zeigen, was importiert würde; nichts ändern.</translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation>import braucht eine oder mehrere Dateien</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; bekannte Formate: %2</translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation>tessera, aegis, uri-list, google-migration oder html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation>Datei, deren erste Zeile das Passwort ist, das den Export verschlüsselt.</translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation>Einen unverschlüsselten Export bestätigen.</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export nimmt keine Positionsargumente</translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation>export braucht --format tessera, aegis, uri-list, google-migration oder html</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export braucht --output PATH</translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation>%1-Exporte können nicht verschlüsselt werden; lassen Sie --export-password-file weg</translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation>eine Tessera-Sicherung ist immer verschlüsselt: geben Sie --export-password-file an</translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation>dieser Export würde jeden geheimen Schlüssel unverschlüsselt enthalten: Wer %1 liest, kann Ihre Codes erzeugen. Fügen Sie zur Bestätigung --plain hinzu%2</translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation> oder verschlüsseln Sie ihn mit --export-password-file</translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation>nicht exportiert (Google Authenticator kann es nicht aufnehmen): %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>kein Eintrag heißt &apos;%1&apos; (&apos;tessera-cli list&apos; zeigt sie an)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation>&apos;%1&apos; passt auf %2 Einträge; nennen Sie einen über Aussteller:Konto oder UUID:%3</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation>%1 nimmt genau einen NAME (Aussteller:Konto, Konto oder UUID)</translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation>create nimmt keine Argumente; nennen Sie die Datei mit --vault</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation>add braucht eine oder mehrere otpauth://-URIs oder &apos;-&apos;, um sie von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation>Zeile %1 ist länger als %2 Zeichen; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation>die Standardeingabe ist größer als die %1 MiB, die Tessera liest; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation>Zeile %1: %2; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation>die Standardeingabe enthielt keine otpauth://-URI; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation>URI %1: %2; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>der Code konnte nicht berechnet werden (OpenSSL ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>Datei, deren erste Zeile das neue Passwort ist.</translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation>passwd nimmt keine Argumente; geben Sie das neue Passwort mit --new-password-file an</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation>PBKDF2-%1 mit %2 Iterationen</translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%1 in jeder von %n Schlüsselableitungen</numerusform>
            <numerusform>%1 in jeder von %n Schlüsselableitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation>%1 Speicher für eine Ableitung</translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation>%1 und %2 Speicher auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation>%1 PBKDF2-Iterationen für eine Datei, das Zehnfache dessen, was die Apps schreiben, aus denen importiert wird</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>%n Sekunde Rechenzeit (oder %1 Speicher) für eine Datei</numerusform>
            <numerusform>%n Sekunden Rechenzeit (oder %1 Speicher) für eine Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation>diese Datei verlangt %1, um ein Passwort zu prüfen: %2. Tessera lehnt mehr als %3 ab, weil eine bösartige Datei das Programm sonst hängen lassen oder den Speicher erschöpfen könnte, noch bevor das Passwort überhaupt geprüft ist</translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>der geheime Schlüssel ist zu lang: %n Byte; höchstens %1 sind erlaubt</numerusform>
            <numerusform>der geheime Schlüssel ist zu lang: %n Byte; höchstens %1 sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>der Aussteller</translation>
    </message>
    <message>
        <source>the account name</source>
        <translation>der Kontoname</translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation>es gibt zu viele zusätzliche Parameter: %1; höchstens %2 werden behalten</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>ein Parametername</translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation>der Wert des Parameters &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>der geheime Schlüssel ist leer</translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation>die Stellenzahl muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation>das Intervall muss zwischen %1 und %2 Sekunden liegen, nicht %3</translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation>dies ist ein Export aus Google Authenticator (otpauth-migration://), kein einzelnes Konto: importieren Sie ihn stattdessen</translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation>keine otpauth://-URI</translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation>die URI nennt keinen OTP-Typ: Sie sollte mit otpauth://totp/ oder otpauth://hotp/ beginnen</translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation>unbekannter OTP-Typ &apos;%1&apos;: erwartet wird totp, hotp oder steam</translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation>der geheime Schlüssel ist zweimal angegeben, mit verschiedenen Werten</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>der Parameter &apos;%1&apos; ist zweimal mit verschiedenen Werten angegeben (&apos;%2&apos; und &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation>die URI hat keinen Parameter secret</translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation>nicht unterstützter Algorithmus &apos;%1&apos;: verwenden Sie SHA1, SHA256 oder SHA512</translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation>digits muss eine ganze Zahl zwischen %1 und %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation>period muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>counter muss eine ganze Zahl von 0 bis 18446744073709551615 sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tessera::pool</name>
    <message>
        <source>Medium-risk sign-ins</source>
        <translation>Anmeldungen mit mittlerem Risiko</translation>
    </message>
    <message>
        <source>High-risk sign-ins</source>
        <translation>Anmeldungen mit hohem Risiko</translation>
    </message>
    <message>
        <source>Low-risk sign-ins</source>
        <translation>Anmeldungen mit niedrigem Risiko</translation>
    </message>
    <message>
        <source>Users with a factor are asked for a code, even where MFA is optional; users without one sign in with the password.</source>
        <translation>Benutzer mit einem Faktor werden nach einem Code gefragt, auch wo MFA optional ist; Benutzer ohne Faktor melden sich mit dem Passwort an.</translation>
    </message>
    <message>
        <source>Users are asked for a code; a user with no factor cannot sign in.</source>
        <translation>Benutzer werden nach einem Code gefragt; ein Benutzer ohne Faktor kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>These sign-ins are refused, right password or not.</source>
        <translation>Diese Anmeldungen werden abgelehnt, ob das Passwort stimmt oder nicht.</translation>
    </message>
    <message>
        <source>These sign-ins go on as the MFA policy says.</source>
        <translation>Diese Anmeldungen laufen weiter, wie es die MFA-Richtlinie vorsieht.</translation>
    </message>
    <message>
        <source>The user is emailed about each one.</source>
        <translation>Der Benutzer erhält zu jeder eine E-Mail.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>MFA if set up</source>
        <translation>MFA, falls eingerichtet</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <source>%1, notify</source>
        <translation>%1, benachrichtigen</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Gesperrte IP-Bereiche</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused before the password is looked at.</source>
        <translation>Anmeldungen aus diesen Bereichen werden abgelehnt, bevor das Passwort geprüft wird.</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Immer erlaubte IP-Bereiche</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks and count as low risk.</source>
        <translation>Anmeldungen aus diesen Bereichen überspringen die Risikoprüfungen und gelten als niedriges Risiko.</translation>
    </message>
    <message>
        <source>Notice sender (SES identity)</source>
        <translation>Absender der Benachrichtigungen (SES-Identität)</translation>
    </message>
    <message>
        <source>Cognito emails risk notices from this identity.</source>
        <translation>Cognito sendet Risikobenachrichtigungen per E-Mail von dieser Identität.</translation>
    </message>
    <message>
        <source>SetRiskConfiguration replaces the whole risk configuration; on AWS it needs threat protection (advanced security) on the pool&apos;s feature plan.</source>
        <translation>SetRiskConfiguration ersetzt die gesamte Risikokonfiguration; auf AWS braucht es den Bedrohungsschutz (erweiterte Sicherheit) im Funktionsplan des Pools.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message>
        <source>Not reached: the run was cancelled first.</source>
        <translation>Nicht erreicht: Der Lauf wurde vorher abgebrochen.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>Keine gemerkten Geräte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1: %n Gerät vergessen.</numerusform>
            <numerusform>%1: %n Geräte vergessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %1 von %n Gerät vergessen waren.</numerusform>
            <numerusform>Abgebrochen, nachdem %1 von %n Geräten vergessen waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>%n Benutzer abgeschlossen: %1</numerusform>
            <numerusform>%n Benutzer abgeschlossen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no user was changed. %1</source>
        <translation>Abgebrochen: Kein Benutzer wurde geändert. %1</translation>
    </message>
    <message>
        <source>Cancelled. Changed before it stopped: %1. %2</source>
        <translation>Abgebrochen. Vor dem Abbruch geändert: %1. %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%n von %1 Benutzern</numerusform>
            <numerusform>%n von %1 Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>%n der bisher gelesenen %1 Benutzer</numerusform>
            <numerusform>%n der bisher gelesenen %1 Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>SMS-Nachrichten</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>E-Mail-Codes</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Authentifikator-Apps (TOTP)</translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation>werden bei der nächsten Anmeldung aufgefordert, eine Authentifikator-App einzurichten</translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation>können während der Anmeldung keinen Faktor einrichten (dann lassen sich nur Authentifikator-Apps einrichten) und brauchen eine bestätigte Telefonnummer oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation>Jeder Benutzer wird bei jeder Anmeldung nach einem Code gefragt; Benutzer ohne Faktor %1.</translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation>Der Pool hat noch keine Benutzer: Jeder wird bei jeder Anmeldung nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation>Jeder Benutzer hat bereits einen Faktor; jeder wird bei jeder Anmeldung nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation>%1 haben keinen Faktor und %2.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation>MFA wird zur Entscheidung jedes Benutzers: %1 haben keinen Faktor und melden sich weiter nur mit Passwort an; Benutzer mit Faktor werden weiterhin nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation>MFA wird zur Entscheidung jedes Benutzers: Benutzer mit Faktor werden weiterhin nach einem Code gefragt; andere melden sich nur mit Passwort an.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation>Benutzer können MFA selbst einschalten; %1 haben bereits einen Faktor und werden bei der Anmeldung nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation>Benutzer können MFA selbst einschalten; wer einen Faktor hat, wird bei der Anmeldung nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation>Niemand wird nach einem Code gefragt. Die Faktoren, die %1 eingerichtet haben, bleiben erhalten und werden wieder verwendet, wenn MFA wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation>Niemand wird nach einem Code gefragt. Von Benutzern eingerichtete Faktoren bleiben erhalten und werden wieder verwendet, wenn MFA wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation>Benutzer, die ihn bevorzugen, werden aufgefordert, einen anderen Faktor zu wählen.</translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation>%1 bevorzugen ihn und werden aufgefordert, einen anderen Faktor zu wählen.</translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation>%1 haben keinen anderen Faktor und %2.</translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation>%1 haben keinen anderen Faktor und melden sich nur mit Passwort an.</translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation>Jeder Code ist eine SMS, die Amazon SNS pro Nachricht und je nach Land berechnet. SMS werden über die SNS-Rolle in den SMS-Einstellungen versendet.</translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Codes werden über die E-Mail-Konfiguration des Pools gesendet; bei AWS braucht E-Mail-MFA Amazon SES als E-Mail-Absender des Pools.</translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation>Benutzer können eine Authentifikator-App hinzufügen: kostenlos, funktioniert offline, keine Kosten pro Anmeldung.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Nicht gemerkt</translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation>Gemerkt, wenn der Benutzer zustimmt; MFA wird auf diesen Geräten übersprungen</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Gemerkt, wenn der Benutzer zustimmt</translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation>Immer gemerkt; MFA wird auf diesen Geräten übersprungen</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Immer gemerkt</translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation>Immer nach einem Code gefragt</translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation>Nie gefragt (der Anmeldung beim Anbieter wird vertraut)</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Wie es die MFA-Einstellung des Pools vorgibt</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation>Jeder Benutzer muss bei der Anmeldung einen Einmalcode eingeben; Benutzer ohne Faktor richten zuerst einen ein.</translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation>Jeder Benutzer entscheidet, ob er einen zweiten Faktor verwendet; wer einen eingerichtet hat, wird nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation>Benutzer melden sich nur mit ihrem Passwort an.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>SMS-Nachricht</translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation>Benutzer erhalten: %1</translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation>die Region des Pools</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation>SMS-Absender (SNS-Rolle)</translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation>SMS werden über diese IAM-Rolle gesendet; kann sie nicht bei SNS veröffentlichen, kommt kein SMS-Code an.</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation>Der Betreff der Code-E-Mails.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>E-Mail-Nachricht</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Gemerkte Geräte</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation>Ein gemerktes Gerät meldet sich ohne Code an; ein neues Gerät wird immer gefragt.</translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation>Bei jeder Anmeldung wird nach einem Code gefragt, ob gemerktes Gerät oder nicht.</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Verbundbenutzer</translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation>Gilt für Benutzer, die sich über einen anderen Identitätsanbieter anmelden (lokale Engine von Tessera).</translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation>Tage, die ein Gerät gemerkt wird</translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>Ein Benutzer, der sich mit einem Code angemeldet hat, wird auf diesem Gerät %n Tag lang nicht erneut gefragt.</numerusform>
            <numerusform>Ein Benutzer, der sich mit einem Code angemeldet hat, wird auf diesem Gerät %n Tage lang nicht erneut gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation>Geräte werden nicht gemerkt: bei jeder Anmeldung ein Code.</translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation>die Einstellung für Authentifikator-Apps</translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation>der SMS-Block</translation>
    </message>
    <message>
        <source>the email block</source>
        <translation>der E-Mail-Block</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation>SetUserPoolMfaConfig ersetzt die gesamte MFA-Konfiguration; der Plan sendet sie vollständig.</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation>SetUserPoolMfaConfig ersetzt die gesamte MFA-Konfiguration, daher sendet der Plan sie vollständig: Was Sie nicht bearbeitet haben (%1), bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation>UpdateUserPool setzt jede Einstellung zurück, die eine Anfrage weglässt: Der Plan wiederholt die übrigen Einstellungen des Pools, damit sich sonst nichts ändert.</translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation>Die Benutzerzahlen stammen von den bisher gelesenen %1 Benutzern, nicht vom ganzen Pool.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Users can register passkeys (security keys, phones, laptops) and sign in with them instead of a password. Passkeys need the relying party set below.</source>
        <translation>Benutzer können Passkeys (Sicherheitsschlüssel, Telefone, Laptops) registrieren und sich damit statt mit einem Passwort anmelden. Passkeys brauchen die unten festgelegte vertrauende Partei.</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email instead of their password; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Benutzer mit bestätigter E-Mail-Adresse können sich mit einem per E-Mail gesendeten Code statt mit ihrem Passwort anmelden; bei AWS braucht das Amazon SES als E-Mail-Absender des Pools.</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a code sent by text message instead of their password; every code is a message the pool pays for.</source>
        <translation>Benutzer mit bestätigter Telefonnummer können sich mit einem per SMS gesendeten Code statt mit ihrem Passwort anmelden; jeder Code ist eine Nachricht, die der Pool bezahlt.</translation>
    </message>
    <message>
        <source>Users can sign in with their password.</source>
        <translation>Benutzer können sich mit ihrem Passwort anmelden.</translation>
    </message>
    <message>
        <source>No user has registered a passkey yet: nobody loses a way to sign in.</source>
        <translation>Noch kein Benutzer hat einen Passkey registriert: Niemand verliert eine Anmeldemöglichkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>%n Benutzer mit registriertem Passkey kann sich nicht mehr damit anmelden und keinen weiteren registrieren; die Passkeys bleiben gespeichert. Benutzer, die nur Passkeys haben, müssen sich mit einem Passwort anmelden, und ein Benutzer ohne Passwort ist gesperrt, bis ein Administrator eines festlegt.</numerusform>
            <numerusform>%n Benutzer mit registriertem Passkey können sich nicht mehr damit anmelden und keinen weiteren registrieren; ihre Passkeys bleiben gespeichert. Benutzer, die nur Passkeys haben, müssen sich mit einem Passwort anmelden, und ein Benutzer ohne Passwort ist gesperrt, bis ein Administrator eines festlegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users can no longer sign in with a passkey nor register one; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>Benutzer können sich nicht mehr mit einem Passkey anmelden und keinen registrieren; ihre Passkeys bleiben gespeichert. Benutzer, die nur Passkeys haben, müssen sich mit einem Passwort anmelden, und ein Benutzer ohne Passwort ist gesperrt, bis ein Administrator eines festlegt.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with an emailed code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Benutzer können sich nicht mehr mit einem per E-Mail gesendeten Code anmelden; Benutzer, die nie ein Passwort festgelegt haben, sind gesperrt, bis ein Administrator eines festlegt.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a texted code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Benutzer können sich nicht mehr mit einem per SMS gesendeten Code anmelden; Benutzer, die nie ein Passwort festgelegt haben, sind gesperrt, bis ein Administrator eines festlegt.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a password.</source>
        <translation>Benutzer können sich nicht mehr mit einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Passkey (WEB_AUTHN)</source>
        <translation>Passkey (WEB_AUTHN)</translation>
    </message>
    <message>
        <source>Code by email (EMAIL_OTP)</source>
        <translation>Code per E-Mail (EMAIL_OTP)</translation>
    </message>
    <message>
        <source>Code by text message (SMS_OTP)</source>
        <translation>Code per SMS (SMS_OTP)</translation>
    </message>
    <message>
        <source>Password (PASSWORD)</source>
        <translation>Passwort (PASSWORD)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>(the pool&apos;s own domain)</source>
        <translation>(die eigene Domain des Pools)</translation>
    </message>
    <message>
        <source>Passkey relying party</source>
        <translation>Vertrauende Partei für Passkeys</translation>
    </message>
    <message>
        <source>Passkeys are bound to %1: pages on that domain and its subdomains can use them.</source>
        <translation>Passkeys sind an %1 gebunden: Seiten dieser Domain und ihrer Subdomains können sie verwenden.</translation>
    </message>
    <message>
        <source>Passkeys registered for %1 stop working: a browser offers a passkey only to the relying party it was made for. Their users must register a new one.</source>
        <translation>Für %1 registrierte Passkeys funktionieren nicht mehr: Ein Browser bietet einen Passkey nur der vertrauenden Partei an, für die er erstellt wurde. Ihre Benutzer müssen einen neuen registrieren.</translation>
    </message>
    <message>
        <source>Passkey user verification</source>
        <translation>Benutzerüberprüfung für Passkeys</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Jede Passkey-Anmeldung muss nachweisen, wer den Schlüssel besitzt (PIN oder Biometrie); Schlüssel, die das nicht können, werden abgelehnt.</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot verify who holds it.</source>
        <translation>Eine Berührung des Schlüssels genügt, wo er nicht überprüfen kann, wer ihn besitzt.</translation>
    </message>
    <message>
        <source>First factor: %1</source>
        <translation>Erster Faktor: %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation>Der Richtlinienverlauf %1 ist nicht lesbar (%2); er wurde unverändert gelassen. Verschieben Sie ihn, um einen neuen Verlauf zu beginnen.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>Lokaler Speicher %1</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS-Profil %1</translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation>Pools der eigenen Engine von Tessera in %1</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation>Ein Cognito-kompatibler Endpunkt unter %1, signiert mit den Schlüsseln des AWS-Profils %2</translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation>Amazon Cognito, mit den Schlüsseln und der Region des AWS-Profils %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::UserListWalk</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::AwsSettings</name>
    <message>
        <source>Partial credentials found in %1, missing: %2</source>
        <translation>Unvollständige Anmeldedaten in %1 gefunden, es fehlt: %2</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation>credential_process &apos;%1&apos; ist fehlgeschlagen (Exit-Status %2)</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation>credential_process &apos;%1&apos; hat kein JSON-Objekt der Version 1 ausgegeben</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation>credential_process &apos;%1&apos; hat keine AccessKeyId und SecretAccessKey ausgegeben</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>credential_process &apos;%1&apos; hat eine Expiration ausgegeben, die keine ISO-8601-Zeit ist: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation>credential_process &apos;%1&apos; hat Anmeldedaten geliefert, die am %2 abgelaufen sind</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation>Das Konfigurationsprofil (%1) wurde nicht gefunden: Fügen Sie [%1] zu %2 oder [profile %1] zu %3 hinzu</translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation>Sie müssen eine Region angeben: --region, AWS_REGION oder &apos;region&apos; im Profil (%1)</translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>die Endpunkt-URL &apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation>HTTP-Status %1 ohne Meldung</translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation>%1 wird von diesem Endpunkt nicht unterstützt (%2)</translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation>Keine Anmeldedaten zum Signieren von %1 gefunden: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder nennen Sie ein Profil mit --profile</translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation>%1 wurde abgebrochen; möglicherweise wurde es trotzdem ausgeführt</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation>%1 hat innerhalb von %2 s nicht geantwortet</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation>%1 hat %2 mit einem Inhalt beantwortet, der kein JSON ist</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation>DeviceConfiguration (festgelegt mit aws cognito-idp update-user-pool)</translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation>die Risikokonfiguration (festgelegt mit aws cognito-idp set-risk-configuration)</translation>
    </message>
    <message>
        <source>Policies.SignInPolicy (set with aws cognito-idp update-user-pool)</source>
        <translation>Policies.SignInPolicy (festgelegt mit aws cognito-idp update-user-pool)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::lab::SmsCostProjection</name>
    <message>
        <source>Sample prices per outbound transactional SMS, for illustration only; not current AWS prices. Replace them with your own bill&apos;s or the SNS pricing page&apos;s.</source>
        <translation>Beispielpreise pro ausgehender Transaktions-SMS, nur zur Veranschaulichung; keine aktuellen AWS-Preise. Ersetzen Sie sie durch die Ihrer eigenen Rechnung oder der SNS-Preisseite.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation>der Pool-Speicher %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation>der Pool-Speicher %1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation>andere Benutzer dieses Computers können den Pool-Speicher lesen oder ändern: %1. Er enthält die TOTP-Schlüssel der Benutzer, temporäre Passwörter und den Schlüssel, der Token signiert. Machen Sie ihn privat mit: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn</name>
    <message>
        <source>The authenticator signed for a different relying party than &apos;%1&apos; (its rpIdHash does not match).</source>
        <translation>Der Authentifikator hat für eine andere vertrauende Partei als „%1“ signiert (sein rpIdHash stimmt nicht überein).</translation>
    </message>
    <message>
        <source>The authenticator did not confirm that a user was present (flag UP is clear).</source>
        <translation>Der Authentifikator hat nicht bestätigt, dass ein Benutzer anwesend war (Flag UP ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>This pool requires user verification (a PIN or biometric), and the authenticator did not verify the user (flag UV is clear).</source>
        <translation>Dieser Pool erfordert eine Benutzerüberprüfung (PIN oder Biometrie), und der Authentifikator hat den Benutzer nicht überprüft (Flag UV ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Packed attestation with a certificate chain is not supported; Tessera accepts self-attestation and &apos;none&apos;.</source>
        <translation>Packed-Attestierung mit Zertifikatskette wird nicht unterstützt; Tessera akzeptiert Selbstattestierung und &apos;none&apos;.</translation>
    </message>
    <message>
        <source>The attestation is signed with algorithm %1, but the credential key is algorithm %2.</source>
        <translation>Die Attestierung ist mit Algorithmus %1 signiert, aber der Schlüssel der Anmeldeinformation hat Algorithmus %2.</translation>
    </message>
    <message>
        <source>The packed self-attestation signature does not verify with the credential&apos;s key.</source>
        <translation>Die Signatur der packed-Selbstattestierung lässt sich mit dem Schlüssel der Anmeldeinformation nicht verifizieren.</translation>
    </message>
    <message>
        <source>An ES256 key must be on curve P-256 (COSE crv 1).</source>
        <translation>Ein ES256-Schlüssel muss auf der Kurve P-256 liegen (COSE crv 1).</translation>
    </message>
    <message>
        <source>An ES256 key needs 32-byte x and y coordinates; this one has %1 and %2 bytes.</source>
        <translation>Ein ES256-Schlüssel braucht 32 Byte lange x- und y-Koordinaten; dieser hat %1 und %2 Byte.</translation>
    </message>
    <message>
        <source>The ES256 key could not be prepared.</source>
        <translation>Der ES256-Schlüssel konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The ES256 key&apos;s point is not on curve P-256.</source>
        <translation>Der Punkt des ES256-Schlüssels liegt nicht auf der Kurve P-256.</translation>
    </message>
    <message>
        <source>An RS256 key needs a modulus n and an exponent e.</source>
        <translation>Ein RS256-Schlüssel braucht einen Modulus n und einen Exponenten e.</translation>
    </message>
    <message>
        <source>The RS256 key has a %1-bit modulus; at least 2048 bits are required.</source>
        <translation>Der RS256-Schlüssel hat einen %1-Bit-Modulus; mindestens 2048 Bit sind erforderlich.</translation>
    </message>
    <message>
        <source>The RS256 key could not be prepared.</source>
        <translation>Der RS256-Schlüssel konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The RS256 key is not a valid RSA public key.</source>
        <translation>Der RS256-Schlüssel ist kein gültiger öffentlicher RSA-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::AuthenticatorData</name>
    <message>
        <source>The authenticator data is %1 bytes long; it needs at least 37.</source>
        <translation>Die Authentifikatordaten sind %1 Byte lang; sie brauchen mindestens 37.</translation>
    </message>
    <message>
        <source>The authenticator data ends inside the attested credential.</source>
        <translation>Die Authentifikatordaten enden innerhalb der attestierten Anmeldeinformation.</translation>
    </message>
    <message>
        <source>The credential ID length %1 is not between 1 and 1023 bytes or runs past the end of the authenticator data.</source>
        <translation>Die Länge %1 der Anmeldeinformations-ID liegt nicht zwischen 1 und 1023 Byte oder reicht über das Ende der Authentifikatordaten hinaus.</translation>
    </message>
    <message>
        <source>The credential public key at byte %1 is not well-formed CBOR.</source>
        <translation>Der öffentliche Schlüssel der Anmeldeinformation bei Byte %1 ist kein wohlgeformtes CBOR.</translation>
    </message>
    <message>
        <source>The extensions at byte %1 are not well-formed CBOR.</source>
        <translation>Die Erweiterungen bei Byte %1 sind kein wohlgeformtes CBOR.</translation>
    </message>
    <message>
        <source>The authenticator data has %n unexpected trailing bytes.</source>
        <translation>Die Authentifikatordaten haben %n unerwartete nachfolgende Bytes.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CeremonyVerifier</name>
    <message>
        <source>The attestation object is not a CBOR map.</source>
        <translation>Das Attestierungsobjekt ist keine CBOR-Map.</translation>
    </message>
    <message>
        <source>The attestation object has no attestation statement (attStmt).</source>
        <translation>Das Attestierungsobjekt hat keine Attestierungsaussage (attStmt).</translation>
    </message>
    <message>
        <source>The registration carries no credential (flag AT is clear).</source>
        <translation>Die Registrierung enthält keine Anmeldeinformation (Flag AT ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Attestation &apos;none&apos; must carry an empty statement.</source>
        <translation>Die Attestierung &apos;none&apos; muss eine leere Aussage enthalten.</translation>
    </message>
    <message>
        <source>The attestation format &apos;%1&apos; is not supported; Tessera accepts &apos;none&apos; and &apos;packed&apos; self-attestation.</source>
        <translation>Das Attestierungsformat &apos;%1&apos; wird nicht unterstützt; Tessera akzeptiert &apos;none&apos; und &apos;packed&apos;-Selbstattestierung.</translation>
    </message>
    <message>
        <source>The assertion&apos;s signature does not verify with the registered key.</source>
        <translation>Die Signatur der Assertion lässt sich mit dem registrierten Schlüssel nicht verifizieren.</translation>
    </message>
    <message>
        <source>The signature counter went from %1 to %2 instead of growing: this authenticator may have been cloned, so the sign-in is refused.</source>
        <translation>Der Signaturzähler ging von %1 auf %2, statt zu wachsen: Dieser Authentifikator wurde möglicherweise geklont, daher wird die Anmeldung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::ClientData</name>
    <message>
        <source>The client data is not a JSON object: %1.</source>
        <translation>Die Clientdaten sind kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>The client data is of type &apos;%1&apos;, but this step expects &apos;%2&apos;.</source>
        <translation>Die Clientdaten haben den Typ „%1“, aber dieser Schritt erwartet „%2“.</translation>
    </message>
    <message>
        <source>The client data answers a different challenge from the one issued for this step.</source>
        <translation>Die Clientdaten beantworten eine andere Challenge als die für diesen Schritt ausgestellte.</translation>
    </message>
    <message>
        <source>The ceremony ran in a frame of another site (crossOrigin is true); this relying party accepts none.</source>
        <translation>Die Zeremonie lief in einem Frame einer anderen Website (crossOrigin ist true); diese vertrauende Partei akzeptiert keine.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not the relying party&apos;s: expected https://%2 or one of its subdomains.</source>
        <translation>Der Ursprung „%1“ gehört nicht zur vertrauenden Partei: erwartet https://%2 oder eine ihrer Subdomains.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CoseKey</name>
    <message>
        <source>The credential public key is not a CBOR map.</source>
        <translation>Der öffentliche Schlüssel der Anmeldeinformation ist keine CBOR-Map.</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm (COSE %1) is not supported; Tessera accepts ES256 (-7) and RS256 (-257).</source>
        <translation>Der Algorithmus des Schlüssels (COSE %1) wird nicht unterstützt; Tessera akzeptiert ES256 (-7) und RS256 (-257).</translation>
    </message>
    <message>
        <source>The key type (COSE kty %1) does not match its algorithm %2.</source>
        <translation>Der Schlüsseltyp (COSE kty %1) passt nicht zu seinem Algorithmus %2.</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>Suche in diesem Bild aufgegeben: Es enthält mehr als %n Form wie die Eckquadrate eines QR-Codes (ein Code hat drei); schneiden Sie das Bild auf den Code zu und versuchen Sie es erneut</numerusform>
            <numerusform>Suche in diesem Bild aufgegeben: Es enthält mehr als %n Formen wie die Eckquadrate eines QR-Codes (ein Code hat drei); schneiden Sie das Bild auf den Code zu und versuchen Sie es erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation>dieses Bild hat %1 × %2 Pixel; Tessera sucht QR-Codes in Bildern mit höchstens %3 Megapixeln: Schneiden Sie es auf den Code zu oder speichern Sie es kleiner</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>Suche nach QR-Codes in diesem Bild nach %n s aufgegeben; schneiden Sie das Bild auf den Code zu und versuchen Sie es erneut</numerusform>
            <numerusform>Suche nach QR-Codes in diesem Bild nach %n s aufgegeben; schneiden Sie das Bild auf den Code zu und versuchen Sie es erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation>&apos;%1&apos; kann nicht als Bild gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation>es gibt keinen Text für einen QR-Code</translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>der Text ist zu lang für einen QR-Code (%n Byte; höchstens 2953 passen hinein)</numerusform>
            <numerusform>der Text ist zu lang für einen QR-Code (%n Byte; höchstens 2953 passen hinein)</numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation>libqrencode konnte den Text nicht codieren</translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation>die Antwort des Zeitservers ist zu kurz (%1 Byte)</translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation>der Zeitserver hat in einer Form geantwortet, die Tessera nicht kennt</translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation>der Zeitserver hat abgelehnt oder ist nicht synchronisiert (Stratum %1, %2)</translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation>die Antwort des Zeitservers passt nicht zu dieser Anfrage</translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation>der Zeitserver %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation>&apos;%1&apos; ist kein gültiger Port für einen Zeitserver</translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation>es ist kein Zeitserver eingestellt</translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation>der Zeitserver %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation>PBKDF2 ist fehlgeschlagen (OpenSSL)</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>Argon2id ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation>AES-CBC-Entschlüsselung fehlgeschlagen (falscher Schlüssel oder beschädigte Daten)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AegisFormat</name>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>the entry has no secret</source>
        <translation>der Eintrag hat keinen geheimen Schlüssel</translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation>der Aegis-Export hat keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation>dieser Aegis-Export hat die Dateiversion %1; Tessera liest Version 1</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation>&apos;db&apos; im Aegis-Export ist weder Inhalt noch Geheimtext</translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation>dieser Aegis-Export ist verschlüsselt: geben Sie sein Passwort an</translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation>falsches Passwort für diesen Aegis-Export</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation>die Verschlüsselungsparameter des Aegis-Exports sind beschädigt</translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation>das Passwort ist richtig, aber der Inhalt des Aegis-Exports ist beschädigt</translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation>der entschlüsselte Aegis-Inhalt ist kein JSON: %1</translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation>keine Zufallsbytes für den Aegis-Export (OpenSSL ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation>AES-GCM ist beim Schreiben des Aegis-Exports fehlgeschlagen (OpenSSL)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation>die entschlüsselte andOTP-Sicherung ist keine JSON-Liste</translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation>dies sieht wie eine verschlüsselte andOTP-Sicherung aus: geben Sie ihr Passwort an</translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation>die verschlüsselte andOTP-Sicherung ist zu kurz</translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation>falsches Passwort für diese andOTP-Sicherung (oder die Datei ist beschädigt)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>das ZIP-Archiv kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>das ZIP-Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation>dieses ZIP-Archiv enthält keine Accounts.txt, ist also kein Export aus Authenticator Plus</translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation>dieser Export aus Authenticator Plus ist passwortgeschützt: geben Sie sein Passwort an</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation>Accounts.txt im ZIP-Archiv ist unplausibel groß</translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation>falsches Passwort für diesen Export aus Authenticator Plus</translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation>Accounts.txt kann nicht aus dem ZIP-Archiv gelesen werden</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation>Accounts.txt im ZIP-Archiv ist beschädigt</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation>automatische Sicherungen brauchen ein Sicherungspasswort</translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation>der Tresor %1 kann zum Sichern nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation>%1 ist kein Tessera-Tresor; es wurde nichts gesichert</translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation>automatische Sicherungen müssen mindestens eine Sicherung behalten</translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation>der Sicherungsordner %1 existiert nicht; wählen Sie einen anderen oder schließen Sie sein Laufwerk an</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation>die CSV-Kopfzeile hat keine OTP-Spalte</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation>das TOTP-Feld ist weder eine otpauth://-URI noch key=...-Einstellungen</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation>das Tessera-Format wird mit exportToFile in eine Datei geschrieben</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation>eine Tessera-Sicherung braucht ein Passwort</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation>ein versiegelter FreeOTP-Wert ist beschädigt</translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation>die FreeOTP-Verschlüsselung &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation>das Token hat keinen lesbaren geheimen Schlüssel</translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation>diese FreeOTP-2-Sicherung ist beschädigt: Ihre Token-Tabelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation>dies ist eine verschlüsselte FreeOTP-2-Sicherung: geben Sie ihr Passwort an</translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation>die FreeOTP-Schlüsselableitung &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation>die Parameter des FreeOTP-2-Hauptschlüssels sind beschädigt</translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation>falsches Passwort für diese FreeOTP-Sicherung (oder die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation>die Einstellungen des Tokens fehlen</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation>keine otpauth-migration-URL (sie muss mit %1 beginnen)</translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation>die otpauth-migration-URL hat keinen gültigen Base64-Parameter &apos;data&apos;</translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation>die otpauth-migration-Daten sind beschädigt (keine Exportdaten aus Google Authenticator)</translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation>die otpauth-migration-Daten enthalten keine Konten</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1, Konto %2</translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>der Hash-Algorithmus %1 wird nicht unterstützt (SHA1, SHA256 und SHA512 schon)</translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation>der Code %1 für die Stellenzahl ist unbekannt</translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation>der Code %1 für den OTP-Typ ist unbekannt</translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation>das Konto hat einen leeren geheimen Schlüssel</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation>Tessera-Papiersicherung</translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation>Geheim: Wer diese Seite hat, kann Ihre Codes erzeugen</translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation>Jeder QR-Code enthält den geheimen Schlüssel eines Kontos, unverschlüsselt. Drucken Sie die Seite aus, bewahren Sie das Papier sicher auf und löschen Sie diese Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n Konto. Zum Wiederherstellen einen Code mit einer beliebigen Authentifikator-App scannen.</numerusform>
            <numerusform>%n Konten. Zum Wiederherstellen einen Code mit einer beliebigen Authentifikator-App scannen.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation>der QR-Code von %1 kann nicht gezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation>Zeile %1 ist kein neuer Eintrag; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation>eine SQLite-Datenbank, aber keine von Google Authenticator, Microsoft Authenticator oder Authenticator Pro</translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation>ein ZIP-Archiv ohne die Accounts.txt eines Exports aus Authenticator Plus</translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation>eine XML-Datei, die zu keinem von FreeOTP, FreeOTP+, Authy, Battle.net oder TOTP Authenticator gehört</translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation>dies ist ein Tessera-Tresor oder eine Tessera-Sicherung: geben Sie das Passwort an</translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation>die Tessera-Sicherung konnte nicht in einem temporären Ordner bereitgelegt werden</translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation>falsches Passwort für diese Tessera-Sicherung</translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation>diese Datei enthält %1 Konten; Tessera importiert höchstens %2 aus einer Datei, damit eine bösartige Datei den Tresor nicht füllen kann: Teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; bekannte Formate: %2</translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation>dies sieht nach %1 aus, was Tessera noch nicht importieren kann</translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation>kein Format, das Tessera importieren kann (es liest %1)</translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation>die Datei ist keine Android-Einstellungsdatei (XML)</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>die Datei ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation>der OTP-Typ &apos;%1&apos; wird nicht unterstützt (TOTP, HOTP und Steam schon)</translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>der Hash-Algorithmus &apos;%1&apos; wird nicht unterstützt (SHA1, SHA256 und SHA512 schon)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation>das Token hat keinen geheimen Schlüssel</translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation>diese Authy-Datei hat verschlüsselte geheime Schlüssel: geben Sie das Passwort der Authy-Sicherung an</translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation>der verschlüsselte geheime Schlüssel ist beschädigt</translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation>falsches Passwort für diese Authy-Sicherung</translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation>die Seriennummer oder der geheime Schlüssel von Battle.net ist beschädigt</translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation>die Kodierung des geheimen Schlüssels zur Basis %1 wird nicht unterstützt (16, 32 und 64 schon)</translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation>der geheime Schlüssel ist nicht gültig zur Basis %1</translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation>dies sieht wie eine verschlüsselte Sicherung aus TOTP Authenticator aus: geben Sie ihr Passwort an</translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation>falsches Passwort für diese Sicherung aus TOTP Authenticator (oder die Datei ist beschädigt)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation>dieser QR-Code ist leer</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation>keine otpauth-migration-URL: Der QR-Code muss mit otpauth-migration:// beginnen, und davor steht etwas</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation>keine otpauth://-URI: Der QR-Code muss mit otpauth:// beginnen, und davor steht etwas</translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>dieser QR-Code enthält eine Webadresse, kein Konto (der Code eines Kontos beginnt mit otpauth:// oder otpauth-migration://)</translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation>dieser QR-Code enthält WLAN-Einstellungen, kein Konto</translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation>dieser QR-Code enthält eine Visitenkarte, kein Konto</translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>dieser QR-Code enthält einen &apos;%1:&apos;-Link, kein Konto (der Code eines Kontos beginnt mit otpauth:// oder otpauth-migration://)</translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>dieser QR-Code enthält %n Zeichen Text, der kein Konto ist (der Code eines Kontos beginnt mit otpauth:// oder otpauth-migration://)</numerusform>
            <numerusform>dieser QR-Code enthält %n Zeichen Text, der kein Konto ist (der Code eines Kontos beginnt mit otpauth:// oder otpauth-migration://)</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>QR-Code %1</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>kein PNG-, JPEG-, GIF-, BMP- oder WebP-Bild</translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation>dies ist ein %1-Bild, das dieses System nicht decodieren kann (Qt hat hier kein %1-Bild-Plugin); speichern Sie das Bild als PNG und importieren Sie das</translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation>dieses %1-Bild kann nicht decodiert werden: %2</translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation>in diesem %1-Bild wurde kein QR-Code gefunden; der Code muss vollständig, scharf und nicht zu klein sein (schneiden Sie das Bild auf den Code zu und versuchen Sie es erneut)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation>shared_secret ist kein Base64</translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation>der Authenticator-Pro-Typ %1 wird nicht unterstützt (TOTP, HOTP und Steam schon)</translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation>der Code %1 für den Hash-Algorithmus ist unbekannt</translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation>dieser Bitwarden-Export ist verschlüsselt; exportieren Sie erneut als unverschlüsseltes JSON oder CSV</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation>der Google-Authenticator-Kontotyp %1 ist unbekannt</translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation>der geheime Schlüssel ist kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation>die SQLite-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>nach %n s Lesen von `%1` dieser Datenbank aufgegeben</numerusform>
            <numerusform>nach %n s Lesen von `%1` dieser Datenbank aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation>`%1` dieser Datenbank enthält eine Zeile größer als %2 KiB; kein Konto ist so groß, daher liest Tessera sie nicht</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation>`%1` dieser Datenbank kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation>diese Datenbank hat keine Tabelle `%1`</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation>`%1` dieser Datenbank ist vom Typ %2, keine Tabelle; Tessera liest aus importierten Dateien nur Tabellen</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation>`%1` dieser Datenbank ist eine virtuelle Tabelle, deren Zeilen aus Code statt aus der Datei stammen; Tessera liest aus importierten Dateien nur einfache Tabellen</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation>`%1` dieser Datenbank hat berechnete Spalten (`%2`); Tessera liest aus importierten Dateien nur gespeicherte Werte</translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>`%1` dieser Datenbank hat mehr als %n Zeile; Tessera importiert höchstens so viele Konten aus einer Datei</numerusform>
            <numerusform>`%1` dieser Datenbank hat mehr als %n Zeilen; Tessera importiert höchstens so viele Konten aus einer Datei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation>falsches Passwort für diese Sicherung aus Authenticator Pro / Stratum (oder die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation>dies ist eine verschlüsselte Sicherung aus Authenticator Pro / Stratum: geben Sie ihr Passwort an</translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation>die verschlüsselte Sicherung aus Authenticator Pro / Stratum ist zu kurz</translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation>die entschlüsselte Sicherung aus Authenticator Pro / Stratum ist kein JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation>die 2FAS-Schemaversion %1 wird nicht unterstützt (1 bis 4 schon)</translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation>diese 2FAS-Sicherung ist verschlüsselt: geben Sie ihr Passwort an</translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation>die verschlüsselten Dienste der 2FAS-Sicherung sind beschädigt</translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation>das Passwort ist richtig, aber die 2FAS-Sicherung ist beschädigt</translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation>falsches Passwort für diese 2FAS-Sicherung</translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation>die entschlüsselten 2FAS-Dienste sind keine JSON-Liste</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation>keine otpauth-migration-URL: Die Zeile muss mit otpauth-migration:// beginnen, und davor steht etwas</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation>keine otpauth://-URI: Die Zeile muss mit otpauth:// beginnen</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>Tessera ist freie Software: Sie können sie unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation>Tessera baut auf diesen Bibliotheken und Grafiken auf:</translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation>Die Aussteller-Symbole sind Markenzeichen ihrer jeweiligen Inhaber. Sie helfen nur, ein Konto wiederzuerkennen, und bedeuten keine Billigung.</translation>
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
        <translation>Ein Authentifikator und eine MFA-Konsole für Benutzerpools, auf Ihrem Desktop.</translation>
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
        <translation>Simple Icons (Aussteller-Symbole)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>Als &amp;QR-Code anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>Konto &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation>Legen Sie hier ein Bild ab oder lesen Sie eines aus:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Bilddatei…</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Bildschirm…</translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation>Ziehen Sie ein Rechteck um einen QR-Code auf dem Bildschirm, oder klicken Sie, um den ganzen Bildschirm zu lesen</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>Kamera…</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Gefundene Codes</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>z. B. GitHub</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>z. B. alice@example.com</translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Base32, z. B. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Zeitbasiert (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Zählerbasiert (HOTP)</translation>
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
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>Algo&amp;rithmus:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Stellen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Zähler:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation>Scannen Sie einen Code, fügen Sie einen Link ein oder geben Sie den geheimen Schlüssel ein, den Ihnen der Dienst gegeben hat.</translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation>Bereit zum Hinzufügen. Nichts wird gespeichert, bevor Sie auf „Hinzufügen“ klicken.</translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation>Dies ist ein Export aus Google Authenticator; seine Konten werden in der Importvorschau geöffnet.</translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation>Der Link ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Im Bild wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Export aus Google Authenticator</translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation>Kein Konto (%1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>%n Code gefunden: Wählen Sie den hinzuzufügenden aus.</numerusform>
            <numerusform>%n Codes gefunden: Wählen Sie den hinzuzufügenden aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation>Suche nach QR-Codes…</translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation>QR-Code aus Bild scannen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation>Die Zwischenablage enthält weder ein Bild noch einen otpauth://-Link.</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>Bildschirm wird gelesen…</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>Halten Sie den QR-Code vor die Kamera</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation>Nicht im System-Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation>Der Tresor wird jetzt über den System-Schlüsselbund entsperrt.</translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation>Der System-Schlüsselbund entsperrt den Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation>Fügen Sie ein Konto hinzu, indem Sie einen QR-Code vom Bildschirm, aus einer Datei oder aus der Zwischenablage scannen, oder geben Sie den geheimen Schlüssel ein, den der Dienst anzeigt. Ihre Geheimnisse bleiben in einem verschlüsselten Tresor auf diesem Computer.</translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation>QR-Code scannen…</translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation>Manuell hinzufügen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Export aus Google Authenticator</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Code kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Code kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation>Codes werden für diese Sitzung um %1 korrigiert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 ist jetzt Nummer %2 von %n.</numerusform>
            <numerusform>%1 ist jetzt Nummer %2 von %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation>Die automatische Sicherung nach %1 ist fehlgeschlagen: %2. Ihr Tresor selbst wurde gespeichert. Sicherungen werden fortgesetzt, sobald der Ordner wieder beschreibbar ist; in den Einstellungen können Sie einen anderen wählen.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation>Der Ordner Ihres Tresors ist nicht privat: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Mit der Kamera scannen</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation>Schließen Sie eine Kamera an und öffnen Sie dies erneut, oder scannen Sie den Code stattdessen vom Bildschirm oder aus einer Bilddatei.</translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation>Dieser QR-Code enthält kein Konto. Halten Sie den Code vor die Kamera, den der Dienst für die Zwei-Faktor-Authentifizierung anzeigt.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation>Die Kamera kann nicht verwendet werden: %1. Schließen Sie andere Anwendungen, die sie verwenden könnten, und prüfen Sie, ob Tessera die Kamera verwenden darf (unter Linux Mitgliedschaft in der Gruppe &apos;video&apos;, in einer Sandbox die Kameraberechtigung).</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation>Halten Sie den QR-Code vor die Kamera. Nichts wird gespeichert, bevor Sie bestätigen.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation>Codes korrigieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation>Die Uhr dieses Computers geht %1 nach gegenüber %2. Codes werden möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation>Die Uhr dieses Computers geht %1 vor gegenüber %2. Codes werden möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>the time server</source>
        <translation>dem Zeitserver</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
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
        <translation>Favorit (oben aufgeführt)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation>Keine Gruppe; geben Sie einen Namen ein, um eine anzulegen</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Aussteller</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>The secret and code settings stay as they are.</source>
        <translation>Der geheime Schlüssel und die Code-Einstellungen bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation>Tessera-Sicherung (verschlüsselt)</translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation>Aegis (verschlüsselt oder unverschlüsselt)</translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation>Google Authenticator (QR-Codes auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation>Liste von otpauth-Links (Klartext)</translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation>Druckbare Seite (HTML, für Papier)</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>Mit einem Passwort verschlüsseln</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Exportpasswort</translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation>Exportpasswort wiederholen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation>Diese Codes enthalten Ihre Geheimnisse. Wer sie sieht oder fotografiert, kann Ihre Codes erzeugen: Scannen Sie sie nur mit Ihrem eigenen Telefon, wo niemand zusehen kann.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Codes ausblenden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>A copy of your vault that Tessera opens with the password you set here. The safest way to keep a backup.</source>
        <translation>Eine Kopie Ihres Tresors, die Tessera mit dem hier festgelegten Passwort öffnet. Die sicherste Art, eine Sicherung aufzubewahren.</translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation>Eine Datei, die Aegis und viele andere Apps importieren. Verschlüsseln Sie sie, sofern die App, zu der Sie wechseln, keine verschlüsselten Aegis-Dateien lesen kann.</translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation>Zeigt QR-Codes mit je zehn Konten zum Scannen mit Google Authenticator oder einer anderen App, die sie liest. Es wird nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation>Eine Textdatei mit einem otpauth://-Link pro Konto, die die meisten Authentifikator-Apps importieren. Nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation>Eine Seite mit einem QR-Code pro Konto zum Ausdrucken und sicheren Aufbewahren. Nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>QR-Codes anzeigen…</translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation>Wählen Sie ein Passwort für den Export.</translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation>Wiederholen Sie das Passwort, um sicherzugehen, dass es das gemeinte ist.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation>Bewahren Sie dieses Passwort auf: Ohne es lässt sich der Export nicht öffnen.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation>Geheimnisse auf dem Bildschirm anzeigen?</translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation>Die QR-Codes zeigen jeden geheimen Schlüssel in diesem Tresor.</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation>Wer sie sieht oder fotografiert, kann Ihre Codes erzeugen. Zeigen Sie sie nur, wo niemand zusehen kann, und nur, um sie mit Ihrem eigenen Telefon zu scannen.</translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>QR-Codes anzeigen</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Ohne Verschlüsselung exportieren?</translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation>Diese Datei wird jeden geheimen Schlüssel dieses Tresors unverschlüsselt enthalten.</translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation>Wer die Datei lesen kann, kann Ihre Codes erzeugen. Bewahren Sie sie offline auf einem Laufwerk auf, das nur Sie verwenden, und löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>Unverschlüsselt exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation>Der Tresor ist gesperrt oder beschäftigt; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>%n Konto nach %1 geschrieben.</numerusform>
            <numerusform>%n Konten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation>%1 Nicht enthalten (das Format kann sie nicht aufnehmen): %2</translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation>Die QR-Codes konnten nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>Es gibt keine Konten zum Anzeigen.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation>Google Authenticator kann keines dieser Konten aufnehmen: %1</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation>Nicht enthalten (Google Authenticator kann sie nicht aufnehmen): %1</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QR-Code %1 von %2</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Code %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation>
            <numerusform>Die QR-Codes wurden nach %n Sekunde ohne Benutzung ausgeblendet. Zeigen Sie sie erneut an, um fortzufahren.</numerusform>
            <numerusform>Die QR-Codes wurden nach %n Sekunden ohne Benutzung ausgeblendet. Zeigen Sie sie erneut an, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Wird in %n Sekunde ausgeblendet</numerusform>
            <numerusform>Wird in %n Sekunden ausgeblendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation>Wählen Sie Exporte aus einer anderen Authentifikator-App oder einem Passwortmanager oder Bilder von QR-Codes aus, oder legen Sie sie hier ab. Nichts wird hinzugefügt, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien auswählen…</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Exportpasswort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation>Datei überspringen</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Zu importierende Exporte auswählen</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation>in dieser Datei wurden keine Konten gefunden</translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation>Das Passwort öffnet „%1“ nicht. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation>„%1“ ist verschlüsselt. Geben Sie das Passwort ein, mit dem exportiert wurde.</translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation>übersprungen: kein Passwort angegeben</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation>Der Tresor ist gesperrt oder beschäftigt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
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
            <numerusform>%n Zeile ausgelassen.</numerusform>
            <numerusform>%n Zeilen ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>%n Konto importieren</numerusform>
            <numerusform>%n Konten importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>%n Konto wird gespeichert…</numerusform>
            <numerusform>%n Konten werden gespeichert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation>Duplikat einer früheren Zeile</translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation>Duplikat: bereits im Tresor</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentifikator</translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation>Pool-Konsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation>A&amp;uthentifikator</translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation>&amp;Pool-Konsole</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Ü&amp;ber Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message>
        <source>Show as QR code</source>
        <translation>Als QR-Code anzeigen</translation>
    </message>
    <message>
        <source>The QR code for %1 contains its secret. Anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone.</source>
        <translation>Der QR-Code für %1 enthält den geheimen Schlüssel. Wer ihn sieht oder fotografiert, kann Ihre Codes erzeugen. Zeigen Sie ihn nur, um ihn mit Ihrem eigenen Telefon zu scannen.</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Wird in %n Sekunde ausgeblendet</numerusform>
            <numerusform>Wird in %n Sekunden ausgeblendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation>Schnellkopie</translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation>Tippen, um ein Konto zu finden; Eingabetaste kopiert seinen Code</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation>Der Tresor konnte nicht gespeichert werden, daher wurde die letzte Änderung rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>Der Bildschirm kann hier nicht gelesen werden, und dieser Build von Tessera kann den Desktop nicht um ein Bildschirmfoto bitten (kein Qt D-Bus). Speichern Sie ein Bildschirmfoto mit dem Werkzeug Ihres Desktops und scannen Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation>QR-Code auswählen</translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation>Zu scannender Bildschirmbereich</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation>Ziehen Sie ein Rechteck um den QR-Code</translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation>Loslassen oder Eingabe: Rechteck lesen  ·  Klick oder Eingabe: ganzen Bildschirm lesen  ·  Esc: Abbrechen</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>Oder speichern Sie ein Bildschirmfoto mit dem Werkzeug Ihres Desktops und scannen Sie die Datei.</translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation>Der Desktop hat nicht rechtzeitig ein Bildschirmfoto übergeben. Versuchen Sie es erneut und schließen Sie das Bildschirmfoto im Fenster des Desktops ab. %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, um den Desktop um ein Bildschirmfoto zu bitten. %1</translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation>Kein Desktop-Portal antwortet auf D-Bus, daher kann Tessera hier kein Bildschirmfoto aufnehmen. Installieren Sie xdg-desktop-portal mit dem Backend Ihres Desktops (xdg-desktop-portal-gnome, -kde oder -wlr). %1</translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation>Das Desktop-Portal kann hier keine Bildschirmfotos aufnehmen (%1). Installieren Sie das Portal-Backend Ihres Desktops (xdg-desktop-portal-gnome, -kde oder -wlr). %2</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation>Das Desktop-Portal hat das Bildschirmfoto abgelehnt: %1. %2</translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation>Der Desktop hat das Bildschirmfoto als &apos;%1&apos; übergeben, was keine lokale Datei ist. %2</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation>Der Desktop konnte das Bildschirmfoto nicht aufnehmen. Prüfen Sie in den Datenschutzeinstellungen Ihres Desktops, ob Tessera Bildschirmfotos aufnehmen darf. %1</translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation>Das vom Desktop unter &apos;%1&apos; gespeicherte Bildschirmfoto kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation>Im System-Schlüsselbund speichern (entsperren ohne Eingabe)</translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation>Entsperren Sie zuerst den Tresor; der System-Schlüsselbund muss verfügbar sein.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>Kopierte Codes löschen nach</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Codes bis zum Anklicken verbergen</translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation>Nächsten Code beim Darüberfahren anzeigen</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>Eigene Reihenfolge</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>Konten sortieren nach</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation>Die Uhr dieses Computers mit einem Zeitserver abgleichen</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation>Zeitserver (NTP)</translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation>Den Tresor automatisch sichern</translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation>Ein Ordner auf einem anderen Laufwerk oder ein synchronisierter Ordner</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>After each change</source>
        <translation>Nach jeder Änderung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation>Sicherungen sind Kopien Ihres verschlüsselten Tresors: tessera-backup-DATE-TIME.tessera.
Öffnen Sie eine mit Ihrem Tresorpasswort (tessera --vault KOPIE-DER-SICHERUNG) oder importieren Sie sie.
Gelöscht werden nur die ältesten Sicherungen über die behaltene Anzahl hinaus.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Zu behaltende Sicherungen</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Wählen Sie einen Ordner für die Sicherungen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language takes effect when Tessera restarts.</source>
        <translation>Eine neue Sprache wird wirksam, wenn Tessera neu startet.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SingleInstance</name>
    <message>
        <source>Another Tessera is already running with this vault.</source>
        <translation>Ein anderes Tessera läuft bereits mit diesem Tresor.</translation>
    </message>
    <message>
        <source>Tessera cannot listen on %1, so launching it again will open a second window instead of raising this one: %2</source>
        <translation>Tessera kann nicht auf %1 lauschen, daher öffnet ein erneuter Start ein zweites Fenster, statt dieses nach vorne zu holen: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenDelegate</name>
    <message>
        <source>Show code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster %1</translation>
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
        <translation>%1, %2, Code verborgen</translation>
    </message>
    <message>
        <source>%1, %2, code %3</source>
        <translation>%1, %2, Code %3</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Sperren (Strg+L)</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenSortModel</name>
    <message>
        <source>Accounts can be moved only when they are sorted by “My order” (Settings, Sort accounts by).</source>
        <translation>Konten lassen sich nur verschieben, wenn sie nach „Eigene Reihenfolge“ sortiert sind (Einstellungen, Konten sortieren nach).</translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation>Leeren Sie die Suche, um Konten zu verschieben: Solange sie einige ausblendet, wäre deren neuer Platz unklar.</translation>
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
        <translation>Einen Code &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>Tessera &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation>Verwenden Sie eine lange Passphrase, die Sie nirgendwo sonst verwenden.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Schwach: leicht zu erraten. Fügen Sie Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Mittel: Ein paar Wörter mehr würden es stark machen.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Mit dem System-Schlüsselbund entsperren</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation>Der Schlüsselbund Ihrer Desktop-Sitzung verwahrt den Schlüssel des Tresors, sodass Tessera ohne Passwort öffnet, solange Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation>Ihre Konten werden in einer verschlüsselten Datei auf diesem Computer aufbewahrt. Wählen Sie ein Passwort, um sie zu schützen; es kann nicht wiederhergestellt werden, wenn Sie es vergessen.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>Geben Sie Ihr Passwort ein, um Ihre Codes anzuzeigen.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Falsches Passwort. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation>Dieser Build von Tessera kann den System-Schlüsselbund nicht verwenden.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Der Tresor konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation>Der Tresor ist mit dem System-Schlüsselbund beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation>Die letzten Änderungen vor dem Sperren des Tresors wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ActionConfirmBar</name>
    <message>
        <source>Confirm action</source>
        <translation>Aktion bestätigen</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>Was die Aktion bewirkt</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>Zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie %1 zur Bestätigung ein:</translation>
    </message>
    <message>
        <source>Type %1 to enable %2.</source>
        <translation>Geben Sie %1 ein, um %2 zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Massenaktion</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Benutzer</numerusform>
            <numerusform>Die %n ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>All users matching %1</source>
        <translation>Alle Benutzer, auf die %1 zutrifft</translation>
    </message>
    <message>
        <source>All users of the pool</source>
        <translation>Alle Benutzer des Pools</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Require a preferred factor</source>
        <translation>Bevorzugten Faktor verlangen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Number of users to confirm</source>
        <translation>Anzahl der zu bestätigenden Benutzer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>Ergebnisse als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight finishes first, so its result is known…</source>
        <translation>Wird abgebrochen: Die laufende Anfrage wird erst abgeschlossen, damit ihr Ergebnis bekannt ist…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the users it applies to…</source>
        <translation>Die betroffenen Benutzer werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>Die betroffenen Benutzer werden gelesen: bisher %n…</numerusform>
            <numerusform>Die betroffenen Benutzer werden gelesen: bisher %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No user matches: there is nothing to do.</source>
        <translation>Kein Benutzer trifft zu: Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>This backend does not serve %1.</source>
        <translation>Dieses Backend bietet %1 nicht an.</translation>
    </message>
    <message>
        <source>%1
Users: %2.</source>
        <translation>%1
Benutzer: %2.</translation>
    </message>
    <message>
        <source>Type the number of users, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Benutzer ein, %1:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer &amp;löschen</numerusform>
            <numerusform>%n Benutzer &amp;löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>%1 von %n Benutzer erledigt…</numerusform>
            <numerusform>%1 von %n Benutzern erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 Results saved to %2.</source>
        <translation>%1 Ergebnisse in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Änderungen an %1 prüfen</translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation>Was das Anwenden der bearbeiteten Richtlinie auf %1 ändert:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: von %2 auf %3</translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation>Was Benutzer sehen werden: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Sends the changes to the pool.</source>
        <translation>Sendet die Änderungen an den Pool.</translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation>Dies kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation>Wo die Pools liegen: die lokale Engine dieses Computers, ein AWS-Profil oder ein anderer Cognito-kompatibler Endpunkt.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation>Warten auf den Pool-Dienst</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation>Beendet das Warten auf die Anfragen, die noch unterwegs sind.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation>Anderer Endpunkt…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation>Neuer Benutzerpool</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Poolname</translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation>1 bis 128 Buchstaben, Ziffern, Leerzeichen und + = , . @ -</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation>Optional und Erforderlich schalten Authentifikator-Apps (TOTP) ein; Faktoren können Sie später ändern.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
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
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>1 to 128 characters, no spaces.</source>
        <translation>1 bis 128 Zeichen, keine Leerzeichen.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+ then the country code and number, digits only, as Cognito requires.</source>
        <translation>+ und dann Ländervorwahl und Nummer, nur Ziffern, wie Cognito es verlangt.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Send an invitation by email</source>
        <translation>Einladung per E-Mail senden</translation>
    </message>
    <message>
        <source>Send an invitation by SMS</source>
        <translation>Einladung per SMS senden</translation>
    </message>
    <message>
        <source>Set a temporary password to hand over</source>
        <translation>Temporäres Passwort zum Aushändigen festlegen</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password; on the local engine it lands in the outbox instead of being sent.</source>
        <translation>Die Einladung enthält ein temporäres Passwort; bei der lokalen Engine landet sie im Postausgang, statt gesendet zu werden.</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password Cognito makes.</source>
        <translation>Die Einladung enthält ein temporäres Passwort, das Cognito erzeugt.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporäres Passwort:</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Passwortrichtlinie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Benutzer &amp;anlegen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>The password meets the pool&apos;s policy.</source>
        <translation>Das Passwort erfüllt die Richtlinie des Pools.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen, wie es die Richtlinie des Pools verlangt.</numerusform>
            <numerusform>Mindestens %n Zeichen, wie es die Richtlinie des Pools verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <source>%1 is created with the temporary password you set; they choose their own at the first sign-in.</source>
        <translation>%1 ist mit dem von Ihnen festgelegten temporären Passwort angelegt; bei der ersten Anmeldung wird ein eigenes gewählt.</translation>
    </message>
    <message>
        <source>%1 is created; the invitation with a temporary password is in the local outbox.</source>
        <translation>%1 ist angelegt; die Einladung mit einem temporären Passwort liegt im lokalen Postausgang.</translation>
    </message>
    <message>
        <source>%1 is created; Cognito sent the invitation.</source>
        <translation>%1 ist angelegt; Cognito hat die Einladung gesendet.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>Das Löschen des Pools %1 löscht seinen %n Benutzer, dessen Faktoren und Geräte endgültig. Apps, die sich darüber anmelden, funktionieren nicht mehr.</numerusform>
            <numerusform>Das Löschen des Pools %1 löscht seine %n Benutzer, ihre Faktoren und Geräte endgültig. Apps, die sich darüber anmelden, funktionieren nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Pools ein, %1:</translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation>Poolname zur Bestätigung</translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation>Geben Sie %1 ein, um „Löschen“ zu aktivieren.</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>Pool &amp;löschen</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation>Anderer Endpunkt</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation>Ein Cognito-kompatibler Endpunkt: cognito-local, LocalStack oder &quot;tessera-cli pool serve&quot; auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation>http:// oder https:// und ein Host, z. B. http://127.0.0.1:9229</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation>Die Region, für die Anfragen signiert werden.</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>(Umgebung oder Standard)</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation>Wessen Schlüssel die Anfragen signieren.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation>Die URL braucht http:// oder https:// und einen Host, z. B. http://127.0.0.1:9229.</translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation>Geben Sie die Region an, für die Anfragen signiert werden, z. B. us-east-1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message>
        <source>Set up an authenticator for %1</source>
        <translation>Authentifikator für %1 einrichten</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>The name the user&apos;s authenticator app shows above the code (the app&apos;s name).</source>
        <translation>Der Name, den die Authentifikator-App des Benutzers über dem Code anzeigt (der Name der App).</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>The account the authenticator app shows.</source>
        <translation>Das Konto, das die Authentifikator-App anzeigt.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Start set-up</source>
        <translation>Einrichtung &amp;starten</translation>
    </message>
    <message>
        <source>Start set-up</source>
        <translation>Einrichtung starten</translation>
    </message>
    <message>
        <source>Asks the pool for a new authenticator secret for the user (AssociateSoftwareToken).</source>
        <translation>Fordert beim Pool einen neuen geheimen Schlüssel für den Authentifikator des Benutzers an (AssociateSoftwareToken).</translation>
    </message>
    <message>
        <source>Show &amp;QR code for a phone</source>
        <translation>&amp;QR-Code für ein Telefon anzeigen</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>Zeigt den geheimen Schlüssel %n Sekunde lang als QR-Code zum Scannen mit einem Telefon.</numerusform>
            <numerusform>Zeigt den geheimen Schlüssel %n Sekunden lang als QR-Code zum Scannen mit einem Telefon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>Zum &amp;Tresor dieses Computers hinzufügen</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s vault</source>
        <translation>Zum Tresor dieses Computers hinzufügen</translation>
    </message>
    <message>
        <source>Keeps the secret in the unlocked vault as an entry linked to the user, then verifies it.</source>
        <translation>Speichert den geheimen Schlüssel im entsperrten Tresor als mit dem Benutzer verknüpften Eintrag und bestätigt ihn dann.</translation>
    </message>
    <message>
        <source>&amp;Verify and turn on</source>
        <translation>&amp;Bestätigen und aktivieren</translation>
    </message>
    <message>
        <source>Verify and turn on</source>
        <translation>Bestätigen und aktivieren</translation>
    </message>
    <message>
        <source>Sends the code the secret gives now (VerifySoftwareToken), then makes TOTP the user&apos;s preferred factor.</source>
        <translation>Sendet den Code, den der geheime Schlüssel jetzt ergibt (VerifySoftwareToken), und macht dann TOTP zum bevorzugten Faktor des Benutzers.</translation>
    </message>
    <message>
        <source>Enrolment QR code</source>
        <translation>QR-Code zur Registrierung</translation>
    </message>
    <message>
        <source>The secret as an otpauth QR code; scan it with the phone.</source>
        <translation>Der geheime Schlüssel als otpauth-QR-Code; scannen Sie ihn mit dem Telefon.</translation>
    </message>
    <message>
        <source>QR code note</source>
        <translation>Hinweis zum QR-Code</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>What each step of the set-up did.</source>
        <translation>Was jeder Schritt der Einrichtung getan hat.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cognito sets up an authenticator with the user&apos;s own access token: sign in as the user first.</source>
        <translation>Cognito richtet einen Authentifikator mit dem eigenen Zugriffstoken des Benutzers ein: Melden Sie sich zuerst als der Benutzer an.</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Warum anmelden</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>App-Client</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>App-&amp;Client:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>Das Passwort des Benutzers; wird in Speicher gehalten, der danach überschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;in as the user</source>
        <translation>Als der Benutzer an&amp;melden</translation>
    </message>
    <message>
        <source>Sign in as the user</source>
        <translation>Als der Benutzer anmelden</translation>
    </message>
    <message>
        <source>Signs in with the password (and a code from the linked vault entry or the outbox when asked).</source>
        <translation>Meldet sich mit dem Passwort an (und, wenn verlangt, mit einem Code aus dem verknüpften Tresoreintrag oder dem Postausgang).</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>Die App-Clients konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 to get the user&apos;s access token.</source>
        <translation>Als %1 angemeldet, um das Zugriffstoken des Benutzers zu erhalten.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 %3</source>
        <translation>Anmeldung als %1 nicht möglich: %2 %3</translation>
    </message>
    <message>
        <source>The issuer and the account name cannot contain a colon (&quot;:&quot;): authenticator apps read it as the separator between them.</source>
        <translation>Aussteller und Kontoname dürfen keinen Doppelpunkt („:“) enthalten: Authentifikator-Apps lesen ihn als Trennzeichen zwischen beiden.</translation>
    </message>
    <message>
        <source>Done: %1 signs in with the authenticator from now on.</source>
        <translation>Fertig: %1 meldet sich ab jetzt mit dem Authentifikator an.</translation>
    </message>
    <message>
        <source>The set-up stopped: %1: %2</source>
        <translation>Die Einrichtung wurde abgebrochen: %1: %2</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken: the pool made a new authenticator secret for %1 (not active until verified).</source>
        <translation>AssociateSoftwareToken: Der Pool hat einen neuen geheimen Schlüssel für den Authentifikator von %1 erstellt (erst nach der Bestätigung aktiv).</translation>
    </message>
    <message>
        <source>VerifySoftwareToken: the code %1 was accepted; the authenticator is verified.</source>
        <translation>VerifySoftwareToken: Der Code %1 wurde akzeptiert; der Authentifikator ist bestätigt.</translation>
    </message>
    <message>
        <source>SetUserMFAPreference: TOTP is on and the user&apos;s preferred factor.</source>
        <translation>SetUserMFAPreference: TOTP ist aktiviert und der bevorzugte Faktor des Benutzers.</translation>
    </message>
    <message>
        <source>Unlock the vault in the authenticator first.</source>
        <translation>Entsperren Sie zuerst den Tresor im Authentifikator.</translation>
    </message>
    <message>
        <source>Could not draw the QR code: %1</source>
        <translation>Der QR-Code konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>Der QR-Code wird %n Sekunde lang angezeigt; scannen Sie ihn mit der Authentifikator-App des Telefons und bestätigen Sie dann.</numerusform>
            <numerusform>Der QR-Code wird %n Sekunden lang angezeigt; scannen Sie ihn mit der Authentifikator-App des Telefons und bestätigen Sie dann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Wird in %n Sekunde ausgeblendet.</numerusform>
            <numerusform>Wird in %n Sekunden ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>Der Eintrag konnte nicht zum Tresor hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Added %1 to this computer&apos;s vault, linked to the pool user.</source>
        <translation>%1 wurde zum Tresor dieses Computers hinzugefügt, verknüpft mit dem Pool-Benutzer.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolment summary</source>
        <translation>Zusammenfassung der Registrierung</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>No factor</source>
        <translation>Kein Faktor</translation>
    </message>
    <message>
        <source>TOTP app</source>
        <translation>TOTP-App</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Users per factor</source>
        <translation>Benutzer pro Faktor</translation>
    </message>
    <message>
        <source>Bars: how many users have set up each factor, and how many prefer it. The summary above says the same in words.</source>
        <translation>Balken: wie viele Benutzer jeden Faktor eingerichtet haben und wie viele ihn bevorzugen. Die Zusammenfassung oben sagt dasselbe in Worten.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh chart</source>
        <translation>Diagramm aktualisieren</translation>
    </message>
    <message>
        <source>Count e&amp;very user…</source>
        <translation>&amp;Jeden Benutzer zählen…</translation>
    </message>
    <message>
        <source>Count every user</source>
        <translation>Jeden Benutzer zählen</translation>
    </message>
    <message>
        <source>Reads every user&apos;s factors; says how many requests that takes before it starts.</source>
        <translation>Liest die Faktoren jedes Benutzers; sagt vor dem Start, wie viele Anfragen das braucht.</translation>
    </message>
    <message>
        <source>Full count cost</source>
        <translation>Kosten der vollständigen Zählung</translation>
    </message>
    <message>
        <source>&amp;Start full count</source>
        <translation>Vollständige Zählung &amp;starten</translation>
    </message>
    <message>
        <source>Start full count</source>
        <translation>Vollständige Zählung starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Full count progress</source>
        <translation>Fortschritt der vollständigen Zählung</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Zählung abbrechen</translation>
    </message>
    <message>
        <source>Cancel full count</source>
        <translation>Vollständige Zählung abbrechen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>Alle %n Benutzer gezählt.</numerusform>
            <numerusform>Alle %n Benutzer gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>Stichprobe aus dem bisher gelesenen %n Benutzer, von etwa %1 im Pool. Scrollen Sie in der Benutzertabelle, um mehr zu lesen, oder zählen Sie jeden Benutzer.</numerusform>
            <numerusform>Stichprobe aus den bisher gelesenen %n Benutzern, von etwa %1 im Pool. Scrollen Sie in der Benutzertabelle, um mehr zu lesen, oder zählen Sie jeden Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.</source>
        <translation>%1 Ohne Faktor: %2; Authentifikator-App: %3; SMS: %4; E-Mail: %5.</translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>Eine vollständige Zählung liest etwa %1 Benutzer: %2 Anfragen (%3 ListUsers, %4 AdminGetUser), %5 bei %n Anfrage pro Sekunde.</numerusform>
            <numerusform>Eine vollständige Zählung liest etwa %1 Benutzer: %2 Anfragen (%3 ListUsers, %4 AdminGetUser), %5 bei %n Anfragen pro Sekunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>Vollständige Zählung nach %n Anfrage abgebrochen; das Diagramm zeigt weiter die Stichprobe.</numerusform>
            <numerusform>Vollständige Zählung nach %n Anfragen abgebrochen; das Diagramm zeigt weiter die Stichprobe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>Alle %n Benutzer gezählt (eine vollständige Zählung, %1 Anfragen).</numerusform>
            <numerusform>Alle %n Benutzer gezählt (eine vollständige Zählung, %1 Anfragen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>%n Benutzer gezählt; %1 konnten nicht gelesen werden.</numerusform>
            <numerusform>%n Benutzer gezählt; %1 konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation>Richtlinienverlauf von %1</translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation>Angewendete Richtlinien</translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation>Jede MFA-Richtlinie, die von Tessera aus auf diesen Pool angewendet wurde, die neueste zuerst.</translation>
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
        <translation>Von Tessera aus wurde noch keine Richtlinie auf diesen Pool angewendet.</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>Diese Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation>Zeigt die Richtlinie der gewählten Version als Änderungsplan, bevor etwas angewendet wird.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation>Konfiguration von %1 exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
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
        <translation>AWS-CLI-Eingabe (set-user-pool-mfa-config)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation>Das Infrastructure-as-Code-Format, in das exportiert wird.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation>Die exportierte Konfiguration, so wie sie kopiert oder gespeichert wird.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the configuration to the clipboard.</source>
        <translation>Kopiert die Konfiguration in die Zwischenablage.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saves the configuration to a file.</source>
        <translation>Speichert die Konfiguration in einer Datei.</translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation>Nicht in diesem Format, von Hand festgelegt: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation>O&amp;ptional</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Erforderlich</translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation>Faktoren, die Benutzer verwenden können</translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation>Authentifikator-Apps (&amp;TOTP)</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Authentifikator-Apps (TOTP)</translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation>Codes aus einer App wie Tessera: kostenlos, und funktioniert ohne Mobilfunkempfang.</translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation>&amp;SMS-Nachrichten</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>SMS-Nachrichten</translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation>Codes per SMS, versendet und pro Nachricht berechnet von Amazon SNS.</translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation>E-&amp;Mail-Codes</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>E-Mail-Codes</translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Codes per E-Mail; bei AWS braucht dies Amazon SES als E-Mail-Absender des Pools.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation>ARN der SNS-Aufruferrolle</translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation>Die IAM-Rolle, die Cognito übernimmt, um SMS über Amazon SNS zu versenden, z. B. arn:aws:iam::123456789012:role/cognito-sms.</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation>Die externe ID in der Vertrauensrichtlinie der Rolle (sts:ExternalId).</translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation>SNS-Region</translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation>Von wo SMS gesendet werden; leer bedeutet die eigene Region des Pools.</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>SMS-Nachricht</translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation>Der Text, den Benutzer erhalten; {####} wird durch den Code ersetzt. 6 bis 140 Zeichen.</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>SMS-Vorschau</translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation>ARN der SNS-&amp;Rolle:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation>SNS-Re&amp;gion:</translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation>Cognito versendet SMS über eine IAM-Rolle, die Sie anlegen. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;So richten Sie SMS für einen Benutzerpool ein&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Na&amp;chricht:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation>Bis zu 140 Zeichen.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>E-Mail-Nachricht</translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation>Die E-Mail, die Benutzer erhalten; {####} wird durch den Code ersetzt. 6 bis 20.000 Zeichen.</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>E-Mail-Vorschau</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Nachr&amp;icht:</translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation>Geräte und Verbundbenutzer</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Nicht gemerkt</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Immer gemerkt</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Gemerkt, wenn der Benutzer zustimmt</translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation>Geräte merken</translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation>Ob Cognito sich die Geräte merkt, von denen aus sich Benutzer anmelden (DeviceConfiguration).</translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation>MFA auf gemerkten Geräten &amp;überspringen</translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation>MFA auf gemerkten Geräten überspringen</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation>Ein gemerktes Gerät meldet sich ohne Code an; ein neues Gerät wird immer gefragt (ChallengeRequiredOnNewDevice).</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Wie es die MFA-Einstellung des Pools vorgibt</translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation>Immer nach einem Code fragen</translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation>Nie fragen (dem Anbieter vertrauen)</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Verbundbenutzer</translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation>MFA für Benutzer, die sich über einen anderen Identitätsanbieter anmelden.</translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation>Geräte mer&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation>Verbund&amp;benutzer:</translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation>Nur von der lokalen Engine von Tessera gespeichert; Cognito hat keine solche Einstellung.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation>Benutzer erhalten den Standardtext von Cognito: &quot;Your authentication code is 123456.&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>Benutzer erhalten: „%1“ (%n Zeichen)</numerusform>
            <numerusform>Benutzer erhalten: „%1“ (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation>Die Nachricht muss {####} enthalten, wo der Code eingesetzt wird.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation>Benutzer erhalten die Standard-E-Mail von Cognito.</translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation>Benutzer erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PasskeySettings</name>
    <message>
        <source>Passkeys and passwordless sign-in</source>
        <translation>Passkeys und passwortlose Anmeldung</translation>
    </message>
    <message>
        <source>Passkeys unavailable</source>
        <translation>Passkeys nicht verfügbar</translation>
    </message>
    <message>
        <source>Allow sign-in with &amp;passkeys</source>
        <translation>Anmeldung mit &amp;Passkeys erlauben</translation>
    </message>
    <message>
        <source>Allow sign-in with passkeys</source>
        <translation>Anmeldung mit Passkeys erlauben</translation>
    </message>
    <message>
        <source>Users can register a passkey (a security key, or the lock of their phone or laptop) and sign in with it instead of a password.</source>
        <translation>Benutzer können einen Passkey registrieren (einen Sicherheitsschlüssel oder die Sperre ihres Telefons oder Laptops) und sich damit statt mit einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>ID der vertrauenden Partei</translation>
    </message>
    <message>
        <source>The domain passkeys are bound to, such as example.com.</source>
        <translation>Die Domain, an die Passkeys gebunden sind, z. B. example.com.</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>ID der &amp;vertrauenden Partei:</translation>
    </message>
    <message>
        <source>The relying party ID must be your app&apos;s own domain or a parent of it that can be registered (a registrable suffix): an app at https://app.example.com may use app.example.com or example.com, never com or another site&apos;s domain. Browsers refuse any other. A passkey works only for the ID it was registered with, so changing the ID later makes every existing passkey useless.</source>
        <translation>Die ID der vertrauenden Partei muss die eigene Domain Ihrer App sein oder eine ihr übergeordnete, registrierbare Domain (ein registrierbares Suffix): Eine App unter https://app.example.com darf app.example.com oder example.com verwenden, nie com oder die Domain einer anderen Website. Browser lehnen jede andere ab. Ein Passkey funktioniert nur für die ID, mit der er registriert wurde; eine spätere Änderung der ID macht also jeden vorhandenen Passkey unbrauchbar.</translation>
    </message>
    <message>
        <source>App address to check</source>
        <translation>Zu prüfende App-Adresse</translation>
    </message>
    <message>
        <source>Your app&apos;s address, to check that it can use passkeys for this relying party. Not saved.</source>
        <translation>Die Adresse Ihrer App, um zu prüfen, ob sie Passkeys für diese vertrauende Partei verwenden kann. Wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;App address (check):</source>
        <translation>&amp;App-Adresse (Prüfung):</translation>
    </message>
    <message>
        <source>Relying party check</source>
        <translation>Prüfung der vertrauenden Partei</translation>
    </message>
    <message>
        <source>Pr&amp;eferred</source>
        <translation>B&amp;evorzugt</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot check who holds it.</source>
        <translation>Eine Berührung des Schlüssels genügt, wo er nicht prüfen kann, wer ihn besitzt.</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>E&amp;rforderlich</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Jede Passkey-Anmeldung muss nachweisen, wer den Schlüssel besitzt (PIN oder Biometrie); Schlüssel, die das nicht können, werden abgelehnt.</translation>
    </message>
    <message>
        <source>User verification: %1</source>
        <translation>Benutzerüberprüfung: %1</translation>
    </message>
    <message>
        <source>User verification:</source>
        <translation>Benutzerüberprüfung:</translation>
    </message>
    <message>
        <source>Users may begin signing in with:</source>
        <translation>Benutzer können die Anmeldung beginnen mit:</translation>
    </message>
    <message>
        <source>First factor: password</source>
        <translation>Erster Faktor: Passwort</translation>
    </message>
    <message>
        <source>Always allowed, so that every user can still sign in.</source>
        <translation>Immer erlaubt, damit sich jeder Benutzer weiterhin anmelden kann.</translation>
    </message>
    <message>
        <source>First factor: code by email</source>
        <translation>Erster Faktor: Code per E-Mail</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email.</source>
        <translation>Benutzer mit bestätigter E-Mail-Adresse können sich mit einem per E-Mail gesendeten Code anmelden.</translation>
    </message>
    <message>
        <source>First factor: code by text message</source>
        <translation>Erster Faktor: Code per SMS</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a texted code; each code is a message the pool pays for.</source>
        <translation>Benutzer mit bestätigter Telefonnummer können sich mit einem per SMS gesendeten Code anmelden; jeder Code ist eine Nachricht, die der Pool bezahlt.</translation>
    </message>
    <message>
        <source>This endpoint has no passkey operations (it answers ListWebAuthnCredentials as unsupported), so passkey and passwordless settings are hidden.</source>
        <translation>Dieser Endpunkt hat keine Passkey-Operationen (er beantwortet ListWebAuthnCredentials als nicht unterstützt), daher sind die Einstellungen für Passkeys und passwortlose Anmeldung ausgeblendet.</translation>
    </message>
    <message>
        <source>Give the relying party ID: Tessera&apos;s local engine has no domain of its own, and on AWS an empty ID means the pool&apos;s Cognito domain, which your app&apos;s pages cannot use.</source>
        <translation>Geben Sie die ID der vertrauenden Partei an: Die lokale Engine von Tessera hat keine eigene Domain, und bei AWS bedeutet eine leere ID die Cognito-Domain des Pools, die die Seiten Ihrer App nicht verwenden können.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; give your app&apos;s, such as https://app.example.com.</source>
        <translation>„%1“ ist keine Adresse; geben Sie die Ihrer App an, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>Pages at %1 can register and use passkeys for %2.</source>
        <translation>Seiten unter %1 können Passkeys für %2 registrieren und verwenden.</translation>
    </message>
    <message>
        <source>Pages at %1 cannot use passkeys for %2: the relying party ID must be %1 itself or a parent domain of it.</source>
        <translation>Seiten unter %1 können keine Passkeys für %2 verwenden: Die ID der vertrauenden Partei muss %1 selbst oder eine übergeordnete Domain davon sein.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation>Authentifikator-Apps</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>MFA is required, with %1.</source>
        <translation>MFA ist erforderlich, mit %1.</translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation>MFA ist optional, mit %1.</translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation>MFA ist aus: Benutzer melden sich nur mit Passwort an.</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Konsolenmeldung</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>Konsolenfehler</translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation>Keine Pools geöffnet</translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation>Bearbeiten Sie Benutzerpools und ihre MFA-Richtlinie in der lokalen Engine von Tessera, oder verbinden Sie sich mit AWS Cognito oder einem kompatiblen Endpunkt. Jede Änderung wird als Plan gezeigt, bevor sie angewendet wird.</translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation>Lokale Pools öffnen</translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation>Mit AWS Cognito verbinden…</translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation>Abgebrochen. Das Angezeigte ist möglicherweise veraltet: Wählen Sie den Pool erneut, um ihn neu einzulesen.</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>Pools filtern</translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation>Zeigt die Pools, deren Name oder ID diesen Text enthält.</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>Benutzerpools</translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation>Die Benutzerpools der Verbindung; wählen Sie einen, um seine MFA-Richtlinie anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation>Sortiert nach einer Spalte; ihr Kontextmenü blendet Spalten ein oder aus.</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Neuer Pool…</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>Neuer Pool</translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation>P&amp;ool löschen…</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation>Wählen Sie einen Pool</translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation>Seine MFA-Richtlinie, wer welchen Faktor eingerichtet hat, und was eine Änderung bewirkt, bevor sie angewendet wird.</translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation>Noch keine Pools</translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation>Erstellen Sie einen Pool oder einen Beispielpool mit 200 Benutzern in jedem Zustand (kein Faktor, SMS, Authentifikator-App, deaktiviert, temporäres Passwort), um die Konsole bei der Arbeit zu sehen.</translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation>&amp;Beispielpool erstellen</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Neuer Pool…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation>Geltende MFA</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>Än&amp;derungen prüfen…</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation>Zeigt, was die bearbeitete Richtlinie ändert und für wen, bevor etwas angewendet wird.</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>Konfig&amp;uration exportieren…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>Die geltende Richtlinie als CloudFormation, Terraform oder AWS-CLI-Eingabe.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ver&amp;lauf…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation>Die von Tessera aus auf diesen Pool angewendeten Richtlinien, um eine wiederherzustellen.</translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation>Dieser Endpunkt kann keine Pools erstellen.</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>Pool wird gelesen…</translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation>Dieser Endpunkt unterstützt dies nicht.</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Benutzer werden gezählt…</translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation>Benutzer (geschätzt): %1. Wer welchen Faktor hat, wird bei dieser Verbindung pro Benutzer gelesen; die Benutzerliste zeigt es.</translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation>Benutzer: %1. Ohne Faktor: %2; mit Authentifikator-App: %3; mit SMS: %4; mit E-Mail: %5.</translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation>Diese Version ist die geltende Richtlinie: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation>Nicht angewendet: %1 (%2). Die geltende Richtlinie ist unverändert.</translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation>Auf %1 angewendet.</translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation>Auf %1 angewendet, aber der Verlauf konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation>Der Pool wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation>Pool %1 erstellt.</translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation>Der Pool wurde erstellt, aber seine MFA konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation>Pool %1 gelöscht.</translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation>Pool %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation>Der Beispielpool wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation>Beispielpool erstellt: 200 Benutzer in gemischten Zuständen. Wählen Sie ihn, um seine Richtlinie zu sehen.</translation>
    </message>
    <message>
        <source>Pool sections</source>
        <translation>Pool-Bereiche</translation>
    </message>
    <message>
        <source>&amp;MFA policy</source>
        <translation>&amp;MFA-Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Registrierung</translation>
    </message>
    <message>
        <source>&amp;Adaptive MFA</source>
        <translation>&amp;Adaptive MFA</translation>
    </message>
    <message>
        <source>SMS &amp;costs</source>
        <translation>SMS-&amp;Kosten</translation>
    </message>
    <message>
        <source>Sign-in &amp;lab</source>
        <translation>Anmelde-&amp;Labor</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation>Authentifikator-App</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>Pool-ID</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation>Benutzer (geschätzt)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Für das Profil %1 wurden keine AWS-Schlüssel gefunden: Führen Sie &quot;aws configure --profile %1&quot; aus oder setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation>Das Sitzungstoken des Profils %1 ist abgelaufen: Melden Sie sich erneut an (bei SSO &quot;aws sso login --profile %1&quot;).</translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation>AWS hat die Schlüssel des Profils %1 nicht akzeptiert (%2): Prüfen Sie Zugriffsschlüssel und geheimen Schlüssel sowie die Region.</translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation>Zugriff verweigert: Die Schlüssel des Profils %1 dürfen cognito-idp:ListUserPools nicht aufrufen. AWS meldete: %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation>Der Endpunkt war nicht erreichbar (%1): Prüfen Sie URL oder Region und das Netzwerk.</translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation>Dieser Endpunkt listet keine Benutzerpools auf: %1</translation>
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
        <translation>Status der adaptiven MFA</translation>
    </message>
    <message>
        <source>Re&amp;view risk changes…</source>
        <translation>Risikoänderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Review risk changes</source>
        <translation>Risikoänderungen prüfen</translation>
    </message>
    <message>
        <source>Shows what the edited risk configuration will change before anything is applied.</source>
        <translation>Zeigt, was die bearbeitete Risikokonfiguration ändern wird, bevor etwas angewendet wird.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert risk changes</source>
        <translation>Risikoänderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Puts back the configuration in force.</source>
        <translation>Stellt die geltende Konfiguration wieder her.</translation>
    </message>
    <message>
        <source>E&amp;xport as code…</source>
        <translation>Als Code e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export risk configuration as code</source>
        <translation>Risikokonfiguration als Code exportieren</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA configuration with the risk settings as edited here, as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>Die MFA-Konfiguration des Pools mit den hier bearbeiteten Risikoeinstellungen, als CloudFormation, Terraform oder Eingabe für die AWS CLI.</translation>
    </message>
    <message>
        <source>Choose a pool to see its adaptive MFA settings.</source>
        <translation>Wählen Sie einen Pool, um seine Einstellungen für adaptive MFA zu sehen.</translation>
    </message>
    <message>
        <source>When a sign-in looks risky</source>
        <translation>Wenn eine Anmeldung riskant erscheint</translation>
    </message>
    <message>
        <source>&amp;Low risk:</source>
        <translation>&amp;Niedriges Risiko:</translation>
    </message>
    <message>
        <source>Med&amp;ium risk:</source>
        <translation>&amp;Mittleres Risiko:</translation>
    </message>
    <message>
        <source>&amp;High risk:</source>
        <translation>&amp;Hohes Risiko:</translation>
    </message>
    <message>
        <source>Low-risk action</source>
        <translation>Aktion bei niedrigem Risiko</translation>
    </message>
    <message>
        <source>Medium-risk action</source>
        <translation>Aktion bei mittlerem Risiko</translation>
    </message>
    <message>
        <source>High-risk action</source>
        <translation>Aktion bei hohem Risiko</translation>
    </message>
    <message>
        <source>Notify on low risk</source>
        <translation>Bei niedrigem Risiko benachrichtigen</translation>
    </message>
    <message>
        <source>Notify on medium risk</source>
        <translation>Bei mittlerem Risiko benachrichtigen</translation>
    </message>
    <message>
        <source>Notify on high risk</source>
        <translation>Bei hohem Risiko benachrichtigen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>MFA if configured</source>
        <translation>MFA, falls eingerichtet</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>What the pool does with a sign-in at this level.</source>
        <translation>Was der Pool mit einer Anmeldung dieser Stufe tut.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Tells the user of each such sign-in (by email on AWS, through the outbox on the local engine).</source>
        <translation>Informiert den Benutzer über jede solche Anmeldung (bei AWS per E-Mail, bei der lokalen Engine über den Postausgang).</translation>
    </message>
    <message>
        <source>%1 meaning</source>
        <translation>Bedeutung von %1</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>One CIDR range per line, IPv4 or IPv6, such as 192.0.2.0/24 or 2001:db8::/32. These lists are looked at before any other signal.</source>
        <translation>Ein CIDR-Bereich pro Zeile, IPv4 oder IPv6, z. B. 192.0.2.0/24 oder 2001:db8::/32. Diese Listen werden vor allen anderen Signalen geprüft.</translation>
    </message>
    <message>
        <source>IP ranges help</source>
        <translation>Hilfe zu IP-Bereichen</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Al&amp;ways allow (skip the risk checks, count as low risk):</source>
        <translation>Immer &amp;erlauben (Risikoprüfungen überspringen, zählt als niedriges Risiko):</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Immer erlaubte IP-Bereiche</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks; one CIDR range per line.</source>
        <translation>Anmeldungen aus diesen Bereichen überspringen die Risikoprüfungen; ein CIDR-Bereich pro Zeile.</translation>
    </message>
    <message>
        <source>&amp;Block (refused before the password is looked at):</source>
        <translation>&amp;Blockieren (abgelehnt, bevor das Passwort geprüft wird):</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Blockierte IP-Bereiche</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused; one CIDR range per line.</source>
        <translation>Anmeldungen aus diesen Bereichen werden abgelehnt; ein CIDR-Bereich pro Zeile.</translation>
    </message>
    <message>
        <source>How Tessera&apos;s local engine scores a sign-in</source>
        <translation>Wie die lokale Engine von Tessera eine Anmeldung bewertet</translation>
    </message>
    <message>
        <source>New device: a device (remembered device key, device data or user agent) not seen in the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Neues Gerät: Ein Gerät (gemerkter Geräteschlüssel, Gerätedaten oder User-Agent), das bei den früheren erfolgreichen Anmeldungen des Benutzers nicht vorkam, ergibt 1 Punkt.</translation>
    </message>
    <message>
        <source>New device signal</source>
        <translation>Signal „Neues Gerät“</translation>
    </message>
    <message>
        <source>New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Neues Netzwerk: Eine Adresse außerhalb der /24-Netze (IPv4) oder /48-Netze (IPv6) der früheren erfolgreichen Anmeldungen des Benutzers ergibt 1 Punkt.</translation>
    </message>
    <message>
        <source>New network signal</source>
        <translation>Signal „Neues Netzwerk“</translation>
    </message>
    <message>
        <source>Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, %2 or more add 2.</source>
        <translation>Fehlerhäufigkeit: %1 oder mehr fehlgeschlagene Anmeldungen des Benutzers in 15 Minuten ergeben 1 Punkt, %2 oder mehr ergeben 2.</translation>
    </message>
    <message>
        <source>Failure velocity signal</source>
        <translation>Signal „Fehlerhäufigkeit“</translation>
    </message>
    <message>
        <source>Request rate: %1 or more sign-in attempts from one address in a minute, as a bot makes, add 3 points.</source>
        <translation>Anfragerate: %1 oder mehr Anmeldeversuche von einer Adresse innerhalb einer Minute, wie sie ein Bot macht, ergeben 3 Punkte.</translation>
    </message>
    <message>
        <source>Request rate signal</source>
        <translation>Signal „Anfragerate“</translation>
    </message>
    <message>
        <source>0 or 1 point is low risk, 2 medium, 3 or more high; a user&apos;s first sign-in has no history to compare with. AWS Cognito scores with its own model instead.</source>
        <translation>0 oder 1 Punkt ist niedriges Risiko, 2 mittleres, 3 oder mehr hohes; die erste Anmeldung eines Benutzers hat keinen Verlauf zum Vergleich. AWS Cognito bewertet stattdessen mit seinem eigenen Modell.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Risikostufen</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API, so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>Adaptive MFA ist hier nicht verfügbar: Dieser Endpunkt hat keine API für die Risikokonfiguration; verwenden Sie daher die lokale Engine von Tessera oder AWS Cognito mit Bedrohungsschutz.</translation>
    </message>
    <message>
        <source>Reading the risk configuration…</source>
        <translation>Risikokonfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API (cognito-local, for one, lacks it), so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>Adaptive MFA ist hier nicht verfügbar: Dieser Endpunkt hat keine API für die Risikokonfiguration (cognito-local etwa fehlt sie); verwenden Sie daher die lokale Engine von Tessera oder AWS Cognito mit Bedrohungsschutz.</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available on this pool: AWS Cognito offers it only with threat protection (advanced security) in the pool&apos;s feature plan, which is turned on in AWS.</source>
        <translation>Adaptive MFA ist für diesen Pool nicht verfügbar: AWS Cognito bietet sie nur mit Bedrohungsschutz (erweiterte Sicherheit) im Funktionsplan des Pools an, der in AWS aktiviert wird.</translation>
    </message>
    <message>
        <source>The risk configuration could not be read: %1 (%2).</source>
        <translation>Die Risikokonfiguration konnte nicht gelesen werden: %1 (%2).</translation>
    </message>
    <message>
        <source>What this pool does when a sign-in looks risky, and the addresses it always allows or blocks.</source>
        <translation>Was dieser Pool tut, wenn eine Anmeldung riskant erscheint, und welche Adressen er immer erlaubt oder blockiert.</translation>
    </message>
    <message>
        <source>No adaptive MFA is set: every sign-in goes on as the MFA policy says, whatever its risk.</source>
        <translation>Keine adaptive MFA festgelegt: Jede Anmeldung verläuft so, wie die MFA-Richtlinie es vorsieht, unabhängig von ihrem Risiko.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabPanel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The pool user to sign in as; pick one or type a name.</source>
        <translation>Der Pool-Benutzer, als der angemeldet wird; wählen Sie einen aus oder geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>App-Client</translation>
    </message>
    <message>
        <source>The app client the sign-in goes through.</source>
        <translation>Der App-Client, über den die Anmeldung läuft.</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>App-&amp;Client:</translation>
    </message>
    <message>
        <source>App client note</source>
        <translation>Hinweis zum App-Client</translation>
    </message>
    <message>
        <source>Create a &amp;test client</source>
        <translation>&amp;Test-Client anlegen</translation>
    </message>
    <message>
        <source>Create a test client</source>
        <translation>Test-Client anlegen</translation>
    </message>
    <message>
        <source>Creates an app client named tessera-lab that allows password and SRP sign-in.</source>
        <translation>Legt einen App-Client namens tessera-lab an, der Anmeldung per Passwort und SRP erlaubt.</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>Passwort (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Authentication flow</source>
        <translation>Authentifizierungsablauf</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>Das Passwort des Benutzers; wird in Speicher gehalten, der danach überschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Set this as the user&apos;s &amp;test password first</source>
        <translation>Zuerst als Testpass&amp;wort des Benutzers festlegen</translation>
    </message>
    <message>
        <source>Set a test password</source>
        <translation>Testpasswort festlegen</translation>
    </message>
    <message>
        <source>Before signing in, makes the password above the user&apos;s permanent password (AdminSetUserPassword).</source>
        <translation>Macht vor der Anmeldung das obige Passwort zum dauerhaften Passwort des Benutzers (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Answers NEW_PASSWORD_REQUIRED when the user has a temporary password; empty stops the run there.</source>
        <translation>Beantwortet NEW_PASSWORD_REQUIRED, wenn der Benutzer ein temporäres Passwort hat; leer beendet den Lauf dort.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>The address the sign-in comes from.</source>
        <translation>Die Adresse, von der die Anmeldung kommt.</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>A new device, or one the user has remembered (the risk engine and remembered-device rules read it).</source>
        <translation>Ein neues Gerät oder eines, das der Benutzer gemerkt hat (die Risiko-Engine und die Regeln für gemerkte Geräte lesen es).</translation>
    </message>
    <message>
        <source>A new device</source>
        <translation>Ein neues Gerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Name des neuen Geräts</translation>
    </message>
    <message>
        <source>The new device&apos;s name.</source>
        <translation>Der Name des neuen Geräts.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Gerätena&amp;me:</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>The browser or app the sign-in claims to be.</source>
        <translation>Der Browser oder die App, als die sich die Anmeldung ausgibt.</translation>
    </message>
    <message>
        <source>User &amp;agent:</source>
        <translation>&amp;User-Agent:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Walks the sign-in through every challenge.</source>
        <translation>Führt die Anmeldung durch jede Challenge.</translation>
    </message>
    <message>
        <source>Set up an &amp;authenticator…</source>
        <translation>Authentifikator ein&amp;richten…</translation>
    </message>
    <message>
        <source>Set up an authenticator</source>
        <translation>Authentifikator einrichten</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for the user with the tokens of the last run.</source>
        <translation>Registriert einen TOTP-Authentifikator für den Benutzer mit den Token des letzten Laufs.</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>Zum Tresor &amp;dieses Computers hinzufügen</translation>
    </message>
    <message>
        <source>Add the set-up secret to the vault</source>
        <translation>Den eingerichteten geheimen Schlüssel zum Tresor hinzufügen</translation>
    </message>
    <message>
        <source>Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user.</source>
        <translation>Speichert den gerade per MFA_SETUP registrierten Authentifikator als mit dem Benutzer verknüpften Tresoreintrag.</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Code erforderlich</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code the challenge asks for, as the user would type it.</source>
        <translation>Der Code, den die Challenge verlangt, so wie der Benutzer ihn eingeben würde.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>Code s&amp;enden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Could not list the pool&apos;s users: %1</source>
        <translation>Die Benutzer des Pools konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>Die App-Clients konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (allows neither password nor SRP sign-in)</source>
        <translation>%1 (erlaubt weder Passwort- noch SRP-Anmeldung)</translation>
    </message>
    <message>
        <source>The pool has no app client yet.</source>
        <translation>Der Pool hat noch keinen App-Client.</translation>
    </message>
    <message>
        <source>No app client of this pool allows password or SRP sign-in.</source>
        <translation>Kein App-Client dieses Pools erlaubt Anmeldung per Passwort oder SRP.</translation>
    </message>
    <message>
        <source>Could not create the test client: %1</source>
        <translation>Der Test-Client konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>Gemerkt: %1</translation>
    </message>
    <message>
        <source>Choose an app client, or create a test client.</source>
        <translation>Wählen Sie einen App-Client, oder legen Sie einen Test-Client an.</translation>
    </message>
    <message>
        <source>Choose the user to sign in as.</source>
        <translation>Wählen Sie den Benutzer, als der angemeldet werden soll.</translation>
    </message>
    <message>
        <source>Type the user&apos;s password (or a new one with &quot;Set a test password&quot;).</source>
        <translation>Geben Sie das Passwort des Benutzers ein (oder ein neues mit „Testpasswort festlegen“).</translation>
    </message>
    <message>
        <source>Could not set the test password: %1</source>
        <translation>Das Testpasswort konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 needs a code: %2. Type the code the user would type.</source>
        <translation>%1 braucht einen Code: %2. Geben Sie den Code ein, den der Benutzer eingeben würde.</translation>
    </message>
    <message>
        <source>Type the code first.</source>
        <translation>Geben Sie zuerst den Code ein.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>Only the local engine records why it decided; this backend answers without a decision trace.</source>
        <translation>Nur die lokale Engine zeichnet auf, warum sie so entschieden hat; dieses Backend antwortet ohne Entscheidungsspur.</translation>
    </message>
    <message>
        <source>No decision trace: the run ended before the engine decided anything.</source>
        <translation>Keine Entscheidungsspur: Der Lauf endete, bevor die Engine etwas entschieden hat.</translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>Der Eintrag konnte nicht zum Tresor hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Sign-in steps</source>
        <translation>Anmeldeschritte</translation>
    </message>
    <message>
        <source>Each request and answer of the run; expand a step for its request and answer, passwords and tokens masked.</source>
        <translation>Jede Anfrage und Antwort des Laufs; erweitern Sie einen Schritt für seine Anfrage und Antwort, Passwörter und Token maskiert.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>Code aus</translation>
    </message>
    <message>
        <source>Step columns</source>
        <translation>Schrittspalten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Show token claims</source>
        <translation>Token-Claims an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>Token-Claims anzeigen</translation>
    </message>
    <message>
        <source>Decodes the ID and access tokens&apos; claims (read without checking the signature).</source>
        <translation>Decodiert die Claims des ID- und des Zugriffstokens (gelesen ohne Prüfung der Signatur).</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token-Claims</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>Entscheidungsspur</translation>
    </message>
    <message>
        <source>Decision trace note</source>
        <translation>Hinweis zur Entscheidungsspur</translation>
    </message>
    <message>
        <source>Why the local engine decided what it did: risk signals, score, level, action, and whether MFA was asked and why.</source>
        <translation>Warum die lokale Engine so entschieden hat: Risikosignale, Wert, Stufe, Aktion und ob und warum MFA abgefragt wurde.</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: wartet auf die Antwort</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>Authentifiziert. Die Token laufen in %n Sekunde ab (Gültigkeit des ID-Tokens %1 s, des Zugriffstokens %2 s).</numerusform>
            <numerusform>Authentifiziert. Die Token laufen in %n Sekunden ab (Gültigkeit des ID-Tokens %1 s, des Zugriffstokens %2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool remembered this device as %1.</source>
        <translation>Der Pool hat sich dieses Gerät als %1 gemerkt.</translation>
    </message>
    <message>
        <source>ID token claims:
%1

Access token claims:
%2</source>
        <translation>Claims des ID-Tokens:
%1

Claims des Zugriffstokens:
%2</translation>
    </message>
    <message>
        <source>Stopped: %1: %2</source>
        <translation>Abgebrochen: %1: %2</translation>
    </message>
    <message>
        <source>Stopped at %1: %2: %3</source>
        <translation>Abgebrochen bei %1: %2: %3</translation>
    </message>
    <message>
        <source>What to change: %1</source>
        <translation>Was zu ändern ist: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>&amp;Hide token claims</source>
        <translation>Token-Claims &amp;verbergen</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users now; starts from the pool&apos;s estimated users.</source>
        <translation>Benutzer jetzt; beginnt mit den geschätzten Benutzern des Pools.</translation>
    </message>
    <message>
        <source>Sign-ins per user per month</source>
        <translation>Anmeldungen pro Benutzer und Monat</translation>
    </message>
    <message>
        <source>Share of sign-ins challenged</source>
        <translation>Anteil der abgefragten Anmeldungen</translation>
    </message>
    <message>
        <source>Sign-ins asked for an MFA code; starts from the MFA policy.</source>
        <translation>Anmeldungen, bei denen ein MFA-Code verlangt wurde; beginnt mit der MFA-Richtlinie.</translation>
    </message>
    <message>
        <source>Share of challenged users on SMS</source>
        <translation>Anteil der abgefragten Benutzer mit SMS</translation>
    </message>
    <message>
        <source>Challenged users whose code comes by text; the rest use TOTP or email.</source>
        <translation>Abgefragte Benutzer, deren Code per SMS kommt; die übrigen verwenden TOTP oder E-Mail.</translation>
    </message>
    <message>
        <source>User growth per month</source>
        <translation>Benutzerwachstum pro Monat</translation>
    </message>
    <message>
        <source>Use&amp;rs:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Sign-ins per user per month:</source>
        <translation>&amp;Anmeldungen pro Benutzer und Monat:</translation>
    </message>
    <message>
        <source>Share of sign-ins c&amp;hallenged:</source>
        <translation>Anteil der a&amp;bgefragten Anmeldungen:</translation>
    </message>
    <message>
        <source>Share of challenged users &amp;on SMS:</source>
        <translation>Anteil der abgefragten Benutzer mit &amp;SMS:</translation>
    </message>
    <message>
        <source>User &amp;growth per month:</source>
        <translation>Benutzer&amp;wachstum pro Monat:</translation>
    </message>
    <message>
        <source>Where the shares come from</source>
        <translation>Woher die Anteile stammen</translation>
    </message>
    <message>
        <source>Reset &amp;from the pool</source>
        <translation>Aus dem Pool &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset inputs from the pool</source>
        <translation>Eingaben aus dem Pool zurücksetzen</translation>
    </message>
    <message>
        <source>Users, and the shares from the MFA policy and the factor mix, read again.</source>
        <translation>Benutzer und die Anteile aus der MFA-Richtlinie und der Faktorverteilung werden erneut gelesen.</translation>
    </message>
    <message>
        <source>Prices as of %1, in %2. %3</source>
        <translation>Preise mit Stand %1, in %2. %3</translation>
    </message>
    <message>
        <source>About the sample prices</source>
        <translation>Über die Beispielpreise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Price per SMS (%1)</source>
        <translation>Preis pro SMS (%1)</translation>
    </message>
    <message>
        <source>Share of texts (%)</source>
        <translation>Anteil der SMS (%)</translation>
    </message>
    <message>
        <source>SMS prices by destination country</source>
        <translation>SMS-Preise nach Zielland</translation>
    </message>
    <message>
        <source>Editable: a country code (ISO 3166, such as US), its price per text, and the share of texts sent there; the shares add up to 100.</source>
        <translation>Bearbeitbar: ein Ländercode (ISO 3166, z. B. DE), sein Preis pro SMS und der Anteil der dorthin gesendeten SMS; die Anteile ergeben zusammen 100.</translation>
    </message>
    <message>
        <source>Price columns</source>
        <translation>Preisspalten</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>Alle Preise auswählen</translation>
    </message>
    <message>
        <source>Add countr&amp;y</source>
        <translation>&amp;Land hinzufügen</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Land hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve country</source>
        <translation>Land &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Land entfernen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TOTP or email (nothing per message)</source>
        <translation>TOTP oder E-Mail (nichts pro Nachricht)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>SMS cost over 12 months</source>
        <translation>SMS-Kosten über 12 Monate</translation>
    </message>
    <message>
        <source>Lines: what SMS codes cost each month, against TOTP or email at nothing per message. The sentences below say the same in words.</source>
        <translation>Linien: was SMS-Codes jeden Monat kosten, gegenüber TOTP oder E-Mail ohne Kosten pro Nachricht. Die Sätze unten sagen dasselbe in Worten.</translation>
    </message>
    <message>
        <source>SMS cost summary</source>
        <translation>Zusammenfassung der SMS-Kosten</translation>
    </message>
    <message>
        <source>SMS cost problem</source>
        <translation>Problem bei den SMS-Kosten</translation>
    </message>
    <message>
        <source>Share of SMS users moved to TOTP</source>
        <translation>Anteil der auf TOTP umgestellten SMS-Benutzer</translation>
    </message>
    <message>
        <source>Cost of moving one user</source>
        <translation>Kosten der Umstellung eines Benutzers</translation>
    </message>
    <message>
        <source>Paid once per user moved: support time, messages asking them to switch.</source>
        <translation>Einmal pro umgestelltem Benutzer bezahlt: Supportzeit, Nachrichten mit der Bitte um den Wechsel.</translation>
    </message>
    <message>
        <source>Share of SMS users moved to &amp;TOTP:</source>
        <translation>Anteil der auf &amp;TOTP umgestellten SMS-Benutzer:</translation>
    </message>
    <message>
        <source>Cost of mov&amp;ing one user (%1):</source>
        <translation>Kosten der Umstellung e&amp;ines Benutzers (%1):</translation>
    </message>
    <message>
        <source>Break-even of moving to TOTP</source>
        <translation>Gewinnschwelle der Umstellung auf TOTP</translation>
    </message>
    <message>
        <source>The shares come from the MFA policy alone: an upper bound, as if every user had a factor.</source>
        <translation>Die Anteile stammen nur aus der MFA-Richtlinie: eine Obergrenze, als ob jeder Benutzer einen Faktor hätte.</translation>
    </message>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>Die Anteile stammen aus der MFA-Richtlinie und den Faktoren, die der %n Benutzer des Pools eingerichtet hat (SMS: die mit SMS unter denen mit einem Faktor).</numerusform>
            <numerusform>Die Anteile stammen aus der MFA-Richtlinie und den Faktoren, die die %n Benutzer des Pools eingerichtet haben (SMS: die mit SMS unter denen mit einem Faktor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot project: %1.</source>
        <translation>Keine Prognose möglich: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>Monat 1: %n SMS, %1. Monat 12: %2 SMS, %3. Über 12 Monate: %4, wobei TOTP oder E-Mail nichts pro Nachricht kosten würden.</numerusform>
            <numerusform>Monat 1: %n SMS, %1. Monat 12: %2 SMS, %3. Über 12 Monate: %4, wobei TOTP oder E-Mail nichts pro Nachricht kosten würden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No texts are sent, so moving users to TOTP saves nothing.</source>
        <translation>Es werden keine SMS gesendet, daher spart die Umstellung von Benutzern auf TOTP nichts.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs nothing up front and saves %2 from the first month.</source>
        <translation>Die Umstellung von %1 % der SMS-Benutzer auf TOTP kostet vorab nichts und spart ab dem ersten Monat %2.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it has paid for itself by month %4.</source>
        <translation>Die Umstellung von %1 % der SMS-Benutzer auf TOTP kostet einmalig %2 und spart im ersten Monat %3: Sie hat sich bis Monat %4 amortisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>Die Umstellung von %1 % der SMS-Benutzer auf TOTP kostet einmalig %2 und spart im ersten Monat %3: Sie würde sich nicht innerhalb von %n Monat amortisieren.</numerusform>
            <numerusform>Die Umstellung von %1 % der SMS-Benutzer auf TOTP kostet einmalig %2 und spart im ersten Monat %3: Sie würde sich nicht innerhalb von %n Monaten amortisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for this pool; &quot;Reset from the pool&quot; reads the pool and its policy again.</source>
        <translation>Für diesen Pool gespeichert; „Aus dem Pool zurücksetzen“ liest den Pool und seine Richtlinie erneut.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message>
        <source>Ne&amp;w user…</source>
        <translation>Neuer Be&amp;nutzer…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create a user with an invitation or a temporary password.</source>
        <translation>Einen Benutzer mit einer Einladung oder einem temporären Passwort anlegen.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>Add users from a CSV file in Cognito&apos;s user-import format.</source>
        <translation>Benutzer aus einer CSV-Datei im Benutzerimportformat von Cognito hinzufügen.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <source>Save every user matching the filter as CSV.</source>
        <translation>Jeden Benutzer, auf den der Filter zutrifft, als CSV speichern.</translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>&amp;Massenaktion…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Massenaktion</translation>
    </message>
    <message>
        <source>Disable, enable, require a factor, reset MFA, forget devices or delete the selected users or every user matching the filter.</source>
        <translation>Die ausgewählten Benutzer oder jeden Benutzer, auf den der Filter zutrifft, deaktivieren, aktivieren, einen Faktor verlangen, MFA zurücksetzen, Geräte vergessen oder löschen.</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n Benutzer importiert.</numerusform>
            <numerusform>%n Benutzer importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users to export…</source>
        <translation>Die zu exportierenden Benutzer werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>Die zu exportierenden Benutzer werden gelesen: bisher %n…</numerusform>
            <numerusform>Die zu exportierenden Benutzer werden gelesen: bisher %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>%1 The MFA columns are empty: this backend gives them one user at a time (AdminGetUser).</source>
        <translation>%1 Die MFA-Spalten sind leer: Dieses Backend liefert sie nur einzeln pro Benutzer (AdminGetUser).</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserDetailPane</name>
    <message>
        <source>User status</source>
        <translation>Benutzerstatus</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>Ergebnis der Aktion</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Fehler der Aktion</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The device is forgotten: %1&apos;s next sign-in from it asks for MFA again.</source>
        <translation>Das Gerät ist vergessen: Die nächste Anmeldung von %1 damit fragt wieder nach MFA.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Stop or allow this user&apos;s sign-ins.</source>
        <translation>Die Anmeldungen dieses Benutzers sperren oder erlauben.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>The user must set a new password at the next sign-in.</source>
        <translation>Der Benutzer muss bei der nächsten Anmeldung ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <source>Deletes the user for good, after you type the username.</source>
        <translation>Löscht den Benutzer endgültig, nachdem Sie den Benutzernamen eingegeben haben.</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>The factor Make preferred and Remove factor act on.</source>
        <translation>Der Faktor, auf den „Bevorzugen“ und „Faktor entfernen“ wirken.</translation>
    </message>
    <message>
        <source>Make preferred</source>
        <translation>Bevorzugen</translation>
    </message>
    <message>
        <source>Sign-ins ask for this factor first.</source>
        <translation>Anmeldungen fragen zuerst nach diesem Faktor.</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Faktor entfernen</translation>
    </message>
    <message>
        <source>Turns this factor off.</source>
        <translation>Schaltet diesen Faktor aus.</translation>
    </message>
    <message>
        <source>Clear preference</source>
        <translation>Präferenz löschen</translation>
    </message>
    <message>
        <source>No preferred factor; the factors stay on.</source>
        <translation>Kein bevorzugter Faktor; die Faktoren bleiben eingeschaltet.</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>MFA zurücksetzen</translation>
    </message>
    <message>
        <source>Turns every factor of this user off.</source>
        <translation>Schaltet jeden Faktor dieses Benutzers aus.</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Gemerkte Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Letzte IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>Gerät vergessen</translation>
    </message>
    <message>
        <source>The next sign-in from the selected device asks for MFA.</source>
        <translation>Die nächste Anmeldung vom ausgewählten Gerät fragt nach MFA.</translation>
    </message>
    <message>
        <source>Forget all devices</source>
        <translation>Alle Geräte vergessen</translation>
    </message>
    <message>
        <source>The next sign-in from every device asks for MFA.</source>
        <translation>Die nächste Anmeldung von jedem Gerät fragt nach MFA.</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Letzte Anmeldungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Choose a user to see their details.</source>
        <translation>Wählen Sie einen Benutzer, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>This backend does not list remembered devices (it does not serve AdminListDevices).</source>
        <translation>Dieses Backend listet keine gemerkten Geräte auf (es bietet AdminListDevices nicht an).</translation>
    </message>
    <message>
        <source>This backend keeps no sign-in history (it does not serve AdminListUserAuthEvents).</source>
        <translation>Dieses Backend führt keinen Anmeldeverlauf (es bietet AdminListUserAuthEvents nicht an).</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3 · changed %4</source>
        <translation>%1 · %2 · angelegt %3 · geändert %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (bevorzugt)</translation>
    </message>
    <message>
        <source>No MFA factor is on: this user signs in with a password only.</source>
        <translation>Kein MFA-Faktor ist eingeschaltet: Dieser Benutzer meldet sich nur mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Factors on: %1.</source>
        <translation>Eingeschaltete Faktoren: %1.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>gemerkt</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>nicht gemerkt</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>Keine gemerkten Geräte.</translation>
    </message>
    <message>
        <source>No sign-ins recorded yet.</source>
        <translation>Noch keine Anmeldungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>This backend does not serve %1, so %2 is not available.</source>
        <translation>Dieses Backend bietet %1 nicht an, daher ist %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 will be forgotten: %2&apos;s next sign-in from it asks for MFA again.</source>
        <translation>%1 wird vergessen: Die nächste Anmeldung von %2 damit fragt wieder nach MFA.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Set up an authenticator…</source>
        <translation>Authentifikator einrichten…</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for this user: a QR code for a phone, or an entry in this computer&apos;s vault.</source>
        <translation>Registriert einen TOTP-Authentifikator für diesen Benutzer: ein QR-Code für ein Telefon oder ein Eintrag im Tresor dieses Computers.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserFilterBar</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>Bevorzugter Benutzername</translation>
    </message>
    <message>
        <source>Status (CONFIRMED, …)</source>
        <translation>Status (CONFIRMED, …)</translation>
    </message>
    <message>
        <source>Enabled (Enabled / Disabled)</source>
        <translation>Aktiviert (Enabled / Disabled)</translation>
    </message>
    <message>
        <source>User ID (sub)</source>
        <translation>Benutzer-ID (sub)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>Benutzernamen durchsuchen</translation>
    </message>
    <message>
        <source>Lists the users whose username starts with this text (username ^= &quot;text&quot;).</source>
        <translation>Listet die Benutzer auf, deren Benutzername mit diesem Text beginnt (username ^= &quot;text&quot;).</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Filterfeld</translation>
    </message>
    <message>
        <source>The attribute to filter on: ListUsers can search only these.</source>
        <translation>Das Attribut, nach dem gefiltert wird: ListUsers kann nur nach diesen suchen.</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>ist genau</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Filteroperator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <source>Cognito filter, e.g. email ^= &quot;ann&quot;</source>
        <translation>Cognito-Filter, z. B. email ^= &quot;ann&quot;</translation>
    </message>
    <message>
        <source>Cognito filter</source>
        <translation>Cognito-Filter</translation>
    </message>
    <message>
        <source>The filter as ListUsers receives it; edit it here or with the fields above.</source>
        <translation>Der Filter, wie ListUsers ihn erhält; bearbeiten Sie ihn hier oder mit den Feldern oben.</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>Filter an&amp;wenden</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>A&amp;lle anzeigen</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>Alle Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Filterproblem</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>A CSV file in Cognito&apos;s user-import format: the header GetCSVHeader gives (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), one user a row. Imported users must reset their password at the first sign-in.</source>
        <translation>Eine CSV-Datei im Benutzerimportformat von Cognito: die Kopfzeile, die GetCSVHeader liefert (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), ein Benutzer pro Zeile. Importierte Benutzer müssen bei der ersten Anmeldung ihr Passwort zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importzusammenfassung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Users to import</source>
        <translation>Zu importierende Benutzer</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import goes into the local engine only. For AWS Cognito, start a user import job with the same file in the AWS console or CLI (CreateUserImportJob); the preview still checks the file.</source>
        <translation>Der Import geht nur in die lokale Engine. Für AWS Cognito starten Sie mit derselben Datei einen Benutzerimportauftrag in der AWS-Konsole oder CLI (CreateUserImportJob); die Vorschau prüft die Datei trotzdem.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n Benutzer bereit zum Import.</numerusform>
            <numerusform>%n Benutzer bereit zum Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Rows with a problem are left out; fix them in the file and choose it again to import them.</source>
        <translation>%1 %2 Zeilen mit einem Problem werden ausgelassen; beheben Sie sie in der Datei und wählen Sie sie erneut, um sie zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer &amp;importieren</numerusform>
            <numerusform>%n Benutzer &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>Den %n Benutzer ohne Probleme &amp;importieren</numerusform>
            <numerusform>Die %n Benutzer ohne Probleme &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer wird importiert…</numerusform>
            <numerusform>%n Benutzer werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>%n Benutzer importiert; er muss bei der ersten Anmeldung sein Passwort zurücksetzen.</numerusform>
            <numerusform>%n Benutzer importiert; jeder muss bei der ersten Anmeldung sein Passwort zurücksetzen.</numerusform>
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
        <translation>Hinweis zu Passkeys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Delete passkey…</source>
        <translation>Passkey löschen…</translation>
    </message>
    <message>
        <source>Delete passkey</source>
        <translation>Passkey löschen</translation>
    </message>
    <message>
        <source>Removes the selected passkey; the user can no longer sign in with it.</source>
        <translation>Entfernt den ausgewählten Passkey; der Benutzer kann sich nicht mehr damit anmelden.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>This backend shows passkeys only to their own user (Cognito&apos;s ListWebAuthnCredentials takes the user&apos;s access token), so they are not listed here.</source>
        <translation>Dieses Backend zeigt Passkeys nur ihrem eigenen Benutzer (ListWebAuthnCredentials von Cognito verlangt das Zugriffstoken des Benutzers), daher werden sie hier nicht aufgelistet.</translation>
    </message>
    <message>
        <source>%1 has no passkey.</source>
        <translation>%1 hat keinen Passkey.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 hat %n Passkey.</numerusform>
            <numerusform>%1 hat %n Passkeys.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Delete the passkey &quot;%1&quot; of %2? They can no longer sign in with it, and must register it again to use it. This cannot be undone.</source>
        <translation>Den Passkey „%1“ von %2 löschen? Der Benutzer kann sich dann nicht mehr damit anmelden und muss ihn erneut registrieren, um ihn zu verwenden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The passkey &quot;%1&quot; was not deleted: %2</source>
        <translation>Der Passkey „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted the passkey &quot;%1&quot; of %2; they can no longer sign in with it.</source>
        <translation>Der Passkey „%1“ von %2 wurde gelöscht; der Benutzer kann sich nicht mehr damit anmelden.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>authenticator app (TOTP)</source>
        <translation>Authentifikator-App (TOTP)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>verified</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1, bestätigt</translation>
    </message>
    <message>
        <source>%1, not verified</source>
        <translation>%1, nicht bestätigt</translation>
    </message>
    <message>
        <source>The factors each user has set up, the preferred one first and marked ★. Read per user for the rows on screen.</source>
        <translation>Die Faktoren, die jeder Benutzer eingerichtet hat, der bevorzugte zuerst und mit ★ markiert. Wird pro Benutzer für die Zeilen auf dem Bildschirm gelesen.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>No MFA factor</source>
        <translation>Kein MFA-Faktor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (bevorzugt)</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1. Read %2.</source>
        <translation>%1. %2 gelesen.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The pool&apos;s users, read a page at a time as you scroll; the MFA column is read for the users on screen.</source>
        <translation>Die Benutzer des Pools, seitenweise beim Scrollen gelesen; die MFA-Spalte wird für die Benutzer auf dem Bildschirm gelesen.</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>Benutzerspalten</translation>
    </message>
    <message>
        <source>Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, so users stay in the order the pool returns them.</source>
        <translation>Ziehen zum Umsortieren; das Kontextmenü blendet Spalten ein oder aus. ListUsers kann nicht sortieren, daher bleiben die Benutzer in der Reihenfolge, die der Pool liefert.</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>Benutzerstatus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>In the pool&apos;s order: ListUsers cannot sort.</source>
        <translation>In der Reihenfolge des Pools: ListUsers kann nicht sortieren.</translation>
    </message>
    <message>
        <source>Reading users…</source>
        <translation>Benutzer werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n Benutzer. %1</numerusform>
            <numerusform>%n Benutzer. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>Bisher %n Benutzer gelesen; weitere werden beim Scrollen gelesen. %1</numerusform>
            <numerusform>Bisher %n Benutzer gelesen; weitere werden beim Scrollen gelesen. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation>der Ordner %1 kann nicht geöffnet werden, um ihn auf die Festplatte zu schreiben</translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation>der Ordner %1 kann nicht auf die Festplatte geschrieben werden</translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>%1 kann zum Sichern nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation>die alte Sicherung %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation>der Ordner %1 ist für jeden Benutzer dieses Computers beschreibbar (Modus %2): Andere können dort den Tresor und seine Sicherungen löschen oder ersetzen oder Dateien unter den Namen anlegen, die Tessera verwendet. Bewahren Sie den Tresor in einem Ordner auf, den nur Sie beschreiben können, etwa Ihrem persönlichen Ordner.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation>der Ordner %1 ist für seine Gruppe beschreibbar (Modus %2): Ihre Mitglieder können dort den Tresor und seine Sicherungen löschen oder ersetzen. Bewahren Sie den Tresor in einem Ordner auf, den nur Sie beschreiben können (chmod g-w auf den Ordner).</translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation>der Ordner %1 kann nicht untersucht werden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation>%1 ist ein symbolischer Link, kein Ordner; Tessera folgt ihm nicht, um Sicherungen anderswo zu schreiben. Entfernen Sie den Link (an seiner Stelle wird ein Ordner angelegt).</translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation>%1 ist kein Ordner; verschieben Sie es, damit Tessera dort Sicherungen ablegen kann</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation>der Ordner %1 gehört einem anderen Benutzer (uid %2), der die Sicherungen darin lesen, ersetzen oder löschen könnte. Entfernen Sie ihn oder verschieben Sie den Tresor in einen Ordner, den nur Sie beschreiben können.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation>der Ordner %1 ist für andere Benutzer beschreibbar (Modus %2), die die Sicherungen darin ersetzen oder löschen könnten. Machen Sie ihn zu Ihrem eigenen: chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation>%1 kann vor dem Speichern nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert; es wurde nichts gespeichert. Öffnen Sie die Datei erneut, um diese Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1; es wurde nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation>der Tresor wird gerade von einem anderen Programm gespeichert (Sperrdatei %1); es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation>%1 ist ein symbolischer Link, wo Tessera seine Sperrdatei ablegt; Tessera folgt ihm nie (in einem gemeinsamen Ordner kann ein anderer Benutzer einen anlegen, damit Tessera anderswohin schreibt). Es wurde nichts gespeichert: Entfernen Sie den Link oder bewahren Sie den Tresor in einem Ordner auf, den nur Sie beschreiben können.</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation>im Ordner %1 kann nicht geschrieben werden (%2): Er ist schreibgeschützt oder gehört jemand anderem, daher wurde nichts gespeichert. Verschieben Sie den Tresor in einen Ordner, den Sie beschreiben können, oder ändern Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (%2); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation>im Ordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder gehört jemand anderem, daher wurde nichts gespeichert. Verschieben Sie den Tresor in einen Ordner, den Sie beschreiben können.</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation>der System-Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation>der System-Schlüsselbund hat keinen Schlüssel für diesen Tresor (er wurde entfernt, oder dies ist ein anderes Benutzerkonto oder ein anderer Computer): Entsperren Sie mit dem Passwort</translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation>dieser Build von Tessera unterstützt keinen System-Schlüsselbund (QtKeychain)</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation>unter %1 gibt es keinen Tresor</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation>die Authentifizierung seines Inhalts schlägt fehl: Er wurde nach dem Schreiben verändert oder beschädigt</translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation>sein Passwort-Slot kann nicht berechnet werden (Speicher erschöpft?)</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>das Passwort ist falsch</translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation>dieser Tresor hat kein Passwort; entsperren Sie ihn mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation>der Tresor %1 ist beschädigt (%2), und keine Sicherung in %3 lässt sich mit diesem Passwort öffnen</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation>der Tresor %1 ist beschädigt (%2); die neueste Sicherung, die sich mit diesem Passwort öffnen lässt, ist %3: Kopieren Sie sie über den Tresor, um ihn wiederherzustellen</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>der Zufallszahlengenerator des Systems ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation>scrypt-Parameter unter N=2^15, r=8, p=1 sind für einen Tresor zu schwach</translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation>diese scrypt-Parameter kosten mehr, als Tessera schreibt (höchstens %1): Ein langsamerer Computer könnte das Öffnen des Tresors verweigern</translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation>unter %1 existiert bereits eine Datei; wählen Sie einen anderen Pfad oder verschieben Sie diese Datei</translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation>dieser Tresor hat keinen Schlüsselbund-Slot; entsperren Sie ihn mit seinem Passwort</translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation>der Schlüsselbund hat den Schlüssel des Tresors nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation>der Schlüssel im Schlüsselbund öffnet diesen Tresor nicht; entsperren Sie ihn mit seinem Passwort</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation>der Tresor %1 ist beschädigt (%2); öffnen Sie ihn mit seinem Passwort, um eine Sicherung zu finden, die sich öffnen lässt</translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation>dieser Tresor hat keinen Passwort-Slot, unter dem der Schlüssel gewechselt werden kann</translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation>der Schlüssel des Tresors kann nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation>der Schlüsselbund-Slot wurde aus dem Tresor entfernt, aber der Schlüsselbund hat seinen Eintrag &apos;%1&apos; behalten: %2</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation>der Tresor-Header ist beschädigt: %1</translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation>ein Schlüssel-Slot ist keine Map</translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation>ein Schlüssel-Slot hat eine fehlerhafte Nonce oder einen fehlerhaften verpackten Schlüssel</translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation>ein Passwort-Slot nennt eine andere Schlüsselableitung als scrypt</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation>ein Passwort-Slot hat ungültige scrypt-Parameter</translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation>ein Passwort-Slot verlangt scrypt-Parameter jenseits dessen, was Tessera ausführt</translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation>ein Passwort-Slot hat ein fehlerhaftes Salt</translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation>ein Schlüsselbund-Slot hat keinen Namen für den Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation>dies ist kein Tessera-Tresor</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation>dieser Tresor wurde von einer neueren Version von Tessera angelegt (Format %1; diese Version liest Format %2): Aktualisieren Sie Tessera, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation>Formatversion 0 gibt es nicht</translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation>die Header-Länge ist für die Größe dieser Datei unmöglich</translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation>der Header ist keine CBOR-Map</translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation>der Header nennt eine unbekannte Verschlüsselung</translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation>die Nonce der Nutzdaten ist fehlerhaft</translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation>die Liste der Schlüssel-Slots fehlt oder ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 ist keine Map</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 hat einen Schlüssel, der kein Text ist</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 ist kein gültiger Text</translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation>%1 ist keine Bytefolge</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 ist länger als %2 Byte</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 ist keine gültige Bytefolge</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 ist keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 ist keine UUID</translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation>ein unbekanntes Feld &apos;%1&apos; ist kein gültiges CBOR</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 endet vorzeitig</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation>%1 hat einen unbekannten Algorithmus</translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation>%1 hat einen zusätzlichen Parameter, der kein Paar ist</translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation>%1 fehlt die ID, der Typ oder der geheime Schlüssel</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 hat keine ID</translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation>der Tresorinhalt</translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation>der Tresorinhalt hat keine Liste der Einträge</translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation>der Tresorinhalt hat Bytes nach seinem Ende</translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation>der Tresorinhalt ist beschädigt: %1</translation>
    </message>
</context>
</TS>
