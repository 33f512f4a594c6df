<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation> (el relleno &apos;=&apos; solo puede ir al final)</translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation>la clave secreta no está en Base32: %1 en la posición %2%3</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>la clave secreta está vacía</translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation>la clave secreta es demasiado corta: debe decodificarse en al menos un byte (dos caracteres Base32)</translation>
    </message>
</context>
<context>
    <name>ChainedCodes</name>
    <message>
        <source>nothing here can answer %1: link a vault entry, or type the code</source>
        <translation>nada aquí puede responder a %1: vincule una entrada de la caja fuerte o escriba el código</translation>
    </message>
</context>
<context>
    <name>ConsoleTables</name>
    <message>
        <source>%1 columns</source>
        <translation>%1 columnas</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one (write it as two quotes inside a quoted field)</source>
        <translation>unas comillas dentro de un campo que no empieza con comillas (escríbalas como comillas dobles dentro de un campo entre comillas)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto después de unas comillas de cierre</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>unas comillas se abren y nunca se cierran</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <source>Set up an authenticator with the user&apos;s access token or a sign-in&apos;s session, exactly one of them.</source>
        <translation>Configure una aplicación de autenticación con el token de acceso del usuario o con la sesión de un inicio de sesión, exactamente uno de los dos.</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken answered with a secret that is not Base32</source>
        <translation>AssociateSoftwareToken respondió con una clave secreta que no está en Base32</translation>
    </message>
    <message>
        <source>VerifySoftwareToken did not answer SUCCESS</source>
        <translation>VerifySoftwareToken no respondió SUCCESS</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>el nombre del grupo</translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation>el llavero está bloqueado o no disponible</translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation>el llavero no tiene ningún elemento &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>no es un JWT: tiene %n parte separada por puntos, no 3</numerusform>
            <numerusform>no es un JWT: tiene %n partes separadas por puntos, no 3</numerusform>
        </translation>
    </message>
    <message>
        <source>not a JWT: its payload is not Base64url</source>
        <translation>no es un JWT: su carga útil no está en Base64url</translation>
    </message>
    <message>
        <source>not a JWT: its payload is not a JSON object</source>
        <translation>no es un JWT: su carga útil no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>NewUser</name>
    <message>
        <source>An invitation by email needs the user&apos;s email address.</source>
        <translation>Una invitación por correo necesita la dirección de correo del usuario.</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the user&apos;s phone number.</source>
        <translation>Una invitación por SMS necesita el número de teléfono del usuario.</translation>
    </message>
    <message>
        <source>Without an invitation, give a temporary password to hand to the user.</source>
        <translation>Sin invitación, indique una contraseña temporal para entregar al usuario.</translation>
    </message>
</context>
<context>
    <name>OutboxCodes</name>
    <message>
        <source>no %1 code for this user in the outbox</source>
        <translation>no hay ningún código %1 para este usuario en la bandeja de salida</translation>
    </message>
    <message>
        <source>the outbox&apos;s newest %1 code was already given; no new one arrived</source>
        <translation>el código %1 más reciente de la bandeja de salida ya se usó; no ha llegado ninguno nuevo</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>bandeja de salida</translation>
    </message>
</context>
<context>
    <name>PasskeyLab</name>
    <message>
        <source>could not make a passkey (OpenSSL failed)</source>
        <translation>no se pudo crear una llave de acceso (falló OpenSSL)</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: respondido</translation>
    </message>
    <message>
        <source>%1: refused with %2: %3</source>
        <translation>%1: rechazado con %2: %3</translation>
    </message>
    <message>
        <source>The lab&apos;s passkey could not be deleted (%1); delete it in the user&apos;s passkeys.</source>
        <translation>No se pudo eliminar la llave de acceso del laboratorio (%1); elimínela en las llaves de acceso del usuario.</translation>
    </message>
    <message>
        <source>Turn passkeys on in the pool&apos;s sign-in settings and give the relying party ID.</source>
        <translation>Active las llaves de acceso en la configuración de inicio de sesión del grupo e indique el ID de la parte de confianza.</translation>
    </message>
    <message>
        <source>Allow the app client the choice-based flow (ALLOW_USER_AUTH).</source>
        <translation>Permita al cliente de aplicación el flujo basado en opciones (ALLOW_USER_AUTH).</translation>
    </message>
    <message>
        <source>the creation options name no relying party or challenge</source>
        <translation>las opciones de creación no indican ninguna parte de confianza ni desafío</translation>
    </message>
    <message>
        <source>%1: authenticated</source>
        <translation>%1: autenticado</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>el servicio no respondió ni con un desafío ni con tokens</translation>
    </message>
    <message>
        <source>%1: challenge %2</source>
        <translation>%1: desafío %2</translation>
    </message>
    <message>
        <source>SELECT_CHALLENGE does not offer WEB_AUTHN to %1</source>
        <translation>SELECT_CHALLENGE no ofrece WEB_AUTHN a %1</translation>
    </message>
    <message>
        <source>Allow passkeys (WEB_AUTHN) among the pool&apos;s first factors.</source>
        <translation>Permita las llaves de acceso (WEB_AUTHN) entre los primeros factores del grupo.</translation>
    </message>
    <message>
        <source>the assertion failed the lab&apos;s own checks; it was not sent</source>
        <translation>la aserción no superó las comprobaciones propias del laboratorio; no se envió</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>el laboratorio no puede responder al desafío %1</translation>
    </message>
    <message>
        <source>clientDataJSON.challenge %1 is the one the service issued (%2), for type %3</source>
        <translation>clientDataJSON.challenge %1 es el que emitió el servicio (%2), para el tipo %3</translation>
    </message>
    <message>
        <source>clientDataJSON.origin %1 is https on relying party %2 or a subdomain</source>
        <translation>clientDataJSON.origin %1 es https en la parte de confianza %2 o en un subdominio</translation>
    </message>
    <message>
        <source>authenticatorData.rpIdHash %1 is SHA-256(&quot;%2&quot;) %3</source>
        <translation>authenticatorData.rpIdHash %1 es SHA-256(&quot;%2&quot;) %3</translation>
    </message>
    <message>
        <source>UP (user present) %1, UV (user verified) %2; the pool %3 verification</source>
        <translation>UP (usuario presente) %1, UV (usuario verificado) %2; el grupo %3 la verificación</translation>
    </message>
    <message>
        <source>set</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>exige</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>prefiere</translation>
    </message>
    <message>
        <source>signCount %1 is greater than the %2 stored at registration</source>
        <translation>signCount %1 es mayor que el %2 almacenado en el registro</translation>
    </message>
    <message>
        <source>the ES256 signature over authenticatorData ‖ SHA-256(clientDataJSON) verifies with the registered public key</source>
        <translation>la firma ES256 sobre authenticatorData ‖ SHA-256(clientDataJSON) se verifica con la clave pública registrada</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ShellLabVault</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>la caja fuerte está bloqueada: desbloquéela en el autenticador o escriba el código</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it in the authenticator first.</source>
        <translation>La caja fuerte está bloqueada: desbloquéela primero en el autenticador.</translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation>no se pudieron generar los valores SRP (falló OpenSSL)</translation>
    </message>
    <message>
        <source>the lab signs in with USER_PASSWORD_AUTH or USER_SRP_AUTH, not %1</source>
        <translation>el laboratorio inicia sesión con USER_PASSWORD_AUTH o USER_SRP_AUTH, no con %1</translation>
    </message>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>el inicio de sesión no terminó en %n solicitud</numerusform>
            <numerusform>el inicio de sesión no terminó en %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>The service keeps asking; read the steps for the loop.</source>
        <translation>El servicio sigue preguntando; lea los pasos del bucle.</translation>
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
        <translation>%1: rechazado con %2: %3</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>challenge %1</source>
        <translation>desafío %1</translation>
    </message>
    <message>
        <source>neither a challenge nor tokens</source>
        <translation>ni un desafío ni tokens</translation>
    </message>
    <message>
        <source>the service answered with neither a challenge nor tokens</source>
        <translation>el servicio no respondió ni con un desafío ni con tokens</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this run did not start</source>
        <translation>PASSWORD_VERIFIER responde a USER_SRP_AUTH, que esta ejecución no inició</translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>PASSWORD_VERIFIER: el servicio envió valores SRP no válidos</translation>
    </message>
    <message>
        <source>SRP</source>
        <translation>SRP</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password</source>
        <translation>NEW_PASSWORD_REQUIRED: %1 inició sesión con una contraseña temporal</translation>
    </message>
    <message>
        <source>Give the lab a new password for the user, or set a permanent test password (AdminSetUserPassword, Permanent).</source>
        <translation>Dé al laboratorio una contraseña nueva para el usuario, o establezca una contraseña de prueba permanente (AdminSetUserPassword, Permanent).</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and %1 has no factor yet</source>
        <translation>MFA_SETUP: el grupo exige MFA y %1 todavía no tiene ningún factor</translation>
    </message>
    <message>
        <source>Set up an authenticator for the user first.</source>
        <translation>Configure primero una aplicación de autenticación para el usuario.</translation>
    </message>
    <message>
        <source>MFA_SETUP offers no authenticator app (TOTP), the only factor the lab can set up</source>
        <translation>MFA_SETUP no ofrece aplicación de autenticación (TOTP), el único factor que el laboratorio puede configurar</translation>
    </message>
    <message>
        <source>Turn authenticator apps on in the pool&apos;s MFA policy.</source>
        <translation>Active las aplicaciones de autenticación en la política de MFA del grupo.</translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, and the lab has no code for any of them</source>
        <translation>SELECT_MFA_TYPE ofrece %1, y el laboratorio no tiene código para ninguno</translation>
    </message>
    <message>
        <source>Link a vault entry to the user, or type the code.</source>
        <translation>Vincule una entrada de la caja fuerte al usuario, o escriba el código.</translation>
    </message>
    <message>
        <source>the lab cannot answer the challenge %1</source>
        <translation>el laboratorio no puede responder al desafío %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>the secret just set up</source>
        <translation>la clave secreta recién configurada</translation>
    </message>
    <message>
        <source>The risk configuration refused this sign-in (blocked range, BLOCK, or MFA required with no factor): read the decision trace, then change the IP address, the action for this level or the user&apos;s factors.</source>
        <translation>La configuración de riesgos rechazó este inicio de sesión (rango bloqueado, BLOCK, o MFA obligatoria sin factor): lea el rastro de decisión y cambie la dirección IP, la acción para este nivel o los factores del usuario.</translation>
    </message>
    <message>
        <source>Enable the user (AdminEnableUser).</source>
        <translation>Habilite el usuario (AdminEnableUser).</translation>
    </message>
    <message>
        <source>Set a new temporary or permanent password (AdminSetUserPassword).</source>
        <translation>Establezca una contraseña nueva temporal o permanente (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The session ended (it expires after the client&apos;s AuthSessionValidity, or after too many wrong codes): start again.</source>
        <translation>La sesión terminó (caduca tras la AuthSessionValidity del cliente o tras demasiados códigos incorrectos): empiece de nuevo.</translation>
    </message>
    <message>
        <source>Check the password, or set a test password (AdminSetUserPassword).</source>
        <translation>Compruebe la contraseña, o establezca una contraseña de prueba (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>Check the username: no such user in this pool.</source>
        <translation>Compruebe el nombre de usuario: no existe ese usuario en este grupo.</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password (AdminSetUserPassword).</source>
        <translation>Restablezca la contraseña del usuario (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>The new password breaks the pool&apos;s password policy: choose another.</source>
        <translation>La contraseña nueva incumple la política de contraseñas del grupo: elija otra.</translation>
    </message>
    <message>
        <source>Five wrong codes ended this sign-in: start again with the right code; the user may be locked out for a while.</source>
        <translation>Cinco códigos incorrectos terminaron este inicio de sesión: empiece de nuevo con el código correcto; el usuario puede quedar bloqueado un tiempo.</translation>
    </message>
    <message>
        <source>The code was wrong, already used or too old: check that the vault entry belongs to this user and the clock is right, or wait for the next code.</source>
        <translation>El código era incorrecto, ya se había usado o era demasiado antiguo: compruebe que la entrada de la caja fuerte pertenece a este usuario y que el reloj es correcto, o espere al siguiente código.</translation>
    </message>
    <message>
        <source>Allow this flow on the app client (ExplicitAuthFlows), or create a test client that allows it.</source>
        <translation>Permita este flujo en el cliente de aplicación (ExplicitAuthFlows), o cree un cliente de prueba que lo permita.</translation>
    </message>
    <message>
        <source>Check the pool and the app client: one of them does not exist.</source>
        <translation>Compruebe el grupo y el cliente de aplicación: uno de ellos no existe.</translation>
    </message>
    <message>
        <source>the device is remembered</source>
        <translation>el dispositivo está recordado</translation>
    </message>
    <message>
        <source>%1: the pool asks the remembered device to prove itself with its own password, which the lab does not have</source>
        <translation>%1: el grupo pide al dispositivo recordado que se identifique con su propia contraseña, que el laboratorio no tiene</translation>
    </message>
    <message>
        <source>Choose a device a lab run in this window remembered, or a new device.</source>
        <translation>Elija un dispositivo que haya recordado una ejecución del laboratorio en esta ventana, o un dispositivo nuevo.</translation>
    </message>
    <message>
        <source>the device&apos;s password</source>
        <translation>la contraseña del dispositivo</translation>
    </message>
    <message>
        <source>DEVICE_PASSWORD_VERIFIER: the service sent SRP values that are not valid</source>
        <translation>DEVICE_PASSWORD_VERIFIER: el servicio envió valores SRP no válidos</translation>
    </message>
</context>
<context>
    <name>SignInTrace</name>
    <message>
        <source>The address %1 is in the blocked range %2: the sign-in is refused before any other check.</source>
        <translation>La dirección %1 está en el rango bloqueado %2: el inicio de sesión se rechaza antes de cualquier otra comprobación.</translation>
    </message>
    <message>
        <source>The address %1 is in the allowed range %2: risk checks are skipped and the level is Low.</source>
        <translation>La dirección %1 está en el rango permitido %2: se omiten las comprobaciones de riesgo y el nivel es Bajo.</translation>
    </message>
    <message>
        <source>First sign-in: no earlier successful sign-in to compare the device and network with (no points).</source>
        <translation>Primer inicio de sesión: no hay ningún inicio de sesión correcto anterior con el que comparar el dispositivo y la red (sin puntos).</translation>
    </message>
    <message>
        <source>New device: &apos;%1&apos; has not signed in as this user before (+1 point).</source>
        <translation>Dispositivo nuevo: &apos;%1&apos; no ha iniciado sesión antes como este usuario (+1 punto).</translation>
    </message>
    <message>
        <source>Known device: &apos;%1&apos; signed in as this user before.</source>
        <translation>Dispositivo conocido: &apos;%1&apos; ya inició sesión antes como este usuario.</translation>
    </message>
    <message>
        <source>The request names no device (no DEVICE_KEY, device data or User-Agent).</source>
        <translation>La solicitud no nombra ningún dispositivo (ni DEVICE_KEY, ni datos del dispositivo, ni User-Agent).</translation>
    </message>
    <message>
        <source>New network: the user never signed in from %1 before (+1 point).</source>
        <translation>Red nueva: el usuario nunca inició sesión desde %1 (+1 punto).</translation>
    </message>
    <message>
        <source>Known network: the user signed in from %1 before.</source>
        <translation>Red conocida: el usuario ya inició sesión desde %1.</translation>
    </message>
    <message>
        <source>%n failed sign-ins for this user in the last 15 minutes (+%1 points).</source>
        <translation>%n inicios de sesión fallidos de este usuario en los últimos 15 minutos (+%1 puntos).</translation>
    </message>
    <message>
        <source>%n sign-in attempts from %1 in the last minute look automated (+3 points).</source>
        <translation>%n intentos de inicio de sesión desde %1 en el último minuto parecen automatizados (+3 puntos).</translation>
    </message>
    <message>
        <source>Risk score %1: level %2 (0-1 Low, 2 Medium, 3 or more High).</source>
        <translation>Puntuación de riesgo %1: nivel %2 (0-1 Bajo, 2 Medio, 3 o más Alto).</translation>
    </message>
    <message>
        <source>The pool&apos;s risk configuration maps %1 risk to %2.</source>
        <translation>La configuración de riesgos del grupo asigna al riesgo %1 la acción %2.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level: a notice went to %1.</source>
        <translation>La configuración notifica en este nivel: se envió un aviso a %1.</translation>
    </message>
    <message>
        <source>The configuration notifies at this level, but the user has no email address to notify.</source>
        <translation>La configuración notifica en este nivel, pero el usuario no tiene dirección de correo a la que avisar.</translation>
    </message>
    <message>
        <source>The action is BLOCK: the sign-in is refused.</source>
        <translation>La acción es BLOCK: se rechaza el inicio de sesión.</translation>
    </message>
    <message>
        <source>The user is disabled: the sign-in is refused.</source>
        <translation>El usuario está deshabilitado: se rechaza el inicio de sesión.</translation>
    </message>
    <message>
        <source>The password step failed: %1</source>
        <translation>Falló el paso de la contraseña: %1</translation>
    </message>
    <message>
        <source>The password is right.</source>
        <translation>La contraseña es correcta.</translation>
    </message>
    <message>
        <source>The user has a temporary password: NEW_PASSWORD_REQUIRED asks for a new one.</source>
        <translation>El usuario tiene una contraseña temporal: NEW_PASSWORD_REQUIRED pide una nueva.</translation>
    </message>
    <message>
        <source>The new password meets the pool&apos;s policy and is set.</source>
        <translation>La contraseña nueva cumple la política del grupo y queda establecida.</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA mode is %1.</source>
        <translation>El modo de MFA del grupo es %1.</translation>
    </message>
    <message>
        <source>The user&apos;s usable factors: %1.</source>
        <translation>Factores utilizables del usuario: %1.</translation>
    </message>
    <message>
        <source>The user has no usable MFA factor.</source>
        <translation>El usuario no tiene ningún factor de MFA utilizable.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred factor is %1.</source>
        <translation>El factor preferido del usuario es %1.</translation>
    </message>
    <message>
        <source>The user has no preferred factor.</source>
        <translation>El usuario no tiene factor preferido.</translation>
    </message>
    <message>
        <source>A federated user, and the pool exempts federated users from MFA.</source>
        <translation>Un usuario federado, y el grupo exime de MFA a los usuarios federados.</translation>
    </message>
    <message>
        <source>A federated user, and the pool enforces MFA for them.</source>
        <translation>Un usuario federado, y el grupo les exige MFA.</translation>
    </message>
    <message>
        <source>The risk action %1 asks for MFA whatever the pool&apos;s mode.</source>
        <translation>La acción de riesgo %1 pide MFA sea cual sea el modo del grupo.</translation>
    </message>
    <message>
        <source>The risk action %1 requires MFA but the user has no factor: the sign-in is refused.</source>
        <translation>La acción de riesgo %1 exige MFA, pero el usuario no tiene ningún factor: se rechaza el inicio de sesión.</translation>
    </message>
    <message>
        <source>The device is remembered for this user: MFA is skipped.</source>
        <translation>El dispositivo está recordado para este usuario: se omite la MFA.</translation>
    </message>
    <message>
        <source>No MFA is asked: tokens follow the password.</source>
        <translation>No se pide MFA: los tokens siguen a la contraseña.</translation>
    </message>
    <message>
        <source>MFA is asked.</source>
        <translation>Se pide MFA.</translation>
    </message>
    <message>
        <source>MFA is required but the user has no factor: MFA_SETUP offers %1.</source>
        <translation>La MFA es obligatoria, pero el usuario no tiene ningún factor: MFA_SETUP ofrece %1.</translation>
    </message>
    <message>
        <source>%1 is challenged without asking (the preferred or only factor).</source>
        <translation>Se pide %1 sin preguntar (el factor preferido o el único).</translation>
    </message>
    <message>
        <source>The user must choose: SELECT_MFA_TYPE offers %1.</source>
        <translation>El usuario debe elegir: SELECT_MFA_TYPE ofrece %1.</translation>
    </message>
    <message>
        <source>%1: the code is accepted.</source>
        <translation>%1: se acepta el código.</translation>
    </message>
    <message>
        <source>%1: the code is refused: %2</source>
        <translation>%1: se rechaza el código: %2</translation>
    </message>
    <message>
        <source>Authenticated: tokens issued.</source>
        <translation>Autenticado: tokens emitidos.</translation>
    </message>
    <message>
        <source>Stopped with %1: %2</source>
        <translation>Detenido con %1: %2</translation>
    </message>
</context>
<context>
    <name>SmsCostProjection</name>
    <message>
        <source>the number of users cannot be negative</source>
        <translation>el número de usuarios no puede ser negativo</translation>
    </message>
    <message>
        <source>sign-ins per user per month cannot be negative</source>
        <translation>los inicios de sesión por usuario y mes no pueden ser negativos</translation>
    </message>
    <message>
        <source>the share of sign-ins challenged must be from 0 to 1 (0% to 100%)</source>
        <translation>la proporción de inicios de sesión con desafío debe estar entre 0 y 1 (del 0 % al 100 %)</translation>
    </message>
    <message>
        <source>the share of SMS users must be from 0 to 1 (0% to 100%)</source>
        <translation>la proporción de usuarios de SMS debe estar entre 0 y 1 (del 0 % al 100 %)</translation>
    </message>
    <message>
        <source>monthly growth must be above -100%</source>
        <translation>el crecimiento mensual debe ser superior al -100 %</translation>
    </message>
    <message>
        <source>say where the texts go: at least one destination country</source>
        <translation>indique adónde van los mensajes: al menos un país de destino</translation>
    </message>
    <message>
        <source>the share of texts to %1 must be from 0 to 1 (0% to 100%)</source>
        <translation>la proporción de mensajes a %1 debe estar entre 0 y 1 (del 0 % al 100 %)</translation>
    </message>
    <message>
        <source>the price table has no price for %1: add it</source>
        <translation>la tabla de precios no tiene precio para %1: añádalo</translation>
    </message>
    <message>
        <source>the destination shares add up to %1%, not 100%</source>
        <translation>las proporciones de destino suman %1 %, no 100 %</translation>
    </message>
    <message>
        <source>project 1 to %1 months, not %2</source>
        <translation>proyecte de 1 a %1 meses, no %2</translation>
    </message>
    <message>
        <source>the share of SMS users moved must be from 0 to 1 (0% to 100%)</source>
        <translation>la proporción de usuarios de SMS trasladados debe estar entre 0 y 1 (del 0 % al 100 %)</translation>
    </message>
    <message>
        <source>the cost of moving a user cannot be negative</source>
        <translation>el coste de trasladar un usuario no puede ser negativo</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation>%1 supera la longitud máxima: &apos;%2&apos; tiene %3 caracteres; se permiten como máximo %4</translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message>
        <source>vault entry %1 answers SOFTWARE_TOKEN_MFA, not %2</source>
        <translation>la entrada %1 de la caja fuerte responde a SOFTWARE_TOKEN_MFA, no a %2</translation>
    </message>
    <message>
        <source>could not compute the code of vault entry %1</source>
        <translation>no se pudo calcular el código de la entrada %1 de la caja fuerte</translation>
    </message>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>el código de la entrada %1 de la caja fuerte ya se usó; el siguiente llega en %n segundo</numerusform>
            <numerusform>el código de la entrada %1 de la caja fuerte ya se usó; el siguiente llega en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation>entrada %1 de la caja fuerte</translation>
    </message>
</context>
<context>
    <name>TypedCodes</name>
    <message>
        <source>%1 needs a code and none is left to type</source>
        <translation>%1 necesita un código y no queda ninguno por escribir</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>escrito</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>authenticator app</source>
        <translation>aplicación de autenticación</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Require %1 as preferred factor</source>
        <translation>Exigir %1 como factor preferido</translation>
    </message>
    <message>
        <source>Clear MFA preference</source>
        <translation>Borrar preferencia de MFA</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Restablecer MFA</translation>
    </message>
    <message>
        <source>Forget devices</source>
        <translation>Olvidar dispositivos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Tokens already issued stay valid until they expire.</source>
        <translation>%1 no podrá iniciar sesión hasta que se vuelva a habilitar. Los tokens ya emitidos siguen siendo válidos hasta que caduquen.</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 podrá volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working: at the next sign-in they must set a new one with a code sent to their verified email or phone.</source>
        <translation>La contraseña de %1 deja de funcionar: en el próximo inicio de sesión deberá establecer una nueva con un código enviado a su correo o teléfono verificado.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned on and preferred: sign-ins ask for it first. This fails for a user who has not set it up.</source>
        <translation>El factor %2 de %1 se activará y será el preferido: los inicios de sesión lo pedirán primero. Esto falla para un usuario que no lo haya configurado.</translation>
    </message>
    <message>
        <source>%1 will have no preferred factor; the factors they have stay on, and a sign-in with more than one asks them to choose.</source>
        <translation>%1 no tendrá factor preferido; sus factores siguen activados, y un inicio de sesión con más de uno le pedirá elegir.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor will be turned off; sign-ins no longer ask for it.</source>
        <translation>El factor %2 de %1 se desactivará; los inicios de sesión ya no lo pedirán.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 will be turned off. If the pool requires MFA, they set one up again at the next sign-in.</source>
        <translation>Se desactivarán todos los factores de MFA de %1. Si el grupo exige MFA, configurará uno de nuevo en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Every device %1 chose to remember will be forgotten: the next sign-in from each asks for MFA again.</source>
        <translation>Se olvidarán todos los dispositivos que %1 eligió recordar: el próximo inicio de sesión desde cada uno volverá a pedir MFA.</translation>
    </message>
    <message>
        <source>%1 will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>%1 se eliminará con sus factores y dispositivos. Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>%n usuario no podrá iniciar sesión hasta que se vuelva a habilitar.</numerusform>
            <numerusform>%n usuarios no podrán iniciar sesión hasta que se vuelvan a habilitar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n usuario podrá volver a iniciar sesión.</numerusform>
            <numerusform>%n usuarios podrán volver a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n usuario debe establecer una contraseña nueva en su próximo inicio de sesión.</numerusform>
            <numerusform>%n usuarios deben establecer una contraseña nueva en su próximo inicio de sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>%n usuario tendrá %1 activado y preferido; los usuarios que no lo hayan configurado fallan y se enumeran.</numerusform>
            <numerusform>%n usuarios tendrán %1 activado y preferido; los usuarios que no lo hayan configurado fallan y se enumeran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n usuario no tendrá factor preferido.</numerusform>
            <numerusform>%n usuarios no tendrán factor preferido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>%n usuario tendrá %1 desactivado.</numerusform>
            <numerusform>%n usuarios tendrán %1 desactivado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>Se desactivarán todos los factores de MFA de %n usuario.</numerusform>
            <numerusform>Se desactivarán todos los factores de MFA de %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>Se olvidarán todos los dispositivos recordados de %n usuario.</numerusform>
            <numerusform>Se olvidarán todos los dispositivos recordados de %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n usuario se eliminará con sus factores y dispositivos. Esta acción no se puede deshacer.</numerusform>
            <numerusform>%n usuarios se eliminarán con sus factores y dispositivos. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 está deshabilitado y no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in.</source>
        <translation>%1 está habilitado y puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 must set a new password at the next sign-in.</source>
        <translation>%1 debe establecer una contraseña nueva en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 now prefers %2.</source>
        <translation>%1 prefiere ahora %2.</translation>
    </message>
    <message>
        <source>%1 has no preferred factor now.</source>
        <translation>%1 ya no tiene factor preferido.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 factor is off.</source>
        <translation>El factor %2 de %1 está desactivado.</translation>
    </message>
    <message>
        <source>Every MFA factor of %1 is off.</source>
        <translation>Todos los factores de MFA de %1 están desactivados.</translation>
    </message>
    <message>
        <source>%1&apos;s remembered devices are forgotten.</source>
        <translation>Los dispositivos recordados de %1 se han olvidado.</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 se ha eliminado.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Ya estaba deshabilitado.</translation>
    </message>
    <message>
        <source>Already enabled.</source>
        <translation>Ya estaba habilitado.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>A filter starts with an attribute name, for example: username ^= &quot;jo&quot;</source>
        <translation>Un filtro empieza por un nombre de atributo, por ejemplo: username ^= &quot;jo&quot;</translation>
    </message>
    <message>
        <source>ListUsers cannot search on &quot;%1&quot;; it searches only on: %2</source>
        <translation>ListUsers no puede buscar por «%1»; solo busca por: %2</translation>
    </message>
    <message>
        <source>After the attribute comes = (is exactly) or ^= (starts with).</source>
        <translation>Después del atributo va = (es exactamente) o ^= (empieza por).</translation>
    </message>
    <message>
        <source>The value goes in double quotes, a quote inside it written as \&quot;, for example: %1 = &quot;value&quot;</source>
        <translation>El valor va entre comillas dobles, y unas comillas dentro se escriben \&quot;, por ejemplo: %1 = &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message>
        <source>The file is empty: it needs the header row.</source>
        <translation>El archivo está vacío: necesita la fila de encabezado.</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>La columna aparece dos veces en el encabezado.</translation>
    </message>
    <message>
        <source>Not a column of Cognito&apos;s import header (GetCSVHeader).</source>
        <translation>No es una columna del encabezado de importación de Cognito (GetCSVHeader).</translation>
    </message>
    <message>
        <source>The header lacks this column: every column of the import header must be present, even when its cells are empty.</source>
        <translation>Al encabezado le falta esta columna: todas las columnas del encabezado de importación deben estar presentes, aunque sus celdas estén vacías.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>Más de %n usuario: Cognito importa como máximo esa cantidad por archivo.</numerusform>
            <numerusform>Más de %n usuarios: Cognito importa como máximo esa cantidad por archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CSV: %1.</source>
        <translation>CSV no válido: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La fila tiene %1 campos; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>Every user needs a username.</source>
        <translation>Cada usuario necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>The username is already on line %1.</source>
        <translation>El nombre de usuario ya está en la línea %1.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Debe ser true o false.</translation>
    </message>
    <message>
        <source>Must be true, false or empty.</source>
        <translation>Debe ser true, false o estar vacío.</translation>
    </message>
    <message>
        <source>Either email_verified or phone_number_verified must be true, so the user can receive the code to set a password.</source>
        <translation>email_verified o phone_number_verified debe ser true, para que el usuario pueda recibir el código para establecer una contraseña.</translation>
    </message>
    <message>
        <source>email_verified is true, so the email address is needed.</source>
        <translation>email_verified es true, así que se necesita la dirección de correo.</translation>
    </message>
    <message>
        <source>%1 Write it as + and the country code and number, digits only (+14325551212).</source>
        <translation>%1 Escríbalo como + y el código de país y el número, solo dígitos (+14325551212).</translation>
    </message>
    <message>
        <source>phone_number_verified or cognito:mfa_enabled is true, so the phone number is needed.</source>
        <translation>phone_number_verified o cognito:mfa_enabled es true, así que se necesita el número de teléfono.</translation>
    </message>
    <message>
        <source>Must be a number: seconds since 1970-01-01 UTC.</source>
        <translation>Debe ser un número: segundos desde 1970-01-01 UTC.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>The file is larger than 100 MB, Cognito&apos;s limit for one import: split it.</source>
        <translation>El archivo supera los 100 MB, el límite de Cognito para una importación: divídalo.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>VaultEntryCodes</name>
    <message>
        <source>the vault is locked: unlock it in the authenticator, or type the code</source>
        <translation>la caja fuerte está bloqueada: desbloquéela en el autenticador o escriba el código</translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation>la entrada &apos;%1&apos; de la caja fuerte no es una entrada TOTP; SOFTWARE_TOKEN_MFA necesita TOTP</translation>
    </message>
    <message>
        <source>no vault entry is linked to %1 (set up an authenticator for the user, or type the code)</source>
        <translation>ninguna entrada de la caja fuerte está vinculada a %1 (configure un autenticador para el usuario o escriba el código)</translation>
    </message>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>%n entrada de la caja fuerte tiene la cuenta %1 y no está vinculada al usuario; escriba el código</numerusform>
            <numerusform>%n entradas de la caja fuerte tienen la cuenta %1 y ninguna está vinculada al usuario; escriba el código</numerusform>
        </translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>ninguna entrada de la caja fuerte se llama &apos;%1&apos; (&apos;tessera-cli list&apos; las muestra)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation>&apos;%1&apos; designa %2 entradas de la caja fuerte; indique una por issuer:account o UUID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation>Autenticador y consola de MFA para grupos de usuarios.</translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation>Abrir la caja fuerte en RUTA (se crea en el primer inicio).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation>Tessera no puede iniciarse</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation>La autoprueba criptográfica ha fallado, así que Tessera no manejará secretos en este sistema.

%1</translation>
    </message>
    <message>
        <source>Add an account from a QR code on the screen (once the vault is unlocked).</source>
        <translation>Añadir una cuenta desde un código QR en la pantalla (una vez desbloqueada la caja fuerte).</translation>
    </message>
    <message>
        <source>Lock the running Tessera.</source>
        <translation>Bloquear el Tessera en ejecución.</translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation>%1 supera los %2 MiB que lee Tessera</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message>
        <source>Show help.</source>
        <translation>Mostrar la ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation>El archivo de la caja fuerte.</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>Archivo cuya primera línea es la contraseña.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ningún comando</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>comando desconocido &apos;%1&apos; (pruebe --help)</translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation>--at debe ser un número entero de segundos desde el 1970-01-01 UTC (0 o más), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation>El URI otpauth://.</translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation>Hora Unix en segundos.</translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation>code necesita un NAME de la caja fuerte, o --uri URI</translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation>code no admite argumentos posicionales con --uri</translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>el URI de la entrada estándar supera %n carácter</numerusform>
            <numerusform>el URI de la entrada estándar supera %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation>code --uri - lee un URI otpauth:// de la entrada estándar y no ha recibido ninguno</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>no se ha podido calcular el código (fallo de OpenSSL)</translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation>parse admite exactamente un URI</translation>
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
        <translation>Uso: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMANDO [OPCIONES]

Opciones de la caja fuerte:
  --vault PATH          El archivo de la caja fuerte (predeterminado: vault.tessera en la
                        carpeta de datos de la plataforma).
  --password-file PATH  Leer la contraseña de la primera línea de PATH; sin esta opción,
                        tessera-cli la pide en el terminal sin eco.

Comandos de la caja fuerte (NAME es emisor:cuenta, una cuenta o un UUID de &apos;list&apos;):
  create                Crear una caja fuerte nueva y vacía.
  add -                 Añadir los URI otpauth:// de la entrada estándar, uno por línea
                        (se omiten las líneas en blanco y los comentarios #). Todo o nada,
                        un solo guardado. Muestra los UUID de las entradas nuevas.
  add URI...            Lo mismo con URI como argumentos (véase «Secretos» más abajo).
  list                  Un objeto JSON por línea: uuid y los campos de &apos;parse&apos; salvo secret.
  code NAME [--at UNIX_SECONDS]
                        Mostrar el código de una entrada. HOTP: el contador avanza y se
                        guarda primero.
  remove NAME           Eliminar una entrada.
  passwd --new-password-file PATH
                        Cambiar la contraseña de la caja fuerte.
  show-uri NAME         Mostrar el URI otpauth:// de una entrada, clave secreta incluida.
  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]
                        Importar exportaciones de otras aplicaciones, o imágenes de códigos
                        QR (el formato se reconoce por el contenido).
                        Un objeto JSON por cuenta: file, source, los campos de &apos;parse&apos;
                        salvo secret, status (new, duplicate, error) y error. Sin
                        --dry-run, las nuevas se añaden en un solo guardado. Véase
                        docs/import-export.md.
  export --format tessera|aegis|uri-list|google-migration --output PATH
         [--export-password-file PATH] [--plain]
                        Escribir todas las entradas en PATH. tessera y aegis con contraseña
                        van cifrados; toda exportación sin cifrar requiere --plain.

Comandos sin caja fuerte:
  code --uri - [--at UNIX_SECONDS]
      Mostrar el código actual del URI otpauth:// de la entrada estándar: TOTP y Steam en
      la hora indicada (predeterminado: ahora), HOTP en el contador del URI.
      &apos;code --uri URI&apos; lo toma como argumento (véase «Secretos» más abajo).
  parse URI
      Mostrar los campos del URI como un objeto JSON: type, issuer, account, secret,
      algorithm, digits, period, counter.
  scan IMAGE...
      Leer los códigos QR de cada imagen: un objeto JSON por línea, {&quot;file&quot;: PATH,
      &quot;codes&quot;: [TEXT, ...]}, o {&quot;file&quot;: PATH, &quot;error&quot;: REASON} si la imagen no se puede
      leer (estado de salida 2 tras probar todas las imágenes).

Comandos de grupo (un grupo de usuarios de Cognito: un almacén local, o AWS Cognito con
--backend cognito; véase docs/pool-engine.md y docs/cognito-backend.md):
  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]
                        Ejecutar una operación de Cognito (CreateUserPool, ListUsers,
                        AdminCreateUser, ...) con su cuerpo de solicitud; mostrar la
                        respuesta como la muestra la AWS CLI.
  pool outbox           Los SMS y correos del almacén local, un objeto JSON por línea.
  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH
              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]
              [--trace] [--remember-device] [--device-file PATH]
                        Iniciar sesión (USER_PASSWORD_AUTH, o SRP con --auth-flow
                        USER_SRP_AUTH: la contraseña se demuestra, nunca se envía) y
                        responder a cada desafío: TOTP de la entrada NAME de la caja
                        fuerte, códigos de SMS y correo de la bandeja de salida. Una línea
                        JSON por paso; los tokens nunca se muestran. Después, --trace
                        muestra el rastro de decisión del motor local (señales de
                        riesgo, puntuación, nivel, acción, por qué se pidió o no la
                        MFA), una línea JSON por paso: {&quot;trace&quot;: N, &quot;code&quot;, &quot;text&quot;}.
                        --remember-device confirma el dispositivo que el grupo asigna al
                        inicio de sesión (ConfirmDevice, UpdateDeviceStatus) y guarda su
                        clave y contraseña en un archivo solo legible por el propietario
                        (--device-file, por defecto en la carpeta de datos); el siguiente
                        signin demuestra el dispositivo (DEVICE_SRP_AUTH) y omite la MFA.
  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]
             [--access-key ID [--secret-key-file PATH]] [--max-connections N]
                        Servir el almacén local como punto de enlace de Cognito (AWS JSON
                        1.1 sobre HTTP) hasta Ctrl+C, para la AWS CLI, los SDK y las
                        aplicaciones: muestra la URL para AWS_ENDPOINT_URL. Solo bucle
                        local salvo que --host diga otra cosa. Las operaciones de
                        administración requieren una firma SigV4: cualquier clave, o solo
                        --access-key, cuyo secreto viene del archivo o de
                        AWS_SECRET_ACCESS_KEY. Véase docs/serve.md.
  Dónde está el grupo (cualquier comando de grupo):
  --store PATH          El almacén local (predeterminado: pools.sqlite en la carpeta de
                        datos de la plataforma). Un almacén nuevo, y cualquier carpeta
                        creada para él, solo puede leerlo usted; si otros pueden leer un
                        almacén, se avisa, con la solución.
  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]
                        AWS Cognito, o un punto de enlace compatible con Cognito. Las
                        credenciales, la región y el punto de enlace se buscan como lo
                        hace la AWS CLI (variables AWS_*, ~/.aws/credentials,
                        ~/.aws/config); las opciones tienen prioridad. Sin bandeja de
                        salida con este backend.

