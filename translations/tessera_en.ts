<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JwtClaims</name>
    <message numerus="yes">
        <source>not a JWT: it has %n parts separated by dots, not 3</source>
        <translation>
            <numerusform>not a JWT: it has %n part separated by dots, not 3</numerusform>
            <numerusform>not a JWT: it has %n parts separated by dots, not 3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInLab</name>
    <message numerus="yes">
        <source>the sign-in did not finish within %n requests</source>
        <translation>
            <numerusform>the sign-in did not finish within %n request</numerusform>
            <numerusform>the sign-in did not finish within %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotpCodes</name>
    <message numerus="yes">
        <source>vault entry %1&apos;s code was already used; the next one comes in %n seconds</source>
        <translation>
            <numerusform>vault entry %1&apos;s code was already used; the next one comes in %n second</numerusform>
            <numerusform>vault entry %1&apos;s code was already used; the next one comes in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message numerus="yes">
        <source>%n user(s) will not be able to sign in until enabled again.</source>
        <translation>
            <numerusform>%n user will not be able to sign in until enabled again.</numerusform>
            <numerusform>%n users will not be able to sign in until enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be able to sign in again.</source>
        <translation>
            <numerusform>%n user will be able to sign in again.</numerusform>
            <numerusform>%n users will be able to sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must set a new password at their next sign-in.</source>
        <translation>
            <numerusform>%n user must set a new password at their next sign-in.</numerusform>
            <numerusform>%n users must set a new password at their next sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned on and preferred; users who have not set it up fail and are listed.</source>
        <translation>
            <numerusform>%n user will have %1 turned on and preferred; if they have not set it up, this fails and they are listed.</numerusform>
            <numerusform>%n users will have %1 turned on and preferred; users who have not set it up fail and are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have no preferred factor.</source>
        <translation>
            <numerusform>%n user will have no preferred factor.</numerusform>
            <numerusform>%n users will have no preferred factor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will have %1 turned off.</source>
        <translation>
            <numerusform>%n user will have %1 turned off.</numerusform>
            <numerusform>%n users will have %1 turned off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every MFA factor of %n user(s) will be turned off.</source>
        <translation>
            <numerusform>Every MFA factor of %n user will be turned off.</numerusform>
            <numerusform>Every MFA factor of %n users will be turned off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every remembered device of %n user(s) will be forgotten.</source>
        <translation>
            <numerusform>Every remembered device of %n user will be forgotten.</numerusform>
            <numerusform>Every remembered device of %n users will be forgotten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be deleted with their factors and devices. This cannot be undone.</source>
        <translation>
            <numerusform>%n user will be deleted with their factors and devices. This cannot be undone.</numerusform>
            <numerusform>%n users will be deleted with their factors and devices. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserImportCsv</name>
    <message numerus="yes">
        <source>More than %n users: Cognito imports at most that many per file.</source>
        <translation>
            <numerusform>More than %n user: Cognito imports at most that many per file.</numerusform>
            <numerusform>More than %n users: Cognito imports at most that many per file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultLinks</name>
    <message numerus="yes">
        <source>%n vault entries have the account %1 and none is linked to the user; type the code</source>
        <translation>
            <numerusform>%n vault entry has the account %1 and is not linked to the user; type the code</numerusform>
            <numerusform>%n vault entries have the account %1 and none is linked to the user; type the code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::cli::CliApplication</name>
    <message numerus="yes">
        <source>the URI on standard input is longer than %n characters</source>
        <translation>
            <numerusform>the URI on standard input is longer than %n character</numerusform>
            <numerusform>the URI on standard input is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::crypto::KdfCost</name>
    <message numerus="yes">
        <source>about %n seconds</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in each of %n key derivations</source>
        <translation>
            <numerusform>%1 in each of %n key derivation</numerusform>
            <numerusform>%1 in each of %n key derivations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of work (or %1 of memory) for one file</source>
        <translation>
            <numerusform>%n second of work (or %1 of memory) for one file</numerusform>
            <numerusform>%n seconds of work (or %1 of memory) for one file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::otp::OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>the secret is too long: %n byte; at most %1 are allowed</numerusform>
            <numerusform>the secret is too long: %n bytes; at most %1 are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::pool::BulkUserRun</name>
    <message numerus="yes">
        <source>%1: %n device(s) forgotten.</source>
        <translation>
            <numerusform>%1: %n device forgotten.</numerusform>
            <numerusform>%1: %n devices forgotten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n device(s) were forgotten.</source>
        <translation>
            <numerusform>Cancelled after %1 of %n device were forgotten.</numerusform>
            <numerusform>Cancelled after %1 of %n devices were forgotten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n user(s): %1</source>
        <translation>
            <numerusform>Finished %n user: %1</numerusform>
            <numerusform>Finished %n users: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::pool::MfaChangePlan</name>
    <message numerus="yes">
        <source>%n of %1 users</source>
        <translation>
            <numerusform>%n of %1 users</numerusform>
            <numerusform>%n of %1 users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 users read so far</source>
        <translation>
            <numerusform>%n of the %1 users read so far</numerusform>
            <numerusform>%n of the %1 users read so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A user who signed in with a code is not asked again on that device for %n days.</source>
        <translation>
            <numerusform>A user who signed in with a code is not asked again on that device for %n day.</numerusform>
            <numerusform>A user who signed in with a code is not asked again on that device for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</source>
        <translation>
            <numerusform>%n user with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</numerusform>
            <numerusform>%n users with a registered passkey can no longer sign in with it nor register another; their passkeys stay stored. Users who have only passkeys must sign in with a password, and a user without one is locked out until an administrator sets a password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrDecoder</name>
    <message numerus="yes">
        <source>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</source>
        <translation>
            <numerusform>gave up on this image: it holds more than %n shape like the corner squares of a QR code (a code has three); crop the image to the code and try again</numerusform>
            <numerusform>gave up on this image: it holds more than %n shapes like the corner squares of a QR code (a code has three); crop the image to the code and try again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</source>
        <translation>
            <numerusform>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</numerusform>
            <numerusform>gave up after %n s looking for QR codes in this image; crop the image to the code and try again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::scan::QrEncoder</name>
    <message numerus="yes">
        <source>the text is too long for a QR code (%n bytes; at most 2953 fit)</source>
        <translation>
            <numerusform>the text is too long for a QR code (%n byte; at most 2953 fit)</numerusform>
            <numerusform>the text is too long for a QR code (%n bytes; at most 2953 fit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::HtmlFormat</name>
    <message numerus="yes">
        <source>%n account(s). To restore, scan a code with any authenticator app.</source>
        <translation>
            <numerusform>%n account. To restore, scan a code with any authenticator app.</numerusform>
            <numerusform>%n accounts. To restore, scan a code with any authenticator app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::QrImageFormat</name>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>this QR code holds %n character of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</numerusform>
            <numerusform>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::transfer::SqliteReader</name>
    <message numerus="yes">
        <source>gave up after %n s reading this database&apos;s `%1`</source>
        <translation>
            <numerusform>gave up after %n s reading this database&apos;s `%1`</numerusform>
            <numerusform>gave up after %n s reading this database&apos;s `%1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</source>
        <translation>
            <numerusform>this database&apos;s `%1` has more than %n row; Tessera imports at most that many accounts from one file</numerusform>
            <numerusform>this database&apos;s `%1` has more than %n rows; Tessera imports at most that many accounts from one file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::AddEntryDialog</name>
    <message numerus="yes">
        <source>%n codes found: pick the one to add.</source>
        <translation>
            <numerusform>%n code found: pick it to add.</numerusform>
            <numerusform>%n codes found: pick the one to add.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::AuthenticatorPage</name>
    <message numerus="yes">
        <source>Imported %n accounts.</source>
        <translation>
            <numerusform>Imported %n account.</numerusform>
            <numerusform>Imported %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code copied. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Code copied. The clipboard clears in %n second.</numerusform>
            <numerusform>Code copied. The clipboard clears in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now number %2 of %n.</source>
        <translation>
            <numerusform>%1 is now number %2 of %n.</numerusform>
            <numerusform>%1 is now number %2 of %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ClockCheckBar</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n accounts to %1.</source>
        <translation>
            <numerusform>Wrote %n account to %1.</numerusform>
            <numerusform>Wrote %n accounts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The QR codes were hidden after %n seconds without use. Show them again to go on.</source>
        <translation>
            <numerusform>The QR codes were hidden after %n second without use. Show them again to go on.</numerusform>
            <numerusform>The QR codes were hidden after %n seconds without use. Show them again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Hides in %n second</numerusform>
            <numerusform>Hides in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n accounts imported.</source>
        <translation>
            <numerusform>%n account imported.</numerusform>
            <numerusform>%n accounts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows left out.</source>
        <translation>
            <numerusform>%n row left out.</numerusform>
            <numerusform>%n rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n accounts</source>
        <translation>
            <numerusform>Import %n account</numerusform>
            <numerusform>Import %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n accounts…</source>
        <translation>
            <numerusform>Saving %n account…</numerusform>
            <numerusform>Saving %n accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QrCodeDialog</name>
    <message numerus="yes">
        <source>Hides in %n seconds</source>
        <translation>
            <numerusform>Hides in %n second</numerusform>
            <numerusform>Hides in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::BulkActionDialog</name>
    <message numerus="yes">
        <source>The %n selected user(s)</source>
        <translation>
            <numerusform>The %n selected user</numerusform>
            <numerusform>The %n selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the users it applies to: %n so far…</source>
        <translation>
            <numerusform>Reading the users it applies to: %n so far…</numerusform>
            <numerusform>Reading the users it applies to: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)</source>
        <translation>
            <numerusform>&amp;Delete %n user</numerusform>
            <numerusform>&amp;Delete %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) done…</source>
        <translation>
            <numerusform>%1 of %n user done…</numerusform>
            <numerusform>%1 of %n users done…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::CreateUserDialog</name>
    <message numerus="yes">
        <source>At least %n character(s), as the pool&apos;s policy says.</source>
        <translation>
            <numerusform>At least %n character, as the pool&apos;s policy says.</numerusform>
            <numerusform>At least %n characters, as the pool&apos;s policy says.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::DeletePoolDialog</name>
    <message numerus="yes">
        <source>Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps that sign in to it stop working.</source>
        <translation>
            <numerusform>Deleting pool %1 deletes its %n user, their factors and devices, for good. Apps that sign in to it stop working.</numerusform>
            <numerusform>Deleting pool %1 deletes its %n users, their factors and devices, for good. Apps that sign in to it stop working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentBridgeDialog</name>
    <message numerus="yes">
        <source>Shows the secret as a QR code for %n second(s), to scan with a phone.</source>
        <translation>
            <numerusform>Shows the secret as a QR code for %n second, to scan with a phone.</numerusform>
            <numerusform>Shows the secret as a QR code for %n seconds, to scan with a phone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The QR code is shown for %n second(s); scan it with the phone&apos;s authenticator app, then verify.</source>
        <translation>
            <numerusform>The QR code is shown for %n second; scan it with the phone&apos;s authenticator app, then verify.</numerusform>
            <numerusform>The QR code is shown for %n seconds; scan it with the phone&apos;s authenticator app, then verify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Hidden in %n second.</numerusform>
            <numerusform>Hidden in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::EnrolmentChart</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted.</source>
        <translation>
            <numerusform>All %n user counted.</numerusform>
            <numerusform>All %n users counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampled from the %n user(s) read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</source>
        <translation>
            <numerusform>Sampled from the %n user read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</numerusform>
            <numerusform>Sampled from the %n users read so far, of about %1 in the pool. Scroll the users table to read more, or count every user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request(s) a second.</source>
        <translation>
            <numerusform>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n request a second.</numerusform>
            <numerusform>A full count reads about %1 users: %2 requests (%3 ListUsers, %4 AdminGetUser), %5 at %n requests a second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full count cancelled after %n request(s); the chart still shows the sample.</source>
        <translation>
            <numerusform>Full count cancelled after %n request; the chart still shows the sample.</numerusform>
            <numerusform>Full count cancelled after %n requests; the chart still shows the sample.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) counted (a full count, %1 requests).</source>
        <translation>
            <numerusform>All %n user counted (a full count, %1 requests).</numerusform>
            <numerusform>All %n users counted (a full count, %1 requests).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) counted; %1 could not be read.</source>
        <translation>
            <numerusform>%n user counted; %1 could not be read.</numerusform>
            <numerusform>%n users counted; %1 could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::MfaPolicyEditor</name>
    <message numerus="yes">
        <source>Users receive: &quot;%1&quot; (%n characters)</source>
        <translation>
            <numerusform>Users receive: &quot;%1&quot; (%n character)</numerusform>
            <numerusform>Users receive: &quot;%1&quot; (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SignInLabView</name>
    <message numerus="yes">
        <source>Authenticated. Tokens expire in %n second(s) (ID token lifetime %1 s, access token lifetime %2 s).</source>
        <translation>
            <numerusform>Authenticated. Tokens expire in %n second (ID token lifetime %1 s, access token lifetime %2 s).</numerusform>
            <numerusform>Authenticated. Tokens expire in %n seconds (ID token lifetime %1 s, access token lifetime %2 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::SmsCostView</name>
    <message numerus="yes">
        <source>The shares come from the MFA policy and the factors the pool&apos;s %n user(s) have set up (SMS: those with SMS among those with a factor).</source>
        <translation>
            <numerusform>The shares come from the MFA policy and the factors the pool&apos;s %n user has set up (SMS: those with SMS among those with a factor).</numerusform>
            <numerusform>The shares come from the MFA policy and the factors the pool&apos;s %n users have set up (SMS: those with SMS among those with a factor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</source>
        <translation>
            <numerusform>Month 1: %n text, %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</numerusform>
            <numerusform>Month 1: %n texts, %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or email would cost nothing per message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month(s).</source>
        <translation>
            <numerusform>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n month.</numerusform>
            <numerusform>Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first month: it would not pay for itself within %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserAdministrationPanel</name>
    <message numerus="yes">
        <source>%n user(s) imported.</source>
        <translation>
            <numerusform>%n user imported.</numerusform>
            <numerusform>%n users imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the users to export: %n so far…</source>
        <translation>
            <numerusform>Reading the users to export: %n so far…</numerusform>
            <numerusform>Reading the users to export: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n user exported to %1.</numerusform>
            <numerusform>%n users exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserImportDialog</name>
    <message numerus="yes">
        <source>%n user(s) ready to import.</source>
        <translation>
            <numerusform>%n user ready to import.</numerusform>
            <numerusform>%n users ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n user(s)</source>
        <translation>
            <numerusform>&amp;Import %n user</numerusform>
            <numerusform>&amp;Import %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n user(s) without problems</source>
        <translation>
            <numerusform>&amp;Import the %n user without problems</numerusform>
            <numerusform>&amp;Import the %n users without problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>Importing %n user…</numerusform>
            <numerusform>Importing %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported; each must reset their password at the first sign-in.</source>
        <translation>
            <numerusform>%n user imported; they must reset their password at the first sign-in.</numerusform>
            <numerusform>%n users imported; each must reset their password at the first sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UserPasskeysSection</name>
    <message numerus="yes">
        <source>%1 has %n passkey(s).</source>
        <translation>
            <numerusform>%1 has %n passkey.</numerusform>
            <numerusform>%1 has %n passkeys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::console::UsersView</name>
    <message numerus="yes">
        <source>%n user(s). %1</source>
        <translation>
            <numerusform>%n user. %1</numerusform>
            <numerusform>%n users. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read so far; more are read as you scroll. %1</source>
        <translation>
            <numerusform>%n user read so far; more are read as you scroll. %1</numerusform>
            <numerusform>%n users read so far; more are read as you scroll. %1</numerusform>
        </translation>
    </message>
</context>
</TS>
