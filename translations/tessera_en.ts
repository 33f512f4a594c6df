<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KdfCost</name>
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
    <name>OtpParameters</name>
    <message numerus="yes">
        <source>the secret is too long: %n bytes; at most %1 are allowed</source>
        <translation>
            <numerusform>the secret is too long: %n byte; at most %1 are allowed</numerusform>
            <numerusform>the secret is too long: %n bytes; at most %1 are allowed</numerusform>
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
    <name>tessera::transfer</name>
    <message numerus="yes">
        <source>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</source>
        <translation>
            <numerusform>this QR code holds %n character of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</numerusform>
            <numerusform>this QR code holds %n characters of text that is not an account (an account&apos;s code starts with otpauth:// or otpauth-migration://)</numerusform>
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
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
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
</TS>