Secretos en la línea de comandos: cualquier usuario de este equipo puede leer los argumentos
de un comando mientras se ejecuta (ps, /proc/PID/cmdline), y los shells los guardan en su
historial. Pase los secretos por la entrada estándar o por un archivo que solo usted pueda
leer: &apos;add -&apos;, &apos;code --uri -&apos;, --password-file, --cli-input-json file://PATH para solicitudes
con contraseñas. Un URI o una contraseña escritos como argumento quedan expuestos.

Estado de salida: 0 si todo va bien, 2 por entrada o uso no válidos, contraseña incorrecta o
una ruta que no es una caja fuerte (con el motivo en stderr), 1 por otros fallos, 254 cuando
una operación de grupo falla en el servicio (como la AWS CLI: una frase y luego el error en
JSON en la última línea de stderr); &apos;pool signin&apos; sale con 2 ante un desafío que no sabe
responder.
</translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation>%1; cree una con &apos;tessera-cli create&apos; o indique otra con --vault</translation>
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
        <translation>no se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>la primera línea del archivo de contraseña %1 está vacía</translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation>no hay contraseña: use --password-file o ejecute en un terminal</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>la contraseña está vacía</translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation>no hay contraseña: use --password-file</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation>Se ha producido un error (%1) al llamar a la operación %2: %3</translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation>--backend desconocido &apos;%1&apos; (local o cognito)</translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation>--%1 requiere --backend cognito</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation>El almacén local de grupos.</translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation>local (predeterminado) o cognito.</translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation>cognito: el perfil de AWS.</translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation>cognito: la región de AWS; serve: la región a la que se limitan las firmas y con la que empiezan los ID de grupo (predeterminado us-east-1).</translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation>cognito: un punto de enlace compatible con Cognito.</translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation>El cuerpo de la solicitud, o file://PATH que lo contiene.</translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation>Mostrar el JSON en una sola línea.</translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation>signin, export-config: el grupo de usuarios.</translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation>export-config: cloudformation, terraform o cli-json.</translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation>export-config: escribir en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation>signin: el cliente de aplicación.</translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation>signin: el usuario.</translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation>signin: archivo con la contraseña del usuario.</translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation>signin: la nueva contraseña para NEW_PASSWORD_REQUIRED.</translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation>signin: la entrada de la caja fuerte que responde a SOFTWARE_TOKEN_MFA.</translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation>signin: USER_PASSWORD_AUTH (predeterminado) o USER_SRP_AUTH.</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve: la dirección en la que escuchar (predeterminado 127.0.0.1).</translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation>serve: el puerto (predeterminado 9229; 0 toma uno libre).</translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation>serve: la única clave de acceso cuyas firmas se aceptan.</translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation>serve: archivo con el secreto de --access-key.</translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation>serve: conexiones atendidas a la vez (predeterminado 1024).</translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation>pool necesita una OPERATION (p. ej. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; o &apos;serve&apos;</translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation>serve sirve un almacén local, no --backend %1</translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation>solo el backend local tiene bandeja de salida</translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation>export-config necesita --pool-id ID</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation>--format desconocido &apos;%1&apos; (uno de: %2)</translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation>no está en este formato, configúrelo a mano: %1</translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation>--cli-input-json no es JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation>--cli-input-json debe ser un objeto JSON ({&quot;Name&quot;: value, ...}), no una lista</translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation>--cli-input-json debe ser un objeto JSON ({&quot;Name&quot;: value, ...}), no un valor suelto</translation>
    </message>
    <message>
        <source>signin: then print why the local engine decided what it did.</source>
        <translation>signin: después, mostrar por qué el motor local decidió lo que decidió.</translation>
    </message>
    <message>
        <source>signin: confirm and remember the device the sign-in is given, so the next sign-in skips MFA.</source>
        <translation>signin: confirmar y recordar el dispositivo asignado al inicio de sesión, para que el siguiente inicio de sesión omita la MFA.</translation>
    </message>
    <message>
        <source>signin: file keeping remembered devices (default: in the data folder).</source>
        <translation>signin: archivo que guarda los dispositivos recordados (por defecto: en la carpeta de datos).</translation>
    </message>
    <message>
        <source>signin: then register a throwaway software passkey for the user and sign in with it (USER_AUTH, WEB_AUTHN), listing what was checked.</source>
        <translation>signin: después, registrar una llave de acceso de software desechable para el usuario e iniciar sesión con ella (USER_AUTH, WEB_AUTHN), enumerando lo que se comprobó.</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RememberedDeviceFile</name>
    <message>
        <source>cannot read the remembered devices in %1: %2</source>
        <translation>no se pueden leer los dispositivos recordados en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a remembered-devices file (%2); move it away</source>
        <translation>%1 no es un archivo de dispositivos recordados (%2); muévalo a otro lugar</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>no se puede crear la carpeta para %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation>scan necesita uno o más archivos IMAGE</translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation>--host debe ser una dirección IP (127.0.0.1, ::1, 0.0.0.0...), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation>--port debe ser un número de 0 a 65535 (0: cualquier puerto libre), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation>--region debe parecer una región de AWS (us-east-1), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation>--max-connections debe ser un número igual o mayor que 1, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation>--access-key necesita el secreto de la clave para comprobar firmas: --secret-key-file PATH o AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation>--secret-key-file va con --access-key ID</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation>Sirviendo el almacén de grupos %1 en %2 (solo bucle local: otros equipos no pueden acceder).</translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation>Sirviendo el almacén de grupos %1 en %2.</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation>Región %1. Las operaciones de administración requieren una firma SigV4 de cualquier clave de acceso (--access-key fija una).</translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation>Región %1. Las operaciones de administración requieren una firma SigV4 de la clave de acceso %2.</translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation>Dirija los clientes de AWS hacia aquí:</translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation>Claves de los tokens: %1/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Detenga con Ctrl+C.</translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation>aviso: escuchando en %1 sin --access-key: cualquiera que pueda llegar a este equipo puede leer y cambiar estos grupos</translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation>aviso: escuchando en %1 con HTTP sin cifrar: las contraseñas y los tokens cruzan la red sin cifrar</translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation>detenido; el almacén se ha cerrado correctamente</translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation>SOFTWARE_TOKEN_MFA necesita un código: indique la entrada de la caja fuerte con --entry NAME</translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation>%1 ha enviado por %2 un código que solo su destinatario puede leer; este backend no tiene bandeja de salida</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation>NEW_PASSWORD_REQUIRED: &apos;%1&apos; ha iniciado sesión con una contraseña temporal y debe elegir una nueva; indíquela con --new-password-file PATH</translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation>MFA_SETUP: el grupo exige MFA y &apos;%1&apos; aún no tiene ningún factor; registre uno primero (AssociateSoftwareToken, VerifySoftwareToken)</translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation>signin necesita %1</translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation>--auth-flow es USER_PASSWORD_AUTH o USER_SRP_AUTH, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no decision trace: only the local engine records why it decided</source>
        <translation>no hay rastro de decisión: solo el motor local registra por qué decidió</translation>
    </message>
    <message>
        <source>no decision trace: AdminListUserAuthEvents failed: %1</source>
        <translation>no hay rastro de decisión: AdminListUserAuthEvents falló: %1</translation>
    </message>
    <message>
        <source>could not make the device&apos;s SRP verifier (OpenSSL failed)</source>
        <translation>no se pudo crear el verificador SRP del dispositivo (falló OpenSSL)</translation>
    </message>
    <message>
        <source>the device is remembered by the pool but could not be kept: %1</source>
        <translation>el grupo recuerda el dispositivo, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>the pool gave this sign-in no device key, so there is no device to remember (the pool needs a DeviceConfiguration)</source>
        <translation>el grupo no dio a este inicio de sesión ninguna clave de dispositivo, así que no hay dispositivo que recordar (el grupo necesita una DeviceConfiguration)</translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation>Leer los archivos en este formato.</translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation>Archivo cuya primera línea es la contraseña de la exportación cifrada.</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>Mostrar lo que se importaría; no cambiar nada.</translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation>import necesita uno o más archivos</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>formato desconocido &apos;%1&apos;; formatos conocidos: %2</translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation>tessera, aegis, uri-list, google-migration o html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation>Archivo cuya primera línea es la contraseña que cifra la exportación.</translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation>Confirmar una exportación sin cifrar.</translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation>export no admite argumentos posicionales</translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation>export necesita --format tessera, aegis, uri-list, google-migration o html</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export necesita --output PATH</translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation>las exportaciones %1 no se pueden cifrar; quite --export-password-file</translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation>una copia de seguridad de Tessera siempre va cifrada: indique --export-password-file</translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation>esta exportación contendría todas las claves secretas sin cifrar: cualquiera que lea %1 puede generar sus códigos. Añada --plain para confirmar%2</translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation>, o cífrela con --export-password-file</translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation>no exportado (Google Authenticator no puede contenerlo): %1</translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation>ninguna entrada se llama &apos;%1&apos; (&apos;tessera-cli list&apos; las muestra)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation>&apos;%1&apos; designa %2 entradas; indique una por emisor:cuenta o UUID:%3</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation>%1 admite exactamente un NAME (emisor:cuenta, cuenta o UUID)</translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation>create no admite argumentos; indique el archivo con --vault</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation>add necesita uno o más URI otpauth://, o &apos;-&apos; para leerlos de la entrada estándar</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation>la línea %1 supera %2 caracteres; no se ha añadido nada</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation>la entrada estándar supera los %1 MiB que lee Tessera; no se ha añadido nada</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation>línea %1: %2; no se ha añadido nada</translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation>la entrada estándar no contenía ningún URI otpauth://; no se ha añadido nada</translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation>URI %1: %2; no se ha añadido nada</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list no admite argumentos</translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation>no se ha podido calcular el código (fallo de OpenSSL)</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>Archivo cuya primera línea es la nueva contraseña.</translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation>passwd no admite argumentos; indique la nueva contraseña con --new-password-file</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nueva contraseña: </translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>unos %n segundo</numerusform>
            <numerusform>unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>unas %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>unos %n día</numerusform>
            <numerusform>unos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation>PBKDF2-%1 con %2 iteraciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%1 en cada una de %n derivación de clave</numerusform>
            <numerusform>%1 en cada una de las %n derivaciones de clave</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation>%1 de memoria para una derivación</translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation>%1 y %2 de memoria en este equipo</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 en este equipo</translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation>%1 iteraciones PBKDF2 para un solo archivo, diez veces lo que escriben las aplicaciones desde las que importa</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>%n segundo de cálculo (o %1 de memoria) para un solo archivo</numerusform>
            <numerusform>%n segundos de cálculo (o %1 de memoria) para un solo archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation>este archivo pide %1 para probar una contraseña: %2. Tessera rechaza más de %3, porque de lo contrario un archivo malicioso podría bloquearlo o agotar la memoria antes incluso de comprobar la contraseña</translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>la clave secreta es demasiado larga: %n byte; se permiten como máximo %1</numerusform>
            <numerusform>la clave secreta es demasiado larga: %n bytes; se permiten como máximo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>el emisor</translation>
    </message>
    <message>
        <source>the account name</source>
        <translation>el nombre de la cuenta</translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation>hay demasiados parámetros adicionales: %1; se conservan como máximo %2</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>un nombre de parámetro</translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation>el valor del parámetro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation>la clave secreta está vacía</translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation>los dígitos deben estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation>el período debe estar entre %1 y %2 segundos, no %3</translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation>esto es una exportación de Google Authenticator (otpauth-migration://), no una sola cuenta: impórtela</translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation>no es un URI otpauth://</translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation>el URI no indica ningún tipo de OTP: debería empezar por otpauth://totp/ o otpauth://hotp/</translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation>tipo de OTP desconocido &apos;%1&apos;: se esperaba totp, hotp o steam</translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation>la clave secreta aparece dos veces, con valores distintos</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>el parámetro &apos;%1&apos; aparece dos veces con valores distintos (&apos;%2&apos; y &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation>el URI no tiene el parámetro secret</translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation>algoritmo no admitido &apos;%1&apos;: use SHA1, SHA256 o SHA512</translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation>digits debe ser un número entero entre %1 y %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation>period debe ser un número entero de segundos entre %1 y %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>counter debe ser un número entero de 0 a 18446744073709551615, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tessera::pool</name>
    <message>
        <source>Medium-risk sign-ins</source>
        <translation>Inicios de sesión de riesgo medio</translation>
    </message>
    <message>
        <source>High-risk sign-ins</source>
        <translation>Inicios de sesión de riesgo alto</translation>
    </message>
    <message>
        <source>Low-risk sign-ins</source>
        <translation>Inicios de sesión de riesgo bajo</translation>
    </message>
    <message>
        <source>Users with a factor are asked for a code, even where MFA is optional; users without one sign in with the password.</source>
        <translation>A los usuarios con un factor se les pide un código, incluso donde la MFA es opcional; los usuarios sin factor inician sesión con la contraseña.</translation>
    </message>
    <message>
        <source>Users are asked for a code; a user with no factor cannot sign in.</source>
        <translation>A los usuarios se les pide un código; un usuario sin factor no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>These sign-ins are refused, right password or not.</source>
        <translation>Estos inicios de sesión se rechazan, con contraseña correcta o no.</translation>
    </message>
    <message>
        <source>These sign-ins go on as the MFA policy says.</source>
        <translation>Estos inicios de sesión siguen según la política de MFA.</translation>
    </message>
    <message>
        <source>The user is emailed about each one.</source>
        <translation>El usuario recibe un correo sobre cada uno.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>MFA if set up</source>
        <translation>MFA si está configurada</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA obligatoria</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ninguna acción</translation>
    </message>
    <message>
        <source>%1, notify</source>
        <translation>%1, notificar</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Rangos de IP bloqueados</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused before the password is looked at.</source>
        <translation>Los inicios de sesión desde estos rangos se rechazan antes de mirar la contraseña.</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Rangos de IP siempre permitidos</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks and count as low risk.</source>
        <translation>Los inicios de sesión desde estos rangos omiten las comprobaciones de riesgo y cuentan como riesgo bajo.</translation>
    </message>
    <message>
        <source>Notice sender (SES identity)</source>
        <translation>Remitente de avisos (identidad de SES)</translation>
    </message>
    <message>
        <source>Cognito emails risk notices from this identity.</source>
        <translation>Cognito envía los avisos de riesgo por correo desde esta identidad.</translation>
    </message>
    <message>
        <source>SetRiskConfiguration replaces the whole risk configuration; on AWS it needs threat protection (advanced security) on the pool&apos;s feature plan.</source>
        <translation>SetRiskConfiguration reemplaza toda la configuración de riesgos; en AWS necesita la protección contra amenazas (seguridad avanzada) en el plan de características del grupo.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message>
        <source>Not reached: the run was cancelled first.</source>
        <translation>No alcanzado: la ejecución se canceló antes.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>No hay dispositivos recordados.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1: %n dispositivo olvidado.</numerusform>
            <numerusform>%1: %n dispositivos olvidados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>Cancelado después de olvidar %1 de %n dispositivo.</numerusform>
            <numerusform>Cancelado después de olvidar %1 de %n dispositivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 hechos, %2 fallidos, %3 omitidos.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>%n usuario terminado: %1</numerusform>
            <numerusform>%n usuarios terminados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no user was changed. %1</source>
        <translation>Cancelado: no se modificó ningún usuario. %1</translation>
    </message>
    <message>
        <source>Cancelled. Changed before it stopped: %1. %2</source>
        <translation>Cancelado. Modificado antes de detenerse: %1. %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%n de %1 usuarios</numerusform>
            <numerusform>%n de %1 usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>%n de los %1 usuarios leídos hasta ahora</numerusform>
            <numerusform>%n de los %1 usuarios leídos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>Mensajes SMS</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>Códigos por correo</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Aplicaciones de autenticación (TOTP)</translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation>deberán configurar una aplicación de autenticación en su próximo inicio de sesión</translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation>no pueden configurar un factor durante el inicio de sesión (entonces solo se pueden configurar aplicaciones de autenticación) y necesitarán un número de teléfono o una dirección de correo verificados</translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation>Se pide un código a todos los usuarios en cada inicio de sesión; los usuarios sin factor %1.</translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation>El grupo aún no tiene usuarios: a cada uno se le pedirá un código en cada inicio de sesión.</translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation>Todos los usuarios tienen ya un factor; a cada uno se le pide un código en cada inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation>%1 no tienen factor y %2.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation>La MFA pasa a ser decisión de cada usuario: %1 no tienen factor y siguen iniciando sesión solo con contraseña; a los usuarios con factor se les sigue pidiendo un código.</translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation>La MFA pasa a ser decisión de cada usuario: a los usuarios con factor se les sigue pidiendo un código; los demás inician sesión solo con contraseña.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation>Los usuarios pueden activar la MFA por sí mismos; %1 ya tienen un factor y se les pedirá un código al iniciar sesión.</translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation>Los usuarios pueden activar la MFA por sí mismos; a quienes tengan un factor se les pedirá un código al iniciar sesión.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation>No se pide código a nadie. Los factores que han configurado %1 se conservan y se vuelven a usar si se reactiva la MFA.</translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation>No se pide código a nadie. Los factores que configuran los usuarios se conservan y se vuelven a usar si se reactiva la MFA.</translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation>A los usuarios que lo prefieran se les pedirá que elijan otro factor.</translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation>%1 lo prefieren y se les pedirá que elijan otro factor.</translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation>%1 no tienen otro factor y %2.</translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation>%1 no tienen otro factor e iniciarán sesión solo con contraseña.</translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation>Cada código es un SMS que Amazon SNS factura por mensaje y por país. Los SMS se envían a través del rol de SNS de la configuración de SMS.</translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Los códigos se envían con la configuración de correo del grupo; en AWS, la MFA por correo requiere Amazon SES como remitente de correo del grupo.</translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation>Los usuarios pueden añadir una aplicación de autenticación: gratuita, funciona sin conexión y no se paga por inicio de sesión.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>No se recuerdan</translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation>Se recuerdan si el usuario acepta; se omite la MFA en ellos</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Se recuerdan si el usuario acepta</translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation>Siempre se recuerdan; se omite la MFA en ellos</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Siempre se recuerdan</translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation>Siempre se pide un código</translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation>Nunca se pide (se confía en el inicio de sesión de su proveedor)</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Según la configuración de MFA del grupo</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation>Todos los usuarios deben introducir un código de un solo uso al iniciar sesión; los que no tienen factor configuran uno primero.</translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation>Cada usuario decide si usa un segundo factor; a quienes configuren uno se les pide un código.</translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation>Los usuarios inician sesión solo con su contraseña.</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>Mensaje SMS</translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation>Los usuarios reciben: %1</translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation>la región del grupo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation>Remitente de SMS (rol de SNS)</translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation>Los SMS se envían a través de este rol de IAM; si no puede publicar en SNS, no llega ningún código por SMS.</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation>El asunto de los correos con códigos.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensaje de correo</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Dispositivos recordados</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation>Un dispositivo recordado inicia sesión sin código; a un dispositivo nuevo siempre se le pide.</translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation>Se pide un código en cada inicio de sesión, sea o no un dispositivo recordado.</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Usuarios federados</translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation>Se aplica a los usuarios que inician sesión a través de otro proveedor de identidades (motor local de Tessera).</translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation>Días que se recuerda un dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>A un usuario que inició sesión con un código no se le vuelve a pedir en ese dispositivo durante %n día.</numerusform>
            <numerusform>A un usuario que inició sesión con un código no se le vuelve a pedir en ese dispositivo durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation>Los dispositivos no se recuerdan: un código en cada inicio de sesión.</translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation>la opción de aplicaciones de autenticación</translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation>el bloque de SMS</translation>
    </message>
    <message>
        <source>the email block</source>
        <translation>el bloque de correo</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation>SetUserPoolMfaConfig sustituye toda la configuración de MFA; el plan la envía completa.</translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation>SetUserPoolMfaConfig sustituye toda la configuración de MFA, así que el plan la envía completa: lo que no ha editado (%1) queda como está.</translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation>UpdateUserPool restablece cualquier opción que una solicitud omita: el plan repite las demás opciones del grupo para que nada más cambie.</translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation>Los recuentos de usuarios proceden de los %1 usuarios leídos hasta ahora, no de todo el grupo.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Users can register passkeys (security keys, phones, laptops) and sign in with them instead of a password. Passkeys need the relying party set below.</source>
        <translation>Los usuarios pueden registrar llaves de acceso (llaves de seguridad, teléfonos, portátiles) e iniciar sesión con ellas en lugar de una contraseña. Las llaves de acceso necesitan la parte de confianza indicada abajo.</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email instead of their password; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Los usuarios con una dirección de correo verificada pueden iniciar sesión con un código enviado por correo en lugar de su contraseña; en AWS esto requiere Amazon SES como remitente de correo del grupo.</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a code sent by text message instead of their password; every code is a message the pool pays for.</source>
        <translation>Los usuarios con un número de teléfono verificado pueden iniciar sesión con un código enviado por SMS en lugar de su contraseña; cada código es un mensaje que paga el grupo.</translation>
    </message>
    <message>
        <source>Users can sign in with their password.</source>
        <translation>Los usuarios pueden iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>No user has registered a passkey yet: nobody loses a way to sign in.</source>
        <translation>Ningún usuario ha registrado aún una llave de acceso: nadie pierde una forma de iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>%n usuario con una llave de acceso registrada ya no puede iniciar sesión con ella ni registrar otra; sus llaves de acceso siguen almacenadas. Los usuarios que solo tienen llaves de acceso deben iniciar sesión con una contraseña, y un usuario sin contraseña queda bloqueado hasta que un administrador le establezca una.</numerusform>
            <numerusform>%n usuarios con una llave de acceso registrada ya no pueden iniciar sesión con ella ni registrar otra; sus llaves de acceso siguen almacenadas. Los usuarios que solo tienen llaves de acceso deben iniciar sesión con una contraseña, y un usuario sin contraseña queda bloqueado hasta que un administrador le establezca una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users can no longer sign in with a passkey nor register one; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>Los usuarios ya no pueden iniciar sesión con una llave de acceso ni registrar una; sus llaves de acceso siguen almacenadas. Los usuarios que solo tienen llaves de acceso deben iniciar sesión con una contraseña, y un usuario sin contraseña queda bloqueado hasta que un administrador le establezca una.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with an emailed code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Los usuarios ya no pueden iniciar sesión con un código enviado por correo; los usuarios que nunca establecieron una contraseña quedan bloqueados hasta que un administrador les establezca una.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a texted code; users who never set a password are locked out until an administrator sets one.</source>
        <translation>Los usuarios ya no pueden iniciar sesión con un código enviado por SMS; los usuarios que nunca establecieron una contraseña quedan bloqueados hasta que un administrador les establezca una.</translation>
    </message>
    <message>
        <source>Users can no longer sign in with a password.</source>
        <translation>Los usuarios ya no pueden iniciar sesión con una contraseña.</translation>
    </message>
    <message>
        <source>Passkey (WEB_AUTHN)</source>
        <translation>Clave de acceso (WEB_AUTHN)</translation>
    </message>
    <message>
        <source>Code by email (EMAIL_OTP)</source>
        <translation>Código por correo (EMAIL_OTP)</translation>
    </message>
    <message>
        <source>Code by text message (SMS_OTP)</source>
        <translation>Código por SMS (SMS_OTP)</translation>
    </message>
    <message>
        <source>Password (PASSWORD)</source>
        <translation>Contraseña (PASSWORD)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>(the pool&apos;s own domain)</source>
        <translation>(el dominio propio del grupo)</translation>
    </message>
    <message>
        <source>Passkey relying party</source>
        <translation>Parte de confianza de las llaves de acceso</translation>
    </message>
    <message>
        <source>Passkeys are bound to %1: pages on that domain and its subdomains can use them.</source>
        <translation>Las llaves de acceso están vinculadas a %1: las páginas de ese dominio y de sus subdominios pueden usarlas.</translation>
    </message>
    <message>
        <source>Passkeys registered for %1 stop working: a browser offers a passkey only to the relying party it was made for. Their users must register a new one.</source>
        <translation>Las llaves de acceso registradas para %1 dejan de funcionar: un navegador ofrece una llave de acceso solo a la parte de confianza para la que se creó. Sus usuarios deben registrar una nueva.</translation>
    </message>
    <message>
        <source>Passkey user verification</source>
        <translation>Verificación de usuario de las llaves de acceso</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Cada inicio de sesión con llave de acceso debe demostrar quién tiene la llave (PIN o biometría); se rechazan las llaves que no pueden hacerlo.</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot verify who holds it.</source>
        <translation>Basta con tocar la llave cuando esta no puede verificar quién la tiene.</translation>
    </message>
    <message>
        <source>First factor: %1</source>
        <translation>Primer factor: %1</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation>El historial de políticas %1 no se puede leer (%2); se ha dejado como estaba. Muévalo a otro sitio para empezar un historial nuevo.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>Almacén local %1</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>Perfil de AWS %1</translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation>Grupos gestionados por el motor propio de Tessera en %1</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation>Un punto de enlace compatible con Cognito en %1, firmado con las claves del perfil de AWS %2</translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation>Amazon Cognito, con las claves y la región del perfil de AWS %1</translation>
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
        <translation>Credenciales parciales encontradas en %1, falta: %2</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation>credential_process &apos;%1&apos; ha fallado (estado de salida %2)</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation>credential_process &apos;%1&apos; no ha mostrado un objeto JSON de Version 1</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation>credential_process &apos;%1&apos; no ha mostrado AccessKeyId ni SecretAccessKey</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>credential_process &apos;%1&apos; ha mostrado una Expiration que no es una hora ISO 8601: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation>credential_process &apos;%1&apos; ha devuelto credenciales que caducaron el %2</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation>No se encuentra el perfil de configuración (%1): añada [%1] a %2 o [profile %1] a %3</translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation>Debe indicar una región: --region, AWS_REGION o &apos;region&apos; en el perfil (%1)</translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>la URL del punto de enlace &apos;%1&apos; no es una URL http(s)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation>estado HTTP %1 sin mensaje</translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation>este punto de enlace no admite %1 (%2)</translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation>No se encuentran credenciales para firmar %1: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY, o indique un perfil con --profile</translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation>%1 se ha cancelado; puede que se haya aplicado o no</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation>%1 no ha respondido en %2 s</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>No se ha podido comunicar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation>%1 ha respondido a %2 con un cuerpo que no es JSON</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (tras %2 intentos)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation>DeviceConfiguration (se configura con aws cognito-idp update-user-pool)</translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation>la configuración de riesgos (se configura con aws cognito-idp set-risk-configuration)</translation>
    </message>
    <message>
        <source>Policies.SignInPolicy (set with aws cognito-idp update-user-pool)</source>
        <translation>Policies.SignInPolicy (se establece con aws cognito-idp update-user-pool)</translation>
    </message>
</context>
<context>
    <name>tessera::pool::lab::SmsCostProjection</name>
    <message>
        <source>Sample prices per outbound transactional SMS, for illustration only; not current AWS prices. Replace them with your own bill&apos;s or the SNS pricing page&apos;s.</source>
        <translation>Precios de ejemplo por SMS transaccional saliente, solo a modo ilustrativo; no son precios actuales de AWS. Sustitúyalos por los de su propia factura o la página de precios de SNS.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation>no se puede crear el almacén de grupos %1: %2</translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation>no se puede hacer privado el almacén de grupos %1: %2</translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation>otros usuarios de este equipo pueden leer o cambiar el almacén de grupos: %1. Contiene las claves secretas TOTP de los usuarios, contraseñas temporales y la clave que firma los tokens. Hágalo privado con: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn</name>
    <message>
        <source>The authenticator signed for a different relying party than &apos;%1&apos; (its rpIdHash does not match).</source>
        <translation>El autenticador firmó para una parte de confianza distinta de «%1» (su rpIdHash no coincide).</translation>
    </message>
    <message>
        <source>The authenticator did not confirm that a user was present (flag UP is clear).</source>
        <translation>El autenticador no confirmó que hubiera un usuario presente (la marca UP no está establecida).</translation>
    </message>
    <message>
        <source>This pool requires user verification (a PIN or biometric), and the authenticator did not verify the user (flag UV is clear).</source>
        <translation>Este grupo exige verificación del usuario (un PIN o biometría), y el autenticador no verificó al usuario (la marca UV no está establecida).</translation>
    </message>
    <message>
        <source>Packed attestation with a certificate chain is not supported; Tessera accepts self-attestation and &apos;none&apos;.</source>
        <translation>No se admite la atestación packed con cadena de certificados; Tessera acepta la autoatestación y &apos;none&apos;.</translation>
    </message>
    <message>
        <source>The attestation is signed with algorithm %1, but the credential key is algorithm %2.</source>
        <translation>La atestación está firmada con el algoritmo %1, pero la clave de la credencial usa el algoritmo %2.</translation>
    </message>
    <message>
        <source>The packed self-attestation signature does not verify with the credential&apos;s key.</source>
        <translation>La firma de autoatestación packed no se verifica con la clave de la credencial.</translation>
    </message>
    <message>
        <source>An ES256 key must be on curve P-256 (COSE crv 1).</source>
        <translation>Una clave ES256 debe estar en la curva P-256 (COSE crv 1).</translation>
    </message>
    <message>
        <source>An ES256 key needs 32-byte x and y coordinates; this one has %1 and %2 bytes.</source>
        <translation>Una clave ES256 necesita coordenadas x e y de 32 bytes; esta tiene %1 y %2 bytes.</translation>
    </message>
    <message>
        <source>The ES256 key could not be prepared.</source>
        <translation>No se pudo preparar la clave ES256.</translation>
    </message>
    <message>
        <source>The ES256 key&apos;s point is not on curve P-256.</source>
        <translation>El punto de la clave ES256 no está en la curva P-256.</translation>
    </message>
    <message>
        <source>An RS256 key needs a modulus n and an exponent e.</source>
        <translation>Una clave RS256 necesita un módulo n y un exponente e.</translation>
    </message>
    <message>
        <source>The RS256 key has a %1-bit modulus; at least 2048 bits are required.</source>
        <translation>La clave RS256 tiene un módulo de %1 bits; se requieren al menos 2048 bits.</translation>
    </message>
    <message>
        <source>The RS256 key could not be prepared.</source>
        <translation>No se pudo preparar la clave RS256.</translation>
    </message>
    <message>
        <source>The RS256 key is not a valid RSA public key.</source>
        <translation>La clave RS256 no es una clave pública RSA válida.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::AuthenticatorData</name>
    <message>
        <source>The authenticator data is %1 bytes long; it needs at least 37.</source>
        <translation>Los datos del autenticador miden %1 bytes; necesitan al menos 37.</translation>
    </message>
    <message>
        <source>The authenticator data ends inside the attested credential.</source>
        <translation>Los datos del autenticador terminan dentro de la credencial atestada.</translation>
    </message>
    <message>
        <source>The credential ID length %1 is not between 1 and 1023 bytes or runs past the end of the authenticator data.</source>
        <translation>La longitud %1 del ID de credencial no está entre 1 y 1023 bytes o sobrepasa el final de los datos del autenticador.</translation>
    </message>
    <message>
        <source>The credential public key at byte %1 is not well-formed CBOR.</source>
        <translation>La clave pública de la credencial en el byte %1 no es CBOR bien formado.</translation>
    </message>
    <message>
        <source>The extensions at byte %1 are not well-formed CBOR.</source>
        <translation>Las extensiones en el byte %1 no son CBOR bien formado.</translation>
    </message>
    <message>
        <source>The authenticator data has %n unexpected trailing bytes.</source>
        <translation>Los datos del autenticador tienen %n bytes finales inesperados.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CeremonyVerifier</name>
    <message>
        <source>The attestation object is not a CBOR map.</source>
        <translation>El objeto de atestación no es un mapa CBOR.</translation>
    </message>
    <message>
        <source>The attestation object has no attestation statement (attStmt).</source>
        <translation>El objeto de atestación no tiene declaración de atestación (attStmt).</translation>
    </message>
    <message>
        <source>The registration carries no credential (flag AT is clear).</source>
        <translation>El registro no contiene ninguna credencial (la marca AT no está establecida).</translation>
    </message>
    <message>
        <source>Attestation &apos;none&apos; must carry an empty statement.</source>
        <translation>La atestación &apos;none&apos; debe llevar una declaración vacía.</translation>
    </message>
    <message>
        <source>The attestation format &apos;%1&apos; is not supported; Tessera accepts &apos;none&apos; and &apos;packed&apos; self-attestation.</source>
        <translation>No se admite el formato de atestación &apos;%1&apos;; Tessera acepta &apos;none&apos; y la autoatestación &apos;packed&apos;.</translation>
    </message>
    <message>
        <source>The assertion&apos;s signature does not verify with the registered key.</source>
        <translation>La firma de la aserción no se verifica con la clave registrada.</translation>
    </message>
    <message>
        <source>The signature counter went from %1 to %2 instead of growing: this authenticator may have been cloned, so the sign-in is refused.</source>
        <translation>El contador de firmas pasó de %1 a %2 en lugar de crecer: este autenticador puede haber sido clonado, así que se rechaza el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::ClientData</name>
    <message>
        <source>The client data is not a JSON object: %1.</source>
        <translation>Los datos del cliente no son un objeto JSON: %1.</translation>
    </message>
    <message>
        <source>The client data is of type &apos;%1&apos;, but this step expects &apos;%2&apos;.</source>
        <translation>Los datos del cliente son del tipo «%1», pero este paso espera «%2».</translation>
    </message>
    <message>
        <source>The client data answers a different challenge from the one issued for this step.</source>
        <translation>Los datos del cliente responden a un desafío distinto del emitido para este paso.</translation>
    </message>
    <message>
        <source>The ceremony ran in a frame of another site (crossOrigin is true); this relying party accepts none.</source>
        <translation>La ceremonia se ejecutó en un marco de otro sitio (crossOrigin es true); esta parte de confianza no acepta ninguno.</translation>
    </message>
    <message>
        <source>The origin &apos;%1&apos; is not the relying party&apos;s: expected https://%2 or one of its subdomains.</source>
        <translation>El origen «%1» no es el de la parte de confianza: se esperaba https://%2 o uno de sus subdominios.</translation>
    </message>
</context>
<context>
    <name>tessera::pool::webauthn::CoseKey</name>
    <message>
        <source>The credential public key is not a CBOR map.</source>
        <translation>La clave pública de la credencial no es un mapa CBOR.</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm (COSE %1) is not supported; Tessera accepts ES256 (-7) and RS256 (-257).</source>
        <translation>No se admite el algoritmo de la clave (COSE %1); Tessera acepta ES256 (-7) y RS256 (-257).</translation>
    </message>
    <message>
        <source>The key type (COSE kty %1) does not match its algorithm %2.</source>
        <translation>El tipo de clave (COSE kty %1) no coincide con su algoritmo %2.</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>se abandonó esta imagen: contiene más de %n forma parecida a los cuadrados de las esquinas de un código QR (un código tiene tres); recorte la imagen al código y vuelva a intentarlo</numerusform>
            <numerusform>se abandonó esta imagen: contiene más de %n formas parecidas a los cuadrados de las esquinas de un código QR (un código tiene tres); recorte la imagen al código y vuelva a intentarlo</numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation>esta imagen mide %1 × %2 píxeles; Tessera busca códigos QR en imágenes de %3 megapíxeles como máximo: recórtela al código o guárdela más pequeña</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>se abandonó tras %n s buscando códigos QR en esta imagen; recorte la imagen al código y vuelva a intentarlo</numerusform>
            <numerusform>se abandonó tras %n s buscando códigos QR en esta imagen; recorte la imagen al código y vuelva a intentarlo</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation>no se puede leer &apos;%1&apos; como imagen: %2</translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation>no hay texto que poner en un código QR</translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>el texto es demasiado largo para un código QR (%n byte; caben como máximo 2953)</numerusform>
            <numerusform>el texto es demasiado largo para un código QR (%n bytes; caben como máximo 2953)</numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation>libqrencode no ha podido codificar el texto</translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation>la respuesta del servidor de hora es demasiado corta (%1 bytes)</translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation>el servidor de hora ha respondido en un formato que Tessera no conoce</translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation>el servidor de hora se ha negado o no está sincronizado (estrato %1, %2)</translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation>la respuesta del servidor de hora no corresponde a esta solicitud</translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation>el servidor de hora %1 no ha respondido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation>&apos;%1&apos; no es un puerto válido para un servidor de hora</translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation>no hay ningún servidor de hora configurado</translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation>no se puede acceder al servidor de hora %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation>ha fallado PBKDF2 (OpenSSL)</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>ha fallado Argon2id: %1</translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation>ha fallado el descifrado AES-CBC (clave incorrecta o datos dañados)</translation>
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
        <translation>la entrada no tiene clave secreta</translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation>la exportación de Aegis no tiene lista de entradas</translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation>esta exportación de Aegis tiene la versión de archivo %1; Tessera lee la versión 1</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation>el &apos;db&apos; de la exportación de Aegis no es ni contenido ni texto cifrado</translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation>esta exportación de Aegis está cifrada: indique su contraseña</translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation>contraseña incorrecta para esta exportación de Aegis</translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation>los parámetros de cifrado de la exportación de Aegis están dañados</translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation>la contraseña es correcta, pero el contenido de la exportación de Aegis está dañado</translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation>el contenido descifrado de Aegis no es JSON: %1</translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation>no hay bytes aleatorios para la exportación de Aegis (fallo de OpenSSL)</translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation>ha fallado AES-GCM al escribir la exportación de Aegis (OpenSSL)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation>la copia de seguridad de andOTP descifrada no es una lista JSON</translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation>parece una copia de seguridad cifrada de andOTP: indique su contraseña</translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation>la copia de seguridad cifrada de andOTP es demasiado corta</translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation>contraseña incorrecta para esta copia de seguridad de andOTP (o el archivo está dañado)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>no se puede leer el archivo zip</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>el archivo zip está dañado</translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation>este archivo zip no contiene Accounts.txt, así que no es una exportación de Authenticator Plus</translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation>esta exportación de Authenticator Plus está protegida con contraseña: indique su contraseña</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation>Accounts.txt del archivo zip es inverosímilmente grande</translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation>contraseña incorrecta para esta exportación de Authenticator Plus</translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation>no se puede leer Accounts.txt del archivo zip</translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation>Accounts.txt del archivo zip está dañado</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation>las copias de seguridad automáticas necesitan una contraseña de copia de seguridad</translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation>no se puede leer la caja fuerte %1 para hacer la copia de seguridad: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation>%1 no es una caja fuerte de Tessera; no se ha hecho ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation>las copias de seguridad automáticas deben conservar al menos una copia</translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation>la carpeta de copias de seguridad %1 no existe; elija otra o conecte su unidad</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation>el encabezado CSV no tiene columna OTP</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation>el campo TOTP no es ni un URI otpauth:// ni opciones key=...</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation>el formato de Tessera se escribe en un archivo con exportToFile</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation>una copia de seguridad de Tessera necesita una contraseña</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation>un valor sellado de FreeOTP está dañado</translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation>no se admite el cifrado de FreeOTP &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation>el token no tiene una clave secreta legible</translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation>esta copia de seguridad de FreeOTP 2 está dañada: no se puede leer su tabla de tokens</translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation>esta es una copia de seguridad cifrada de FreeOTP 2: indique su contraseña</translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation>no se admite la derivación de clave de FreeOTP &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation>los parámetros de la clave maestra de FreeOTP 2 están dañados</translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation>contraseña incorrecta para esta copia de seguridad de FreeOTP (o el archivo está dañado)</translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation>faltan los ajustes del token</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation>no es una URL otpauth-migration (debe empezar por %1)</translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation>la URL otpauth-migration no tiene un parámetro &apos;data&apos; en Base64 válido</translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation>los datos otpauth-migration están dañados (no son una exportación de Google Authenticator)</translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation>los datos otpauth-migration no contienen ninguna cuenta</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1, cuenta %2</translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>no se admite el algoritmo de hash %1 (sí SHA1, SHA256 y SHA512)</translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation>el código de número de dígitos %1 es desconocido</translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation>el código de tipo de OTP %1 es desconocido</translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation>la cuenta tiene una clave secreta vacía</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation>Copia de seguridad en papel de Tessera</translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation>Secreto: cualquiera que tenga esta página puede generar sus códigos</translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation>Cada código QR contiene la clave secreta de una cuenta, sin cifrar. Imprima esta página, guarde el papel en un lugar seguro y elimine este archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n cuenta. Para restaurar, escanee un código con cualquier aplicación de autenticación.</numerusform>
            <numerusform>%n cuentas. Para restaurar, escanee un código con cualquier aplicación de autenticación.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation>no se puede dibujar el código QR de %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation>la fila %1 no es una entrada nueva; no se ha importado nada</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation>una base de datos SQLite, pero no de Google Authenticator, Microsoft Authenticator ni Authenticator Pro</translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation>un archivo zip sin el Accounts.txt de una exportación de Authenticator Plus</translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation>un archivo XML que no es de FreeOTP, FreeOTP+, Authy, Battle.net ni TOTP Authenticator</translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation>esto es una caja fuerte o una copia de seguridad de Tessera: indique su contraseña</translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation>no se ha podido preparar la copia de seguridad de Tessera en una carpeta temporal</translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation>contraseña incorrecta para esta copia de seguridad de Tessera</translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation>este archivo contiene %1 cuentas; Tessera importa como máximo %2 de un archivo, para que un archivo malicioso no pueda llenar la caja fuerte: divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation>formato desconocido &apos;%1&apos;; formatos conocidos: %2</translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation>parece %1, que Tessera aún no sabe importar</translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation>no es un formato que Tessera sepa importar (lee %1)</translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation>el archivo no es un archivo XML de preferencias de Android</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>el archivo no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation>no se admite el tipo de OTP &apos;%1&apos; (sí TOTP, HOTP y Steam)</translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>no se admite el algoritmo de hash &apos;%1&apos; (sí SHA1, SHA256 y SHA512)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation>el token no tiene clave secreta</translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation>este archivo de Authy tiene claves secretas cifradas: indique la contraseña de la copia de seguridad de Authy</translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation>la clave secreta cifrada está dañada</translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation>contraseña incorrecta para esta copia de seguridad de Authy</translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation>el número de serie o la clave secreta de Battle.net está dañado</translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation>no se admite la codificación de la clave secreta en base %1 (sí 16, 32 y 64)</translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation>la clave secreta no es válida en base %1</translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation>parece una copia de seguridad cifrada de TOTP Authenticator: indique su contraseña</translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation>contraseña incorrecta para esta copia de seguridad de TOTP Authenticator (o el archivo está dañado)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation>este código QR está vacío</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation>no es una URL otpauth-migration: el código QR debe empezar por otpauth-migration://, y hay algo delante</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation>no es un URI otpauth://: el código QR debe empezar por otpauth://, y hay algo delante</translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>este código QR contiene una dirección web, no una cuenta (el código de una cuenta empieza por otpauth:// u otpauth-migration://)</translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation>este código QR contiene la configuración de una red wifi, no una cuenta</translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation>este código QR contiene una tarjeta de contacto, no una cuenta</translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>este código QR contiene un enlace &apos;%1:&apos;, no una cuenta (el código de una cuenta empieza por otpauth:// u otpauth-migration://)</translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>este código QR contiene %n carácter de texto que no es una cuenta (el código de una cuenta empieza por otpauth:// u otpauth-migration://)</numerusform>
            <numerusform>este código QR contiene %n caracteres de texto que no son una cuenta (el código de una cuenta empieza por otpauth:// u otpauth-migration://)</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>código QR %1</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>no es una imagen PNG, JPEG, GIF, BMP ni WebP</translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation>es una imagen %1, que este sistema no puede decodificar (Qt no tiene aquí un complemento de imagen %1); guarde la imagen como PNG e importe esa</translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation>esta imagen %1 no se puede decodificar: %2</translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation>no se ha encontrado ningún código QR en esta imagen %1; el código debe estar completo, nítido y no ser demasiado pequeño (recorte la imagen al código y vuelva a intentarlo)</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation>shared_secret no está en Base64</translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation>no se admite el tipo %1 de Authenticator Pro (sí TOTP, HOTP y Steam)</translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation>el código de algoritmo de hash %1 es desconocido</translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation>esta exportación de Bitwarden está cifrada; vuelva a exportarla como JSON sin cifrar o CSV</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation>el tipo de cuenta %1 de Google Authenticator es desconocido</translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation>la clave secreta no es Base64 válido</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation>no se puede abrir la base de datos SQLite: %1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>se abandonó tras %n s leyendo `%1` de esta base de datos</numerusform>
            <numerusform>se abandonó tras %n s leyendo `%1` de esta base de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation>`%1` de esta base de datos contiene una fila de más de %2 KiB; ninguna cuenta es tan grande, así que Tessera no la lee</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation>no se puede leer `%1` de esta base de datos: %2</translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation>esta base de datos no tiene la tabla `%1`</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation>`%1` de esta base de datos es de tipo %2, no una tabla; Tessera solo lee tablas de los archivos que importa</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation>`%1` de esta base de datos es una tabla virtual, cuyas filas vienen de código y no del archivo; Tessera solo lee tablas normales de los archivos que importa</translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation>`%1` de esta base de datos tiene columnas calculadas (`%2`); Tessera solo lee valores almacenados de los archivos que importa</translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>`%1` de esta base de datos tiene más de %n fila; Tessera importa como máximo esa cantidad de cuentas de un archivo</numerusform>
            <numerusform>`%1` de esta base de datos tiene más de %n filas; Tessera importa como máximo esa cantidad de cuentas de un archivo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation>contraseña incorrecta para esta copia de seguridad de Authenticator Pro / Stratum (o el archivo está dañado)</translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation>esta es una copia de seguridad cifrada de Authenticator Pro / Stratum: indique su contraseña</translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation>la copia de seguridad cifrada de Authenticator Pro / Stratum es demasiado corta</translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation>la copia de seguridad descifrada de Authenticator Pro / Stratum no es JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation>no se admite la versión de esquema %1 de 2FAS (sí de la 1 a la 4)</translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation>esta copia de seguridad de 2FAS está cifrada: indique su contraseña</translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation>los servicios cifrados de la copia de seguridad de 2FAS están dañados</translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation>la contraseña es correcta, pero la copia de seguridad de 2FAS está dañada</translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation>contraseña incorrecta para esta copia de seguridad de 2FAS</translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation>los servicios descifrados de 2FAS no son una lista JSON</translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation>no es una URL otpauth-migration: la línea debe empezar por otpauth-migration://, y hay algo delante</translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation>no es un URI otpauth://: la línea debe empezar por otpauth://</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation>Tessera es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, versión 3 o cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation>Tessera se basa en estas bibliotecas e ilustraciones:</translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation>Los iconos de emisores son logotipos, marcas de sus respectivos propietarios. Solo ayudan a reconocer una cuenta y no implican ningún respaldo.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>An authenticator and an MFA console for user pools, on your desktop.</source>
        <translation>Un autenticador y una consola de MFA para grupos de usuarios, en su escritorio.</translation>
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
        <translation>Simple Icons (iconos de emisores)</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
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
        <translation>&amp;Editar cuenta…</translation>
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
        <translation>Baja&amp;r</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>E&amp;liminar cuenta</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Bl&amp;oquear</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Configuració&amp;n…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>Escanear un código QR</translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation>Suelte aquí una imagen, o lea una desde:</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Archivo de imagen…</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Pantalla…</translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation>Trace un rectángulo alrededor de un código QR de la pantalla, o haga clic para leer toda la pantalla</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>Cámara…</translation>
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
        <translation>p. ej. GitHub</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>p. ej. alice@example.com</translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Base32, p. ej. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Basado en tiempo (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Basado en contador (HOTP)</translation>
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
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>E&amp;misor:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Clave &amp;secreta:</translation>
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
        <translation>&amp;Dígitos:</translation>
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
        <translation>Añad&amp;ir</translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation>Escanee un código, pegue un enlace o escriba la clave secreta que le dio el servicio.</translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation>Listo para añadir. No se guarda nada hasta que pulse Añadir.</translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation>Esto es una exportación de Google Authenticator; sus cuentas se abren en la vista previa de importación.</translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation>El enlace no se puede usar: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>No se ha encontrado ningún código QR en la imagen.</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Exportación de Google Authenticator</translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation>No es una cuenta (%1…)</translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>%n código encontrado: elija el que desea añadir.</numerusform>
            <numerusform>%n códigos encontrados: elija el que desea añadir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation>Buscando códigos QR…</translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation>Escanear código QR desde una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation>El portapapeles no contiene ninguna imagen ni ningún enlace otpauth://.</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>Leyendo la pantalla…</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>Acerque el código QR a la cámara</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se ha encontrado ninguna cámara</translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation>No se ha recordado en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation>La caja fuerte ahora se desbloquea con el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation>El llavero del sistema ya no desbloquea la caja fuerte.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation>Añada una cuenta escaneando un código QR de la pantalla, de un archivo o del portapapeles, o escriba la clave secreta que muestra el servicio. Sus secretos permanecen en una caja fuerte cifrada en este equipo.</translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation>Escanear código QR…</translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation>Añadir manualmente…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Exportación de Google Authenticator</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>%n cuenta importada.</numerusform>
            <numerusform>%n cuentas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se ha añadido %1.</translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Código copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Código copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se ha eliminado %1.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Se ha restaurado %1.</translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation>Los códigos se corrigen en %1 durante esta sesión.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 ocupa ahora el puesto %2 de %n.</numerusform>
            <numerusform>%1 ocupa ahora el puesto %2 de %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation>La copia de seguridad automática en %1 ha fallado: %2. La caja fuerte en sí se ha guardado. Las copias se reanudarán cuando se pueda volver a escribir en la carpeta; en Configuración puede elegir otra.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation>La carpeta de su caja fuerte no es privada: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se ha encontrado ninguna cámara</translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation>Conecte una cámara y vuelva a abrir esto, o escanee el código desde la pantalla o desde un archivo de imagen.</translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation>Ese código QR no contiene ninguna cuenta. Acerque el código que muestra el servicio para la autenticación en dos pasos.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation>No se puede usar la cámara: %1. Cierre otras aplicaciones que puedan estar usándola y compruebe que Tessera tiene permiso para usar la cámara (en Linux, pertenencia al grupo &apos;video&apos;; en un entorno aislado, el permiso de cámara).</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation>Acerque el código QR a la cámara. No se guarda nada hasta que confirme.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation>Corregir códigos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation>El reloj de este equipo va %1 atrasado comparado con %2. Es posible que se rechacen los códigos.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation>El reloj de este equipo va %1 adelantado comparado con %2. Es posible que se rechacen los códigos.</translation>
    </message>
    <message>
        <source>the time server</source>
        <translation>el servidor de hora</translation>
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
        <translation>Favorita (se muestra primero)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation>Sin grupo; escriba un nombre para crear uno</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>E&amp;misor</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
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
        <translation>La clave secreta y la configuración del código no cambian.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation>Copia de seguridad de Tessera (cifrada)</translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation>Aegis (cifrado o sin cifrar)</translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation>Google Authenticator (códigos QR en pantalla)</translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation>Lista de enlaces otpauth (texto sin formato)</translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation>Página imprimible (HTML, para papel)</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>Cifrar con una contraseña</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Contraseña de exportación</translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation>Repita la contraseña de exportación</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation>Estos códigos llevan sus secretos. Cualquiera que los vea o fotografíe puede generar sus códigos: escanéelos solo con su propio teléfono, donde nadie pueda mirar.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
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
        <translation>Una copia de su caja fuerte que Tessera abre con la contraseña que establezca aquí. La forma más segura de guardar una copia de seguridad.</translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation>Un archivo que importan Aegis y muchas otras aplicaciones. Cífrelo, salvo que la aplicación a la que se cambia no pueda leer archivos de Aegis cifrados.</translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation>Muestra códigos QR, de diez cuentas cada uno, para escanearlos con Google Authenticator u otra aplicación que los lea. No se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation>Un archivo de texto con un enlace otpauth:// por cuenta, que importan la mayoría de las aplicaciones de autenticación. Sin cifrar.</translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation>Una página con un código QR por cuenta para imprimir y guardar en un lugar seguro. Sin cifrar.</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>Mostrar códigos QR…</translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation>Elija una contraseña para la exportación.</translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation>Repita la contraseña para asegurarse de que es la que quería.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation>Guarde esta contraseña: la exportación no se puede abrir sin ella.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>No se ha exportado nada.</translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation>¿Mostrar los secretos en pantalla?</translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation>Los códigos QR muestran todas las claves secretas de esta caja fuerte.</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation>Cualquiera que los vea o fotografíe puede generar sus códigos. Muéstrelos solo donde nadie pueda mirar, y solo para escanearlos con su propio teléfono.</translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>Mostrar códigos QR</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>¿Exportar sin cifrar?</translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation>Este archivo contendrá todas las claves secretas de esta caja fuerte sin cifrar.</translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation>Cualquiera que pueda leer el archivo puede generar sus códigos. Guárdelo sin conexión, en una unidad que solo use usted, y elimínelo en cuanto ya no lo necesite.</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation>La caja fuerte está bloqueada u ocupada; no se ha exportado nada.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n cuenta en %1.</numerusform>
            <numerusform>Se han escrito %n cuentas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation>%1 No incluidas (el formato no puede contenerlas): %2</translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation>No se han podido crear los códigos QR: %1</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>No hay cuentas que mostrar.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation>Google Authenticator no puede contener ninguna de estas cuentas: %1</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation>No incluidas (Google Authenticator no puede contenerlas): %1</translation>
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
            <numerusform>Los códigos QR se ocultaron tras %n segundo sin uso. Vuelva a mostrarlos para continuar.</numerusform>
            <numerusform>Los códigos QR se ocultaron tras %n segundos sin uso. Vuelva a mostrarlos para continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Se oculta en %n segundo</numerusform>
            <numerusform>Se oculta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation>Elija o suelte exportaciones de otra aplicación de autenticación o de un gestor de contraseñas, o imágenes de códigos QR. No se añade nada hasta que confirme.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Contraseña de exportación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation>Omitir archivo</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Cuentas encontradas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Elegir las exportaciones que importar</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>no se ha podido abrir el archivo: %1</translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation>no se ha encontrado ninguna cuenta en este archivo</translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation>La contraseña no abre «%1». Compruébela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation>«%1» está cifrado. Introduzca la contraseña con la que se exportó.</translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation>omitido: no se ha indicado ninguna contraseña</translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation>La caja fuerte está bloqueada u ocupada; no se ha importado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>%n cuenta importada.</numerusform>
            <numerusform>%n cuentas importadas.</numerusform>
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
            <numerusform>%n fila omitida.</numerusform>
            <numerusform>%n filas omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>Importar %n cuenta</numerusform>
            <numerusform>Importar %n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>Guardando %n cuenta…</numerusform>
            <numerusform>Guardando %n cuentas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation>Duplicado de una fila anterior</translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation>Duplicado: ya está en la caja fuerte</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
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
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation>Consola de grupos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation>&amp;Autenticador</translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation>&amp;Consola de grupos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;Acerca de Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>El código QR de %1 contiene su clave secreta. Cualquiera que lo vea o fotografíe puede generar sus códigos. Muéstrelo solo para escanearlo con su propio teléfono.</translation>
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
        <translation>Copiar enlace</translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Se oculta en %n segundo</numerusform>
            <numerusform>Se oculta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation>Copia rápida</translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation>Escriba para buscar una cuenta; Intro copia su código</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation>No se ha podido guardar la caja fuerte, así que se ha deshecho el último cambio: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>Aquí no se puede leer la pantalla, y esta compilación de Tessera no puede pedir una captura al escritorio (sin Qt D-Bus). Guarde una captura de pantalla con la herramienta de su escritorio y escanee el archivo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation>Seleccione el código QR</translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation>Zona de la pantalla que escanear</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation>Trace un rectángulo alrededor del código QR</translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation>Soltar o Intro: leer el rectángulo  ·  Clic o Intro: leer toda la pantalla  ·  Esc: cancelar</translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation>O guarde una captura de pantalla con la herramienta de su escritorio y escanee el archivo.</translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation>El escritorio no ha entregado una captura de pantalla a tiempo. Vuelva a intentarlo y termine la captura en la ventana del escritorio. %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation>No hay bus de sesión de D-Bus para pedir una captura de pantalla al escritorio. %1</translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation>Ningún portal de escritorio responde en D-Bus, así que Tessera no puede hacer aquí una captura de pantalla. Instale xdg-desktop-portal con el backend de su escritorio (xdg-desktop-portal-gnome, -kde o -wlr). %1</translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation>El portal de escritorio de aquí no puede hacer capturas de pantalla (%1). Instale el backend de portal de su escritorio (xdg-desktop-portal-gnome, -kde o -wlr). %2</translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation>El portal de escritorio ha rechazado la captura de pantalla: %1. %2</translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation>El escritorio ha entregado la captura de pantalla como &apos;%1&apos;, que no es un archivo local. %2</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation>El escritorio no ha podido hacer la captura de pantalla. Compruebe en la configuración de privacidad de su escritorio que Tessera puede hacer capturas de pantalla. %1</translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation>No se puede leer la captura de pantalla que el escritorio guardó en &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Bloquear cuando se bloquee la pantalla</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear cuando se minimice la ventana</translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation>Recordar en el llavero del sistema (desbloquear sin escribir)</translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation>Desbloquee primero la caja fuerte; el llavero del sistema debe estar disponible.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>Borrar los códigos copiados tras</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Ocultar los códigos hasta hacer clic</translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation>Mostrar el código siguiente al pasar el ratón</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>Mi orden</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usadas recientemente</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>Ordenar las cuentas por</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation>Comprobar el reloj de este equipo con un servidor de hora</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation>Servidor de hora (NTP)</translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation>Hacer copias de seguridad de la caja fuerte automáticamente</translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation>Una carpeta en otra unidad o una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>After each change</source>
        <translation>Tras cada cambio</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>A diario</translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation>Las copias de seguridad son copias de su caja fuerte cifrada: tessera-backup-DATE-TIME.tessera.
Abra una con la contraseña de su caja fuerte (tessera --vault COPIA-DE-LA-COPIA) o impórtela.
Solo se eliminan las copias más antiguas que superen el número que se conserva.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias que conservar</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Elija una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect when Tessera restarts.</source>
        <translation>Un idioma nuevo se aplica cuando Tessera se reinicia.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::SingleInstance</name>
    <message>
        <source>Another Tessera is already running with this vault.</source>
        <translation>Ya hay otro Tessera en ejecución con esta caja fuerte.</translation>
    </message>
    <message>
        <source>Tessera cannot listen on %1, so launching it again will open a second window instead of raising this one: %2</source>
        <translation>Tessera no puede escuchar en %1, así que volver a iniciarlo abrirá una segunda ventana en lugar de traer esta al frente: %2</translation>
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
        <translation>siguiente %1</translation>
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
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
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
        <translation>Las cuentas solo se pueden mover cuando están ordenadas por «Mi orden» (Configuración, Ordenar las cuentas por).</translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation>Borre la búsqueda para mover cuentas: mientras oculte algunas, su nuevo lugar no quedaría claro.</translation>
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
        <translation>&amp;Copiar un código…</translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation>&amp;Mostrar Tessera</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation>Use una frase de contraseña larga que no use en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Débil: fácil de adivinar. Añada palabras o caracteres.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Aceptable: unas palabras más la harían robusta.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Desbloquear con el llavero del sistema</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation>El llavero de su sesión de escritorio guarda la clave de la caja fuerte, de modo que Tessera se abre sin contraseña mientras tenga la sesión iniciada.</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Cree su caja fuerte</translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation>Sus cuentas se guardan en un archivo cifrado en este equipo. Elija una contraseña para protegerlo; no se puede recuperar si la olvida.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear caja fuerte</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Caja fuerte bloqueada</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>Introduzca su contraseña para ver sus códigos.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation>Esta compilación de Tessera no puede usar el llavero del sistema.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>No se ha podido abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation>La caja fuerte está ocupada con el llavero del sistema; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation>Los últimos cambios antes de bloquear la caja fuerte no se guardaron: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ActionConfirmBar</name>
    <message>
        <source>Confirm action</source>
        <translation>Confirmar acción</translation>
    </message>
    <message>
        <source>What the action will do</source>
        <translation>Qué hará la acción</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>Escriba para confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Escriba %1 para confirmar:</translation>
    </message>
    <message>
        <source>Type %1 to enable %2.</source>
        <translation>Escriba %1 para habilitar %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Acción masiva</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>El %n usuario seleccionado</numerusform>
            <numerusform>Los %n usuarios seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>All users matching %1</source>
        <translation>Todos los usuarios que coinciden con %1</translation>
    </message>
    <message>
        <source>All users of the pool</source>
        <translation>Todos los usuarios del grupo</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Usuarios:</translation>
    </message>
    <message>
        <source>Require a preferred factor</source>
        <translation>Exigir un factor preferido</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Number of users to confirm</source>
        <translation>Número de usuarios para confirmar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Save results as CSV…</source>
        <translation>&amp;Guardar resultados como CSV…</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Guardar resultados como CSV</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
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
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight finishes first, so its result is known…</source>
        <translation>Cancelando: la solicitud en curso termina primero, para que se conozca su resultado…</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the users it applies to…</source>
        <translation>Leyendo los usuarios afectados…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>Leyendo los usuarios afectados: %n hasta ahora…</numerusform>
            <numerusform>Leyendo los usuarios afectados: %n hasta ahora…</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>No se pudieron leer los usuarios: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No user matches: there is nothing to do.</source>
        <translation>Ningún usuario coincide: no hay nada que hacer.</translation>
    </message>
    <message>
        <source>This backend does not serve %1.</source>
        <translation>Este backend no ofrece %1.</translation>
    </message>
    <message>
        <source>%1
Users: %2.</source>
        <translation>%1
Usuarios: %2.</translation>
    </message>
    <message>
        <source>Type the number of users, %1, to confirm:</source>
        <translation>Escriba el número de usuarios, %1, para confirmar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>&amp;Eliminar %n usuario</numerusform>
            <numerusform>&amp;Eliminar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>%1 de %n usuario hechos…</numerusform>
            <numerusform>%1 de %n usuarios hechos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los resultados en %1: %2</translation>
    </message>
    <message>
        <source>%1 Results saved to %2.</source>
        <translation>%1 Resultados guardados en %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Revisar los cambios en %1</translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation>Qué cambia al aplicar la política editada a %1:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation>Qué verán los usuarios: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Envía los cambios al grupo.</translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation>No se puede aplicar: %1</translation>
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
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation>Dónde están los grupos: el motor local de este equipo, un perfil de AWS u otro punto de enlace compatible con Cognito.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation>Esperando al servicio de grupos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation>Deja de esperar las solicitudes que aún están en curso.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation>Otro punto de enlace…</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation>Nuevo grupo de usuarios</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation>De 1 a 128 letras, dígitos, espacios y + = , . @ -</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation>Opcional y Obligatorio activan las aplicaciones de autenticación (TOTP); cambie los factores más adelante.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>1 to 128 characters, no spaces.</source>
        <translation>De 1 a 128 caracteres, sin espacios.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>+ then the country code and number, digits only, as Cognito requires.</source>
        <translation>+ y luego el código de país y el número, solo dígitos, como exige Cognito.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Send an invitation by email</source>
        <translation>Enviar una invitación por correo</translation>
    </message>
    <message>
        <source>Send an invitation by SMS</source>
        <translation>Enviar una invitación por SMS</translation>
    </message>
    <message>
        <source>Set a temporary password to hand over</source>
        <translation>Establecer una contraseña temporal para entregar</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password; on the local engine it lands in the outbox instead of being sent.</source>
        <translation>La invitación contiene una contraseña temporal; con el motor local llega a la bandeja de salida en lugar de enviarse.</translation>
    </message>
    <message>
        <source>The invitation holds a temporary password Cognito makes.</source>
        <translation>La invitación contiene una contraseña temporal que genera Cognito.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Política de contraseñas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Crear usuario</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>The password meets the pool&apos;s policy.</source>
        <translation>La contraseña cumple la política del grupo.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>Al menos %n carácter, según la política del grupo.</numerusform>
            <numerusform>Al menos %n caracteres, según la política del grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>%1 is created with the temporary password you set; they choose their own at the first sign-in.</source>
        <translation>%1 se ha creado con la contraseña temporal que usted estableció; elegirá la suya en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 is created; the invitation with a temporary password is in the local outbox.</source>
        <translation>%1 se ha creado; la invitación con una contraseña temporal está en la bandeja de salida local.</translation>
    </message>
    <message>
        <source>%1 is created; Cognito sent the invitation.</source>
        <translation>%1 se ha creado; Cognito envió la invitación.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>Eliminar el grupo %1 elimina para siempre su %n usuario, sus factores y sus dispositivos. Las aplicaciones que inician sesión en él dejan de funcionar.</numerusform>
            <numerusform>Eliminar el grupo %1 elimina para siempre sus %n usuarios, sus factores y sus dispositivos. Las aplicaciones que inician sesión en él dejan de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>Escriba el nombre del grupo, %1, para confirmar:</translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation>Nombre del grupo para confirmar</translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation>Escriba %1 para habilitar Eliminar.</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>&amp;Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Eliminar grupo</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation>Otro punto de enlace</translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation>Un punto de enlace compatible con Cognito: cognito-local, LocalStack o «tessera-cli pool serve» en otro equipo.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL del punto de enlace</translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation>http:// o https:// y un host, p. ej. http://127.0.0.1:9229</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation>La región para la que se firman las solicitudes.</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>(entorno o predeterminada)</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Perfil de AWS</translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation>Las claves de quién firman las solicitudes.</translation>
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
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation>La URL necesita http:// o https:// y un host, p. ej. http://127.0.0.1:9229.</translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation>Indique la región para la que se firman las solicitudes, p. ej. us-east-1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message>
        <source>Set up an authenticator for %1</source>
        <translation>Configurar un autenticador para %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>The name the user&apos;s authenticator app shows above the code (the app&apos;s name).</source>
        <translation>El nombre que la aplicación de autenticación del usuario muestra encima del código (el nombre de la aplicación).</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>E&amp;misor:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>The account the authenticator app shows.</source>
        <translation>La cuenta que muestra la aplicación de autenticación.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Start set-up</source>
        <translation>Iniciar &amp;configuración</translation>
    </message>
    <message>
        <source>Start set-up</source>
        <translation>Iniciar configuración</translation>
    </message>
    <message>
        <source>Asks the pool for a new authenticator secret for the user (AssociateSoftwareToken).</source>
        <translation>Pide al grupo una nueva clave secreta de autenticador para el usuario (AssociateSoftwareToken).</translation>
    </message>
    <message>
        <source>Show &amp;QR code for a phone</source>
        <translation>Mostrar código &amp;QR para un teléfono</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>Muestra la clave secreta como código QR durante %n segundo, para escanearlo con un teléfono.</numerusform>
            <numerusform>Muestra la clave secreta como código QR durante %n segundos, para escanearlo con un teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>Añadir a la caja &amp;fuerte de este equipo</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s vault</source>
        <translation>Añadir a la caja fuerte de este equipo</translation>
    </message>
    <message>
        <source>Keeps the secret in the unlocked vault as an entry linked to the user, then verifies it.</source>
        <translation>Guarda la clave secreta en la caja fuerte desbloqueada como una entrada vinculada al usuario y después la verifica.</translation>
    </message>
    <message>
        <source>&amp;Verify and turn on</source>
        <translation>&amp;Verificar y activar</translation>
    </message>
    <message>
        <source>Verify and turn on</source>
        <translation>Verificar y activar</translation>
    </message>
    <message>
        <source>Sends the code the secret gives now (VerifySoftwareToken), then makes TOTP the user&apos;s preferred factor.</source>
        <translation>Envía el código que da ahora la clave secreta (VerifySoftwareToken) y después hace de TOTP el factor preferido del usuario.</translation>
    </message>
    <message>
        <source>Enrolment QR code</source>
        <translation>Código QR de registro</translation>
    </message>
    <message>
        <source>The secret as an otpauth QR code; scan it with the phone.</source>
        <translation>La clave secreta como código QR otpauth; escanéelo con el teléfono.</translation>
    </message>
    <message>
        <source>QR code note</source>
        <translation>Nota del código QR</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Pasos de la configuración</translation>
    </message>
    <message>
        <source>What each step of the set-up did.</source>
        <translation>Lo que hizo cada paso de la configuración.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cognito sets up an authenticator with the user&apos;s own access token: sign in as the user first.</source>
        <translation>Cognito configura un autenticador con el token de acceso del propio usuario: inicie sesión primero como el usuario.</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Por qué iniciar sesión</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>Cliente de aplicación</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>Cliente de &amp;aplicación:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>La contraseña del usuario; se guarda en memoria que se borra.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Sign &amp;in as the user</source>
        <translation>Iniciar sesión como el &amp;usuario</translation>
    </message>
    <message>
        <source>Sign in as the user</source>
        <translation>Iniciar sesión como el usuario</translation>
    </message>
    <message>
        <source>Signs in with the password (and a code from the linked vault entry or the outbox when asked).</source>
        <translation>Inicia sesión con la contraseña (y un código de la entrada vinculada de la caja fuerte o de la bandeja de salida cuando se pida).</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>No se pudieron enumerar los clientes de aplicación: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 to get the user&apos;s access token.</source>
        <translation>Se inició sesión como %1 para obtener el token de acceso del usuario.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 %3</source>
        <translation>No se pudo iniciar sesión como %1: %2 %3</translation>
    </message>
    <message>
        <source>The issuer and the account name cannot contain a colon (&quot;:&quot;): authenticator apps read it as the separator between them.</source>
        <translation>El emisor y el nombre de la cuenta no pueden contener dos puntos («:»): las aplicaciones de autenticación los interpretan como el separador entre ambos.</translation>
    </message>
    <message>
        <source>Done: %1 signs in with the authenticator from now on.</source>
        <translation>Listo: %1 inicia sesión con el autenticador a partir de ahora.</translation>
    </message>
    <message>
        <source>The set-up stopped: %1: %2</source>
        <translation>La configuración se detuvo: %1: %2</translation>
    </message>
    <message>
        <source>AssociateSoftwareToken: the pool made a new authenticator secret for %1 (not active until verified).</source>
        <translation>AssociateSoftwareToken: el grupo creó una nueva clave secreta de autenticador para %1 (inactiva hasta que se verifique).</translation>
    </message>
    <message>
        <source>VerifySoftwareToken: the code %1 was accepted; the authenticator is verified.</source>
        <translation>VerifySoftwareToken: se aceptó el código %1; el autenticador está verificado.</translation>
    </message>
    <message>
        <source>SetUserMFAPreference: TOTP is on and the user&apos;s preferred factor.</source>
        <translation>SetUserMFAPreference: TOTP está activado y es el factor preferido del usuario.</translation>
    </message>
    <message>
        <source>Unlock the vault in the authenticator first.</source>
        <translation>Desbloquee primero la caja fuerte en el autenticador.</translation>
    </message>
    <message>
        <source>Could not draw the QR code: %1</source>
        <translation>No se pudo dibujar el código QR: %1</translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>El código QR se muestra durante %n segundo; escanéelo con la aplicación de autenticación del teléfono y después verifique.</numerusform>
            <numerusform>El código QR se muestra durante %n segundos; escanéelo con la aplicación de autenticación del teléfono y después verifique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Se oculta en %n segundo.</numerusform>
            <numerusform>Se oculta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>No se pudo añadir la entrada a la caja fuerte: %1</translation>
    </message>
    <message>
        <source>Added %1 to this computer&apos;s vault, linked to the pool user.</source>
        <translation>Se añadió %1 a la caja fuerte de este equipo, vinculada al usuario del grupo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>unos %n segundo</numerusform>
            <numerusform>unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>unas %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolment summary</source>
        <translation>Resumen de registro</translation>
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
        <translation>Sin factor</translation>
    </message>
    <message>
        <source>TOTP app</source>
        <translation>Aplicación TOTP</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Users per factor</source>
        <translation>Usuarios por factor</translation>
    </message>
    <message>
        <source>Bars: how many users have set up each factor, and how many prefer it. The summary above says the same in words.</source>
        <translation>Barras: cuántos usuarios han configurado cada factor y cuántos lo prefieren. El resumen de arriba dice lo mismo con palabras.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh chart</source>
        <translation>Actualizar gráfico</translation>
    </message>
    <message>
        <source>Count e&amp;very user…</source>
        <translation>Contar &amp;todos los usuarios…</translation>
    </message>
    <message>
        <source>Count every user</source>
        <translation>Contar todos los usuarios</translation>
    </message>
    <message>
        <source>Reads every user&apos;s factors; says how many requests that takes before it starts.</source>
        <translation>Lee los factores de cada usuario; antes de empezar indica cuántas solicitudes requiere.</translation>
    </message>
    <message>
        <source>Full count cost</source>
        <translation>Coste del recuento completo</translation>
    </message>
    <message>
        <source>&amp;Start full count</source>
        <translation>&amp;Iniciar recuento completo</translation>
    </message>
    <message>
        <source>Start full count</source>
        <translation>Iniciar recuento completo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Full count progress</source>
        <translation>Progreso del recuento completo</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Cancelar recuento</translation>
    </message>
    <message>
        <source>Cancel full count</source>
        <translation>Cancelar recuento completo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>Se ha contado %n usuario.</numerusform>
            <numerusform>Se han contado los %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>Muestra del %n usuario leído hasta ahora, de unos %1 en el grupo. Desplácese por la tabla de usuarios para leer más, o cuente todos los usuarios.</numerusform>
            <numerusform>Muestra de los %n usuarios leídos hasta ahora, de unos %1 en el grupo. Desplácese por la tabla de usuarios para leer más, o cuente todos los usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Without a factor: %2; authenticator app: %3; SMS: %4; email: %5.</source>
        <translation>%1 Sin factor: %2; aplicación de autenticación: %3; SMS: %4; correo: %5.</translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>Un recuento completo lee unos %1 usuarios: %2 solicitudes (%3 ListUsers, %4 AdminGetUser), %5 a %n solicitud por segundo.</numerusform>
            <numerusform>Un recuento completo lee unos %1 usuarios: %2 solicitudes (%3 ListUsers, %4 AdminGetUser), %5 a %n solicitudes por segundo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>Recuento completo cancelado tras %n solicitud; el gráfico sigue mostrando la muestra.</numerusform>
            <numerusform>Recuento completo cancelado tras %n solicitudes; el gráfico sigue mostrando la muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>Se ha contado %n usuario (un recuento completo, %1 solicitudes).</numerusform>
            <numerusform>Se han contado los %n usuarios (un recuento completo, %1 solicitudes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>%n usuario contado; %1 no se pudieron leer.</numerusform>
            <numerusform>%n usuarios contados; %1 no se pudieron leer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation>Historial de políticas de %1</translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation>Políticas aplicadas</translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation>Todas las políticas de MFA aplicadas a este grupo desde Tessera, de la más reciente a la más antigua.</translation>
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
        <translation>Aún no se ha aplicado ninguna política a este grupo desde Tessera.</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurar esta versión…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation>Revisa la política de la versión elegida como plan de cambios antes de aplicar nada.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation>Exportar la configuración de %1</translation>
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
        <translation>Entrada de la AWS CLI (set-user-pool-mfa-config)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation>El formato de infraestructura como código al que exportar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation>La configuración exportada, tal como se copiará o guardará.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Copia la configuración en el portapapeles.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saves the configuration to a file.</source>
        <translation>Guarda la configuración en un archivo.</translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation>No está en este formato, configúrelo a mano: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Autenticación multifactor</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivado</translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation>O&amp;pcional</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>O&amp;bligatorio</translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation>Factores que pueden usar los usuarios</translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation>Aplicaciones de autenticación (&amp;TOTP)</translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation>Aplicaciones de autenticación (TOTP)</translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation>Códigos de una aplicación como Tessera: gratis, y funciona sin cobertura móvil.</translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation>Mensajes &amp;SMS</translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation>Mensajes SMS</translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation>Códigos por SMS, enviados y facturados por mensaje por Amazon SNS.</translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation>Códigos por corr&amp;eo</translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation>Códigos por correo</translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation>Códigos por correo electrónico; en AWS requiere Amazon SES como remitente de correo del grupo.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation>ARN del rol de llamada de SNS</translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation>El rol de IAM que asume Cognito para publicar SMS a través de Amazon SNS, p. ej. arn:aws:iam::123456789012:role/cognito-sms.</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation>El ID externo de la política de confianza del rol (sts:ExternalId).</translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation>Región de SNS</translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation>Desde dónde se envían los SMS; vacío significa la región del propio grupo.</translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation>Mensaje SMS</translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation>El texto que reciben los usuarios; {####} se sustituye por el código. De 6 a 140 caracteres.</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>Vista previa del SMS</translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation>ARN del &amp;rol de SNS:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID extern&amp;o:</translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation>Re&amp;gión de SNS:</translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation>Cognito envía los SMS a través de un rol de IAM que usted crea. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;Cómo configurar SMS para un grupo de usuarios&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation>Hasta 140 caracteres.</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensaje de correo</translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation>El correo que reciben los usuarios; {####} se sustituye por el código. De 6 a 20 000 caracteres.</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Mensa&amp;je:</translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation>Dispositivos y usuarios federados</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>No se recuerdan</translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation>Siempre se recuerdan</translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation>Se recuerdan si el usuario acepta</translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation>Recordar dispositivos</translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation>Si Cognito recuerda los dispositivos desde los que inician sesión los usuarios (DeviceConfiguration).</translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation>Omitir la MFA en d&amp;ispositivos recordados</translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation>Omitir la MFA en dispositivos recordados</translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation>Un dispositivo recordado inicia sesión sin código; a un dispositivo nuevo siempre se le pide (ChallengeRequiredOnNewDevice).</translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation>Según la configuración de MFA del grupo</translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation>Pedir siempre un código</translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation>No pedir nunca (confiar en el proveedor)</translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation>Usuarios federados</translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation>MFA para los usuarios que inician sesión a través de otro proveedor de identidades.</translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation>Recordar dispositi&amp;vos:</translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation>Usuarios &amp;federados:</translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation>Solo lo guarda el motor local de Tessera; Cognito no tiene esta opción.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation>Los usuarios reciben el texto predeterminado de Cognito: «Your authentication code is 123456.»</translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>Los usuarios reciben: «%1» (%n carácter)</numerusform>
            <numerusform>Los usuarios reciben: «%1» (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation>El mensaje debe contener {####}, donde va el código.</translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation>Los usuarios reciben el correo predeterminado de Cognito.</translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation>Los usuarios reciben: «%1»</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PasskeySettings</name>
    <message>
        <source>Passkeys and passwordless sign-in</source>
        <translation>Llaves de acceso e inicio de sesión sin contraseña</translation>
    </message>
    <message>
        <source>Passkeys unavailable</source>
        <translation>Llaves de acceso no disponibles</translation>
    </message>
    <message>
        <source>Allow sign-in with &amp;passkeys</source>
        <translation>Permitir el inicio de sesión con &amp;llaves de acceso</translation>
    </message>
    <message>
        <source>Allow sign-in with passkeys</source>
        <translation>Permitir el inicio de sesión con llaves de acceso</translation>
    </message>
    <message>
        <source>Users can register a passkey (a security key, or the lock of their phone or laptop) and sign in with it instead of a password.</source>
        <translation>Los usuarios pueden registrar una llave de acceso (una llave de seguridad o el bloqueo de su teléfono o portátil) e iniciar sesión con ella en lugar de una contraseña.</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>ID de la parte de confianza</translation>
    </message>
    <message>
        <source>The domain passkeys are bound to, such as example.com.</source>
        <translation>El dominio al que están vinculadas las llaves de acceso, p. ej., example.com.</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>ID de la &amp;parte de confianza:</translation>
    </message>
    <message>
        <source>The relying party ID must be your app&apos;s own domain or a parent of it that can be registered (a registrable suffix): an app at https://app.example.com may use app.example.com or example.com, never com or another site&apos;s domain. Browsers refuse any other. A passkey works only for the ID it was registered with, so changing the ID later makes every existing passkey useless.</source>
        <translation>El ID de la parte de confianza debe ser el propio dominio de su aplicación o un dominio superior que pueda registrarse (un sufijo registrable): una aplicación en https://app.example.com puede usar app.example.com o example.com, nunca com ni el dominio de otro sitio. Los navegadores rechazan cualquier otro. Una llave de acceso solo funciona con el ID con el que se registró, así que cambiar el ID más adelante inutiliza todas las llaves de acceso existentes.</translation>
    </message>
    <message>
        <source>App address to check</source>
        <translation>Dirección de la aplicación que comprobar</translation>
    </message>
    <message>
        <source>Your app&apos;s address, to check that it can use passkeys for this relying party. Not saved.</source>
        <translation>La dirección de su aplicación, para comprobar que puede usar llaves de acceso con esta parte de confianza. No se guarda.</translation>
    </message>
    <message>
        <source>&amp;App address (check):</source>
        <translation>&amp;Dirección de la aplicación (comprobar):</translation>
    </message>
    <message>
        <source>Relying party check</source>
        <translation>Comprobación de la parte de confianza</translation>
    </message>
    <message>
        <source>Pr&amp;eferred</source>
        <translation>Pr&amp;eferida</translation>
    </message>
    <message>
        <source>A touch of the key is enough where it cannot check who holds it.</source>
        <translation>Basta con tocar la llave cuando esta no puede comprobar quién la tiene.</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>&amp;Obligatoria</translation>
    </message>
    <message>
        <source>Every passkey sign-in must prove who holds the key (PIN or biometric); keys that cannot are refused.</source>
        <translation>Cada inicio de sesión con llave de acceso debe demostrar quién tiene la llave (PIN o biometría); se rechazan las llaves que no pueden hacerlo.</translation>
    </message>
    <message>
        <source>User verification: %1</source>
        <translation>Verificación de usuario: %1</translation>
    </message>
    <message>
        <source>User verification:</source>
        <translation>Verificación de usuario:</translation>
    </message>
    <message>
        <source>Users may begin signing in with:</source>
        <translation>Los usuarios pueden empezar a iniciar sesión con:</translation>
    </message>
    <message>
        <source>First factor: password</source>
        <translation>Primer factor: contraseña</translation>
    </message>
    <message>
        <source>Always allowed, so that every user can still sign in.</source>
        <translation>Siempre permitido, para que todos los usuarios puedan seguir iniciando sesión.</translation>
    </message>
    <message>
        <source>First factor: code by email</source>
        <translation>Primer factor: código por correo</translation>
    </message>
    <message>
        <source>Users with a verified email address can sign in with a code sent by email.</source>
        <translation>Los usuarios con una dirección de correo verificada pueden iniciar sesión con un código enviado por correo.</translation>
    </message>
    <message>
        <source>First factor: code by text message</source>
        <translation>Primer factor: código por SMS</translation>
    </message>
    <message>
        <source>Users with a verified phone number can sign in with a texted code; each code is a message the pool pays for.</source>
        <translation>Los usuarios con un número de teléfono verificado pueden iniciar sesión con un código enviado por SMS; cada código es un mensaje que paga el grupo.</translation>
    </message>
    <message>
        <source>This endpoint has no passkey operations (it answers ListWebAuthnCredentials as unsupported), so passkey and passwordless settings are hidden.</source>
        <translation>Este punto de enlace no tiene operaciones de llaves de acceso (responde a ListWebAuthnCredentials como no admitida), así que se ocultan los ajustes de llaves de acceso y de inicio de sesión sin contraseña.</translation>
    </message>
    <message>
        <source>Give the relying party ID: Tessera&apos;s local engine has no domain of its own, and on AWS an empty ID means the pool&apos;s Cognito domain, which your app&apos;s pages cannot use.</source>
        <translation>Indique el ID de la parte de confianza: el motor local de Tessera no tiene dominio propio y, en AWS, un ID vacío significa el dominio de Cognito del grupo, que las páginas de su aplicación no pueden usar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; give your app&apos;s, such as https://app.example.com.</source>
        <translation>«%1» no es una dirección; indique la de su aplicación, p. ej., https://app.example.com.</translation>
    </message>
    <message>
        <source>Pages at %1 can register and use passkeys for %2.</source>
        <translation>Las páginas en %1 pueden registrar y usar llaves de acceso para %2.</translation>
    </message>
    <message>
        <source>Pages at %1 cannot use passkeys for %2: the relying party ID must be %1 itself or a parent domain of it.</source>
        <translation>Las páginas en %1 no pueden usar llaves de acceso para %2: el ID de la parte de confianza debe ser el propio %1 o un dominio superior.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation>aplicaciones de autenticación</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>MFA is required, with %1.</source>
        <translation>La MFA es obligatoria, con %1.</translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation>La MFA es opcional, con %1.</translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation>La MFA está desactivada: los usuarios inician sesión solo con contraseña.</translation>
    </message>
    <message>
        <source>Console message</source>
        <translation>Mensaje de la consola</translation>
    </message>
    <message>
        <source>Console error</source>
        <translation>Error de la consola</translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation>No hay grupos abiertos</translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation>Edite grupos de usuarios y su política de MFA en el motor local de Tessera, o conéctese a AWS Cognito o a un punto de enlace compatible. Cada cambio se muestra como un plan antes de aplicarse.</translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation>Abrir grupos locales</translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation>Conectar con AWS Cognito…</translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation>Cancelado. Lo que se muestra puede estar desactualizado: vuelva a elegir el grupo para leerlo de nuevo.</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>Filtrar grupos</translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation>Muestra los grupos cuyo nombre o ID contiene este texto.</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>Grupos de usuarios</translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation>Los grupos de usuarios de la conexión; elija uno para ver y editar su política de MFA.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation>Ordena por una columna; su menú contextual muestra u oculta columnas.</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation>E&amp;liminar grupo…</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation>Elija un grupo</translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation>Su política de MFA, quién ha registrado qué factor y qué hará un cambio antes de aplicarlo.</translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation>Aún no hay grupos</translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation>Cree un grupo, o un grupo de ejemplo con 200 usuarios en todos los estados (sin factor, SMS, aplicación de autenticación, deshabilitado, contraseña temporal) para ver la consola en acción.</translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation>Crear un grupo de &amp;ejemplo</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation>MFA vigente</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>Revisar c&amp;ambios…</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Revisar cambios</translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation>Muestra qué cambiará la política editada, y para quién, antes de aplicar nada.</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>E&amp;xportar configuración…</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>La política vigente como CloudFormation, Terraform o entrada de la AWS CLI.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation>Las políticas aplicadas a este grupo desde Tessera, para restaurar una.</translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation>Este punto de enlace no puede crear grupos.</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>Leyendo el grupo…</translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation>Este punto de enlace no lo admite.</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Contando usuarios…</translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation>Usuarios (estimado): %1. Quién tiene qué factor se lee usuario a usuario en esta conexión; la lista de usuarios lo muestra.</translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation>Usuarios: %1. Sin factor: %2; con aplicación de autenticación: %3; con SMS: %4; con correo: %5.</translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation>Esa versión es la política vigente: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation>No aplicada: %1 (%2). La política vigente no ha cambiado.</translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation>Aplicada a %1.</translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation>Aplicada a %1, pero no se ha podido guardar el historial: %2</translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation>No se ha creado el grupo: %1</translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation>Grupo %1 creado.</translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation>Se ha creado el grupo, pero no se ha podido configurar su MFA: %1</translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation>Grupo %1 eliminado.</translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation>No se ha eliminado el grupo %1: %2</translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation>No se ha creado el grupo de ejemplo: %1</translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation>Grupo de ejemplo creado: 200 usuarios en estados variados. Elíjalo para ver su política.</translation>
    </message>
    <message>
        <source>Pool sections</source>
        <translation>Secciones del grupo</translation>
    </message>
    <message>
        <source>&amp;MFA policy</source>
        <translation>Política de &amp;MFA</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
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
        <translation>&amp;Costes de SMS</translation>
    </message>
    <message>
        <source>Sign-in &amp;lab</source>
        <translation>&amp;Laboratorio de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation>Aplicación de autenticación</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>ID del grupo</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation>Usuarios (est.)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>No hay nada que aplicar.</translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>No se han encontrado claves de AWS para el perfil %1: ejecute &quot;aws configure --profile %1&quot; o defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation>El token de sesión del perfil %1 ha caducado: vuelva a iniciar sesión (para SSO, &quot;aws sso login --profile %1&quot;).</translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation>AWS no ha aceptado las claves del perfil %1 (%2): compruebe la clave de acceso y el secreto, y que la región sea correcta.</translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation>Acceso denegado: las claves del perfil %1 no pueden llamar a cognito-idp:ListUserPools. AWS dijo: %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation>No se ha podido acceder al punto de enlace (%1): compruebe la URL o la región y la red.</translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation>Este punto de enlace no enumera grupos de usuarios: %1</translation>
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
        <translation>Estado de la MFA adaptativa</translation>
    </message>
    <message>
        <source>Re&amp;view risk changes…</source>
        <translation>Re&amp;visar cambios de riesgo…</translation>
    </message>
    <message>
        <source>Review risk changes</source>
        <translation>Revisar cambios de riesgo</translation>
    </message>
    <message>
        <source>Shows what the edited risk configuration will change before anything is applied.</source>
        <translation>Muestra lo que cambiará la configuración de riesgos editada antes de aplicar nada.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Rever&amp;tir</translation>
    </message>
    <message>
        <source>Revert risk changes</source>
        <translation>Revertir cambios de riesgo</translation>
    </message>
    <message>
        <source>Puts back the configuration in force.</source>
        <translation>Restablece la configuración vigente.</translation>
    </message>
    <message>
        <source>E&amp;xport as code…</source>
        <translation>E&amp;xportar como código…</translation>
    </message>
    <message>
        <source>Export risk configuration as code</source>
        <translation>Exportar la configuración de riesgos como código</translation>
    </message>
    <message>
        <source>The pool&apos;s MFA configuration with the risk settings as edited here, as CloudFormation, Terraform or AWS CLI input.</source>
        <translation>La configuración de MFA del grupo con los ajustes de riesgo tal como se editaron aquí, como entrada de CloudFormation, Terraform o la CLI de AWS.</translation>
    </message>
    <message>
        <source>Choose a pool to see its adaptive MFA settings.</source>
        <translation>Elija un grupo para ver sus ajustes de MFA adaptativa.</translation>
    </message>
    <message>
        <source>When a sign-in looks risky</source>
        <translation>Cuando un inicio de sesión parece arriesgado</translation>
    </message>
    <message>
        <source>&amp;Low risk:</source>
        <translation>Riesgo &amp;bajo:</translation>
    </message>
    <message>
        <source>Med&amp;ium risk:</source>
        <translation>Riesgo &amp;medio:</translation>
    </message>
    <message>
        <source>&amp;High risk:</source>
        <translation>Riesgo &amp;alto:</translation>
    </message>
    <message>
        <source>Low-risk action</source>
        <translation>Acción con riesgo bajo</translation>
    </message>
    <message>
        <source>Medium-risk action</source>
        <translation>Acción con riesgo medio</translation>
    </message>
    <message>
        <source>High-risk action</source>
        <translation>Acción con riesgo alto</translation>
    </message>
    <message>
        <source>Notify on low risk</source>
        <translation>Notificar con riesgo bajo</translation>
    </message>
    <message>
        <source>Notify on medium risk</source>
        <translation>Notificar con riesgo medio</translation>
    </message>
    <message>
        <source>Notify on high risk</source>
        <translation>Notificar con riesgo alto</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>MFA if configured</source>
        <translation>MFA si está configurada</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA obligatoria</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>What the pool does with a sign-in at this level.</source>
        <translation>Lo que hace el grupo con un inicio de sesión de este nivel.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Tells the user of each such sign-in (by email on AWS, through the outbox on the local engine).</source>
        <translation>Informa al usuario de cada inicio de sesión de este tipo (por correo en AWS, a través de la bandeja de salida en el motor local).</translation>
    </message>
    <message>
        <source>%1 meaning</source>
        <translation>Significado de %1</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>One CIDR range per line, IPv4 or IPv6, such as 192.0.2.0/24 or 2001:db8::/32. These lists are looked at before any other signal.</source>
        <translation>Un rango CIDR por línea, IPv4 o IPv6, p. ej., 192.0.2.0/24 o 2001:db8::/32. Estas listas se consultan antes que cualquier otra señal.</translation>
    </message>
    <message>
        <source>IP ranges help</source>
        <translation>Ayuda sobre rangos de IP</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problema de %1</translation>
    </message>
    <message>
        <source>Al&amp;ways allow (skip the risk checks, count as low risk):</source>
        <translation>Permitir &amp;siempre (omitir las comprobaciones de riesgo, contar como riesgo bajo):</translation>
    </message>
    <message>
        <source>Always-allowed IP ranges</source>
        <translation>Rangos de IP siempre permitidos</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges skip the risk checks; one CIDR range per line.</source>
        <translation>Los inicios de sesión desde estos rangos omiten las comprobaciones de riesgo; un rango CIDR por línea.</translation>
    </message>
    <message>
        <source>&amp;Block (refused before the password is looked at):</source>
        <translation>B&amp;loquear (se rechaza antes de examinar la contraseña):</translation>
    </message>
    <message>
        <source>Blocked IP ranges</source>
        <translation>Rangos de IP bloqueados</translation>
    </message>
    <message>
        <source>Sign-ins from these ranges are refused; one CIDR range per line.</source>
        <translation>Los inicios de sesión desde estos rangos se rechazan; un rango CIDR por línea.</translation>
    </message>
    <message>
        <source>How Tessera&apos;s local engine scores a sign-in</source>
        <translation>Cómo puntúa el motor local de Tessera un inicio de sesión</translation>
    </message>
    <message>
        <source>New device: a device (remembered device key, device data or user agent) not seen in the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Dispositivo nuevo: un dispositivo (clave de dispositivo recordado, datos del dispositivo o agente de usuario) que no aparece en los inicios de sesión correctos anteriores del usuario suma 1 punto.</translation>
    </message>
    <message>
        <source>New device signal</source>
        <translation>Señal de dispositivo nuevo</translation>
    </message>
    <message>
        <source>New network: an address outside the /24 (IPv4) or /48 (IPv6) networks of the user&apos;s earlier successful sign-ins adds 1 point.</source>
        <translation>Red nueva: una dirección fuera de las redes /24 (IPv4) o /48 (IPv6) de los inicios de sesión correctos anteriores del usuario suma 1 punto.</translation>
    </message>
    <message>
        <source>New network signal</source>
        <translation>Señal de red nueva</translation>
    </message>
    <message>
        <source>Failure velocity: %1 or more failed sign-ins for the user in 15 minutes add 1 point, %2 or more add 2.</source>
        <translation>Velocidad de errores: %1 o más inicios de sesión fallidos del usuario en 15 minutos suman 1 punto; %2 o más suman 2.</translation>
    </message>
    <message>
        <source>Failure velocity signal</source>
        <translation>Señal de velocidad de errores</translation>
    </message>
    <message>
        <source>Request rate: %1 or more sign-in attempts from one address in a minute, as a bot makes, add 3 points.</source>
        <translation>Frecuencia de solicitudes: %1 o más intentos de inicio de sesión desde una misma dirección en un minuto, como hace un bot, suman 3 puntos.</translation>
    </message>
    <message>
        <source>Request rate signal</source>
        <translation>Señal de frecuencia de solicitudes</translation>
    </message>
    <message>
        <source>0 or 1 point is low risk, 2 medium, 3 or more high; a user&apos;s first sign-in has no history to compare with. AWS Cognito scores with its own model instead.</source>
        <translation>0 o 1 punto es riesgo bajo, 2 medio, 3 o más alto; el primer inicio de sesión de un usuario no tiene historial con el que comparar. AWS Cognito puntúa con su propio modelo.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Niveles de riesgo</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API, so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>La MFA adaptativa no está disponible aquí: este punto de enlace no tiene API de configuración de riesgos, así que use el motor local de Tessera o AWS Cognito con protección contra amenazas.</translation>
    </message>
    <message>
        <source>Reading the risk configuration…</source>
        <translation>Leyendo la configuración de riesgos…</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available here: this endpoint has no risk configuration API (cognito-local, for one, lacks it), so use Tessera&apos;s local engine or AWS Cognito with threat protection.</source>
        <translation>La MFA adaptativa no está disponible aquí: este punto de enlace no tiene API de configuración de riesgos (cognito-local, por ejemplo, carece de ella), así que use el motor local de Tessera o AWS Cognito con protección contra amenazas.</translation>
    </message>
    <message>
        <source>Adaptive MFA is not available on this pool: AWS Cognito offers it only with threat protection (advanced security) in the pool&apos;s feature plan, which is turned on in AWS.</source>
        <translation>La MFA adaptativa no está disponible en este grupo: AWS Cognito solo la ofrece con la protección contra amenazas (seguridad avanzada) en el plan de características del grupo, que se activa en AWS.</translation>
    </message>
    <message>
        <source>The risk configuration could not be read: %1 (%2).</source>
        <translation>No se pudo leer la configuración de riesgos: %1 (%2).</translation>
    </message>
    <message>
        <source>What this pool does when a sign-in looks risky, and the addresses it always allows or blocks.</source>
        <translation>Lo que hace este grupo cuando un inicio de sesión parece arriesgado, y las direcciones que siempre permite o bloquea.</translation>
    </message>
    <message>
        <source>No adaptive MFA is set: every sign-in goes on as the MFA policy says, whatever its risk.</source>
        <translation>No hay MFA adaptativa configurada: todos los inicios de sesión siguen lo que indica la política de MFA, sea cual sea su riesgo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabPanel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>The pool user to sign in as; pick one or type a name.</source>
        <translation>El usuario del grupo con el que iniciar sesión; elija uno o escriba un nombre.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>Cliente de aplicación</translation>
    </message>
    <message>
        <source>The app client the sign-in goes through.</source>
        <translation>El cliente de aplicación a través del que se inicia sesión.</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>&amp;Cliente de aplicación:</translation>
    </message>
    <message>
        <source>App client note</source>
        <translation>Nota del cliente de aplicación</translation>
    </message>
    <message>
        <source>Create a &amp;test client</source>
        <translation>Crear un cliente de &amp;prueba</translation>
    </message>
    <message>
        <source>Create a test client</source>
        <translation>Crear un cliente de prueba</translation>
    </message>
    <message>
        <source>Creates an app client named tessera-lab that allows password and SRP sign-in.</source>
        <translation>Crea un cliente de aplicación llamado tessera-lab que permite el inicio de sesión con contraseña y SRP.</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>Contraseña (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Authentication flow</source>
        <translation>Flujo de autenticación</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flujo:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The user&apos;s password; kept in wiped memory.</source>
        <translation>La contraseña del usuario; se guarda en memoria que se borra.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Set this as the user&apos;s &amp;test password first</source>
        <translation>Establecer primero como con&amp;traseña de prueba del usuario</translation>
    </message>
    <message>
        <source>Set a test password</source>
        <translation>Establecer una contraseña de prueba</translation>
    </message>
    <message>
        <source>Before signing in, makes the password above the user&apos;s permanent password (AdminSetUserPassword).</source>
        <translation>Antes de iniciar sesión, convierte la contraseña anterior en la contraseña permanente del usuario (AdminSetUserPassword).</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Answers NEW_PASSWORD_REQUIRED when the user has a temporary password; empty stops the run there.</source>
        <translation>Responde a NEW_PASSWORD_REQUIRED cuando el usuario tiene una contraseña temporal; si está vacía, la ejecución se detiene ahí.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>The address the sign-in comes from.</source>
        <translation>La dirección desde la que se inicia sesión.</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Dir&amp;ección IP:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>A new device, or one the user has remembered (the risk engine and remembered-device rules read it).</source>
        <translation>Un dispositivo nuevo o uno que el usuario ha recordado (lo leen el motor de riesgos y las reglas de dispositivos recordados).</translation>
    </message>
    <message>
        <source>A new device</source>
        <translation>Un dispositivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Nombre del dispositivo nuevo</translation>
    </message>
    <message>
        <source>The new device&apos;s name.</source>
        <translation>El nombre del dispositivo nuevo.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>No&amp;mbre del dispositivo:</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>The browser or app the sign-in claims to be.</source>
        <translation>El navegador o la aplicación que el inicio de sesión dice ser.</translation>
    </message>
    <message>
        <source>User &amp;agent:</source>
        <translation>A&amp;gente de usuario:</translation>
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
        <translation>Lleva el inicio de sesión a través de cada desafío.</translation>
    </message>
    <message>
        <source>Set up an &amp;authenticator…</source>
        <translation>Configurar un &amp;autenticador…</translation>
    </message>
    <message>
        <source>Set up an authenticator</source>
        <translation>Configurar un autenticador</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for the user with the tokens of the last run.</source>
        <translation>Registra un autenticador TOTP para el usuario con los tokens de la última ejecución.</translation>
    </message>
    <message>
        <source>Add to this computer&apos;s &amp;vault</source>
        <translation>Añadir a la caja &amp;fuerte de este equipo</translation>
    </message>
    <message>
        <source>Add the set-up secret to the vault</source>
        <translation>Añadir la clave secreta configurada a la caja fuerte</translation>
    </message>
    <message>
        <source>Keeps the authenticator MFA_SETUP just enrolled as a vault entry linked to the user.</source>
        <translation>Guarda el autenticador que MFA_SETUP acaba de registrar como una entrada de la caja fuerte vinculada al usuario.</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Se necesita un código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The code the challenge asks for, as the user would type it.</source>
        <translation>El código que pide el desafío, tal como lo escribiría el usuario.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>En&amp;viar código</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Could not list the pool&apos;s users: %1</source>
        <translation>No se pudieron enumerar los usuarios del grupo: %1</translation>
    </message>
    <message>
        <source>Could not list the app clients: %1</source>
        <translation>No se pudieron enumerar los clientes de aplicación: %1</translation>
    </message>
    <message>
        <source>%1 (allows neither password nor SRP sign-in)</source>
        <translation>%1 (no permite el inicio de sesión con contraseña ni con SRP)</translation>
    </message>
    <message>
        <source>The pool has no app client yet.</source>
        <translation>El grupo aún no tiene ningún cliente de aplicación.</translation>
    </message>
    <message>
        <source>No app client of this pool allows password or SRP sign-in.</source>
        <translation>Ningún cliente de aplicación de este grupo permite el inicio de sesión con contraseña o SRP.</translation>
    </message>
    <message>
        <source>Could not create the test client: %1</source>
        <translation>No se pudo crear el cliente de prueba: %1</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>Recordado: %1</translation>
    </message>
    <message>
        <source>Choose an app client, or create a test client.</source>
        <translation>Elija un cliente de aplicación o cree un cliente de prueba.</translation>
    </message>
    <message>
        <source>Choose the user to sign in as.</source>
        <translation>Elija el usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Type the user&apos;s password (or a new one with &quot;Set a test password&quot;).</source>
        <translation>Escriba la contraseña del usuario (o una nueva con «Establecer una contraseña de prueba»).</translation>
    </message>
    <message>
        <source>Could not set the test password: %1</source>
        <translation>No se pudo establecer la contraseña de prueba: %1</translation>
    </message>
    <message>
        <source>%1 needs a code: %2. Type the code the user would type.</source>
        <translation>%1 necesita un código: %2. Escriba el código que escribiría el usuario.</translation>
    </message>
    <message>
        <source>Type the code first.</source>
        <translation>Escriba primero el código.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>Only the local engine records why it decided; this backend answers without a decision trace.</source>
        <translation>Solo el motor local registra por qué decidió; este backend responde sin rastro de decisión.</translation>
    </message>
    <message>
        <source>No decision trace: the run ended before the engine decided anything.</source>
        <translation>No hay rastro de decisión: la ejecución terminó antes de que el motor decidiera nada.</translation>
    </message>
    <message>
        <source>Could not add the entry to the vault: %1</source>
        <translation>No se pudo añadir la entrada a la caja fuerte: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Sign-in steps</source>
        <translation>Pasos del inicio de sesión</translation>
    </message>
    <message>
        <source>Each request and answer of the run; expand a step for its request and answer, passwords and tokens masked.</source>
        <translation>Cada solicitud y respuesta de la ejecución; expanda un paso para ver su solicitud y su respuesta, con contraseñas y tokens enmascarados.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>Código de</translation>
    </message>
    <message>
        <source>Step columns</source>
        <translation>Columnas de pasos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Show token claims</source>
        <translation>&amp;Mostrar notificaciones del token</translation>
    </message>
    <message>
        <source>Show token claims</source>
        <translation>Mostrar notificaciones del token</translation>
    </message>
    <message>
        <source>Decodes the ID and access tokens&apos; claims (read without checking the signature).</source>
        <translation>Decodifica las notificaciones de los tokens de ID y de acceso (se leen sin comprobar la firma).</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Notificaciones del token</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>Rastro de decisión</translation>
    </message>
    <message>
        <source>Decision trace note</source>
        <translation>Nota del rastro de decisión</translation>
    </message>
    <message>
        <source>Why the local engine decided what it did: risk signals, score, level, action, and whether MFA was asked and why.</source>
        <translation>Por qué el motor local decidió lo que decidió: señales de riesgo, puntuación, nivel, acción y si se pidió la MFA y por qué.</translation>
    </message>
    <message>
        <source>%1: waiting for the answer</source>
        <translation>%1: esperando la respuesta</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>Autenticado. Los tokens caducan en %n segundo (duración del token de ID: %1 s; del token de acceso: %2 s).</numerusform>
            <numerusform>Autenticado. Los tokens caducan en %n segundos (duración del token de ID: %1 s; del token de acceso: %2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool remembered this device as %1.</source>
        <translation>El grupo recordó este dispositivo como %1.</translation>
    </message>
    <message>
        <source>ID token claims:
%1

Access token claims:
%2</source>
        <translation>Notificaciones del token de ID:
%1

Notificaciones del token de acceso:
%2</translation>
    </message>
    <message>
        <source>Stopped: %1: %2</source>
        <translation>Detenido: %1: %2</translation>
    </message>
    <message>
        <source>Stopped at %1: %2: %3</source>
        <translation>Detenido en %1: %2: %3</translation>
    </message>
    <message>
        <source>What to change: %1</source>
        <translation>Qué cambiar: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>&amp;Hide token claims</source>
        <translation>&amp;Ocultar notificaciones del token</translation>
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
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Users now; starts from the pool&apos;s estimated users.</source>
        <translation>Usuarios actuales; parte de los usuarios estimados del grupo.</translation>
    </message>
    <message>
        <source>Sign-ins per user per month</source>
        <translation>Inicios de sesión por usuario y mes</translation>
    </message>
    <message>
        <source>Share of sign-ins challenged</source>
        <translation>Proporción de inicios de sesión con desafío</translation>
    </message>
    <message>
        <source>Sign-ins asked for an MFA code; starts from the MFA policy.</source>
        <translation>Inicios de sesión a los que se pide un código de MFA; parte de la política de MFA.</translation>
    </message>
    <message>
        <source>Share of challenged users on SMS</source>
        <translation>Proporción de usuarios con desafío que usan SMS</translation>
    </message>
    <message>
        <source>Challenged users whose code comes by text; the rest use TOTP or email.</source>
        <translation>Usuarios con desafío cuyo código llega por SMS; el resto usa TOTP o correo.</translation>
    </message>
    <message>
        <source>User growth per month</source>
        <translation>Crecimiento de usuarios por mes</translation>
    </message>
    <message>
        <source>Use&amp;rs:</source>
        <translation>Usua&amp;rios:</translation>
    </message>
    <message>
        <source>&amp;Sign-ins per user per month:</source>
        <translation>&amp;Inicios de sesión por usuario y mes:</translation>
    </message>
    <message>
        <source>Share of sign-ins c&amp;hallenged:</source>
        <translation>Proporción de inicios de sesión con &amp;desafío:</translation>
    </message>
    <message>
        <source>Share of challenged users &amp;on SMS:</source>
        <translation>Proporción de usuarios con desafío c&amp;on SMS:</translation>
    </message>
    <message>
        <source>User &amp;growth per month:</source>
        <translation>&amp;Crecimiento de usuarios por mes:</translation>
    </message>
    <message>
        <source>Where the shares come from</source>
        <translation>De dónde salen las proporciones</translation>
    </message>
    <message>
        <source>Reset &amp;from the pool</source>
        <translation>Restablecer desde el &amp;grupo</translation>
    </message>
    <message>
        <source>Reset inputs from the pool</source>
        <translation>Restablecer los datos desde el grupo</translation>
    </message>
    <message>
        <source>Users, and the shares from the MFA policy and the factor mix, read again.</source>
        <translation>Se vuelven a leer los usuarios y las proporciones según la política de MFA y la combinación de factores.</translation>
    </message>
    <message>
        <source>Prices as of %1, in %2. %3</source>
        <translation>Precios a fecha de %1, en %2. %3</translation>
    </message>
    <message>
        <source>About the sample prices</source>
        <translation>Acerca de los precios de ejemplo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Price per SMS (%1)</source>
        <translation>Precio por SMS (%1)</translation>
    </message>
    <message>
        <source>Share of texts (%)</source>
        <translation>Proporción de mensajes (%)</translation>
    </message>
    <message>
        <source>SMS prices by destination country</source>
        <translation>Precios de SMS por país de destino</translation>
    </message>
    <message>
        <source>Editable: a country code (ISO 3166, such as US), its price per text, and the share of texts sent there; the shares add up to 100.</source>
        <translation>Editable: un código de país (ISO 3166, p. ej., US), su precio por mensaje y la proporción de mensajes enviados allí; las proporciones suman 100.</translation>
    </message>
    <message>
        <source>Price columns</source>
        <translation>Columnas de precios</translation>
    </message>
    <message>
        <source>Select all prices</source>
        <translation>Seleccionar todos los precios</translation>
    </message>
    <message>
        <source>Add countr&amp;y</source>
        <translation>Añadir pa&amp;ís</translation>
    </message>
    <message>
        <source>Add country</source>
        <translation>Añadir país</translation>
    </message>
    <message>
        <source>Remo&amp;ve country</source>
        <translation>&amp;Quitar país</translation>
    </message>
    <message>
        <source>Remove country</source>
        <translation>Quitar país</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TOTP or email (nothing per message)</source>
        <translation>TOTP o correo (nada por mensaje)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Coste mensual</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>SMS cost over 12 months</source>
        <translation>Coste de SMS en 12 meses</translation>
    </message>
    <message>
        <source>Lines: what SMS codes cost each month, against TOTP or email at nothing per message. The sentences below say the same in words.</source>
        <translation>Líneas: lo que cuestan los códigos por SMS cada mes, frente a TOTP o correo, que no cuestan nada por mensaje. Las frases de abajo dicen lo mismo con palabras.</translation>
    </message>
    <message>
        <source>SMS cost summary</source>
        <translation>Resumen del coste de SMS</translation>
    </message>
    <message>
        <source>SMS cost problem</source>
        <translation>Problema del coste de SMS</translation>
    </message>
    <message>
        <source>Share of SMS users moved to TOTP</source>
        <translation>Proporción de usuarios de SMS trasladados a TOTP</translation>
    </message>
    <message>
        <source>Cost of moving one user</source>
        <translation>Coste de trasladar un usuario</translation>
    </message>
    <message>
        <source>Paid once per user moved: support time, messages asking them to switch.</source>
        <translation>Se paga una vez por usuario trasladado: tiempo de soporte, mensajes que le piden que cambie.</translation>
    </message>
    <message>
        <source>Share of SMS users moved to &amp;TOTP:</source>
        <translation>Proporción de usuarios de SMS trasladados a &amp;TOTP:</translation>
    </message>
    <message>
        <source>Cost of mov&amp;ing one user (%1):</source>
        <translation>Coste de tras&amp;ladar un usuario (%1):</translation>
    </message>
    <message>
        <source>Break-even of moving to TOTP</source>
        <translation>Punto de equilibrio del traslado a TOTP</translation>
    </message>
    <message>
        <source>The shares come from the MFA policy alone: an upper bound, as if every user had a factor.</source>
        <translation>Las proporciones salen solo de la política de MFA: un límite superior, como si todos los usuarios tuvieran un factor.</translation>
    </message>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>Las proporciones salen de la política de MFA y de los factores que ha configurado el %n usuario del grupo (SMS: los que tienen SMS entre los que tienen un factor).</numerusform>
            <numerusform>Las proporciones salen de la política de MFA y de los factores que han configurado los %n usuarios del grupo (SMS: los que tienen SMS entre los que tienen un factor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot project: %1.</source>
        <translation>No se puede proyectar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>Mes 1: %n mensaje, %1. Mes 12: %2 mensajes, %3. En 12 meses: %4, mientras que TOTP o correo no costarían nada por mensaje.</numerusform>
            <numerusform>Mes 1: %n mensajes, %1. Mes 12: %2 mensajes, %3. En 12 meses: %4, mientras que TOTP o correo no costarían nada por mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>No texts are sent, so moving users to TOTP saves nothing.</source>
        <translation>No se envía ningún SMS, así que trasladar usuarios a TOTP no ahorra nada.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs nothing up front and saves %2 from the first month.</source>
        <translation>Trasladar el %1 % de los usuarios de SMS a TOTP no cuesta nada al principio y ahorra %2 desde el primer mes.</translation>
    </message>
    <message>
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it has paid for itself by month %4.</source>
        <translation>Trasladar el %1 % de los usuarios de SMS a TOTP cuesta %2 una vez y ahorra %3 el primer mes: se amortiza en el mes %4.</translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>Trasladar el %1 % de los usuarios de SMS a TOTP cuesta %2 una vez y ahorra %3 el primer mes: no se amortizaría en %n mes.</numerusform>
            <numerusform>Trasladar el %1% de los usuarios de SMS a TOTP cuesta %2 una vez y ahorra %3 el primer mes: no se amortizaría en %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for this pool; &quot;Reset from the pool&quot; reads the pool and its policy again.</source>
        <translation>Guardado para este grupo; «Restablecer desde el grupo» vuelve a leer el grupo y su política.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message>
        <source>Ne&amp;w user…</source>
        <translation>Usuario &amp;nuevo…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <source>Create a user with an invitation or a temporary password.</source>
        <translation>Crear un usuario con una invitación o una contraseña temporal.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Importar usuarios desde CSV</translation>
    </message>
    <message>
        <source>Add users from a CSV file in Cognito&apos;s user-import format.</source>
        <translation>Añadir usuarios desde un archivo CSV en el formato de importación de usuarios de Cognito.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Exportar usuarios como CSV</translation>
    </message>
    <message>
        <source>Save every user matching the filter as CSV.</source>
        <translation>Guardar como CSV todos los usuarios que coinciden con el filtro.</translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>Acción &amp;masiva…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Acción masiva</translation>
    </message>
    <message>
        <source>Disable, enable, require a factor, reset MFA, forget devices or delete the selected users or every user matching the filter.</source>
        <translation>Deshabilitar, habilitar, exigir un factor, restablecer la MFA, olvidar dispositivos o eliminar los usuarios seleccionados o todos los que coinciden con el filtro.</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n usuario importado.</numerusform>
            <numerusform>%n usuarios importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users to export…</source>
        <translation>Leyendo los usuarios que exportar…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>Leyendo los usuarios que exportar: %n hasta ahora…</numerusform>
            <numerusform>Leyendo los usuarios que exportar: %n hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n usuario exportado a %1.</numerusform>
            <numerusform>%n usuarios exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>%1 The MFA columns are empty: this backend gives them one user at a time (AdminGetUser).</source>
        <translation>%1 Las columnas de MFA están vacías: este backend las da de un usuario en uno (AdminGetUser).</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserDetailPane</name>
    <message>
        <source>User status</source>
        <translation>Estado del usuario</translation>
    </message>
    <message>
        <source>Action result</source>
        <translation>Resultado de la acción</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Error de la acción</translation>
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
        <translation>El dispositivo se ha olvidado: el próximo inicio de sesión de %1 desde él volverá a pedir MFA.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se modificó nada.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Stop or allow this user&apos;s sign-ins.</source>
        <translation>Impedir o permitir los inicios de sesión de este usuario.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>The user must set a new password at the next sign-in.</source>
        <translation>El usuario debe establecer una contraseña nueva en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Eliminar usuario…</translation>
    </message>
    <message>
        <source>Deletes the user for good, after you type the username.</source>
        <translation>Elimina el usuario definitivamente, después de que escriba el nombre de usuario.</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Autenticación multifactor</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>The factor Make preferred and Remove factor act on.</source>
        <translation>El factor sobre el que actúan «Hacer preferido» y «Quitar factor».</translation>
    </message>
    <message>
        <source>Make preferred</source>
        <translation>Hacer preferido</translation>
    </message>
    <message>
        <source>Sign-ins ask for this factor first.</source>
        <translation>Los inicios de sesión piden primero este factor.</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Quitar factor</translation>
    </message>
    <message>
        <source>Turns this factor off.</source>
        <translation>Desactiva este factor.</translation>
    </message>
    <message>
        <source>Clear preference</source>
        <translation>Borrar preferencia</translation>
    </message>
    <message>
        <source>No preferred factor; the factors stay on.</source>
        <translation>Sin factor preferido; los factores siguen activados.</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Restablecer MFA</translation>
    </message>
    <message>
        <source>Turns every factor of this user off.</source>
        <translation>Desactiva todos los factores de este usuario.</translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation>Dispositivos recordados</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Última IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Forget device</source>
        <translation>Olvidar dispositivo</translation>
    </message>
    <message>
        <source>The next sign-in from the selected device asks for MFA.</source>
        <translation>El próximo inicio de sesión desde el dispositivo seleccionado pedirá MFA.</translation>
    </message>
    <message>
        <source>Forget all devices</source>
        <translation>Olvidar todos los dispositivos</translation>
    </message>
    <message>
        <source>The next sign-in from every device asks for MFA.</source>
        <translation>El próximo inicio de sesión desde cada dispositivo pedirá MFA.</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Inicios de sesión recientes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
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
        <translation>Ningún usuario elegido</translation>
    </message>
    <message>
        <source>Choose a user to see their details.</source>
        <translation>Elija un usuario para ver sus detalles.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>This backend does not list remembered devices (it does not serve AdminListDevices).</source>
        <translation>Este backend no enumera dispositivos recordados (no ofrece AdminListDevices).</translation>
    </message>
    <message>
        <source>This backend keeps no sign-in history (it does not serve AdminListUserAuthEvents).</source>
        <translation>Este backend no guarda historial de inicios de sesión (no ofrece AdminListUserAuthEvents).</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3 · changed %4</source>
        <translation>%1 · %2 · creado %3 · modificado %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (preferido)</translation>
    </message>
    <message>
        <source>No MFA factor is on: this user signs in with a password only.</source>
        <translation>No hay ningún factor de MFA activado: este usuario inicia sesión solo con contraseña.</translation>
    </message>
    <message>
        <source>Factors on: %1.</source>
        <translation>Factores activados: %1.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>recordado</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>no recordado</translation>
    </message>
    <message>
        <source>No remembered devices.</source>
        <translation>No hay dispositivos recordados.</translation>
    </message>
    <message>
        <source>No sign-ins recorded yet.</source>
        <translation>Todavía no hay inicios de sesión registrados.</translation>
    </message>
    <message>
        <source>This backend does not serve %1, so %2 is not available.</source>
        <translation>Este backend no ofrece %1, así que %2 no está disponible.</translation>
    </message>
    <message>
        <source>%1 will be forgotten: %2&apos;s next sign-in from it asks for MFA again.</source>
        <translation>%1 se olvidará: el próximo inicio de sesión de %2 desde él volverá a pedir MFA.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: en curso…</translation>
    </message>
    <message>
        <source>Set up an authenticator…</source>
        <translation>Configurar un autenticador…</translation>
    </message>
    <message>
        <source>Enrols a TOTP authenticator for this user: a QR code for a phone, or an entry in this computer&apos;s vault.</source>
        <translation>Registra un autenticador TOTP para este usuario: un código QR para un teléfono o una entrada en la caja fuerte de este equipo.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserFilterBar</name>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>Nombre de usuario preferido</translation>
    </message>
    <message>
        <source>Status (CONFIRMED, …)</source>
        <translation>Estado (CONFIRMED, …)</translation>
    </message>
    <message>
        <source>Enabled (Enabled / Disabled)</source>
        <translation>Habilitado (Enabled / Disabled)</translation>
    </message>
    <message>
        <source>User ID (sub)</source>
        <translation>ID de usuario (sub)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>Buscar nombres de usuario</translation>
    </message>
    <message>
        <source>Lists the users whose username starts with this text (username ^= &quot;text&quot;).</source>
        <translation>Enumera los usuarios cuyo nombre de usuario empieza por este texto (username ^= &quot;text&quot;).</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Campo de filtro</translation>
    </message>
    <message>
        <source>The attribute to filter on: ListUsers can search only these.</source>
        <translation>El atributo por el que filtrar: ListUsers solo puede buscar por estos.</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>es exactamente</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Operador de filtro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Valor del filtro</translation>
    </message>
    <message>
        <source>Cognito filter, e.g. email ^= &quot;ann&quot;</source>
        <translation>Filtro de Cognito, p. ej. email ^= &quot;ann&quot;</translation>
    </message>
    <message>
        <source>Cognito filter</source>
        <translation>Filtro de Cognito</translation>
    </message>
    <message>
        <source>The filter as ListUsers receives it; edit it here or with the fields above.</source>
        <translation>El filtro tal como lo recibe ListUsers; edítelo aquí o con los campos de arriba.</translation>
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
        <translation>Mostrar t&amp;odos</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>Mostrar todos los usuarios</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problema del filtro</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Importar usuarios desde CSV</translation>
    </message>
    <message>
        <source>A CSV file in Cognito&apos;s user-import format: the header GetCSVHeader gives (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), one user a row. Imported users must reset their password at the first sign-in.</source>
        <translation>Un archivo CSV en el formato de importación de usuarios de Cognito: el encabezado que da GetCSVHeader (cognito:username, cognito:mfa_enabled, email, email_verified, phone_number, ...), un usuario por fila. Los usuarios importados deben restablecer su contraseña en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Users to import</source>
        <translation>Usuarios para importar</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
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
        <translation>Importar usuarios</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import goes into the local engine only. For AWS Cognito, start a user import job with the same file in the AWS console or CLI (CreateUserImportJob); the preview still checks the file.</source>
        <translation>La importación va solo al motor local. Para AWS Cognito, inicie un trabajo de importación de usuarios con el mismo archivo en la consola de AWS o la CLI (CreateUserImportJob); la vista previa comprueba el archivo igualmente.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n usuario listo para importar.</numerusform>
            <numerusform>%n usuarios listos para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Rows with a problem are left out; fix them in the file and choose it again to import them.</source>
        <translation>%1 %2 Las filas con algún problema se omiten; corríjalas en el archivo y vuelva a elegirlo para importarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>&amp;Importar %n usuario</numerusform>
            <numerusform>&amp;Importar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>&amp;Importar el %n usuario sin problemas</numerusform>
            <numerusform>&amp;Importar los %n usuarios sin problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>Importando %n usuario…</numerusform>
            <numerusform>Importando %n usuarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>%n usuario importado; debe restablecer su contraseña en el primer inicio de sesión.</numerusform>
            <numerusform>%n usuarios importados; cada uno debe restablecer su contraseña en el primer inicio de sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserPasskeysSection</name>
    <message>
        <source>Passkeys</source>
        <translation>Llaves de acceso</translation>
    </message>
    <message>
        <source>Passkeys note</source>
        <translation>Nota de las llaves de acceso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Delete passkey…</source>
        <translation>Eliminar llave de acceso…</translation>
    </message>
    <message>
        <source>Delete passkey</source>
        <translation>Eliminar llave de acceso</translation>
    </message>
    <message>
        <source>Removes the selected passkey; the user can no longer sign in with it.</source>
        <translation>Elimina la llave de acceso seleccionada; el usuario ya no podrá iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>This backend shows passkeys only to their own user (Cognito&apos;s ListWebAuthnCredentials takes the user&apos;s access token), so they are not listed here.</source>
        <translation>Este backend solo muestra las llaves de acceso a su propio usuario (ListWebAuthnCredentials de Cognito usa el token de acceso del usuario), así que no se enumeran aquí.</translation>
    </message>
    <message>
        <source>%1 has no passkey.</source>
        <translation>%1 no tiene ninguna llave de acceso.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 tiene %n llave de acceso.</numerusform>
            <numerusform>%1 tiene %n llaves de acceso.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Delete the passkey &quot;%1&quot; of %2? They can no longer sign in with it, and must register it again to use it. This cannot be undone.</source>
        <translation>¿Eliminar la llave de acceso «%1» de %2? Ya no podrá iniciar sesión con ella y tendrá que volver a registrarla para usarla. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The passkey &quot;%1&quot; was not deleted: %2</source>
        <translation>No se eliminó la llave de acceso «%1»: %2</translation>
    </message>
    <message>
        <source>Deleted the passkey &quot;%1&quot; of %2; they can no longer sign in with it.</source>
        <translation>Se eliminó la llave de acceso «%1» de %2; ya no podrá iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>authenticator app (TOTP)</source>
        <translation>aplicación de autenticación (TOTP)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>verified</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1, verificado</translation>
    </message>
    <message>
        <source>%1, not verified</source>
        <translation>%1, sin verificar</translation>
    </message>
    <message>
        <source>The factors each user has set up, the preferred one first and marked ★. Read per user for the rows on screen.</source>
        <translation>Los factores que ha configurado cada usuario, el preferido primero y marcado con ★. Se leen por usuario para las filas en pantalla.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>No MFA factor</source>
        <translation>Sin factor de MFA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>%1. Leído %2.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The pool&apos;s users, read a page at a time as you scroll; the MFA column is read for the users on screen.</source>
        <translation>Los usuarios del grupo, leídos de página en página al desplazarse; la columna de MFA se lee para los usuarios en pantalla.</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>Columnas de usuarios</translation>
    </message>
    <message>
        <source>Drag to reorder; the context menu shows or hides columns. ListUsers cannot sort, so users stay in the order the pool returns them.</source>
        <translation>Arrastre para reordenar; el menú contextual muestra u oculta columnas. ListUsers no puede ordenar, así que los usuarios quedan en el orden que devuelve el grupo.</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>Estado de los usuarios</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>In the pool&apos;s order: ListUsers cannot sort.</source>
        <translation>En el orden del grupo: ListUsers no puede ordenar.</translation>
    </message>
    <message>
        <source>Reading users…</source>
        <translation>Leyendo usuarios…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n usuario. %1</numerusform>
            <numerusform>%n usuarios. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>%n usuario leído hasta ahora; se leen más al desplazarse. %1</numerusform>
            <numerusform>%n usuarios leídos hasta ahora; se leen más al desplazarse. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation>no se puede abrir la carpeta %1 para volcarla al disco</translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation>no se puede volcar la carpeta %1 al disco</translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>no se puede leer %1 para hacer su copia de seguridad: %2</translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation>no se puede eliminar la copia de seguridad antigua %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation>cualquier usuario de este equipo puede escribir en la carpeta %1 (modo %2): otros pueden eliminar o sustituir allí la caja fuerte y sus copias de seguridad, o colocar archivos con los nombres que usa Tessera. Guarde la caja fuerte en una carpeta en la que solo usted pueda escribir, como su carpeta personal.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation>su grupo puede escribir en la carpeta %1 (modo %2): sus miembros pueden eliminar o sustituir allí la caja fuerte y sus copias de seguridad. Guarde la caja fuerte en una carpeta en la que solo usted pueda escribir (chmod g-w en la carpeta).</translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation>no se puede examinar la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation>%1 es un enlace simbólico, no una carpeta; Tessera no lo sigue para escribir copias de seguridad en otro sitio. Elimine el enlace (se creará una carpeta en su lugar).</translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation>%1 no es una carpeta; muévalo para que Tessera pueda guardar allí copias de seguridad</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation>la carpeta %1 pertenece a otro usuario (uid %2), que podría leer, sustituir o eliminar las copias de seguridad que contiene. Elimínela o mueva la caja fuerte a una carpeta en la que solo usted pueda escribir.</translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation>otros usuarios pueden escribir en la carpeta %1 (modo %2) y podrían sustituir o eliminar las copias de seguridad que contiene. Hágala solo suya: chmod 700 %1</translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation>no se puede leer %1 antes de guardar: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation>otro programa ha cambiado %1 desde que se abrió; no se ha guardado nada. Vuelva a abrirlo para ver esos cambios.</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1; no se ha guardado nada</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation>otro programa está guardando la caja fuerte (archivo de bloqueo %1); no se ha guardado nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation>%1 es un enlace simbólico donde Tessera guarda su archivo de bloqueo; Tessera nunca lo sigue (en una carpeta compartida, otro usuario puede colocar uno para que Tessera escriba en otro sitio). No se ha guardado nada: elimine el enlace o guarde la caja fuerte en una carpeta en la que solo usted pueda escribir.</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation>no se puede escribir en la carpeta %1 (%2): es de solo lectura o pertenece a otra persona, así que no se ha guardado nada. Mueva la caja fuerte a una carpeta en la que pueda escribir, o cambie los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation>no se puede crear el archivo de bloqueo %1 (%2); no se ha guardado nada</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation>no se puede escribir en la carpeta %1: es de solo lectura o pertenece a otra persona, así que no se ha guardado nada. Mueva la caja fuerte a una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation>el llavero del sistema se ha negado: %1</translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation>el llavero del sistema no tiene ninguna clave para esta caja fuerte (se eliminó, o es otra cuenta de usuario u otro equipo): desbloquee con la contraseña</translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation>esta compilación de Tessera no admite el llavero del sistema (QtKeychain)</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation>no hay ninguna caja fuerte en %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation>la autenticación de su contenido falla: se modificó o se dañó después de escribirse</translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation>no se puede calcular su ranura de contraseña (¿sin memoria?)</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>la contraseña es incorrecta</translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation>esta caja fuerte no tiene contraseña; desbloquéela con el llavero</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation>la caja fuerte %1 está dañada (%2), y ninguna copia de seguridad de %3 se abre con esta contraseña</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation>la caja fuerte %1 está dañada (%2); la copia de seguridad más reciente que se abre con esta contraseña es %3: cópiela sobre la caja fuerte para restaurarla</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation>ha fallado el generador de números aleatorios del sistema</translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation>los parámetros de scrypt por debajo de N=2^15, r=8, p=1 son demasiado débiles para una caja fuerte</translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation>estos parámetros de scrypt cuestan más de lo que escribe Tessera (como máximo %1): un equipo más lento podría negarse a abrir la caja fuerte</translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation>ya existe un archivo en %1; elija otra ruta o mueva ese archivo</translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation>esta caja fuerte no tiene ranura de llavero; desbloquéela con su contraseña</translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation>el llavero no ha entregado la clave de la caja fuerte: %1</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation>la clave del llavero no abre esta caja fuerte; desbloquéela con su contraseña</translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation>la caja fuerte %1 está dañada (%2); ábrala con su contraseña para encontrar una copia de seguridad que se abra</translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation>esta caja fuerte no tiene ninguna ranura de contraseña con la que rotar la clave</translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation>no se puede guardar la clave de la caja fuerte en el llavero: %1</translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation>se ha quitado la ranura de llavero de la caja fuerte, pero el llavero ha conservado su elemento &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation>el encabezado de la caja fuerte está dañado: %1</translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation>una ranura de clave no es un mapa</translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation>una ranura de clave tiene un nonce o una clave envuelta mal formados</translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation>una ranura de contraseña indica una derivación de clave distinta de scrypt</translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation>una ranura de contraseña tiene parámetros de scrypt no válidos</translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation>una ranura de contraseña pide parámetros de scrypt más allá de lo que ejecuta Tessera</translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation>una ranura de contraseña tiene una sal mal formada</translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation>una ranura de llavero no tiene nombre de elemento del llavero</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation>esto no es una caja fuerte de Tessera</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation>esta caja fuerte la creó una versión más reciente de Tessera (formato %1; esta versión lee el formato %2): actualice Tessera para abrirla</translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation>la versión de formato 0 no existe</translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation>la longitud del encabezado es imposible para el tamaño de este archivo</translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation>el encabezado no es un mapa CBOR</translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation>el encabezado indica un cifrado desconocido</translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation>el nonce de la carga útil está mal formado</translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation>la lista de ranuras de clave falta o está mal formada</translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 no es un mapa</translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation>%1 tiene una clave que no es texto</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 no es una lista</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 no es texto válido</translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation>%1 no es una cadena de bytes</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 supera %2 bytes</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 no es una cadena de bytes válida</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera de rango</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 no es un número entero de 0 o más</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 no es una hora</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 no es un UUID</translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation>un campo desconocido &apos;%1&apos; no es CBOR válido</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 termina antes de tiempo</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation>%1 tiene un algoritmo desconocido</translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation>%1 tiene un parámetro adicional que no es un par</translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation>a %1 le falta el id, el tipo o la clave secreta</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 tiene un error: %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 no tiene id</translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation>el contenido de la caja fuerte</translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation>el contenido de la caja fuerte no tiene lista de entradas</translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation>el contenido de la caja fuerte tiene bytes después de su final</translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation>el contenido de la caja fuerte está dañado: %1</translation>
    </message>
</context>
</TS>
