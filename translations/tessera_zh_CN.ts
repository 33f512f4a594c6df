<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Base32</name>
    <message>
        <source> (padding &apos;=&apos; may only come at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret is not Base32: %1 at position %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret is too short: it must decode to at least one byte (two Base32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InMemoryKeyring</name>
    <message>
        <source>the keyring is locked or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring has no item &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is too long: &apos;%2&apos; has %3 characters; at most %4 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticator and MFA pool console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault at PATH (created on first start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so Tessera will not handle secrets on this system.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::BoundedRead</name>
    <message>
        <source>%1 is larger than the %2 MiB Tessera reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
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
                        Sign in (USER_PASSWORD_AUTH, or SRP with --auth-flow
                        USER_SRP_AUTH: the password is proven, never sent) and answer
                        each challenge: TOTP from the vault entry NAME, SMS and email
                        codes from the outbox. One JSON line a step; tokens are never
                        printed.
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at must be a whole number of seconds since 1970-01-01 UTC (0 or more), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The otpauth:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code needs a NAME from the vault, or --uri URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code takes no positional arguments with --uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>code --uri - reads one otpauth:// URI from standard input, and got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse takes exactly one URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliVault</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; create one with &apos;tessera-cli create&apos; or name another with --vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: use --password-file or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: use --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::PoolCommand</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred (%1) when calling the %2 operation: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --backend &apos;%1&apos; (local or cognito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --backend cognito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local pool store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local (default) or cognito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cognito: the AWS profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cognito: the AWS region; serve: the region signatures are scoped to and pool ids start with (default us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cognito: a Cognito-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body, or file://PATH holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin, export-config: the user pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-config: cloudformation, terraform or cli-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-config: write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: the app client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: file holding the user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: the new password for NEW_PASSWORD_REQUIRED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: the vault entry answering SOFTWARE_TOKEN_MFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: USER_PASSWORD_AUTH (default) or USER_SRP_AUTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the port (default 9229; 0 takes a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the only access key whose signatures are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: file holding --access-key&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: connections served at once (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool needs one OPERATION (e.g. ListUserPools), &apos;outbox&apos;, &apos;signin&apos; or &apos;serve&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve serves a local store, not --backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the local backend has an outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-config needs --pool-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this format, set by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cli-input-json is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cli-input-json must be a JSON object ({&quot;Name&quot;: value, ...}), not a single value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::ScanCommand</name>
    <message>
        <source>scan needs one or more IMAGE files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::ServeCommand</name>
    <message>
        <source>--host must be an IP address (127.0.0.1, ::1, 0.0.0.0...), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0: any free port), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region must look like an AWS region (us-east-1), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections must be a number of 1 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--access-key needs the key&apos;s secret, to check signatures: --secret-key-file PATH or AWS_SECRET_ACCESS_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-key-file goes with --access-key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2 (loopback only: other computers cannot reach it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the pool store %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature from any access key (--access-key fixes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1. Admin operations need a SigV4 signature by access key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point AWS clients at it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token keys: %1/.well-known/jwks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1 without --access-key: anyone who can reach this computer can read and change these pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1 over plain HTTP: passwords and tokens cross the network unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; the store is closed cleanly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::SigninCommand</name>
    <message>
        <source>SOFTWARE_TOKEN_MFA needs a code: name the vault entry with --entry NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vault entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 vault entries; name one by issuer:account or UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault entry &apos;%1&apos; is not a TOTP entry; SOFTWARE_TOKEN_MFA needs TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a code by %2 that only its recipient can read; this backend has no outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 code for &apos;%2&apos; in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT_MFA_TYPE offers %1, none of which this command can answer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: &apos;%1&apos; signed in with a temporary password and must choose a new one; give it with --new-password-file PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA_SETUP: the pool requires MFA and &apos;%1&apos; has no factor yet; enrol one (AssociateSoftwareToken, VerifySoftwareToken) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge %1 is not one this command can answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER answers USER_SRP_AUTH, which this sign-in did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD_VERIFIER: the service sent SRP values that are not valid (SRP_B, SALT or USER_ID_FOR_SRP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-flow is USER_PASSWORD_AUTH or USER_SRP_AUTH, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make SRP values (OpenSSL failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with neither a challenge nor tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in did not finish within %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::TransferCommands</name>
    <message>
        <source>Read the files as this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password of the encrypted export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one or more files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tessera, aegis, uri-list, google-migration or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password that encrypts the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm an unencrypted export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format tessera, aegis, uri-list, google-migration or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exports cannot be encrypted; drop --export-password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Tessera backup is always encrypted: give --export-password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this export would hold every secret unencrypted: anyone who reads %1 can generate your codes. Add --plain to confirm%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or encrypt it with --export-password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported (Google Authenticator cannot hold it): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::VaultCommands</name>
    <message>
        <source>no entry is named &apos;%1&apos; (&apos;tessera-cli list&apos; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entries; name one by issuer:account or UUID:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME (issuer:account, account or UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes no arguments; name the file with --vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs one or more otpauth:// URIs, or &apos;-&apos; to read them from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB Tessera reads; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input held no otpauth:// URI; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI %1: %2; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the code (OpenSSL failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwd takes no arguments; give the new password with --new-password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PBKDF2-%1 with %2 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of memory for one derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 of memory here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PBKDF2 iterations for one file, ten times what the apps it imports from write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this file asks for %1 to try a password: %2. Tessera refuses more than %3, because a hostile file could otherwise make it hang or run out of memory before the password is even checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are too many extra parameters: %1; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits must be between %1 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period must be between %1 and %2 seconds, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::otp::otpauth::OtpAuthUri</name>
    <message>
        <source>this is a Google Authenticator export (otpauth-migration://), not a single account: import it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an otpauth:// URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URI names no OTP type: it should start otpauth://totp/ or otpauth://hotp/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown OTP type &apos;%1&apos;: expected totp, hotp or steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is given twice, with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is given twice with different values (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URI has no secret parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported algorithm &apos;%1&apos;: use SHA1, SHA256 or SHA512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits must be a whole number between %1 and %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period must be a whole number of seconds between %1 and %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be asked to set up an authenticator app at their next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set a factor up while signing in (only authenticator apps can be set up then) and will need a verified phone number or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user is asked for a code at every sign-in; users who have no factor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no users yet: each one will be asked for a code at every sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user already has a factor; each is asked for a code at every sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no factor and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: %1 have no factor and keep signing in with a password only; users with a factor are still asked for a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA becomes each user&apos;s choice: users with a factor are still asked for a code; others sign in with a password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; %1 have a factor already and will be asked for a code at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can turn MFA on for themselves; those who have a factor will be asked for a code at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is asked for a code. The factors %1 set up are kept and used again if MFA is turned back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is asked for a code. Factors users set up are kept and used again if MFA is turned back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who prefer it will be asked to choose another factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prefer it and will be asked to choose another factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no other factor and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no other factor and will sign in with a password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code is a text message billed by Amazon SNS, per message and by country. Texts go through the SNS role in the SMS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes are sent from the pool&apos;s email configuration; on AWS email MFA needs Amazon SES as the pool&apos;s email sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can add an authenticator app: free, works offline, nothing to pay per sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered when the user agrees; MFA skipped on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always remembered; MFA skipped on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always asked for a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never asked (their provider&apos;s sign-in is trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user must answer a one-time code at sign-in; users without a factor set one up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user chooses whether to use a second factor; those who set one up are asked for a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users sign in with their password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users receive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS sender (SNS role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts are sent through this IAM role; if it cannot publish to SNS, every SMS code fails to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of code emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sign-in is asked for a code, remembered device or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to users who sign in through another identity provider (Tessera&apos;s local engine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a device is remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Devices are not remembered: a code at every sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authenticator-app setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMS block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration; the plan sends all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SetUserPoolMfaConfig replaces the whole MFA configuration, so the plan sends all of it: what you did not edit (%1) stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpdateUserPool resets every setting a request leaves out: the plan repeats the pool&apos;s other settings so that nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User counts are from the %1 users read so far, not the whole pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::PolicyHistory</name>
    <message>
        <source>The policy history %1 is not readable (%2); it was left as it is. Move it aside to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::PoolConnection</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools kept by Tessera&apos;s own engine in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint at %1, signed with the keys of AWS profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Cognito, with the keys and region of AWS profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::AwsSettings</name>
    <message>
        <source>Partial credentials found in %1, missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; failed (exit status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; did not print a Version 1 JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed no AccessKeyId and SecretAccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process &apos;%1&apos; returned credentials that expired at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found: add [%1] to %2 or [profile %1] to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must specify a region: --region, AWS_REGION, or &apos;region&apos; in the profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint URL &apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::cognito::CognitoClient</name>
    <message>
        <source>HTTP status %1 with no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported by this endpoint (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to locate credentials to sign %1: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled; it may or may not have been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with a body that is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::iac::IacExport</name>
    <message>
        <source>DeviceConfiguration (set with aws cognito-idp update-user-pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk configuration (set with aws cognito-idp set-risk-configuration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::pool::local::PoolStore</name>
    <message>
        <source>cannot create the pool store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the pool store %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other users of this computer can read or change the pool store: %1. It holds users&apos; TOTP secrets, temporary passwords and the key that signs tokens. Make it private with: chmod 600 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this image is %1 by %2 pixels; Tessera looks for QR codes in images of at most %3 megapixels: crop it to the code or save it smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message>
        <source>there is no text to put in a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>libqrencode could not encode the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::time::SntpClient</name>
    <message>
        <source>the time server&apos;s reply is too short (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time server answered in a form Tessera does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time server refused or is not synchronised (stratum %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time server&apos;s reply does not answer this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time server %1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time server is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the time server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer</name>
    <message>
        <source>PBKDF2 failed (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-CBC decryption failed (wrong key or damaged data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AegisFormat</name>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Aegis export has no list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Aegis export has file version %1; Tessera reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Aegis export&apos;s &apos;db&apos; is neither content nor ciphertext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Aegis export is encrypted: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this Aegis export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Aegis export&apos;s encryption parameters are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is right but the Aegis export&apos;s content is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decrypted Aegis content is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no random bytes for the Aegis export (OpenSSL failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-GCM failed while writing the Aegis export (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AndOtpFormat</name>
    <message>
        <source>the decrypted andOTP backup is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an encrypted andOTP backup: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted andOTP backup is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this andOTP backup (or the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AuthenticatorPlusFormat</name>
    <message>
        <source>the zip archive cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this zip archive holds no Accounts.txt, so it is not an Authenticator Plus export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Authenticator Plus export is password-protected: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this Authenticator Plus export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts.txt cannot be read from the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts.txt in the zip archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::AutoBackup</name>
    <message>
        <source>automatic backups need a backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the vault %1 to back it up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tessera vault; nothing was backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic backups must keep at least one backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup folder %1 does not exist; choose another or plug in its drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::CsvFormats</name>
    <message>
        <source>the CSV header has no OTP column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TOTP field is neither an otpauth:// URI nor key=... settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Exporter</name>
    <message>
        <source>the Tessera format is written to a file with exportToFile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Tessera backup needs a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::FreeOtpFormat</name>
    <message>
        <source>a sealed FreeOTP value is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeOTP cipher &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no readable secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this FreeOTP 2 backup is damaged: its token map cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an encrypted FreeOTP 2 backup: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeOTP key derivation &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FreeOTP 2 master key parameters are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this FreeOTP backup (or the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s settings are missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::GoogleMigration</name>
    <message>
        <source>not an otpauth-migration URL (it must start with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the otpauth-migration URL has no valid Base64 &apos;data&apos; parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the otpauth-migration data is damaged (not a Google Authenticator export payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the otpauth-migration data holds no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash algorithm %1 is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit count code %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP type code %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has an empty secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message>
        <source>Tessera paper backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: anyone with this page can generate your codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each QR code holds an account&apos;s secret key, unencrypted. Print it, keep the paper somewhere safe, and delete this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw the QR code of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ImportPreview</name>
    <message>
        <source>row %1 is not a new entry; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::Importer</name>
    <message>
        <source>an SQLite database, but not one of Google Authenticator, Microsoft Authenticator or Authenticator Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive without the Accounts.txt of an Authenticator Plus export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a Tessera vault or backup: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not stage the Tessera backup in a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this Tessera backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file holds %1 accounts; Tessera imports at most %2 from one file, so that a hostile file cannot fill the vault: split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; known formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like %1, which Tessera cannot import yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a format Tessera can import (it reads %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Android preferences XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::ItemBuilder</name>
    <message>
        <source>OTP type &apos;%1&apos; is not supported (TOTP, HOTP and Steam are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash algorithm &apos;%1&apos; is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::PreferenceFormats</name>
    <message>
        <source>the token has no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Authy file has encrypted secrets: give the Authy backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted secret is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this Authy backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Battle.net serial or secret is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret encoding base %1 is not supported (16, 32 and 64 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is not valid base %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an encrypted TOTP Authenticator backup: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this TOTP Authenticator backup (or the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message>
        <source>this QR code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the QR code must start with otpauth-migration://, and something comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the QR code must start with otpauth://, and something comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this QR code holds a web address, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this QR code holds Wi-Fi network settings, not an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this QR code holds a contact card, not an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this QR code holds a &apos;%1:&apos; link, not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a %1 image, which this system cannot decode (Qt has no %1 image plugin here); save the image as PNG and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 image cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QR code was found in this %1 image; the code must be whole, sharp and not too small (crop the image to the code and try again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SimpleJsonFormats</name>
    <message>
        <source>shared_secret is not Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator Pro type %1 is not supported (TOTP, HOTP and Steam are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash algorithm code %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Bitwarden export is encrypted; export it again as unencrypted JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteFormats</name>
    <message>
        <source>Google Authenticator account type %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is not valid Base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message>
        <source>the SQLite database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this database&apos;s `%1` holds a row larger than %2 KiB; no account is that large, so Tessera does not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database&apos;s `%1` cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no table `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a %2, not a table; Tessera reads only tables from files it imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database&apos;s `%1` is a virtual table, whose rows come from code rather than the file; Tessera reads only plain tables from files it imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database&apos;s `%1` has computed columns (`%2`); Tessera reads only stored values from files it imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::StratumFormat</name>
    <message>
        <source>wrong password for this Authenticator Pro / Stratum backup (or the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an encrypted Authenticator Pro / Stratum backup: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted Authenticator Pro / Stratum backup is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decrypted Authenticator Pro / Stratum backup is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::TwoFasFormat</name>
    <message>
        <source>2FAS schema version %1 is not supported (1 to 4 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this 2FAS backup is encrypted: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 2FAS backup&apos;s encrypted services are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is right but the 2FAS backup is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this 2FAS backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decrypted 2FAS services are not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::transfer::UriListFormat</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an otpauth-migration URL: the line must start with otpauth-migration://, and something comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an otpauth:// URI: the line must start with otpauth://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with absolutely no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera is built on these libraries and artwork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer icons are brand marks, trademarks of their respective owners. They only help you recognise an account and imply no endorsement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authenticator and an MFA console for user pools, on your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple Icons (issuer icons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::AccountActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image here, or read one from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle around a QR code on the screen, or click to read the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base32, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code, paste a link, or type the secret the service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to add. Nothing is saved until you press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an export from Google Authenticator; its accounts open in the import preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an account (%1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for QR codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR code from image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image and no otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message>
        <source>Not remembered in the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault now unlocks through the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring no longer unlocks the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account by scanning a QR code from the screen, a file or the clipboard, or type the secret the service shows. Your secrets stay in an encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add manually…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes are corrected by %1 for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::BackupBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup to %1 failed: %2. Your vault itself was saved. Backups resume once the folder can be written again; Settings can choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault&apos;s folder is not private: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a camera and open this again, or scan the code from the screen or an image file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That QR code holds no account. Hold up the code the service shows for two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Close other applications that may be using it, and check that Tessera may use the camera (on Linux, membership of the &apos;video&apos; group; in a sandbox, the camera permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera. Nothing is saved until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message>
        <source>Correct codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind %2. Codes may be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of %2. Codes may be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::EditEntryDialog</name>
    <message>
        <source>Favourite (listed first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group; type a name to make one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret and code settings stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera backup (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aegis (encrypted or plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator (QR codes on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of otpauth links (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable page (HTML, for paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the export password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These codes carry your secrets. Anyone who sees or photographs them can generate your codes: scan them only with your own phone, where nobody can look on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your vault that Tessera opens with the password you set here. The safest way to keep a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file Aegis and many other apps import. Encrypt it unless the app you move to cannot read encrypted Aegis files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows QR codes, ten accounts each, to scan with Google Authenticator or another app that reads them. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file with one otpauth:// link per account, which most authenticator apps import. Not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page with one QR code per account to print and keep somewhere safe. Not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password to make sure it is the one you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this password: the export cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets on screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR codes show every secret in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees or photographs them can generate your codes. Show them only where nobody can look on, and only to scan them with your own phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will hold every secret in this vault unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can read the file can generate your codes. Keep it offline, on a drive only you use, and delete it as soon as you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not included (the format cannot hold them): %2</source>
        <comment>wrote, then the left-out accounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the QR codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator cannot hold any of these accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or drop exports from another authenticator app or password manager, or images of QR codes. Nothing is added until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accounts were found in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open “%1”. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the password it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: no password was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked or busy; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>imported, then left out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message>
        <source>Show as QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code for %1 contains its secret. Anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QuickCopyPopup</name>
    <message>
        <source>Quick copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an account, Enter copies its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::SaveFailureBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the vault, so the last change was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenCapture</name>
    <message>
        <source>The screen cannot be read here, and this build of Tessera cannot ask the desktop for a screenshot (no Qt D-Bus). Save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenRegionSelector</name>
    <message>
        <source>Select the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen region to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release or Enter: read the rectangle  ·  Click or Enter: read the whole screen  ·  Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::ScreenshotPortal</name>
    <message>
        <source>Or save a screenshot with your desktop&apos;s tool and scan the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not hand over a screenshot in time. Try again and finish the screenshot in the desktop&apos;s window. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus to ask the desktop for a screenshot. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop portal answers on D-Bus, so Tessera cannot take a screenshot here. Install xdg-desktop-portal with your desktop&apos;s backend (xdg-desktop-portal-gnome, -kde or -wlr). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop portal here cannot take screenshots (%1). Install your desktop&apos;s portal backend (xdg-desktop-portal-gnome, -kde or -wlr). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop portal refused the screenshot: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop handed over the screenshot as &apos;%1&apos;, which is not a local file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Check that Tessera may take screenshots in your desktop&apos;s privacy settings. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the screenshot the desktop saved at &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring (unlock without typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault first; the system keyring must be available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next code on hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock against a time server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time server (NTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on another drive or a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are copies of your encrypted vault: tessera-backup-DATE-TIME.tessera.
Open one with your vault password (tessera --vault COPY-OF-BACKUP), or import it.
Only the oldest backups beyond the number kept are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenDelegate</name>
    <message>
        <source>Show code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListModel</name>
    <message>
        <source>%1, %2, code hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, code %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenListPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::TokenSortModel</name>
    <message>
        <source>Accounts can be moved only when they are sorted by “My order” (Settings, Sort accounts by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search to move accounts: while it hides some, their new place would be unclear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::TrayIcon</name>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::UnlockView</name>
    <message>
        <source>Use a long passphrase you do not use anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of your desktop session keeps the vault&apos;s key, so Tessera opens without the password while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts are kept in an encrypted file on this computer. Choose a password to protect it; it cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::VaultSession</name>
    <message>
        <source>This build of Tessera cannot use the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy with the system keyring; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes before the vault was locked were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ChangePlanDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What applying the edited policy to %1 changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users will see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the changes to the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pools are: this computer&apos;s local engine, an AWS profile, or another Cognito-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the pool service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting for the requests still on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreatePoolDialog</name>
    <message>
        <source>New user pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 128 letters, digits, spaces and + = , . @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional and Required turn authenticator apps (TOTP) on; change factors later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to enable Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EndpointDialog</name>
    <message>
        <source>Other endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cognito-compatible endpoint: cognito-local, LocalStack, or &quot;tessera-cli pool serve&quot; on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// or https:// and a host, e.g. http://127.0.0.1:9229</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region requests are signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose keys sign the requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the region requests are signed for, e.g. us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::HistoryDialog</name>
    <message>
        <source>Policy history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MFA policy applied to this pool from Tessera, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy was applied to this pool from Tessera yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews the chosen version&apos;s policy as a change plan before anything is applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::IacExportDialog</name>
    <message>
        <source>Export configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CloudFormation (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI input (set-user-pool-mfa-config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infrastructure-as-code format to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported configuration, as it will be copied or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the configuration to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the configuration to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this format, set by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ptional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors users can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator apps (&amp;TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator apps (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from an app such as Tessera: free, and works without a phone signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes by text message, sent and billed by Amazon SNS per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes by email; on AWS this needs Amazon SES as the pool&apos;s email sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS caller role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM role Cognito assumes to publish texts through Amazon SNS, e.g. arn:aws:iam::123456789012:role/cognito-sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external ID in the role&apos;s trust policy (sts:ExternalId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where texts are sent from; empty means the pool&apos;s own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text users receive; {####} is replaced by the code. 6 to 140 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS &amp;role ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito sends texts through an IAM role you create. &lt;a href=&quot;https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html&quot;&gt;How to set up SMS for a user pool&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 140 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email users receive; {####} is replaced by the code. 6 to 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and federated users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered when the user agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Cognito remembers the devices users sign in from (DeviceConfiguration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip MFA on remembered devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip MFA on remembered devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered device signs in without a code; a new device is always asked (ChallengeRequiredOnNewDevice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the pool&apos;s MFA setting says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always ask for a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never ask (trust the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA for users who sign in through another identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Federated users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by Tessera&apos;s local engine only; Cognito has no such setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default text: &quot;Your authentication code is 123456.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message must contain {####}, where the code goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users receive Cognito&apos;s default email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users receive: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolConsolePage</name>
    <message>
        <source>authenticator apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA is required, with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA is optional, with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA is off: users sign in with a password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pools open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user pools and their MFA policy on Tessera&apos;s local engine, or connect to AWS Cognito or a compatible endpoint. Every change is shown as a plan before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open local pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to AWS Cognito…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What is shown may be out of date: choose the pool again to read it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the pools whose name or ID contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s user pools; choose one to see and edit its MFA policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts by a column; its context menu shows or hides columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its MFA policy, who has enrolled which factor, and what a change will do before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pools yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a pool, or a sample pool with 200 users in every state (no factor, SMS, authenticator app, disabled, temporary password) to see the console at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;sample pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the edited policy will change, and for whom, before anything is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force as CloudFormation, Terraform or AWS CLI input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policies applied to this pool from Tessera, to restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint cannot create pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint does not support this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (estimated): %1. Who has which factor is read per user on this connection; the user list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: %1. Without a factor: %2; with an authenticator app: %3; with SMS: %4; with email: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version is the policy in force: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1 (%2). The policy in force is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to %1, but the history could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool was created, but its MFA could not be set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample pool was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample pool created: 200 users in mixed states. Choose it to see its policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolListModel</name>
    <message>
        <source>Authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::PoolSession</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS keys were found for profile %1: run &quot;aws configure --profile %1&quot; or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token of profile %1 has expired: sign in again (for SSO, &quot;aws sso login --profile %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS did not accept the keys of profile %1 (%2): check the access key and secret, and that the region is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: the keys of profile %1 may not call cognito-idp:ListUserPools. AWS said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint could not be reached (%1): check the URL or region and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint does not list user pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::AtomicFile</name>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder %1 to flush it to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the folder %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::BackupStore</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the old backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::FolderSafety</name>
    <message>
        <source>the folder %1 can be written by every user of this computer (mode %2): others can delete or replace the vault and its backups there, or plant files under the names Tessera uses. Keep the vault in a folder only you can write, such as your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 can be written by its group (mode %2): its members can delete or replace the vault and its backups there. Keep the vault in a folder only you can write (chmod g-w on the folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look at the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder; Tessera does not follow it to write backups elsewhere. Remove the link (a folder is created in its place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; move it away so Tessera can keep backups there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2), who could read, replace or delete the backups in it. Remove it or move the vault to a folder only you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 can be written by other users (mode %2), who could replace or delete the backups in it. Make it yours alone: chmod 700 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::PendingSave</name>
    <message>
        <source>cannot read %1 before saving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; nothing was saved. Open it again to see those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::SaveLock</name>
    <message>
        <source>the vault is being saved by another program (lock file %1); nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link where Tessera keeps its lock file; Tessera never follows it (in a shared folder another user can plant one to make Tessera write elsewhere). Nothing was saved: remove the link, or keep the vault in a folder only you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2): it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write, or change the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder %1: it is read-only or belongs to someone else, so nothing was saved. Move the vault to a folder you can write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::SystemKeyring</name>
    <message>
        <source>the system keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring has no key for this vault (it was removed, or this is another user account or computer): unlock with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of Tessera has no system keyring support (QtKeychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultFile</name>
    <message>
        <source>there is no vault at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content fails authentication: it was changed or damaged after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its password slot cannot be computed (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has no password; unlock it with the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2), and no backup in %3 opens with this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); the newest backup that opens with this password is %3: copy it over the vault to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt parameters below N=2^15, r=8, p=1 are too weak for a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these scrypt parameters cost more than Tessera writes (at most %1): a slower computer could refuse to open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file already exists at %1; choose another path or move that file away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has no keyring slot; unlock it with its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring did not give the vault&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in the keyring does not open this vault; unlock it with its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault %1 is damaged (%2); open it with its password to find a backup that opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has no password slot to rotate the key under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the vault&apos;s key in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring slot was removed from the vault, but the keyring kept its item &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::VaultHeader</name>
    <message>
        <source>the vault header is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot has a malformed nonce or wrapped key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password slot names a key derivation other than scrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password slot has invalid scrypt parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password slot asks for scrypt parameters beyond what Tessera runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password slot has a malformed salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyring slot has no keyring item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Tessera vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Tessera (format %1; this version reads format %2): update Tessera to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version 0 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header length is impossible for this file&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not a CBOR map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names an unknown cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload nonce is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot list is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::vault::payload::PayloadCodec</name>
    <message>
        <source>%1 is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a key that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown field &apos;%1&apos; is not valid CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an extra parameter that is not a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks its id, type or secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault content has no entries list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault content has bytes after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault content is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
